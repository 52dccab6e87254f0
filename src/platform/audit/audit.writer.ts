import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { systemActor, type Actor } from '../actor.js';
import { GENESIS, type ChainedFields } from './audit.hash.js';
import { LEGACY_ALG, type AuditSealer } from './audit.sealer.js';
import { lastEntry } from './audit.repository.js';
import { CHECKPOINT_PREFIX } from './audit.checkpoint.js';
import type { FileStorage } from '../storage/storage.js';

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
 * its entry, and no entry exists for a change that did not happen. The hash is an HMAC under the audit key,
 * which the database never sees: whoever can write the table cannot recompute the chain after a change.
 */
export function recordAudit(trx: Transaction<Database>, sealer: AuditSealer, actor: Actor, entry: AuditEntry): Promise<void> {
  return recordAuditMany(trx, sealer, [{ actor, entry }]);
}

/**
 * Appends entries in order, each chained to the one before, with one turn of the chain's lock and one insert:
 * what a group of changes committed together (intake under load) writes.
 */
export async function recordAuditMany(
  trx: Transaction<Database>,
  sealer: AuditSealer,
  entries: ReadonlyArray<{ actor: Actor; entry: AuditEntry }>,
): Promise<void> {
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
    const hash = sealer.entryHash(sealer.alg, prevHash, fields)!;
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
      alg: sealer.alg,
    };
    prevHash = hash;
    return row;
  });
  await trx.insertInto('audit_event').values(rows).execute();
}

/** The entry that seals an unkeyed chain under the key; the verifier accepts unkeyed entries only before it. */
export const SEAL_ACTION = 'platform.audit.keyed';

/**
 * Once, on the first start after 0008_audit_keyed: if the chain ends with unkeyed entries, appends an entry
 * keyed under the audit key whose summary names the last of them. Its HMAC covers its prev_hash, which is that
 * entry's hash: from then on, changing any older entry breaks a link nobody without the key can recompute
 * (decision 0014). Returns the number of unkeyed entries sealed, or null when nothing was sealed.
 */
export async function sealLegacyChain(db: Kysely<Database>, sealer: AuditSealer, storage: FileStorage): Promise<number | null> {
  const head = await lastEntry(db);
  if (!head || head.alg !== LEGACY_ALG) return null;
  // Checkpoints exist only once the chain was keyed: a chain that ends unkeyed after that was rebuilt by someone
  // without the key. Sealing it would bless the rewrite; leave it for `linli audit verify` to report.
  if ((await storage.list(CHECKPOINT_PREFIX)).length) {
    console.error(
      '审计链以未加密钥的条目结尾，但已有检查点：不予封存，请运行 linli audit verify / the audit chain ends with unkeyed entries although checkpoints exist: not sealed, run `linli audit verify`',
    );
    return null;
  }
  return db.transaction().execute(async (trx) => {
    // Again under the chain's lock: two processes starting together seal once.
    await sql`select seq from audit_chain_head(${AUDIT_LOCK})`.execute(trx);
    const locked = await lastEntry(trx);
    if (!locked || locked.alg !== LEGACY_ALG) return null;
    const seq = Number(locked.seq);
    await recordAudit(trx, sealer, systemActor('audit-seal'), {
      action: SEAL_ACTION,
      targetType: 'audit_chain',
      summary: { legacyHeadSeq: seq, legacyHeadHash: locked.hash, alg: sealer.alg },
    });
    return seq;
  });
}
