import { sql, type Expression, type Insertable, type Kysely, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Actor } from '../../../platform/actor.js';
import { pathInScope } from '../../../platform/scope.js';
import { contains } from '../../../platform/db/like.js';
import type { AppealsTables } from '../appeals.schema.js';
import type { SummonsStatus } from './summons.rules.js';
import * as org from '../../org/index.js';

type Db = Kysely<Database>;
export type SummonsRow = Selectable<AppealsTables['summons']>;

const TERRITORY_ROLES = new Set(['committee_worker', 'committee_head', 'street_staff', 'district_staff']);

/**
 * Which summons an actor sees. A committee (and the street and district above it) sees the summons raised in
 * its territory; a street office also those inviting it; a department only those inviting it or its street
 * teams. Residents, grid workers and outside organisations see none.
 */
export function visibleTo(actor: Actor): Expression<SqlBool> {
  const s = actor.scope;
  if (s.all) return sql<SqlBool>`true`;
  if (actor.role === 'department_staff') {
    if (!s.departmentId) return sql<SqlBool>`false`;
    return sql<SqlBool>`summons.invitee_department_id in ${org.departmentAndTeamIdsSql(s.departmentId)}`;
  }
  if (actor.role && TERRITORY_ROLES.has(actor.role)) {
    return sql<SqlBool>`(${pathInScope(s, 'summons.unit_path')} or summons.invitee_unit_id in ${org.unitIdsInScopeSql(s)})`;
  }
  return sql<SqlBool>`false`;
}

/** Summons inviting the actor's own department (or its street teams) or street office: an invitee's inbox. */
export function invitingActor(actor: Actor): Expression<SqlBool> {
  const s = actor.scope;
  if (actor.role === 'department_staff' && s.departmentId) {
    return sql<SqlBool>`summons.invitee_department_id in ${org.departmentAndTeamIdsSql(s.departmentId)}`;
  }
  if (actor.role === 'street_staff') return sql<SqlBool>`summons.invitee_unit_id in ${org.unitIdsInScopeSql(s)}`;
  return sql<SqlBool>`false`;
}

export const findVisible = (db: Db, actor: Actor, id: number, lock = false) => {
  let q = db.selectFrom('summons').selectAll().where('id', '=', id).where(visibleTo(actor));
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
};

export const insert = (db: Db, row: Insertable<AppealsTables['summons']>) => db.insertInto('summons').values(row).returningAll().executeTakeFirstOrThrow();

export const insertMany = async (db: Db, rows: Insertable<AppealsTables['summons']>[]) => {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('summons')
      .values(rows.slice(i, i + 1000))
      .execute();
};

export const update = (db: Db, id: number, patch: Updateable<AppealsTables['summons']>) =>
  db.updateTable('summons').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export interface ListFilter {
  view?: 'all' | 'inbox';
  status?: SummonsStatus[];
  /** Still unanswered past the response deadline. */
  overdue?: boolean;
  departmentId?: number;
  q?: string;
  from?: Date;
  to?: Date;
}

/** Summons the actor sees, filtered: what a list pages through and a to-do counts. */
function filtered(db: Db, actor: Actor, f: ListFilter, now: Date) {
  let q = db.selectFrom('summons').where(visibleTo(actor));
  if (f.view === 'inbox') q = q.where(invitingActor(actor));
  if (f.status?.length) q = q.where('summons.status', 'in', f.status);
  if (f.overdue) q = q.where('summons.status', '=', 'invited').where('summons.respond_due_at', '<', now);
  if (f.departmentId) q = q.where('summons.invitee_department_id', '=', f.departmentId);
  if (f.q?.trim()) {
    const t = f.q.trim();
    const id = /^#?\d+$/.test(t) ? Number(t.replace('#', '')) : -1;
    q = q.where((eb) => eb.or([eb('summons.subject', 'ilike', contains(t)), eb('summons.id', '=', id)]));
  }
  if (f.from) q = q.where('summons.invited_at', '>=', f.from);
  if (f.to) q = q.where('summons.invited_at', '<', f.to);
  return q;
}

