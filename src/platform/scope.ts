import { sql, type Expression, type SqlBool } from 'kysely';
import { startsWith } from './db/like.js';

/**
 * What a position may see, as territory paths. A path is '/1/23/456/' from the district down, so "this
 * unit and everything below it" is a prefix match on one indexed column. Repositories apply it; routes
 * and the UI never filter by scope themselves.
 */
export interface Scope {
  /** Administrator of the deployment: every district. */
  all: boolean;
  districtId: number | null;
  /** Prefixes the position reaches; empty means nothing in the territory. */
  paths: string[];
  departmentId: number | null;
  gridId: number | null;
}

export const NO_SCOPE: Scope = { all: false, districtId: null, paths: [], departmentId: null, gridId: null };

/** SQL condition: the path column lies inside the scope. */
export function pathInScope(scope: Scope, column: Expression<string | null> | string): Expression<SqlBool> {
  const col = typeof column === 'string' ? sql.ref(column) : column;
  if (scope.all) return sql<SqlBool>`true`;
  if (scope.paths.length === 0) return sql<SqlBool>`false`;
  const likes = scope.paths.map((p) => sql`${col} like ${startsWith(p)}`);
  return sql<SqlBool>`(${sql.join(likes, sql` or `)})`;
}

/** True when the path lies inside the scope (for checks on a loaded record). */
export function containsPath(scope: Scope, path: string | null | undefined): boolean {
  if (scope.all) return true;
  if (!path) return false;
  return scope.paths.some((p) => path.startsWith(p));
}

/**
 * The path of a unit that is itself one of the scope's roots, read from the scope: a unit's path ends with its
 * own id ('/1/2/3/' is unit 3's), and the scope is as fresh as the session that carries it. A committee worker
 * listing their own committee needs no lookup; any other unit is looked up (and checked) as usual.
 */
export function rootPathOf(scope: Scope, unitId: number): string | undefined {
  const tail = `/${unitId}/`;
  return scope.paths.find((p) => p.endsWith(tail));
}

/**
 * The same rule as pathInScope, written differently (starts_with over an array): used by the scope test's
 * oracles so that a fault in one formulation shows up against the other.
 */
export function pathWithinScope(scope: Scope, column: string): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`true`;
  return sql<SqlBool>`exists (select 1 from unnest(${sql.val(scope.paths)}::text[]) as p(prefix) where starts_with(${sql.ref(column)}, p.prefix))`;
}
