import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { makeUnit } from '../../../test/support/factories.js';
import { seededRandom } from '../../platform/demo.js';
import { seedDemoMap } from './org.demo-map.js';
import * as locations from './location.repository.js';
import { placePoint } from './placement.lookup.js';
import { boundaryProblem, distanceM, within } from './placement.js';
import type { GeoPolygon } from './org.schema.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t?.close());

// A square of side 2·h degrees around (lat, lng), as GeoJSON ([lng, lat]).
const square = (lat: number, lng: number, h: number): GeoPolygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng - h, lat - h],
      [lng + h, lat - h],
      [lng + h, lat + h],
      [lng - h, lat + h],
      [lng - h, lat - h],
    ],
  ],
});
const settings = { compoundRadiusM: 300, committeeRadiusM: 3000 };

describe('placing a point in the territory', () => {
  it('finds the compound whose boundary holds it, else the nearest compound in the radius, else the committee, else unplaced', async () => {
    const street = await makeUnit(t.core, 'street');
    const d = street.district_id;
    const east = await makeUnit(t.core, 'committee', { parentId: street.id });
    const west = await makeUnit(t.core, 'committee', { parentId: street.id });
    const surveyed = await makeUnit(t.core, 'compound', { parentId: east.id });
    const pointOnly = await makeUnit(t.core, 'compound', { parentId: east.id });
    const westCompound = await makeUnit(t.core, 'compound', { parentId: west.id });
    await locations.upsertMany(t.core.db, [
      { unitId: street.id, districtId: d, point: { lat: 31.2, lng: 121.45 }, boundary: square(31.2, 121.45, 0.05), source: 'test' },
      { unitId: east.id, districtId: d, point: { lat: 31.2, lng: 121.475 }, boundary: square(31.2, 121.475, 0.025), source: 'test' },
      { unitId: west.id, districtId: d, point: { lat: 31.2, lng: 121.425 }, boundary: null, source: 'test' },
      { unitId: surveyed.id, districtId: d, point: { lat: 31.21, lng: 121.48 }, boundary: square(31.21, 121.48, 0.001), source: 'test' },
      { unitId: pointOnly.id, districtId: d, point: { lat: 31.19, lng: 121.47 }, boundary: null, source: 'test' },
      // Just across the committees' line from a point in the east committee: nearer, but in another committee.
      { unitId: westCompound.id, districtId: d, point: { lat: 31.2, lng: 121.4495 }, boundary: null, source: 'test' },
    ]);

    const inBoundary = await placePoint(t.core.db, d, { lat: 31.2105, lng: 121.4805 }, settings);
    expect(inBoundary).toMatchObject({ how: 'boundary', unit: { id: surveyed.id, type: 'compound' } });

    const near = await placePoint(t.core.db, d, { lat: 31.1915, lng: 121.4705 }, settings);
    expect(near.how).toBe('nearest_compound');
    expect(near.unit?.id).toBe(pointOnly.id);
    expect(near.distanceM).toBeGreaterThan(150);
    expect(near.distanceM).toBeLessThan(300);

    // Inside the east committee's boundary, 100 m from the west committee's compound: the east committee keeps it.
    const edge = await placePoint(t.core.db, d, { lat: 31.2, lng: 121.4505 }, settings);
    expect(edge).toMatchObject({ how: 'boundary', unit: { id: east.id } });

    // In the street, west of every boundary but the street's: the west committee by its point.
    const westward = await placePoint(t.core.db, d, { lat: 31.22, lng: 121.41 }, settings);
    expect(westward).toMatchObject({ how: 'nearest_committee', unit: { id: west.id } });

    // Far away: nothing is near, and the district desk places it by hand.
    expect(await placePoint(t.core.db, d, { lat: 30.0, lng: 120.0 }, settings)).toEqual({ unit: null, how: 'unplaced', distanceM: null });
    // Another district's units are never candidates.
    const other = await makeUnit(t.core, 'street');
    expect((await placePoint(t.core.db, other.district_id, { lat: 31.2105, lng: 121.4805 }, settings)).how).toBe('unplaced');
  });

  it('leaves out retired units', async () => {
    const compound = await makeUnit(t.core, 'compound');
    await locations.upsertMany(t.core.db, [
      { unitId: compound.id, districtId: compound.district_id, point: { lat: 31.3, lng: 121.5 }, boundary: square(31.3, 121.5, 0.001), source: 'test' },
    ]);
    expect((await placePoint(t.core.db, compound.district_id, { lat: 31.3, lng: 121.5 }, settings)).unit?.id).toBe(compound.id);
    await t.core.db.updateTable('unit').set({ retired_at: new Date() }).where('id', '=', compound.id).execute();
    expect((await placePoint(t.core.db, compound.district_id, { lat: 31.3, lng: 121.5 }, settings)).how).toBe('unplaced');
  });
});

