import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Delaunay } from 'd3-delaunay';
import polygonClipping, { type MultiPolygon, type Polygon, type Ring } from 'polygon-clipping';
import type { DemoContext } from '../../platform/module.js';
import { PROFILES_DIR } from '../../platform/profiles.js';
import type { GeoPolygon } from './org.schema.js';
import * as locations from './location.repository.js';
import type { Point } from './placement.js';

interface Node {
  id: number;
  parent_id: number | null;
  type: string;
}

type XY = [number, number];

/**
 * The demo district's map, drawn from its profile's outline (a schematic one: see outline.geojson): streets
 * share the outline out as Voronoi cells relaxed towards even sizes, committees share their street's cell the
 * same way, and each compound is a block around its point inside its committee. Everything is on the ground
 * of the district's real centre, so a phone's location there falls into a demo compound, committee and street.
 */
export async function seedDemoMap(ctx: DemoContext, units: Node[]) {
  const file = join(PROFILES_DIR, ctx.profile, 'outline.geojson');
  if (!existsSync(file)) return;
  const outlineGeo = JSON.parse(readFileSync(file, 'utf8')).features[0].geometry as GeoPolygon;
  const outer = (outlineGeo.type === 'Polygon' ? outlineGeo.coordinates : outlineGeo.coordinates[0]!)[0]!;
  // A plane in kilometres around the outline's first vertex: Voronoi cells and clipping need flat coordinates.
  const [lng0, lat0] = outer[0] as XY;
  const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const ky = 111.32;
  const toXY = ([lng, lat]: number[]): XY => [(lng! - lng0) * kx, (lat! - lat0) * ky];
  const toLngLat = ([x, y]: XY): XY => [round(lng0 + x / kx), round(lat0 + y / ky)];
  const rnd = ctx.random;

  const children = new Map<number, Node[]>();
  for (const u of units) if (u.parent_id !== null) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u]);
  const district = units.find((u) => u.type === 'district');
  if (!district) return;

  const out: Array<{ id: number; point: XY; area: MultiPolygon }> = [];
  const outlineXY: MultiPolygon = [[outer.map(toXY) as Ring]];
  out.push({ id: district.id, point: centroidInside(outlineXY, rnd), area: outlineXY });

  const share = (area: MultiPolygon, kids: Node[], relax: number) => {
    if (!kids.length) return [];
    const box = bbox(area);
    let seeds = kids.map(() => pointIn(area, rnd));
    let cells: MultiPolygon[] = [];
    for (let round = 0; round <= relax; round++) {
      const v = Delaunay.from(seeds).voronoi([box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1]);
      cells = seeds.map((_, i) => {
        const ring = v.cellPolygon(i) as XY[] | null;
        return ring ? polygonClipping.intersection(area, [ring as Ring]) : [];
      });
      // Lloyd's relaxation: move each seed to its cell's centre, so cells come out of even size.
      if (round < relax) seeds = cells.map((c, i) => (c.length ? centroidInside(c, rnd, seeds[i]) : seeds[i]!));
    }
    return kids.map((k, i) => ({ node: k, point: seeds[i]!, area: cells[i]! })).filter((c) => c.area.length > 0);
  };

  for (const street of share(outlineXY, children.get(district.id) ?? [], 3)) {
    out.push({ id: street.node.id, point: street.point, area: street.area });
    for (const committee of share(street.area, children.get(street.node.id) ?? [], 2)) {
      out.push({ id: committee.node.id, point: committee.point, area: committee.area });
      for (const compound of share(committee.area, children.get(committee.node.id) ?? [], 1)) {
        // A compound is a block around its point (120–260 m a side) within its own cell: streets lie between.
        const half = 0.06 + rnd() * 0.07;
        const [x, y] = compound.point;
        const block: Ring = [
          [x - half, y - half],
          [x + half, y - half],
          [x + half, y + half],
          [x - half, y + half],
          [x - half, y - half],
        ];
        const area = polygonClipping.intersection(compound.area, [block]);
        if (area.length) out.push({ id: compound.node.id, point: compound.point, area });
      }
    }
  }

  const geo = (area: MultiPolygon): GeoPolygon =>
    area.length === 1
      ? { type: 'Polygon', coordinates: area[0]!.map((ring) => ring.map((p) => toLngLat(p as XY))) }
      : { type: 'MultiPolygon', coordinates: area.map((poly) => poly.map((ring) => ring.map((p) => toLngLat(p as XY)))) };
  await locations.upsertMany(
    ctx.core.db,
    out.map((o) => {
      const [lng, lat] = toLngLat(o.point);
      return { unitId: o.id, districtId: ctx.districtId, point: { lat, lng } satisfies Point, boundary: geo(o.area), source: 'demo' };
    }),
  );
  ctx.log(`map: ${out.length} units placed on the district's schematic outline`);
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

function bbox(area: MultiPolygon): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of area)
    for (const [x, y] of poly[0]!) {
      b[0] = Math.min(b[0], x!);
      b[1] = Math.min(b[1], y!);
      b[2] = Math.max(b[2], x!);
      b[3] = Math.max(b[3], y!);
    }
  return b;
}

/** Even-odd test on every ring (holes included), in the plane. */
function inside(area: MultiPolygon, [x, y]: XY): boolean {
  let c = false;
  for (const poly of area as Polygon[])
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) c = !c;
      }
  return c;
}

function pointIn(area: MultiPolygon, rnd: () => number): XY {
  const [x0, y0, x1, y1] = bbox(area);
  for (let k = 0; k < 1000; k++) {
    const p: XY = [x0 + rnd() * (x1 - x0), y0 + rnd() * (y1 - y0)];
    if (inside(area, p)) return p;
  }
  return area[0]![0]![0] as XY;
}

/** The centre of the area's largest part when it lies inside, else the fallback (or a point inside). */
function centroidInside(area: MultiPolygon, rnd: () => number, fallback?: XY): XY {
  let best: { a: number; c: XY } | undefined;
  for (const poly of area) {
    const ring = poly[0]!;
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      const f = xj! * yi! - xi! * yj!;
      a += f;
      cx += (xj! + xi!) * f;
      cy += (yj! + yi!) * f;
    }
    if (a !== 0 && (!best || Math.abs(a) > best.a)) best = { a: Math.abs(a), c: [cx / (3 * a), cy / (3 * a)] };
  }
  if (best && inside(area, best.c)) return best.c;
  return fallback ?? pointIn(area, rnd);
}
