import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { pathInScope, type Scope } from '../scope.js';
import { contains, startsWith } from '../db/like.js';

export interface AuditQuery {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function searchAudit(db: Kysely<Database>, scope: Scope, q: AuditQuery) {
  let query = db.selectFrom('audit_event').where(pathInScope(scope, 'unit_path'));
  if (q.actor) {
    const actor = q.actor;
    query = /^\d+$/.test(actor) ? query.where('actor_id', '=', Number(actor)) : query.where('actor_name', 'like', contains(actor));
  }
  if (q.action) query = query.where('action', 'like', startsWith(q.action));
  if (q.targetType) query = query.where('target_type', '=', q.targetType);
  if (q.targetId) query = query.where('target_id', '=', q.targetId);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<', new Date(q.to));
  const [{ total }] = (await query.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [{ total: number }];
  const items = await query
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items, total: Number(total) };
}

export function auditBatch(db: Kysely<Database>, afterSeq: number, size: number) {
  return db.selectFrom('audit_event').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(size).execute();
}

/** The last entry committed (no lock: what a checkpoint records is a prefix that can no longer change). */
export const lastEntry = (db: Kysely<Database>) =>
  db.selectFrom('audit_event').select(['seq', 'hash', 'alg']).orderBy('seq', 'desc').limit(1).executeTakeFirst();

export const entryAt = (db: Kysely<Database>, seq: number) => db.selectFrom('audit_event').select(['seq', 'hash']).where('seq', '=', seq).executeTakeFirst();
