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
