import type { Kysely, RawBuilder, SelectQueryBuilder } from 'kysely';
import type { Label } from './i18n.js';
import type { CatalogDef } from './catalog.js';
import type { RoleDef, RoleId, ScopeKind } from './roles.js';
import type { DomainEvent } from './events.js';
import type { Core } from './core.js';
import type { Scope } from './scope.js';
import type { Database } from './db/schema.js';
import type { Position } from './auth/auth.types.js';
import type { TypedApp } from './http/app.types.js';
import type { TerritoryColumn } from './territory.registry.js';
import type { Actor } from './actor.js';

export interface Migration {
  name: string;
  up(db: Kysely<Database>): Promise<void>;
}

export interface PermissionDef {
  label: Label;
  roles: readonly RoleId[];
}

export interface NavEntry {
  key: string;
  path: string;
  label: Label;
  icon: string;
  /** Shown only to positions holding this permission. */
  permission: string;
  group?: Label;
  order: number;
  /**
   * The roles for whom this entry is daily work, with its place in a phone's bottom bar (1 first). Those entries
   * take the bar's first slots for a position of that role; the rest of the menu follows in its order.
   */
  phoneTab?: Partial<Record<RoleId, number>>;
}

/**
 * A kind of record that routes expose, described so that scope can be tested generically. `reachable` is the
 * oracle: the ids a scope reaches, stated plainly and apart from the repository queries it checks, so that a
 * mistake in a repository cannot hide itself in the test.
 */
export interface Reader {
  userId: number;
  role: RoleId | null;
}

export interface ScopedResource {
  table: keyof Database & string;
  idColumn: string;
  /** Column to prefer samples by (deepest units first, for example); descending. */
  sampleOrder?: string;
  /** `who` is the caller: for records reached by relation rather than territory (a resident's own reports). */
  reachable(db: Kysely<Database>, scope: Scope, who?: Reader): SelectQueryBuilder<Database, any, { id: unknown }>;
  /**
   * How the record is named outside the system (an ID number, a hotline order number), for routes that take
   * records by such a key: the scope test sends the key of a record beyond each role to each of them.
   */
  naturalKey?: NaturalKeyDef;
}

export interface NaturalKeyDef {
  /** The records that have a key (an order reported in the app has no hotline number); all when absent. */
  keyed?(db: Kysely<Database>): SelectQueryBuilder<Database, any, { id: unknown }>;
  /** The key as a caller would type it, and the words an answer about it must never contain (name, place). */
  of(core: Core, id: string): Promise<{ key: string; secrets: string[] }>;
}

export interface DemoContext {
  core: Core;
  districtId: number;
  profile: string;
  scale: number;
  /** Deterministic pseudo-random numbers, so a demo district is the same every time. */
  random: () => number;
  log: (line: string) => void;
  /** What modules seeded earlier hand on to later ones (e.g. the org module's anchors for accounts). */
  shared: Record<string, unknown>;
}

export interface ScopeResolver {
  /** The scope of a position, of a role of this kind (from the role's declaration): its territory paths and overlay ids. */
  resolve(db: Kysely<Database>, position: Position, kind: ScopeKind): Promise<Scope>;
  /** Names of the units, departments and grids positions are anchored to, for display. */
  describe(db: Kysely<Database>, positions: Position[]): Promise<Map<number, PositionNames>>;
  /**
   * What `resolve` reads, as a column over positions (a row source with `id`, `unit_id` and `grid_id` under
   * the alias given), and the scope made of that column: the session's lookup, run on every request, then
   * brings each position's territory in its own round trip.
   */
  territory?: {
    column(alias: string): RawBuilder<unknown>;
    scopeOf(position: Position, territory: unknown, kind: ScopeKind): Scope;
  };
}

export interface PositionNames {
  unitName: string | null;
  unitPath: string | null;
  departmentName: string | null;
  gridName: string | null;
}

/**
 * Routes a published standard fixes outside /api (Open311 GeoReport v2 lives at /open311/v2). They declare
 * `config.access` like every API route and are walked by the scope test with them.
 */
export interface RootRoutes {
  /** Where they are mounted: a path of its own, never under /api, /docs or /metrics. */
  prefix: string;
  routes: (app: TypedApp, core: Core) => void | Promise<void>;
}

