import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { CatalogOrigin, Database } from './db/schema.js';
import type { Scope } from './scope.js';
import type { CatalogRecord } from './catalog.js';

/** How a new version of a catalog came about. */
export interface CatalogWrite {
  origin?: CatalogOrigin;
  /** Digest of the profile content the version is (or, for an edit, was based on); kept from the current row when absent. */
  profileDigest?: string | null;
  authorId?: number | null;
  note?: string | null;
  /** Written only while the catalog still holds this version (an administrator saving over an older page). */
  expectVersion?: number;
}

/** A district's catalogs, by district id or all of the deployment's: `catalog` is district-wide, never below. */
const inScope = (scope: Scope): Expression<SqlBool> =>
  scope.all ? sql<SqlBool>`true` : scope.districtId === null ? sql<SqlBool>`false` : sql<SqlBool>`catalog.district_id = ${scope.districtId}`;

export async function getCatalog(db: Kysely<Database>, districtId: number, name: string): Promise<CatalogRecord | undefined> {
  const row = await db
    .selectFrom('catalog')
    .select(['name', 'draft', 'source', 'entries', 'extra'])
    .where('district_id', '=', districtId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row
    ? { name: row.name, draft: row.draft, source: row.source, entries: row.entries as unknown[], extra: row.extra as Record<string, unknown> }
    : undefined;
}

/**
 * Makes `c` the district's catalog as a new version, in one statement: the current row and its version row
 * are written together, and two writers of one catalog queue on its row. Returns the new version, or undefined
 * when `expectVersion` was given and the catalog had moved on.
 */
export async function putCatalog(db: Kysely<Database>, districtId: number, c: CatalogRecord, how: CatalogWrite = {}): Promise<number | undefined> {
  const origin = how.origin ?? 'profile';
  const entries = JSON.stringify(c.entries);
  const extra = JSON.stringify(c.extra);
  const digest = how.profileDigest === undefined ? sql`catalog.profile_digest` : sql`${how.profileDigest}`;
  const guard = how.expectVersion === undefined ? sql`` : sql`where catalog.version = ${how.expectVersion}`;
  const r = await sql<{ version: number }>`
    with cur as (
      insert into catalog (district_id, name, draft, source, entries, extra, version, origin, profile_digest)
      values (${districtId}, ${c.name}, ${c.draft}, ${c.source}, ${entries}::jsonb, ${extra}::jsonb, 1, ${origin}, ${how.profileDigest ?? null})
      on conflict (district_id, name) do update set draft = excluded.draft, source = excluded.source, entries = excluded.entries,
        extra = excluded.extra, version = catalog.version + 1, origin = excluded.origin, profile_digest = ${digest}, updated_at = now()
      ${guard}
      returning district_id, name, version, profile_digest
    )
    insert into catalog_version (district_id, name, version, origin, profile_digest, draft, source, entries, extra, author_id, note)
    select district_id, name, version, ${origin}, profile_digest, ${c.draft}, ${c.source}, ${entries}::jsonb, ${extra}::jsonb, ${how.authorId ?? null}::int, ${how.note ?? null}::text from cur
    returning version`.execute(db);
  return r.rows[0]?.version;
}

/** What a start compares with the profiles: each district's catalogs, their origin and the profile content they came from. */
export function catalogStates(db: Kysely<Database>, districtId: number) {
  return db.selectFrom('catalog').select(['name', 'version', 'origin', 'profile_digest']).where('district_id', '=', districtId).execute();
}

/** Districts with the profile they were created from. */
export function districtProfiles(db: Kysely<Database>) {
  return db.selectFrom('district').select(['id', 'profile']).orderBy('id').execute();
}

export function listCatalogs(db: Kysely<Database>, scope: Scope) {
  return db
    .selectFrom('catalog')
    .innerJoin('district', 'district.id', 'catalog.district_id')
    .select([
      'catalog.id',
      'catalog.district_id',
      'district.name as district_name',
      'district.profile',
      'catalog.name',
      'catalog.version',
      'catalog.origin',
      'catalog.profile_digest',
      'catalog.draft',
      'catalog.updated_at',
      sql<number>`jsonb_array_length(catalog.entries)::int`.as('entry_count'),
    ])
    .where(inScope(scope))
    .orderBy('catalog.district_id')
    .orderBy('catalog.name')
    .execute();
}

export function findCatalog(db: Kysely<Database>, scope: Scope, id: number) {
  return db
    .selectFrom('catalog')
    .innerJoin('district', 'district.id', 'catalog.district_id')
    .select([
      'catalog.id',
      'catalog.district_id',
      'district.name as district_name',
      'district.profile',
      'catalog.name',
      'catalog.version',
      'catalog.origin',
      'catalog.profile_digest',
      'catalog.draft',
      'catalog.source',
      'catalog.entries',
      'catalog.extra',
      'catalog.updated_at',
    ])
    .where('catalog.id', '=', id)
    .where(inScope(scope))
    .executeTakeFirst();
}

/** A catalog's versions, newest first, without their content. */
export function listVersions(db: Kysely<Database>, districtId: number, name: string) {
  return db
    .selectFrom('catalog_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.author_id')
    .select([
      'v.version',
      'v.origin',
      'v.profile_digest',
      'v.author_id',
      'u.display_name as author_name',
      'v.note',
      'v.created_at',
      sql<number>`jsonb_array_length(v.entries)::int`.as('entry_count'),
    ])
    .where('v.district_id', '=', districtId)
    .where('v.name', '=', name)
    .orderBy('v.version', 'desc')
    .execute();
}

export function findVersion(db: Kysely<Database>, districtId: number, name: string, version: number) {
  return db
    .selectFrom('catalog_version')
    .select(['version', 'origin', 'draft', 'source', 'entries', 'extra', 'created_at'])
    .where('district_id', '=', districtId)
    .where('name', '=', name)
    .where('version', '=', version)
    .executeTakeFirst();
}