/** Summons the actor sees, filtered, newest first, one page and the total. */
export async function list(db: Db, actor: Actor, f: ListFilter, now: Date, offset: number, limit: number) {
  const q = filtered(db, actor, f, now);
  const [items, total] = await Promise.all([
    q.selectAll().orderBy('summons.invited_at', 'desc').orderBy('summons.id', 'desc').offset(offset).limit(limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** How many summons the same list holds, and how many of them are still unanswered past the response deadline. */
export async function count(db: Db, actor: Actor, f: ListFilter, now: Date) {
  const r = await filtered(db, actor, f, now)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .select(sql<number>`count(*) filter (where summons.status = 'invited' and summons.respond_due_at < ${now})`.as('late'))
    .executeTakeFirstOrThrow();
  return { count: Number(r.n), overdue: Number(r.late) };
}

/** Departments a committee may invite: the district's own departments and the teams of its street. */
export const invitableDepartments = org.liveDepartmentsForStreets;
export const departmentById = org.liveDepartmentById;
/** A unit by id, retired or not (a summons keeps the street it invited). */
export const unitById = org.findUnitById;

/** Names of units, departments and people for display, one query each. */
export async function namesOf(db: Db, unitIds: number[], departmentIds: number[], userIds: number[]) {
  const uniq = (xs: number[]) => [...new Set(xs)];
  const [units, depts, users] = await Promise.all([
    org.unitNames(db, uniq(unitIds)),
    org.departmentNames(db, departmentIds),
    userIds.length ? db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', uniq(userIds)).execute() : [],
  ]);
  return {
    units: new Map(units.map((u) => [u.id, u.name])),
    departments: new Map(depts.map((d) => [d.id, d])),
    users: new Map(users.map((u) => [u.id, u.display_name])),
  };
}

/**
 * Users holding a live position of one of the roles at a unit or in one of the departments: whom to tell about
 * a summons (an invited department's or street's staff, a committee's workers).
 */
export async function staffOf(db: Db, roles: string[], at: { unitId?: number; departmentIds?: number[] }): Promise<number[]> {
  let q = db
    .selectFrom('position')
    .innerJoin('app_user', 'app_user.id', 'position.user_id')
    .select('position.user_id')
    .distinct()
    .where('position.ended_at', 'is', null)
    .where('app_user.active', '=', true)
    .where('position.role', 'in', roles);
  if (at.unitId !== undefined) q = q.where('position.unit_id', '=', at.unitId);
  if (at.departmentIds !== undefined) q = q.where('position.department_id', 'in', at.departmentIds.length ? at.departmentIds : [-1]);
  return (await q.execute()).map((r) => r.user_id);
}

export interface RateRow {
  department_id: number | null;
  unit_id: number | null;
  invited: number;
  responded: number;
  responded_on_time: number;
  overdue: number;
  response_minutes: number | null;
  declined: number;
  met: number;
  resolved: number;
  unresolved: number;
  committee_rating: number | null;
  residents_rating: number | null;
  evaluated: number;
}

/**
 * Figures per invitee (a department, or a street office) over the summons invited in the period, and the same
 * over all of them (the line whose department and unit are both null). With `rollup` a street team counts under
 * its district department, which answers for it.
 */
export async function rates(
  db: Db,
  q: { districtId: number | null; from?: Date; to?: Date; rollup: boolean; now: Date },
): Promise<{ lines: RateRow[]; total: RateRow }> {
  const dept = q.rollup ? org.departmentAnsweringFor('s.invitee_department_id') : sql`s.invitee_department_id`;
  const where = sql.join(
    [
      q.districtId !== null ? sql`s.district_id = ${q.districtId}` : sql`true`,
      q.from ? sql`s.invited_at >= ${q.from}` : sql`true`,
      q.to ? sql`s.invited_at < ${q.to}` : sql`true`,
    ],
    sql` and `,
  );
  const figures = sql`
      count(*)::int as invited,
      count(s.responded_at)::int as responded,
      count(*) filter (where s.responded_at <= s.respond_due_at)::int as responded_on_time,
      count(*) filter (where s.status = 'invited' and s.respond_due_at < ${q.now})::int as overdue,
      avg(s.response_minutes)::float8 as response_minutes,
      count(*) filter (where s.status = 'declined')::int as declined,
      count(*) filter (where s.status in ('met', 'resolved', 'unresolved'))::int as met,
      count(*) filter (where s.status = 'resolved')::int as resolved,
      count(*) filter (where s.status = 'unresolved')::int as unresolved,
      avg(s.committee_rating)::float8 as committee_rating,
      avg(s.residents_rating)::float8 as residents_rating,
      count(s.evaluated_at)::int as evaluated`;
  const [lines, total] = await Promise.all([
    sql<RateRow>`select ${dept} as department_id, s.invitee_unit_id as unit_id, ${figures}
      from summons s
      where ${where} group by 1, 2`.execute(db),
    sql<RateRow>`select null::int as department_id, null::int as unit_id, ${figures} from summons s where ${where}`.execute(db),
  ]);
  return { lines: lines.rows, total: total.rows[0]! };
}

export const ordersByIds = (db: Db, ids: number[]) =>
  ids.length
    ? db
        .selectFrom('appeal_order')
        .select(['id', 'title', 'status'])
        .where('id', 'in', [...new Set(ids)])
        .execute()
    : Promise.resolve([]);
