import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering every module follows (routes → service → repository), read from the source: a route's handler
 * takes what its schema says (the TypeBox type provider types it), a route calls services, and SQL is written in
 * repositories, where scope is applied and where a reader looks for it.
 */
const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [relative(root, p)] : [];
  });
}

const sources = files(root).filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));
const codeOf = (f: string) => withoutComments(readFileSync(join(root, f), 'utf8'));

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** A cast of what a request carries: it claims a type the schema may not give, and hides it when they drift. */
function requestCasts(code: string): string[] {
  return [...code.matchAll(/as Static<[^>]+>|\breq\.(?:body|params|query|headers)\)?\s+as\s+[^,;)]+/g)].map((m) => m[0]);
}

/** Kysely's query builders and sql`…` (with its helpers): what makes a file one that talks to the database. */
function queries(code: string): string[] {
  return [
    ...code.matchAll(
      /\.(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(?:<[^>]*>)?`|\bsql\.(?:raw|ref|lit|join|id|val|table)\(/g,
    ),
  ].map((m) => m[0]);
}

/** What a route may not reach past its service: a repository, or the database handle itself. */
function dataAccess(code: string): string[] {
  return [...code.matchAll(/^import (?!type )[^;]*from '[^']*\.repository\.js'|\b(?:core|w|this\.core)\.db\b/gm)].map((m) => m[0]);
}

/**
 * Files that may hold SQL though they are no repository, each for its reason:
 * - migrations are frozen text; tests, test kits, demo data and generators write rows to be read by the code
 *   under test; a template is the text of a module it writes, not code run here;
 * - a manifest (module.ts) and a resource's reach (*.reach.ts) are the scope test's oracles, written apart from
 *   the repositories they check;
 * - the platform's own infrastructure below modules: the database (connection, migrator, bulk load), the audit
 *   chain, scope predicates repositories compose, jobs' row locks, the table and territory registries, demo runs.
 */
const SQL_BY_ROLE = [
  /\.repository\.ts$/,
  /migrations?(\.ts$|\/)/,
  /testkit/,
  /\.demo\.ts$/,
  /\/demo\//,
  /\/demo-[\w-]+\.ts$/,
  /\.generator\.ts$/,
  /\.template\.ts$/,
  /(^|\/)module\.ts$/,
  /\.reach\.ts$/,
];
const SQL_INFRASTRUCTURE = [
  'platform/db/',
  'platform/audit/',
  'platform/scope.ts',
  'platform/jobs.ts',
  'platform/table.registry.ts',
  'platform/territory.registry.ts',
  'platform/demo.ts',
];

/**
 * Files that still hold SQL outside a repository. The list may only shrink: a file that no longer needs its
 * place fails the test until it is taken off, and no new file can join without being written here.
 */
const SQL_NOT_YET_MOVED: string[] = ['modules/people/import.command.ts'];

/** Routes that still reach a repository or the database handle past a service; may only shrink, as above. */
const ROUTES_NOT_YET_THROUGH_SERVICES: string[] = [];

const sqlAllowed = (f: string) => SQL_BY_ROLE.some((r) => r.test(f)) || SQL_INFRASTRUCTURE.some((p) => f.startsWith(p));
const isRoute = (f: string) => f.endsWith('.routes.ts') || /(^|\/)module\.ts$/.test(f);

describe('layering', () => {
  it('the detectors see what they look for', () => {
    expect(requestCasts('const b = req.body as Static<typeof Body>;')).toHaveLength(1);
    expect(requestCasts('f((req.query as { a?: number }).a)')).toHaveLength(1);
    expect(requestCasts('const b = req.body;')).toEqual([]);
    expect(queries("await db.selectFrom('unit').selectAll().execute()")).toHaveLength(1);
    expect(queries('await sql<{ n: number }>`select 1`.execute(db)')).toHaveLength(1);
    expect(queries("w.db\n  .updateTable('x')")).toHaveLength(1);
    expect(queries('repo.insertInto')).toEqual([]);
    expect(dataAccess("import * as persons from './person.repository.js';")).toHaveLength(1);
    expect(dataAccess('loadTagCatalog(core.db, 1)')).toHaveLength(1);
    expect(dataAccess('people.list(actor, q)')).toEqual([]);
    expect(dataAccess("import type { UnitRow } from './unit.repository.js';")).toEqual([]);
  });

  it('route handlers take body, params, query and headers as their schemas type them, without casts', () => {
    const casts = sources.filter(isRoute).flatMap((f) => requestCasts(codeOf(f)).map((c) => `${f}: ${c}`));
    expect(casts).toEqual([]);
  });

  it('SQL is written in repositories (and the few places listed with their reason)', () => {
    const holding = sources.filter((f) => queries(codeOf(f)).length > 0);
    expect(holding.filter((f) => !sqlAllowed(f) && !SQL_NOT_YET_MOVED.includes(f))).toEqual([]);
    expect(SQL_NOT_YET_MOVED.filter((f) => !holding.includes(f) || sqlAllowed(f))).toEqual([]);
  });

  it('routes call services, never a repository or the database', () => {
    const reaching = sources.filter((f) => f.endsWith('.routes.ts') && dataAccess(codeOf(f)).length > 0);
    expect(reaching.filter((f) => !ROUTES_NOT_YET_THROUGH_SERVICES.includes(f))).toEqual([]);
    expect(ROUTES_NOT_YET_THROUGH_SERVICES.filter((f) => !reaching.includes(f))).toEqual([]);
  });
});