/**
 * Work waiting for the caller that a module counts for the home page and the menu badges: orders to dispatch,
 * requests to approve. `path` opens the list that shows exactly these items (its tab and filters in the query),
 * so the count on the home page is the total that list shows; `count` goes through the module's own services and
 * repositories with the caller's scope, counting rows and never reading them.
 */
export interface TodoDef {
  /** `<module>.<name>`, one owner like every registered name. */
  key: string;
  label: Label;
  /** Shown only to positions holding this permission. */
  permission: string;
  path: string;
  /** The navigation entry whose menu item carries the count. */
  nav: string;
  /** Whose work it is beyond the permission (the district desk's, not a street's): all who hold it when absent. */
  appliesTo?(actor: Actor): boolean;
  count(core: Core, actor: Actor, now: Date): Promise<TodoCount>;
}

export interface TodoCount {
  count: number;
  /** Of these, the ones past their time limit (shown first, in red); 0 where the work has no limit. */
  overdue: number;
}

export interface ModuleManifest {
  id: string;
  name: Label;
  dependsOn?: string[];
  /** Route prefix under /api; defaults to the module id. */
  prefix?: string;
  permissions?: Record<string, PermissionDef>;
  /**
   * The roles this module brings: whose positions sit in its structures and whose work its pages serve. A role
   * id is owned by one module; the core keeps the mechanism (scope kinds, layouts, who may assign what).
   */
  roles?: readonly RoleDef[];
  migrations?: Migration[];
  /**
   * The tables this module's migrations create and only it reads and writes (other modules go through its
   * index.ts). A table has one owner; a bare generic name (project, task, meeting …) is refused at start.
   */
  tables?: readonly string[];
  /**
   * Unit paths (and ids derived from them) this module copies onto its rows: the org module rewrites them in the
   * transaction of a move, so scope follows the tree at once (decision 0017). Checked against the database at start.
   */
  territory?: readonly TerritoryColumn[];
  routes?: (app: TypedApp, core: Core) => void | Promise<void>;
  /** Routes outside /api whose paths a standard fixes. */
  rootRoutes?: RootRoutes[];
  /**
   * The catalogs of the district profiles this module owns, by name, each with the schema of its entries: checked
   * against every profile at start and on every edit. A name has one owner (decision 0016).
   */
  catalogs?: Record<string, CatalogDef>;
  /** Catalogs of other modules this one reads: each must be owned by a module it depends on. */
  readsCatalogs?: string[];
  navigation?: NavEntry[];
  /** What waits for the caller, counted for the home page and the menu badges (GET /api/todos). */
  todos?: TodoDef[];
  /** Domain events this module listens to, delivered after the emitting transaction commits. */
  events?: Record<string, (event: DomainEvent, core: Core) => Promise<void> | void>;
  messages?: Record<string, Label>;
  /**
   * Labels of the domain values its routes send (statuses, kinds, channels …), by name then value, in the order
   * lists should show them. Served by GET /api/vocabulary as `<module id>.<name>`: the web app shows these rather
   * than keeping copies of its own.
   */
  vocabulary?: Record<string, Record<string, Label>>;
  resources?: Record<string, ScopedResource>;
  provides?: { scope?: ScopeResolver };
  demo?: (ctx: DemoContext) => Promise<void>;
  /**
   * Lines printed beside the demo accounts at start (a demo API key, a partner's demo secret). Derived again
   * at every start from what the deployment keeps, never stored in clear; a module prints only what still works.
   */
  demoCredentials?: (core: Core) => Promise<string[]>;
  stats?: (core: Core, districtId: number) => Promise<Record<string, number>>;
  /** Long-running work started with the server (SLA sweeps, reminders); returns a stop function. */
  jobs?: (core: Core) => () => Promise<void> | void;
  /** Commands of the `linli` CLI (bulk loads, maintenance), run against a started platform. */
  commands?: Record<string, ModuleCommand>;
}

export interface ModuleCommand {
  /** One line: usage, then "中文 / English". */
  help: string;
  run: (core: Core, args: string[], log: (line: string) => void) => Promise<number | void>;
}

export const defineModule = (m: ModuleManifest): ModuleManifest => m;
