import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { PositionNames, ScopeResolver } from '../../platform/module.js';
import type { Position } from '../../platform/auth/auth.types.js';
import type { ScopeKind } from '../../platform/roles.js';
import type { Scope } from '../../platform/scope.js';

/** Keeps only the outermost paths: '/1/2/' already covers '/1/2/3/'. */
export function outermost(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

type Territory = Array<['unit' | 'grid' | 'grant', string]>;

/**
 * The paths a position may reach, tagged by where they come from: its unit, its grid's units, its explicit
 * grants. Which of them count depends on the role (scopeOf).
 */
const territoryColumn = (p: string) => sql`(select coalesce(json_agg(json_build_array(x.k, x.path)), '[]'::json) from (
    select 'unit' as k, u.path from unit u where u.id = ${sql.ref(`${p}.unit_id`)}
    union all select 'grid', u.path from grid_unit gu join unit u on u.id = gu.unit_id where gu.grid_id = ${sql.ref(`${p}.grid_id`)}
    union all select 'grant', u.path from scope_grant g join unit u on u.id = g.unit_id where g.position_id = ${sql.ref(`${p}.id`)}) x)`;

function scopeOf(position: Position, territory: unknown, kind: ScopeKind): Scope {
  const own = kind === 'subtree' ? 'unit' : kind === 'grid' ? 'grid' : null;
  const paths = (territory as Territory).filter(([k]) => k === 'grant' || k === own).map(([, path]) => path);
  return { all: false, districtId: position.districtId, paths: outermost(paths), departmentId: position.departmentId, gridId: position.gridId };
}

/** The territory a position reaches: its unit's subtree or its grid's units, plus explicit grants. */
export const orgScopeResolver: ScopeResolver = {
  async resolve(db: Kysely<Database>, position: Position, kind: ScopeKind): Promise<Scope> {
    const r = await sql<{ t: unknown }>`select ${territoryColumn('p')} as t
      from (values (${position.id}::int, ${position.unitId}::int, ${position.gridId}::int)) as p(id, unit_id, grid_id)`.execute(db);
    return scopeOf(position, r.rows[0]!.t, kind);
  },

  territory: { column: territoryColumn, scopeOf },

  async describe(db, positions) {
    const out = new Map<number, PositionNames>();
    const ids = (k: 'unitId' | 'departmentId' | 'gridId') => [...new Set(positions.map((p) => p[k]).filter((x): x is number => x !== null))];
    const [units, depts, grids] = await Promise.all([
      ids('unitId').length ? db.selectFrom('unit').select(['id', 'name', 'path']).where('id', 'in', ids('unitId')).execute() : [],
      ids('departmentId').length ? db.selectFrom('department').select(['id', 'name']).where('id', 'in', ids('departmentId')).execute() : [],
      ids('gridId').length ? db.selectFrom('grid').select(['id', 'name']).where('id', 'in', ids('gridId')).execute() : [],
    ]);
    for (const p of positions) {
      const u = units.find((x) => x.id === p.unitId);
      out.set(p.id, {
        unitName: u?.name ?? null,
        unitPath: u?.path ?? null,
        departmentName: depts.find((x) => x.id === p.departmentId)?.name ?? null,
        gridName: grids.find((x) => x.id === p.gridId)?.name ?? null,
      });
    }
    return out;
  },
};
