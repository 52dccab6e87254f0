import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { GeoPolygon } from './org.schema.js';

/** A place on the earth in WGS-84 degrees (what phones report and what Linli stores). */
export interface Point {
  lat: number;
  lng: number;
}

/** Whether a point lies in the box of China's territory (WGS-84): what a report or a unit's place may be. */
export const inChina = (p: { lat: number; lng: number }) => p.lat >= 3 && p.lat <= 54 && p.lng >= 73 && p.lng <= 136;

/** How far a report may lie from a compound's or committee's point and still be placed in it. */
export interface PlacementSettings {
  compoundRadiusM: number;
  committeeRadiusM: number;
}

export const DEFAULT_PLACEMENT: PlacementSettings = { compoundRadiusM: 300, committeeRadiusM: 3000 };

/**
 * How a point found its unit: inside a surveyed boundary, near a compound's or a committee's point, or nowhere
 * (left for the district desk to place by hand).
 */
export type PlacementHow = 'boundary' | 'nearest_compound' | 'nearest_committee' | 'unplaced';

export interface Box {
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
}

const EARTH_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres (haversine): exact enough at a district's few kilometres. */
export function distanceM(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The box of every point within r metres of p (a little larger: the nearest is then chosen by true distance). */
export function boxAround(p: Point, r: number): Box {
  const dLat = (r / (Math.PI * EARTH_M)) * 180;
  const dLng = dLat / Math.max(0.01, Math.cos(rad(p.lat)));
  return { minLat: p.lat - dLat, maxLat: p.lat + dLat, minLng: p.lng - dLng, maxLng: p.lng + dLng };
}

/** The box holding a unit's point and boundary. */
export function boxOf(p: Point, boundary: GeoPolygon | null): Box {
  const box = { minLat: p.lat, maxLat: p.lat, minLng: p.lng, maxLng: p.lng };
  const rings = !boundary ? [] : boundary.type === 'Polygon' ? boundary.coordinates : boundary.coordinates.flat();
  for (const ring of rings) {
    for (const [lng, lat] of ring) {
      if (lat! < box.minLat) box.minLat = lat!;
      if (lat! > box.maxLat) box.maxLat = lat!;
      if (lng! < box.minLng) box.minLng = lng!;
      if (lng! > box.maxLng) box.maxLng = lng!;
    }
  }
  return box;
}

/** Whether the point lies inside the boundary (on its edge counts as inside). */
export const within = (p: Point, boundary: GeoPolygon) => booleanPointInPolygon([p.lng, p.lat], boundary);

/**
 * What is wrong with a boundary a district sends, in words for the sender, or null: rings of at least four
 * positions that close on themselves, coordinates in range, and not so many that a report's placement slows.
 */
export function boundaryProblem(g: GeoPolygon): string | null {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let positions = 0;
  for (const rings of polygons) {
    if (!rings.length) return '多边形没有边界环 / a polygon has no ring';
    for (const ring of rings) {
      if (ring.length < 4) return '边界环至少要有4个点且首尾相同 / a ring needs at least 4 positions, the last equal to the first';
      const [a, z] = [ring[0]!, ring[ring.length - 1]!];
      if (a[0] !== z[0] || a[1] !== z[1]) return '边界环首尾不闭合 / a ring does not close (its last position must equal its first)';
      for (const pos of ring) {
        const [lng, lat] = pos;
        if (pos.length < 2 || !Number.isFinite(lng) || !Number.isFinite(lat) || lng! < -180 || lng! > 180 || lat! < -90 || lat! > 90) {
          return `坐标超出范围：${JSON.stringify(pos)}（应为 [经度, 纬度]）/ position out of range: ${JSON.stringify(pos)} (expected [lng, lat])`;
        }
      }
      positions += ring.length;
    }
  }
  if (positions > 20_000) return `边界点数过多（${positions}，上限 20000）/ too many positions (${positions}, at most 20,000)`;
  return null;
}
