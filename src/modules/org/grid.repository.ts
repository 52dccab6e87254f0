import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import { contains, startsWith } from '../../platform/db/like.js';

type Db = Kysely<Database>;

/**
 * A grid is visible to whoever reaches its owning street, to its own grid workers, and to anyone whose
 * territory it covers (a committee sees the grids laid over it).
 */
function visibleGrids(db: Db, scope: Scope) {
  return db
    .selectFrom('grid')
    .innerJoin('unit as street', 'street.id', 'grid.street_id')
    .where((eb) =>
      eb.or([
        pathInScope(scope, 'street.path'),
        eb('grid.id', '=', scope.gridId ?? -1),
        eb.exists(
          eb
            .selectFrom('grid_unit')
            .innerJoin('unit as u', 'u.id', 'grid_unit.unit_id')
            .whereRef('grid_unit.grid_id', '=', 'grid.id')
            .where(pathInScope(scope, 'u.path'))
            .select(sql`1`.as('x')),
        ),
      ]),
    );
}

export async function list(db: Db, scope: Scope, q: { streetId?: number; q?: string; limit: number; offset: number }) {
  let query = visibleGrids(db, scope).where('grid.retired_at', 'is', null);
  if (q.streetId) query = query.where('grid.street_id', '=', q.streetId);
  if (q.q) query = query.where((eb) => eb.or([eb('grid.name', 'like', contains(q.q!)), eb('grid.code', 'like', startsWith(q.q!))]));
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const items = await query
    .select(['grid.id', 'grid.code', 'grid.name', 'grid.kind', 'grid.street_id', 'street.name as street_name'])
    .select((eb) => eb.selectFrom('grid_unit').whereRef('grid_unit.grid_id', '=', 'grid.id').select(eb.fn.countAll<number>().as('n')).as('unit_count'))
    .orderBy('grid.code')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { items, total: Number(total) };
}

export const findVisible = (db: Db, scope: Scope, id: number) =>
  visibleGrids(db, scope)
    .where('grid.id', '=', id)
    .select(['grid.id', 'grid.code', 'grid.name', 'grid.kind', 'grid.street_id', 'street.name as street_name', 'grid.retired_at'])
    .executeTakeFirst();

export const unitsOf = (db: Db, gridId: number) =>
  db
    .selectFrom('grid_unit')
    .innerJoin('unit', 'unit.id', 'grid_unit.unit_id')
    .select(['unit.id', 'unit.name', 'unit.type', 'unit.path'])
    .where('grid_unit.grid_id', '=', gridId)
    .orderBy('unit.code')
    .execute();

/** Grids laid over a unit or any of its ancestors. */
export function covering(db: Db, path: string) {
  const ancestorIds = path.split('/').filter(Boolean).map(Number);
  return db
    .selectFrom('grid_unit')
    .innerJoin('grid', 'grid.id', 'grid_unit.grid_id')
    .select(['grid.id', 'grid.name', 'grid.code', 'grid.kind'])
    .where('grid_unit.unit_id', 'in', ancestorIds)
    .where('grid.retired_at', 'is', null)
    .distinct()
    .execute();
}

/** The territory paths a grid covers, if the scope reaches the grid (for filtering other modules' lists). */
export async function pathsOfVisibleGrid(db: Db, scope: Scope, gridId: number): Promise<string[] | null> {
  if (!(await findVisible(db, scope, gridId))) return null;
  return (await unitsOf(db, gridId)).map((u) => u.path);
}

/** The live grid of a kind laid over a unit (a committee's city-operations grid), or undefined. */
export const liveOfKindCovering = (db: Db, unitId: number, kind: 'grid' | 'party_area') =>
  db
    .selectFrom('grid_unit')
    .innerJoin('grid', 'grid.id', 'grid_unit.grid_id')
    .select(['grid.id', 'grid.name'])
    .where('grid_unit.unit_id', '=', unitId)
    .where('grid.kind', '=', kind)
    .where('grid.retired_at', 'is', null)
    .orderBy('grid.id')
    .executeTakeFirst();
