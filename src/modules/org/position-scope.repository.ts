import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Position } from '../../platform/auth/auth.types.js';

/**
 * The paths a position may reach, tagged by where they come from: its unit, its grid's units, its explicit
 * grants, as a JSON array of [kind, path]. A column over the row aliased `p` (with id, unit_id, grid_id), so
 * that the session's own query reads it in the same round trip.
 */
export const territoryColumn = (p: string) => sql`(select coalesce(json_agg(json_build_array(x.k, x.path)), '[]'::json) from (
    select 'unit' as k, u.path from unit u where u.id = ${sql.ref(`${p}.unit_id`)}
    union all select 'grid', u.path from grid_unit gu join unit u on u.id = gu.unit_id where gu.grid_id = ${sql.ref(`${p}.grid_id`)}
    union all select 'grant', u.path from scope_grant g join unit u on u.id = g.unit_id where g.position_id = ${sql.ref(`${p}.id`)}) x)`;

/** The tagged paths of one position (see territoryColumn). */
export async function territoryOf(db: Kysely<Database>, position: Pick<Position, 'id' | 'unitId' | 'gridId'>): Promise<unknown> {
  const r = await sql<{ t: unknown }>`select ${territoryColumn('p')} as t
    from (values (${position.id}::int, ${position.unitId}::int, ${position.gridId}::int)) as p(id, unit_id, grid_id)`.execute(db);
  return r.rows[0]!.t;
}

/** Names of the units (with their paths), departments and grids positions sit at. */
export async function placesOf(db: Kysely<Database>, ids: { unitIds: number[]; departmentIds: number[]; gridIds: number[] }) {
  const [units, departments, grids] = await Promise.all([
    ids.unitIds.length ? db.selectFrom('unit').select(['id', 'name', 'path']).where('id', 'in', ids.unitIds).execute() : [],
    ids.departmentIds.length ? db.selectFrom('department').select(['id', 'name']).where('id', 'in', ids.departmentIds).execute() : [],
    ids.gridIds.length ? db.selectFrom('grid').select(['id', 'name']).where('id', 'in', ids.gridIds).execute() : [],
  ]);
  return { units, departments, grids };
}
