import { sql, type Insertable, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Position } from './auth.types.js';
import type { RoleId } from '../roles.js';

type Db = Kysely<Database>;

export const findUserByName = (db: Db, username: string) =>
  db
    .selectFrom('app_user')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();

/** The account that signed up with a phone, found by the phone's keyed hash (the number itself is not stored in clear). */
export const findUserByPhoneHash = (db: Db, phoneHash: string) =>
  db.selectFrom('user_phone as ph').innerJoin('app_user as u', 'u.id', 'ph.user_id').selectAll('u').where('ph.phone_hash', '=', phoneHash).executeTakeFirst();

export const findUser = (db: Db, id: number) => db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();

export async function activePositions(db: Db, userId: number): Promise<Position[]> {
  const rows = await db.selectFrom('position').selectAll().where('user_id', '=', userId).where('ended_at', 'is', null).orderBy('id').execute();
  return rows.map(toPosition);
}

export const toPosition = (r: Selectable<Database['position']>): Position => ({
  id: r.id,
  userId: r.user_id,
  districtId: r.district_id,
  role: r.role as RoleId,
  unitId: r.unit_id,
  departmentId: r.department_id,
  gridId: r.grid_id,
});

/**
 * Counts an attempt against its (name, source) pair and returns the pair's count with it. A pair starts
 * afresh once its lock has run out or its last failure is older than `since`; while locked it keeps counting.
 */
export async function countLoginAttempt(db: Db, username: string, source: string, now: Date, since: Date) {
  const fresh = sql`(f.locked_until is not null and f.locked_until <= ${now}) or (f.locked_until is null and f.last_failed_at < ${since})`;
  const r = await sql<{ failures: number; locked_until: Date | null }>`
    insert into login_failure as f (username, source, failures, first_failed_at, last_failed_at)
    values (${username}, ${source}, 1, ${now}, ${now})
    on conflict (username, source) do update set
      failures = case when ${fresh} then 1 else f.failures + 1 end,
      first_failed_at = case when ${fresh} then ${now} else f.first_failed_at end,
      locked_until = case when f.locked_until > ${now} then f.locked_until end,
      last_failed_at = ${now}
    returning failures, locked_until`.execute(db);
  const row = r.rows[0]!;
  return { failures: row.failures, lockedUntil: row.locked_until };
}

export const lockLoginPair = (db: Db, username: string, source: string, until: Date) =>
  db.updateTable('login_failure').set({ locked_until: until }).where('username', '=', username).where('source', '=', source).execute();

export const clearLoginPair = (db: Db, username: string, source: string) =>
  db.deleteFrom('login_failure').where('username', '=', username).where('source', '=', source).execute();

/** Forgets a name's counters, or one source's; returns what they were. */
export const clearLoginFailures = (db: Db, username: string, source?: string) => {
  let q = db.deleteFrom('login_failure').where('username', '=', username.toLowerCase());
  if (source !== undefined) q = q.where('source', '=', source);
  return q.returning(['source', 'failures', 'locked_until']).execute();
};

/** Drops counters nobody added to since `since` and that hold no lock: unknown names would pile up otherwise. */
export const pruneLoginFailures = (db: Db, since: Date, now: Date) =>
  db
    .deleteFrom('login_failure')
    .where('last_failed_at', '<', since)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .execute();

export const requirePasswordChange = (db: Db, userId: number) =>
  db.updateTable('app_user').set({ must_change_password: true }).where('id', '=', userId).execute();

export const districtName = async (db: Db, id: number | null) =>
  id === null ? undefined : (await db.selectFrom('district').select('name').where('id', '=', id).executeTakeFirst())?.name;

export const insertSession = (db: Db, row: Insertable<Database['user_session']>) => db.insertInto('user_session').values(row).execute();

export const findSession = (db: Db, id: string) =>
  db.selectFrom('user_session').selectAll().where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();

/**
 * A live session with its user and the user's active positions, in one round trip: every request resolves
 * its session, so each query saved here is saved on every call of the API. Given the scope resolver's
 * territory column, each position comes with its territory too.
 */
export async function findSessionState(db: Db, id: string, territory?: RawBuilder<unknown>) {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id as session_id', 's.position_id as session_position_id', 's.last_seen_at', 's.csrf_token', 's.second_factor'])
    .select((eb) =>
      eb
        .selectFrom('position as p')
        .select(
          sql<PositionJson[]>`coalesce(json_agg(json_build_object('row', p, 'territory', ${territory ?? sql`null`}) order by p.id), '[]'::json)`.as(
            'positions',
          ),
        )
        .whereRef('p.user_id', '=', 'u.id')
        .where('p.ended_at', 'is', null)
        .as('positions'),
    )
    .where('s.id', '=', id)
    .where('s.ended_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, session_position_id, last_seen_at, csrf_token, second_factor, positions, ...user } = row;
  const list = (positions ?? []) as PositionJson[];
  return {
    session: { id: session_id, position_id: session_position_id, last_seen_at, csrf_token, second_factor },
    user,
    positions: list.map((p) => toPosition(p.row)),
    territories: new Map(list.map((p) => [p.row.id, p.territory] as const)),
  };
}

export type SessionLookup = NonNullable<Awaited<ReturnType<typeof findSessionState>>>;

interface PositionJson {
  row: Selectable<Database['position']>;
  territory: unknown;
}

export const touchSession = (db: Db, id: string, at: Date) => db.updateTable('user_session').set({ last_seen_at: at }).where('id', '=', id).execute();

export const endSession = (db: Db, id: string) => db.updateTable('user_session').set({ ended_at: new Date() }).where('id', '=', id).execute();

export const endUserSessions = (db: Db, userId: number, exceptId?: string) => {
  let q = db.updateTable('user_session').set({ ended_at: new Date() }).where('user_id', '=', userId).where('ended_at', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.execute();
};

export const setSessionPosition = (db: Db, id: string, positionId: number) =>
  db.updateTable('user_session').set({ position_id: positionId }).where('id', '=', id).execute();

export const setPassword = (db: Db, userId: number, passwordHash: string, mustChange: boolean) =>
  db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, must_change_password: mustChange, password_changed_at: new Date() })
    .where('id', '=', userId)
    .execute();
