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
    .executeTakeFirst();
