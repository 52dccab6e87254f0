import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import { contains, startsWith } from '../../platform/db/like.js';

type Db = Kysely<Database>;

/**
 * A department is visible to its own staff (and a district department's staff see its teams), to whoever
 * reaches the street a team sits in, and, for district departments, to whoever reaches the whole district.
 */
function visibleDepartments(db: Db, scope: Scope) {
  return db
    .selectFrom('department')
    .leftJoin('unit as street', 'street.id', 'department.street_id')
    .innerJoin('unit as district', (j) => j.on('district.district_id', '=', sql.ref('department.district_id')).on('district.type', '=', 'district'))
    .where((eb) =>
      eb.or([
        eb('department.id', '=', scope.departmentId ?? -1),
        eb('department.parent_id', '=', scope.departmentId ?? -1),
        eb.and([eb('department.street_id', 'is not', null), pathInScope(scope, 'street.path')]),
        pathInScope(scope, 'district.path'),
      ]),
    );
}

export async function list(db: Db, scope: Scope, q: { q?: string; parentId?: number; limit: number; offset: number }) {
  let query = visibleDepartments(db, scope).where('department.retired_at', 'is', null);
  if (q.q) query = query.where((eb) => eb.or([eb('department.name', 'like', contains(q.q!)), eb('department.code', 'like', startsWith(q.q!))]));
  if (q.parentId) query = query.where('department.parent_id', '=', q.parentId);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const items = await query
    .select(['department.id', 'department.code', 'department.name', 'department.parent_id', 'department.street_id', 'street.name as street_name'])
    .select((eb) => eb.selectFrom('department as t').whereRef('t.parent_id', '=', 'department.id').select(eb.fn.countAll<number>().as('n')).as('team_count'))
    // The parent's name, for lists that show it: a district department's name is no secret to its street teams.
    .select((eb) => eb.selectFrom('department as p').whereRef('p.id', '=', 'department.parent_id').select('p.name').as('parent_name'))
    .orderBy('department.code')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { items, total: Number(total) };
}

export const findVisible = (db: Db, scope: Scope, id: number) =>
  visibleDepartments(db, scope)
    .where('department.id', '=', id)
    .select(['department.id', 'department.code', 'department.name', 'department.parent_id', 'department.street_id', 'street.name as street_name'])
    .select((eb) => eb.selectFrom('department as t').whereRef('t.parent_id', '=', 'department.id').select(eb.fn.countAll<number>().as('n')).as('team_count'))
    // The parent's name, for lists that show it: a district department's name is no secret to its street teams.
    .select((eb) => eb.selectFrom('department as p').whereRef('p.id', '=', 'department.parent_id').select('p.name').as('parent_name'))
    .executeTakeFirst();

// --- Queries other modules make through index.ts: they never name the department table themselves. ---

/** A district's live departments and street teams (a hundred rows or so). */
export const liveOfDistrict = (db: Db, districtId: number) =>
  db.selectFrom('department').select(['id', 'name', 'code', 'street_id']).where('district_id', '=', districtId).where('retired_at', 'is', null).execute();

/** Departments of districts, retired ones too (their figures stay readable), by code. */
export const ofDistricts = (db: Db, districtIds: number[]) =>
  districtIds.length
    ? db
        .selectFrom('department')
        .select(['id', 'district_id', 'name', 'code', 'parent_id', 'street_id', 'retired_at'])
        .where('district_id', 'in', districtIds)
        .orderBy('code')
        .execute()
    : Promise.resolve([]);

export const liveById = (db: Db, districtId: number, id: number) =>
  db
    .selectFrom('department')
    .select(['id', 'name', 'street_id', 'parent_id', 'code'])
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .executeTakeFirst();

/**
 * A live department by code: a district department ('HOUSING'), or a street team ('HMO') in the given street,
 * stored as 'HMO-<street id>' with that street.
 */
export const liveByCode = (db: Db, districtId: number, code: string, streetId: number | null) =>
  db
    .selectFrom('department')
    .select(['id', 'name', 'street_id', 'parent_id', 'code'])
    .where('district_id', '=', districtId)
    .where('retired_at', 'is', null)
    .where((eb) => eb.or([eb('code', '=', code), ...(streetId ? [eb.and([eb('code', '=', `${code}-${streetId}`), eb('street_id', '=', streetId)])] : [])]))
    .orderBy('street_id', 'desc')
    .executeTakeFirst();

/** Whether a live department or street team of the district has the code ('HMO' also matches 'HMO-<street>'). */
export const liveCodeExists = async (db: Db, districtId: number, code: string) =>
  !!(await db
    .selectFrom('department')
    .select('id')
    .where('district_id', '=', districtId)
    .where('retired_at', 'is', null)
    .where((eb) => eb.or([eb('code', '=', code), eb('code', 'like', `${code.replace(/[\\%_]/g, '\\$&')}-%`)]))
    .limit(1)
    .executeTakeFirst());

/** The district's live departments and the teams of the given streets (none: district departments only), teams first. */
export const liveForStreets = (db: Db, districtId: number, streetIds: number[]) =>
  db
    .selectFrom('department')
    .select(['id', 'code', 'name', 'parent_id', 'street_id'])
    .where('district_id', '=', districtId)
    .where('retired_at', 'is', null)
    .where((eb) => eb.or([eb('street_id', 'is', null), ...(streetIds.length ? [eb('street_id', 'in', streetIds)] : [])]))
    .orderBy('street_id', 'desc')
    .orderBy('code')
    .execute();

/** Names and parents of departments by id. */
export const namesOf = (db: Db, ids: number[]) =>
  ids.length
    ? db
        .selectFrom('department')
        .select(['id', 'name', 'parent_id'])
        .where('id', 'in', [...new Set(ids)])
        .execute()
    : Promise.resolve([]);

/** A department and its street teams, as a subquery of ids for another module's condition. */
export const selfAndTeams = (db: Db, departmentId: number) =>
  db
    .selectFrom('department')
    .select('department.id')
    .where((eb) => eb.or([eb('department.id', '=', departmentId), eb('department.parent_id', '=', departmentId)]));

/** The department a street team answers to (itself for a district department), for the department id in `column`. */
export const answeringFor = (column: string) =>
  sql<number | null>`coalesce((select d.parent_id from department d where d.id = ${sql.ref(column)}), ${sql.ref(column)})`;

/** A department and its street teams, as an SQL subquery of ids that needs no database handle (for visibility conditions). */
export const selfAndTeamsSql = (departmentId: number) =>
  sql<number>`(select d.id from department d where d.id = ${departmentId} or d.parent_id = ${departmentId})`;
