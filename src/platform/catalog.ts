import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';

/**
 * Catalogs (tags, categories, housing types, calendars …) are data of a district, copied from its profile
 * when the district is created and changed by configuration afterwards, never by code.
 */
export interface CatalogRecord {
  name: string;
  draft: boolean;
  source: string | null;
  entries: unknown[];
  extra: Record<string, unknown>;
}

export async function getCatalog(db: Kysely<Database>, districtId: number, name: string): Promise<CatalogRecord | undefined> {
  const row = await db
    .selectFrom('catalog')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? { name: row.name, draft: row.draft, source: row.source, entries: row.entries as unknown[], extra: row.extra as Record<string, unknown> } : undefined;
}

export async function putCatalog(db: Kysely<Database>, districtId: number, c: CatalogRecord) {
  await db
    .insertInto('catalog')
    .values({ district_id: districtId, name: c.name, draft: c.draft, source: c.source, entries: JSON.stringify(c.entries), extra: JSON.stringify(c.extra) })
    .onConflict((oc) =>
      oc.columns(['district_id', 'name']).doUpdateSet({ draft: c.draft, source: c.source, entries: JSON.stringify(c.entries), extra: JSON.stringify(c.extra), updated_at: new Date() }),
    )
    .execute();
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
