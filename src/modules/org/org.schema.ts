import type { Generated } from 'kysely';
import type { Json } from '../../platform/db/schema.js';

/** A GeoJSON geometry of an area, coordinates [lng, lat] in WGS-84. */
export type GeoPolygon = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export type UnitType = 'district' | 'street' | 'committee' | 'compound' | 'building' | 'house';

export interface OrgTables {
  unit: {
    id: Generated<number>;
    district_id: number;
    parent_id: number | null;
    type: UnitType;
    kind: string | null;
    code: string | null;
    name: string;
    path: string;
    depth: number;
    attributes: Json<Record<string, unknown>>;
    created_at: Generated<Date>;
    retired_at: Date | null;
  };
  unit_history: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    at: Generated<Date>;
    kind: 'created' | 'renamed' | 'moved' | 'retired';
    before: Json<Record<string, unknown>>;
    after: Json<Record<string, unknown>>;
    reason: string | null;
    actor_id: number | null;
    actor_name: string | null;
  };
  /**
   * Where a unit is on the map, in WGS-84: a representative point and, where the district has surveyed it, the
   * boundary (a GeoJSON Polygon or MultiPolygon) with its bounding box, so a point finds the few units whose box
   * holds it by index before the exact test.
   */
  unit_location: {
    unit_id: number;
    district_id: number;
    lat: number;
    lng: number;
    boundary: Json<GeoPolygon> | null;
    min_lat: number;
    min_lng: number;
    max_lat: number;
    max_lng: number;
    source: string;
    updated_at: Generated<Date>;
  };
  grid: {
    id: Generated<number>;
    district_id: number;
    street_id: number;
    kind: 'grid' | 'party_area';
    code: string;
    name: string;
    retired_at: Date | null;
  };
  grid_unit: { grid_id: number; unit_id: number };
  department: {
    id: Generated<number>;
    district_id: number;
    parent_id: number | null;
    street_id: number | null;
    code: string;
    name: string;
    retired_at: Date | null;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends OrgTables {}
}