describe('geometry', () => {
  it('measures distance on the sphere', () => {
    // One thousandth of a degree of latitude is about 111 m anywhere.
    expect(distanceM({ lat: 31.2, lng: 121.4 }, { lat: 31.201, lng: 121.4 })).toBeCloseTo(111.2, 0);
  });

  it('refuses boundaries that do not close, are too short or lie off the earth', () => {
    expect(boundaryProblem(square(31, 121, 0.01))).toBeNull();
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [121, 31],
            [121.1, 31],
            [121, 31.1],
            [121.2, 31.2],
          ],
        ],
      }),
    ).toMatch(/不闭合/);
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [121, 31],
            [121.1, 31],
            [121, 31],
          ],
        ],
      }),
    ).toMatch(/至少/);
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [31, 121],
            [31.1, 121],
            [31, 121.1],
            [31, 121],
          ],
        ],
      }),
    ).toMatch(/坐标超出范围/);
  });
});

describe("the demo district's map", () => {
  it('places every street, committee and compound, each inside its parent, and a compound point finds its compound', async () => {
    // A small tree of the district's shape (two streets of two committees of two compounds), drawn on the profile's outline.
    const street1 = await makeUnit(t.core, 'street');
    const d = street1.district_id;
    const street2 = await makeUnit(t.core, 'street', { parentId: street1.parent_id! });
    const tree = [street1, street2];
    for (const s of [street1, street2])
      for (let c = 0; c < 2; c++) {
        const committee = await makeUnit(t.core, 'committee', { parentId: s.id });
        tree.push(committee);
        for (let k = 0; k < 2; k++) tree.push(await makeUnit(t.core, 'compound', { parentId: committee.id }));
      }
    const root = await t.core.db.selectFrom('unit').selectAll().where('id', '=', street1.parent_id!).executeTakeFirstOrThrow();
    const lines: string[] = [];
    await seedDemoMap({ core: t.core, districtId: d, profile: 'jingan', scale: 0.01, random: seededRandom(7), log: (l) => lines.push(l), shared: {} }, [
      root,
      ...tree,
    ]);
    expect(lines).toEqual([expect.stringMatching(/^map: 15 units/)]);
    const rows = await t.core.db
      .selectFrom('unit')
      .innerJoin('unit_location as l', 'l.unit_id', 'unit.id')
      .select(['unit.id', 'unit.type', 'unit.parent_id', 'l.lat', 'l.lng', 'l.boundary'])
      .where('unit.district_id', '=', d)
      .execute();
    expect(rows.length).toBe(15);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of rows) {
      expect(r.boundary).not.toBeNull();
      expect(within(r, r.boundary!)).toBe(true);
      const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
      if (parent) expect(within(r, parent.boundary!)).toBe(true);
    }
    for (const c of rows.filter((r) => r.type === 'compound')) {
      const placed = await placePoint(t.core.db, d, c, settings);
      expect(placed).toMatchObject({ how: 'boundary', unit: { id: c.id } });
    }
  });
});
