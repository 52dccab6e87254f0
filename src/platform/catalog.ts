import type { Kysely } from 'kysely';
import type { TSchema } from '@sinclair/typebox';
import type { Database } from './db/schema.js';
import type { Label } from './i18n.js';
import type { Actor } from './actor.js';
import type { Core } from './core.js';
import { getCatalog } from './catalog.repository.js';

export { getCatalog, putCatalog } from './catalog.repository.js';

/**
 * Catalogs (tags, categories, housing types, calendars …) are data of a district: copied from its profile when
 * the district is created, brought up to date when the profile changes, and edited by the district's
 * administrator, each change a new version (decision 0016). Never changed by code.
 */
export interface CatalogRecord {
  name: string;
  draft: boolean;
  source: string | null;
  entries: unknown[];
  extra: Record<string, unknown>;
}

/**
 * A catalog as the module that owns it declares it (`catalogs` in its manifest): one module owns a name, and
 * every profile's copy and every edit is checked against these schemas, so a module reads only what it
 * declared. Modules that read another's catalog list it in `readsCatalogs` and depend on its owner.
 */
export interface CatalogDef {
  label: Label;
  /** One element of `entries`. */
  entry: TSchema;
  /** The catalog's other top-level fields (groups, defaults, a calendar's years …), as one object. */
  extra?: TSchema;
}

/** The permission of those who change a district's catalogs (the catalogs module declares it). */
const CATALOG_EDIT = 'catalogs.edit';

/**
 * Whether to tell this reader that a catalog is a draft. A draft is a question for the district's catalog
 * administrators, who can settle it; a resident or a worker can do nothing about it, and a "draft" note only
 * makes the form they fill in look unfinished. Without the catalogs module nobody can settle it, so nobody is told.
 */
export function draftShownTo(core: Pick<Core, 'permissions' | 'can'>, actor: Actor, draft: boolean): boolean {
  return draft && core.permissions.has(CATALOG_EDIT) && core.can(actor, CATALOG_EDIT);
}

// Requests read catalogs all the time and an administrator changes them rarely: a few seconds of staleness
// across processes is the price of not reading and parsing one on every request.
const CACHE_MS = 15_000;
const parsed = new WeakMap<object, Map<string, { at: number; value: Promise<unknown> }>>();

/**
 * A district's catalog turned into what a module needs (`parse`), kept for a few seconds per database handle.
 * Pass the platform's handle: each transaction is a handle of its own, so a read through one is never kept.
 */
export function cachedCatalog<T>(db: Kysely<Database>, districtId: number, name: string, parse: (c: CatalogRecord | undefined) => T): Promise<T> {
  if (db.isTransaction) return getCatalog(db, districtId, name).then(parse);
  let perDb = parsed.get(db);
  if (!perDb) parsed.set(db, (perDb = new Map()));
  const key = `${districtId}:${name}`;
  const hit = perDb.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as Promise<T>;
  const value = getCatalog(db, districtId, name).then(parse);
  perDb.set(key, { at: Date.now(), value });
  value.catch(() => perDb!.delete(key));
  return value;
}
