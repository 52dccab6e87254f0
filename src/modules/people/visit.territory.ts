import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/actor.js';
import type { Scope } from '../../platform/scope.js';
import { notFound } from '../../platform/errors.js';
import { findVisibleGrid, findVisibleUnit, pathsOfVisibleGrid, unitNames } from '../org/index.js';

/** What a coverage question is asked of: a unit, a grid, or the caller's own territory. */
export type CoverageTarget = { unitId: number } | { gridId: number } | { mine: true };

/** The territory a coverage answer counts: named for the page's title, counted over its paths. */
export interface Territory {
  /** 'grid', a unit type ('committee', 'street', …), or 'scope' when a position reaches several units. */
  kind: string;
  id: number | null;
  name: string;
  paths: string[];
}

/**
 * The part of `paths` the scope reaches. A grid is visible to a committee it covers, but its other
 * committees are not: a committee worker asking about such a grid counts only their own committee.
 */
export function narrow(scope: Scope, paths: string[]): string[] {
  if (scope.all) return dedupe(paths);
  const out: string[] = [];
  for (const p of paths) {
    for (const s of scope.paths) {
      if (p.startsWith(s)) out.push(p);
      else if (s.startsWith(p)) out.push(s);
    }
  }
  return dedupe(out);
}

/** Distinct outermost paths: '/1/2/' already counts everything under '/1/2/3/'. */
function dedupe(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

const lastId = (path: string) => Number(path.split('/').filter(Boolean).at(-1));

/**
 * Resolves a target to a territory within the actor's scope: a unit or grid out of scope is not found.
 * The caller's own territory is their grid for a grid worker (their position's unit is the whole street,
 * wider than what they may see), otherwise the units their scope reaches; null when there is none of
 * their own (an administrator reaches every district and picks one).
 */
export async function resolveTerritory(db: Kysely<Database>, actor: Actor, target: CoverageTarget): Promise<Territory | null> {
  const scope = actor.scope;
  if ('unitId' in target) {
    const unit = await findVisibleUnit(db, scope, target.unitId);
    if (!unit) throw notFound('unit');
    return { kind: unit.type, id: unit.id, name: unit.name, paths: [unit.path] };
  }
  if ('gridId' in target) {
    const territory = await gridTerritory(db, scope, target.gridId);
    if (!territory) throw notFound('grid');
    return territory;
  }
  if (scope.gridId) {
    const own = await gridTerritory(db, scope, scope.gridId);
    if (own) return own;
  }
  if (scope.all || scope.paths.length === 0) return null;
  const units = await unitNames(db, scope.paths.map(lastId));
  const ordered = scope.paths.map((p) => units.find((u) => u.path === p)).filter((u): u is NonNullable<typeof u> => !!u);
  if (ordered.length === 1) {
    const unit = ordered[0]!;
    return { kind: unit.type, id: unit.id, name: unit.name, paths: [unit.path] };
  }
  return { kind: 'scope', id: null, name: ordered.map((u) => u.name).join(actor.locale === 'en' ? ', ' : '、'), paths: scope.paths };
}

async function gridTerritory(db: Kysely<Database>, scope: Scope, gridId: number): Promise<Territory | null> {
  const grid = await findVisibleGrid(db, scope, gridId);
  if (!grid) return null;
  const paths = (await pathsOfVisibleGrid(db, scope, gridId)) ?? [];
  return { kind: 'grid', id: grid.id, name: grid.name, paths: narrow(scope, paths) };
}
