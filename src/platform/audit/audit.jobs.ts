import type { Core } from '../core.js';
import { every, runExclusive } from '../jobs.js';
import { entryAt, lastEntry } from './audit.repository.js';
import { checkpointKey, writeCheckpoint, type Checkpoint } from './audit.checkpoint.js';

/** What one process remembers between ticks: the last multiple of AUDIT_CHECKPOINT_ENTRIES it saw written. */
export interface CheckpointMemo {
  lastMark: number;
}

/**
 * Writes the checkpoints that are due: one at every multiple of `auditCheckpointEntries` entries, and one at
 * the chain's end once per `auditCheckpointMinutes` across all server processes (the job lock's expiry is the
 * interval). A checkpoint already in the store is not written again, so processes that meet on the same entry
 * write it once or, racing, twice with the same content but its time.
 */
export async function checkpointIfDue(core: Core, memo: CheckpointMemo, log?: (line: string) => void): Promise<Checkpoint[]> {
  const head = await lastEntry(core.db);
  if (!head) return [];
  const written: Checkpoint[] = [];
  const write = async (entry: { seq: number; hash: string }) => {
    if (await core.storage.exists(checkpointKey(entry.seq))) return;
    written.push(await writeCheckpoint(core, entry, log));
  };
  const step = core.config.auditCheckpointEntries;
  const mark = Math.floor(head.seq / step) * step;
  if (mark > memo.lastMark) {
    const entry = mark === head.seq ? head : await entryAt(core.db, mark);
    if (entry) await write(entry);
    memo.lastMark = mark;
  }
  await runExclusive(core, 'audit.checkpoint', core.config.auditCheckpointMinutes * 60_000, () => write(head));
  return written;
}

/** The checkpoint job of a server process: a look each minute (or each interval, if shorter), from 5 s after start. */
export function auditCheckpointJob(core: Core): () => Promise<void> {
  const memo: CheckpointMemo = { lastMark: 0 };
  return every(
    Math.min(60_000, core.config.auditCheckpointMinutes * 60_000),
    async () => void (await checkpointIfDue(core, memo)),
    (e) => console.error(`audit checkpoint: ${(e as Error).message}`),
    5_000,
  );
}
