import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { PositionNames, ScopeResolver } from '../../platform/module.js';
import type { Position } from '../../platform/auth/auth.types.js';
import { roleDef } from '../../platform/roles.js';
import type { Scope } from '../../platform/scope.js';

/** Keeps only the outermost paths: '/1/2/' already covers '/1/2/3/'. */
export function outermost(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

/** The territory a position reaches: its unit's subtree or its grid's units, plus explicit grants. */
export const orgScopeResolver: ScopeResolver = {
  async resolve(db: Kysely<Database>, position: Position): Promise<Scope> {
    const kind = roleDef(position.role).scopeKind;
    // The position's own unit, its grid's units and its explicit grants, in one round trip (on every request).
    const own = kind === 'subtree' && position.unitId
      ? db.selectFrom('unit').select('path').where('id', '=', position.unitId)
      : kind === 'grid' && position.gridId
        ? db.selectFrom('grid_unit').innerJoin('unit', 'unit.id', 'grid_unit.unit_id').select('unit.path').where('grid_unit.grid_id', '=', position.gridId)
        : null;
    const grants = db.selectFrom('scope_grant').innerJoin('unit', 'unit.id', 'scope_grant.unit_id').select('unit.path').where('scope_grant.position_id', '=', position.id);
    const rows = await (own ? own.unionAll(grants) : grants).execute();
    const paths = rows.map((r) => r.path);
    return { all: false, districtId: position.districtId, paths: outermost(paths), departmentId: position.departmentId, gridId: position.gridId };
  },

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
