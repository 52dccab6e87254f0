import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { PeopleTables } from './people.schema.js';

type Db = Kysely<Database>;

export const insertBinding = (db: Db, row: Insertable<PeopleTables['resident_binding']>) =>
  db.insertInto('resident_binding').values(row).returningAll().executeTakeFirstOrThrow();

/** Requests the account made since then, whatever became of them. */
export async function requestsSince(db: Db, userId: number, since: Date) {
  const r = await db
    .selectFrom('resident_binding')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks the account's waiting requests past their deadline as expired (one may wait at a time). */
export const lapseOwn = (db: Db, userId: number, now: Date) =>
  db
    .updateTable('resident_binding')
    .set({ status: 'expired' })
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .where('expires_at', '<=', now)
    .execute();

export const pendingOf = (db: Db, userId: number, now: Date) =>
  db.selectFrom('resident_binding').selectAll().where('user_id', '=', userId).where('status', '=', 'pending').where('expires_at', '>', now).executeTakeFirst();

export const latestOf = (db: Db, userId: number) =>
  db.selectFrom('resident_binding').select(['id', 'status', 'created_at', 'expires_at']).where('user_id', '=', userId).orderBy('id', 'desc').executeTakeFirst();

/**
 * Requests a committee decides: those naming a resident in scope. Waiting ones past their deadline are left
 * out, as are requests that named nobody (they have no territory and reach no one's list).
 */
export function listInScope(db: Db, scope: Scope, status: 'pending' | 'approved' | 'rejected', now: Date) {
  return inScope(db, scope, status, now)
    .innerJoin('app_user as u', 'u.id', 'b.user_id')
    .select([
      'b.id',
      'b.status',
      'b.created_at',
      'b.expires_at',
      'b.house_id',
      'b.person_id',
      'b.note',
      'p.name',
      'p.doc_masked',
      'u.username',
      'u.display_name',
    ])
    .select((eb) => eb.and([eb('p.user_id', 'is not', null), eb('p.user_id', '!=', eb.ref('b.user_id'))]).as('bound_elsewhere'))
    .orderBy('b.created_at')
    .limit(LIST_LIMIT)
    .execute();
}

/** The list shows the oldest requests first, this many at most. */
export const LIST_LIMIT = 200;

/** How many requests wait for a decision in the scope: what the list of pending ones counts, all of them. */
export async function pendingCountInScope(db: Db, scope: Scope, now: Date) {
  const r = await inScope(db, scope, 'pending', now)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function inScope(db: Db, scope: Scope, status: 'pending' | 'approved' | 'rejected', now: Date) {
  let q = db
    .selectFrom('resident_binding as b')
    .innerJoin('person as p', 'p.id', 'b.person_id')
    .where('b.status', '=', status)
    .where(pathInScope(scope, 'b.unit_path'));
  if (status === 'pending') q = q.where('b.expires_at', '>', now);
  return q;
}

export const findInScope = (db: Db, scope: Scope, id: number) =>
  db
    .selectFrom('resident_binding')
    .selectAll()
    .where('id', '=', id)
    .where('person_id', 'is not', null)
    .where(pathInScope(scope, 'unit_path'))
    .executeTakeFirst();

export const decideBinding = (db: Db, id: number, patch: { status: 'approved' | 'rejected' | 'withdrawn'; note?: string | null; decided_by: number | null }) =>
  db
    .updateTable('resident_binding')
    .set({ ...patch, decided_at: new Date() })
    .where('id', '=', id)
    .execute();
