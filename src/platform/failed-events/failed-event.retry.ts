import type { Core } from '../core.js';
import type { DomainEvent, HandlerFailure } from '../events.js';
import { every } from '../jobs.js';
import * as repo from './failed-event.repository.js';
import { handlerFailures } from './failed-event.metrics.js';

/** Automatic runs before a failure waits for an administrator (the first delivery counts as one). */
export const MAX_ATTEMPTS = 8;
/** Longer than a handler may take: a claimed failure is not taken by another process meanwhile. */
const CLAIM_MS = 10 * 60_000;
const BATCH = 20;

/** 1, 2, 4 … minutes after each failed run, at most six hours. */
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);

/** The bus's failure hook: counted, and kept with its event for the retry job and the administrators' page. */
export async function recordFailure(core: Core, failure: HandlerFailure): Promise<void> {
  handlerFailures.inc({ module: failure.key.module, event: failure.key.type });
  await repo.record(core.db, failure, new Date(Date.now() + retryDelayMs(1)));
}

/** One round of the job: the failures that are due, each run again. Safe in several processes at once. */
export async function retryDue(core: Core): Promise<{ done: number; failed: number }> {
  const claimed = await repo.claimDue(core.db, new Date(Date.now() + CLAIM_MS), BATCH);
  const result = { done: 0, failed: 0 };
  for (const row of claimed) {
    const after = await runAgain(core, row);
    result[after.status === 'done' ? 'done' : 'failed']++;
  }
  return result;
}

/** Runs one open failure again now (an administrator asked); undefined when it is not open or being retried. */
export async function retryNow(core: Core, id: number): Promise<repo.FailedEventRow | undefined> {
  const row = await repo.claimOne(core.db, id, new Date(Date.now() + CLAIM_MS));
  return row ? runAgain(core, row) : undefined;
}

async function runAgain(core: Core, row: repo.FailedEventRow): Promise<repo.FailedEventRow> {
  const key = { module: row.module, type: row.event_type };
  const event: DomainEvent = { type: row.event_type, districtId: row.district_id, payload: row.payload, actorId: row.actor_id, at: row.occurred_at };
  try {
    const handler = core.bus.handlerOf(key);
    if (!handler)
      throw new Error(
        `no handler of module ${row.module} for ${row.event_type} in this deployment / 本部署中模块 ${row.module} 没有处理 ${row.event_type} 的程序`,
      );
    await handler(event);
    return await repo.markDone(core.db, row.id);
  } catch (error) {
    handlerFailures.inc({ module: key.module, event: key.type });
    const attempts = row.attempts + 1;
    // Once given up, a failure is only run when an administrator asks, and stays with them if it fails again.
    const giveUp = row.status === 'failed' || attempts >= MAX_ATTEMPTS;
    return repo.markFailed(core.db, row.id, error, giveUp ? 'failed' : 'retrying', giveUp ? null : new Date(Date.now() + retryDelayMs(attempts)));
  }
}

/** The retry job of a server process: a round every 30 seconds, the first 10 s after start. */
export function failedEventJob(core: Core): () => Promise<void> {
  return every(
    30_000,
    async () => void (await retryDue(core)),
    (e) => console.error(`failed events: ${(e as Error).message}`),
    10_000,
  );
}
