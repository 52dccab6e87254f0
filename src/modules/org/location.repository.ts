import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import { startsWith } from '../../platform/db/like.js';
import type { GeoPolygon, UnitType } from './org.schema.js';
import { boxOf, type Point } from './placement.js';

type Db = Kysely<Database>;

export interface LocationInput {
  unitId: number;
  districtId: number;
  point: Point;
  boundary: GeoPolygon | null;
  source: string;
}

/** Sets units' points and boundaries, replacing what they had (one statement for a whole district's survey). */
export async function upsertMany(db: Db, rows: LocationInput[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await db
      .insertInto('unit_location')
      .values(
        chunk.map((r) => {
          const box = boxOf(r.point, r.boundary);
          return {
            unit_id: r.unitId,
            district_id: r.districtId,
            lat: r.point.lat,
            lng: r.point.lng,
            boundary: r.boundary ? JSON.stringify(r.boundary) : null,
            min_lat: box.minLat,
            min_lng: box.minLng,
            max_lat: box.maxLat,
            max_lng: box.maxLng,
            source: r.source,
          };
        }),
      )
      .onConflict((oc) =>
        oc.column('unit_id').doUpdateSet((eb) => ({
          lat: eb.ref('excluded.lat'),
          lng: eb.ref('excluded.lng'),
          boundary: eb.ref('excluded.boundary'),
          min_lat: eb.ref('excluded.min_lat'),
          min_lng: eb.ref('excluded.min_lng'),
          max_lat: eb.ref('excluded.max_lat'),
          max_lng: eb.ref('excluded.max_lng'),
          source: eb.ref('excluded.source'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
  }
}

export const remove = (db: Db, unitId: number) => db.deleteFrom('unit_location').where('unit_id', '=', unitId).execute();

export const ofUnit = (db: Db, unitId: number) =>
  db.selectFrom('unit_location').select(['lat', 'lng', 'boundary', 'source', 'updated_at']).where('unit_id', '=', unitId).executeTakeFirst();

export interface PlacedCandidate {
  id: number;
  type: UnitType;
  name: string;
  path: string;
  lat: number;
  lng: number;
  boundary: GeoPolygon | null;
}

const columns = ['unit.id', 'unit.type', 'unit.name', 'unit.path', 'l.lat', 'l.lng', 'l.boundary'] as const;

/** Live streets, committees and compounds of a district whose boundary's box holds the point. */
export const boundedAt = (db: Db, districtId: number, p: Point) =>
  db
    .selectFrom('unit_location as l')
    .innerJoin('unit', 'unit.id', 'l.unit_id')
    .select(columns)
    .where('l.district_id', '=', districtId)
    .where('l.boundary', 'is not', null)
    .where('l.min_lat', '<=', p.lat)
    .where('l.max_lat', '>=', p.lat)
    .where('l.min_lng', '<=', p.lng)
    .where('l.max_lng', '>=', p.lng)
    .where('unit.type', 'in', ['street', 'committee', 'compound'])
    .where('unit.retired_at', 'is', null)
    .execute() as Promise<PlacedCandidate[]>;

/** Live units of a type whose point lies within a box around p (within `path` when given): the nearest is among them. */
export function pointsNear(db: Db, districtId: number, type: UnitType, box: { minLat: number; maxLat: number; minLng: number; maxLng: number }, path?: string) {
  let q = db
    .selectFrom('unit_location as l')
    .innerJoin('unit', 'unit.id', 'l.unit_id')
    .select(columns)
    .where('l.district_id', '=', districtId)
    .where('l.lat', '>=', box.minLat)
    .where('l.lat', '<=', box.maxLat)
    .where('l.lng', '>=', box.minLng)
    .where('l.lng', '<=', box.maxLng)
    .where('unit.type', '=', type)
    .where('unit.retired_at', 'is', null);
  if (path) q = q.where('unit.path', 'like', startsWith(path));
  return q.execute() as Promise<PlacedCandidate[]>;
}

/** Points and boundaries of the live units of some types the scope reaches, for a map of the territory. */
export const inScope = (db: Db, scope: Scope, districtId: number, types: UnitType[]) =>
  db
    .selectFrom('unit_location as l')
    .innerJoin('unit', 'unit.id', 'l.unit_id')
    .select([...columns, 'unit.parent_id', 'unit.code'])
    .where('l.district_id', '=', districtId)
    .where('unit.type', 'in', types)
    .where('unit.retired_at', 'is', null)
    .where(pathInScope(scope, 'unit.path'))
    .orderBy('unit.depth')
    .orderBy('unit.id')
    .execute();

const MAP_TYPES = ['district', 'street', 'committee', 'compound'] as const;
export type MapUnitType = (typeof MAP_TYPES)[number];

/**
 * The district's geography down to compounds, for its map: points and boundaries of its live district, street,
 * committee and compound units. Public by design (places are shown at compound level and above, never a
 * building or a house).
 */
export const geographyOf = (db: Db, districtId: number) =>
  db
    .selectFrom('unit_location as l')
    .innerJoin('unit', 'unit.id', 'l.unit_id')
    .select(['unit.id', 'unit.parent_id', 'unit.type', 'unit.name', 'l.lat', 'l.lng', 'l.boundary'])
    .where('l.district_id', '=', districtId)
    .where('unit.type', 'in', MAP_TYPES)
    .where('unit.retired_at', 'is', null)
    .orderBy('unit.depth')
    .orderBy('unit.id')
    .execute() as Promise<
    Array<{ id: number; parent_id: number | null; type: MapUnitType; name: string; lat: number; lng: number; boundary: GeoPolygon | null }>
  >;

/** A live district by its code (310106), or the only one when a deployment runs one and no code is given. */
export async function districtFor(db: Db, code: string | undefined) {
  let q = db.selectFrom('unit').select(['district_id', 'name', 'code']).where('type', '=', 'district').where('retired_at', 'is', null);
  if (code) q = q.where('code', '=', code);
  const rows = await q.limit(2).execute();
  return rows.length === 1 ? rows[0] : undefined;
}

export const districtById = (db: Db, districtId: number) =>
  db
    .selectFrom('unit')
    .select(['district_id', 'name', 'code'])
    .where('type', '=', 'district')
    .where('district_id', '=', districtId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();

/** The points of some units (those placed on the map). */
export const pointsOf = (db: Db, unitIds: number[]) =>
  unitIds.length ? db.selectFrom('unit_location').select(['unit_id', 'lat', 'lng']).where('unit_id', 'in', unitIds).execute() : Promise.resolve([]);
