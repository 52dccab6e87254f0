import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { PositionNames, ScopeResolver } from '../../platform/module.js';
import type { Position } from '../../platform/auth/auth.types.js';
import type { ScopeKind } from '../../platform/roles.js';
import type { Scope } from '../../platform/scope.js';
import { placesOf, territoryColumn, territoryOf } from './position-scope.repository.js';

/** Keeps only the outermost paths: '/1/2/' already covers '/1/2/3/'. */
export function outermost(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

type Territory = Array<['unit' | 'grid' | 'grant', string]>;

function scopeOf(position: Position, territory: unknown, kind: ScopeKind): Scope {
  const own = kind === 'subtree' ? 'unit' : kind === 'grid' ? 'grid' : null;
  const paths = (territory as Territory).filter(([k]) => k === 'grant' || k === own).map(([, path]) => path);
  return { all: false, districtId: position.districtId, paths: outermost(paths), departmentId: position.departmentId, gridId: position.gridId };
}

/** The territory a position reaches: its unit's subtree or its grid's units, plus explicit grants. */
export const orgScopeResolver: ScopeResolver = {
  async resolve(db: Kysely<Database>, position: Position, kind: ScopeKind): Promise<Scope> {
    return scopeOf(position, await territoryOf(db, position), kind);
  },

  territory: { column: territoryColumn, scopeOf },

  async describe(db, positions) {
    const out = new Map<number, PositionNames>();
    const ids = (k: 'unitId' | 'departmentId' | 'gridId') => [...new Set(positions.map((p) => p[k]).filter((x): x is number => x !== null))];
    const { units, departments: depts, grids } = await placesOf(db, { unitIds: ids('unitId'), departmentIds: ids('departmentId'), gridIds: ids('gridId') });
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
