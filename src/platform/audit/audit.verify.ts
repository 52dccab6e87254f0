import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { auditBatch } from './audit.repository.js';
import { chainHash, GENESIS } from './audit.hash.js';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
  /** Hash of the last entry: kept beside a backup, it shows later whether entries were cut from the end. */
  lastHash: string | null;
}

/**
 * Walks the whole chain. A changed entry no longer matches its hash; a deleted one leaves a gap in seq and
 * breaks the next entry's prev_hash; a rewritten tail is caught by the stored last hash the operator keeps
 * from `linli audit verify` output.
 */
export async function verifyAudit(db: Kysely<Database>, batchSize = 5000): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prev = GENESIS;
  let checked = 0;
  for (;;) {
    const rows = await auditBatch(db, expectedSeq - 1, batchSize);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.seq !== expectedSeq) return broken(checked, expectedSeq, `entry ${expectedSeq} is missing`);
      if (r.prev_hash !== prev) return broken(checked, r.seq, 'link to the previous entry is broken');
      const hash = chainHash(prev, {
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
      if (hash !== r.hash) return broken(checked, r.seq, 'content does not match its hash');
      prev = r.hash;
      expectedSeq++;
      checked++;
    }
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null, lastHash: checked ? prev : null };
}

function broken(checked: number, seq: number, reason: string): VerifyResult {
  return { ok: false, checked, firstBrokenSeq: seq, reason, lastHash: null };
}
