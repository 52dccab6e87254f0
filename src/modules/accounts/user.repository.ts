import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/scope.js';
import { unitIdsInScope } from '../org/index.js';
import { contains } from '../../platform/db/like.js';

type Db = Kysely<Database>;

/** The latest end of the locks sources hold on a user's name (decision 0013), for the user's view. */
const loginLockedUntil = sql<Date | null>`(select max(f.locked_until) from login_failure f where f.username = lower(app_user.username) and f.locked_until > now())`;

/** A user is visible where one of their active positions is anchored inside the scope. */
function visibleUsers(db: Db, scope: Scope) {
  return db
    .selectFrom('app_user')
    .where((eb) =>
      scope.all
        ? eb.val(true)
        : eb.exists(
            eb
              .selectFrom('position')
              .whereRef('position.user_id', '=', 'app_user.id')
              .where('position.ended_at', 'is', null)
              .where('position.unit_id', 'in', unitIdsInScope(db, scope))
              .select(sql`1`.as('x')),
          ),
    );
}

export async function list(db: Db, scope: Scope, q: { q?: string; limit: number; offset: number }) {
  let query = visibleUsers(db, scope);
  if (q.q) query = query.where((eb) => eb.or([eb('app_user.username', 'like', contains(q.q!)), eb('app_user.display_name', 'like', contains(q.q!))]));
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const items = await query
    .selectAll('app_user')
    .select(loginLockedUntil.as('login_locked_until'))
    .orderBy('app_user.username')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { items, total: Number(total) };
}

export const findVisible = (db: Db, scope: Scope, id: number) =>
  visibleUsers(db, scope).selectAll('app_user').select(loginLockedUntil.as('login_locked_until')).where('app_user.id', '=', id).executeTakeFirst();

/** The failure counters on the names of users in scope that still count (failed since `since`) or lock. */
export async function listLoginLocks(db: Db, scope: Scope, q: { q?: string; limit: number; offset: number; now: Date; since: Date }) {
  let query = visibleUsers(db, scope)
    .innerJoin('login_failure as f', (join) => join.on(sql<boolean>`f.username = lower(app_user.username)`))
    .where((eb) => eb.or([eb('f.locked_until', '>', q.now), eb('f.last_failed_at', '>=', q.since)]));
  if (q.q)
    query = query.where((eb) =>
      eb.or([eb('app_user.username', 'like', contains(q.q!)), eb('app_user.display_name', 'like', contains(q.q!)), eb('f.source', 'like', contains(q.q!))]),
    );
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const items = await query
    .select([
      'app_user.id as user_id',
      'app_user.username',
      'app_user.display_name',
      'f.source',
      'f.failures',
      'f.first_failed_at',
      'f.last_failed_at',
      'f.locked_until',
    ])
    .orderBy(sql`coalesce(f.locked_until > ${q.now}, false)`, 'desc')
    .orderBy('f.last_failed_at', 'desc')
    .orderBy('f.source')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { items, total: Number(total) };
}

export const findByUsername = (db: Db, username: string) =>
  db
    .selectFrom('app_user')
    .select(['id'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();

export const positionsOf = (db: Db, userIds: number[]) =>
  userIds.length
    ? db.selectFrom('position').selectAll().where('user_id', 'in', userIds).where('ended_at', 'is', null).orderBy('id').execute()
    : Promise.resolve([]);

export const insertUser = (
  db: Db,
  row: { district_id: number | null; username: string; display_name: string; password_hash: string; must_change_password: boolean; is_demo: boolean },
) => db.insertInto('app_user').values(row).returningAll().executeTakeFirstOrThrow();

export const insertPosition = (
  db: Db,
  row: { district_id: number | null; user_id: number; role: string; unit_id: number | null; department_id: number | null; grid_id: number | null },
) => db.insertInto('position').values(row).returningAll().executeTakeFirstOrThrow();

export const endPosition = (db: Db, id: number) => db.updateTable('position').set({ ended_at: new Date() }).where('id', '=', id).execute();

export const setActive = (db: Db, id: number, active: boolean) => db.updateTable('app_user').set({ active }).where('id', '=', id).execute();

export const setDisplayName = (db: Db, id: number, displayName: string) =>
  db.updateTable('app_user').set({ display_name: displayName }).where('id', '=', id).execute();
