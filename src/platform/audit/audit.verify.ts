import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FileStorage } from '../storage/storage.js';
import { auditBatch } from './audit.repository.js';
import { GENESIS } from './audit.hash.js';
import { isKeyedAlg, LEGACY_ALG, type AuditSealer } from './audit.sealer.js';
import { readStoredCheckpoints, type Checkpoint, type CheckpointFault, type FoundCheckpoint } from './audit.checkpoint.js';
import { SEAL_ACTION } from './audit.writer.js';

/**
 * What was found wrong, first in chain order: an entry missing from the sequence, a broken link, content that
 * does not match its HMAC, an unkeyed entry where only keyed ones may be, an invalid seal of the legacy chain,
 * an entry that differs from a checkpoint, entries missing at the end that a checkpoint records, or a
 * checkpoint file not signed by the audit key.
 */
export type ChainProblem = 'missing' | 'link' | 'hash' | 'unkeyed' | 'seal' | 'checkpoint' | 'truncated' | 'invalid_checkpoint';

export interface CheckpointReport {
  /** Checkpoints found with a valid signature. */
  found: number;
  /** Of those, how many were compared with their entry and matched it. */
  matched: number;
  latest: { seq: number; at: string } | null;
  /** Checkpoints found that are unreadable or not signed by this deployment's audit key. */
  invalid: Array<{ source: string; fault: CheckpointFault }>;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  problem: ChainProblem | null;
  reason: string | null;
  /** Hash of the last entry: kept beside a backup, it shows later whether entries were cut from the end. */
  lastHash: string | null;
  checkpoints: CheckpointReport;
}

export interface VerifyOptions {
  batchSize?: number;
  /** Checkpoints from elsewhere (the server's log lines), checked with those of the store. */
  extraCheckpoints?: FoundCheckpoint[];
}

/**
 * Walks the whole chain and compares it with every checkpoint kept outside the database. A changed entry no
 * longer matches its HMAC, and without the audit key nobody can make a new one; a deleted entry leaves a gap or
 * a broken link; entries cut from the end, or a chain rebuilt with the key, no longer match the checkpoints.
 */
export async function verifyAudit(
  services: { db: Kysely<Database>; auditSealer: AuditSealer; storage?: FileStorage },
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  const { db, auditSealer: sealer } = services;
  const found = [...(services.storage ? await readStoredCheckpoints(services.storage, sealer) : []), ...(opts.extraCheckpoints ?? [])];
  const valid = found.flatMap((f) => (f.checkpoint ? [f.checkpoint] : []));
  const report: CheckpointReport = {
    found: valid.length,
    matched: 0,
    latest: valid.reduce<Checkpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null),
    invalid: found.flatMap((f) => (f.fault ? [{ source: f.source, fault: f.fault }] : [])),
  };
  if (report.latest) report.latest = { seq: report.latest.seq, at: report.latest.at };
  const bySeq = new Map<number, Checkpoint[]>();
  for (const c of valid) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);

  let expectedSeq = 1;
  let prev = GENESIS;
  let checked = 0;
  const broken = (seq: number, problem: ChainProblem, reason: string): VerifyResult => ({
    ok: false,
    checked,
    firstBrokenSeq: seq,
    problem,
    reason,
    lastHash: null,
    checkpoints: report,
  });
  let keyed = false;
  let lastMatched = 0;
  for (;;) {
    const rows = await auditBatch(db, expectedSeq - 1, opts.batchSize ?? 5000);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.seq !== expectedSeq) return broken(expectedSeq, 'missing', `entry ${expectedSeq} is missing`);
      if (r.prev_hash !== prev) return broken(r.seq, 'link', 'link to the previous entry is broken');
      const hash = sealer.entryHash(r.alg, prev, {
        seq: r.seq,
        districtId: r.district_id,
        at: r.at.toISOString(),
        actorId: r.actor_id,
        actorName: r.actor_name,
        positionId: r.position_id,
        role: r.role,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        unitPath: r.unit_path,
        summary: r.summary,
        purpose: r.purpose,
        requestId: r.request_id,
      });
      if (hash !== r.hash)
        return broken(
          r.seq,
          'hash',
          hash === null ? `unknown hash algorithm "${r.alg}"` : 'content does not match its hash (changed, or not written with the audit key)',
        );
      if (r.alg === LEGACY_ALG) {
        // The unkeyed chain of earlier releases is trusted only as far as the keyed entry that sealed it.
        if (keyed) return broken(r.seq, 'unkeyed', 'entry is not keyed with the audit key, though entries before it are');
      } else if (isKeyedAlg(r.alg) && !keyed) {
        const s = r.summary as { legacyHeadSeq?: unknown; legacyHeadHash?: unknown };
        if (r.seq > 1 && !(r.action === SEAL_ACTION && s.legacyHeadSeq === r.seq - 1 && s.legacyHeadHash === prev)) {
          return broken(r.seq, 'seal', 'the first keyed entry after unkeyed ones does not seal them');
        }
        keyed = true;
      }
      for (const c of bySeq.get(r.seq) ?? []) {
        if (c.hash !== r.hash) {
          return broken(
            r.seq,
            'checkpoint',
            `entry ${r.seq} differs from the checkpoint written at ${c.at}: entries after ${lastMatched} were removed or rewritten`,
          );
        }
        report.matched++;
        lastMatched = r.seq;
      }
      prev = r.hash;
      expectedSeq++;
      checked++;
    }
  }
  if (checked > 0 && !keyed) return broken(1, 'unkeyed', 'no entry is keyed with the audit key: the chain was rebuilt without it');
  const beyond = valid.filter((c) => c.seq > checked).sort((a, b) => b.seq - a.seq)[0];
  if (beyond) {
    const missing = beyond.seq === checked + 1 ? `entry ${beyond.seq} is missing` : `entries ${checked + 1} to ${beyond.seq} are missing`;
    return broken(checked + 1, 'truncated', `${missing}: the checkpoint written at ${beyond.at} records entry ${beyond.seq}`);
  }
  const lastHash = checked ? prev : null;
  const invalid = report.invalid[0];
  if (invalid) {
    const what = invalid.fault === 'signature' ? 'is not signed with the audit key' : 'cannot be read as a checkpoint';
    return {
      ok: false,
      checked,
      firstBrokenSeq: null,
      problem: 'invalid_checkpoint',
      reason: `checkpoint ${invalid.source} ${what}`,
      lastHash,
      checkpoints: report,
    };
  }
  return { ok: true, checked, firstBrokenSeq: null, problem: null, reason: null, lastHash, checkpoints: report };
}
