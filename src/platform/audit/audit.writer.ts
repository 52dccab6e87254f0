import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from '../actor.js';
import { chainHash, GENESIS, type ChainedFields } from './audit.hash.js';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  /** Territory path of the target, so that those entitled to a unit can read its trail. */
  unitPath?: string | null;
  districtId?: number | null;
  /** Before/after summary or what was read; never a full ID number or phone. */
  summary?: Record<string, unknown>;
  /** Why sensitive data was read. */
  purpose?: string | null;
}

// Any constant: one chain for the deployment, serialised by a transaction-scoped advisory lock.
const AUDIT_LOCK = 7_306_142;

/**
 * Appends one entry to the hash chain inside the caller's transaction: if the change rolls back, so does
 * its entry, and no entry exists for a change that did not happen.
 */
export function recordAudit(trx: Transaction<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  return recordAuditMany(trx, [{ actor, entry }]);
}

/**
 * Appends entries in order, each chained to the one before, with one turn of the chain's lock and one insert:
 * what a group of changes committed together (intake under load) writes.
 */
export async function recordAuditMany(trx: Transaction<Database>, entries: ReadonlyArray<{ actor: Actor; entry: AuditEntry }>): Promise<void> {
  if (!entries.length) return;
  // The lock, then the last entry as of the lock (see 0007_audit_head).
  const last = (await sql<{ seq: number; hash: string }>`select seq, hash from audit_chain_head(${AUDIT_LOCK})`.execute(trx)).rows[0];
  let seq = Number(last?.seq ?? 0);
  let prevHash = last?.hash ?? GENESIS;
  const at = new Date().toISOString();
  const rows = entries.map(({ actor, entry }) => {
    const fields: ChainedFields = {
      seq: ++seq,
      districtId: entry.districtId ?? actor.scope.districtId ?? null,
      at,
      actorId: actor.userId || null,
      actorName: actor.userName,
      positionId: actor.positionId,
      role: actor.role,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
      unitPath: entry.unitPath ?? null,
      summary: JSON.parse(JSON.stringify(entry.summary ?? {})),
      purpose: entry.purpose ?? null,
      requestId: actor.requestId,
    };
    const hash = chainHash(prevHash, fields);
    const row = {
      seq: fields.seq,
      district_id: fields.districtId,
      at: fields.at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      position_id: fields.positionId,
      role: fields.role,
      action: fields.action,
      target_type: fields.targetType,
      target_id: fields.targetId,
      unit_path: fields.unitPath,
      summary: JSON.stringify(fields.summary),
      purpose: fields.purpose,
      request_id: fields.requestId,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await trx.insertInto('audit_event').values(rows).execute();
}
