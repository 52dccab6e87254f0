import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { ExportApprovalTables, ExportStatus } from './export-request.schema.js';

type Db = Kysely<Database>;
export type ExportRequestRow = Selectable<ExportApprovalTables['export_request']>;

export const insertRequest = (db: Db, row: Insertable<ExportApprovalTables['export_request']>) =>
  db.insertInto('export_request').values(row).returningAll().executeTakeFirstOrThrow();

/** A request the scope reaches, or undefined: out of scope and missing look the same to the caller. */
export const findVisible = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('export_request').selectAll().where('id', '=', id).where(pathInScope(scope, 'unit_path')).executeTakeFirst();

/** The request, locked until the caller's transaction ends: two decisions or two downloads cannot both pass. */
export const lockRequest = (db: Db, id: number) => db.selectFrom('export_request').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();

/** The requester's own pending request for the same list from the same position, if they already asked and it has not lapsed. */
export const findPendingSame = (db: Db, requesterId: number, positionId: number | null, filters: string, now: Date) =>
  db
    .selectFrom('export_request')
    .selectAll()
    .where('requester_id', '=', requesterId)
    .where('position_id', positionId === null ? 'is' : '=', positionId)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .where(sql<boolean>`filters = ${filters}::jsonb`)
    .executeTakeFirst();

export const updateRequest = (db: Db, id: number, patch: Partial<Insertable<ExportApprovalTables['export_request']>>) =>
  db.updateTable('export_request').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export interface RequestListQuery {
  userId: number;
  /** Requests I asked, requests I may decide, or both. */
  view?: 'mine' | 'decide';
  /** Roles the caller supervises at their own place; null: the caller decides nothing. */
  supervises: string[] | null;
  status?: ExportStatus;
  now: Date;
  limit: number;
  offset: number;
}

/**
 * Requests in the caller's scope that they asked or may decide. "May decide" is the rule of
 * export-request.rules (decisionRefusal) in SQL: not their own, and filed below their territory or, at the
 * same place, by a post they supervise.
 */
export async function listRequests(db: Db, scope: Scope, q: RequestListQuery) {
  const query = requestsOf(db, scope, q);
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(sql`status = 'pending' and expires_at > ${q.now}`, 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** How many requests `listRequests` would give: the total alone, no rows read. */
export async function countRequests(db: Db, scope: Scope, q: Omit<RequestListQuery, 'limit' | 'offset'>) {
  const r = await requestsOf(db, scope, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function requestsOf(db: Db, scope: Scope, q: Omit<RequestListQuery, 'limit' | 'offset'>) {
  let query = db.selectFrom('export_request').where(pathInScope(scope, 'unit_path'));
  query = query.where((eb) => {
    const mine = eb('requester_id', '=', q.userId);
    const decidable =
      q.supervises === null
        ? eb.lit(false)
        : eb.and([
            eb('requester_id', '<>', q.userId),
            scope.all
              ? eb.lit(true)
              : eb.or([
                  eb.not(eb('unit_path', 'in', scope.paths.length ? scope.paths : [''])),
                  ...(q.supervises.length ? [eb('requester_role', 'in', q.supervises)] : []),
                ]),
          ]);
    return q.view === 'mine' ? mine : q.view === 'decide' ? decidable : eb.or([mine, decidable]);
  });
  // Waiting and approved requests lapse by the clock (effectiveStatus): their status is read with it.
  if (q.status === 'approved' || q.status === 'pending') query = query.where('status', '=', q.status).where('expires_at', '>', q.now);
  else if (q.status === 'expired')
    query = query.where((eb) => eb.or([eb('status', '=', 'expired'), eb.and([eb('status', 'in', ['approved', 'pending']), eb('expires_at', '<=', q.now)])]));
  else if (q.status) query = query.where('status', '=', q.status);
  return query;
}
