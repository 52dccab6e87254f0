import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { makeUnit } from '../../../test/support/factories.js';
import * as locations from './location.repository.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t?.close());

describe("a district's map", () => {
  it('is public geography down to compounds: no building or house, nothing of another district', async () => {
    const building = await makeUnit(t.core, 'building');
    const compound = (await t.core.db.selectFrom('unit').selectAll().where('id', '=', building.parent_id!).executeTakeFirstOrThrow())!;
    const path = compound.path.split('/').filter(Boolean).map(Number);
    const [districtUnit, street, committee] = path;
    await t.core.db.updateTable('unit').set({ code: '799001' }).where('id', '=', districtUnit!).execute();
    const d = compound.district_id;
    const at = (unitId: number, lat: number) => ({ unitId, districtId: d, point: { lat, lng: 121.4 }, boundary: null, source: 'test' });
    await locations.upsertMany(t.core.db, [at(districtUnit!, 31.2), at(street!, 31.21), at(committee!, 31.22), at(compound.id, 31.23), at(building.id, 31.24)]);
    const other = await makeUnit(t.core, 'compound');
    await locations.upsertMany(t.core.db, [{ ...at(other.id, 31.25), districtId: other.district_id }]);

    const app = await t.app();
    const r = await app.inject({ method: 'GET', url: '/api/org/map?district=799001' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.district).toMatchObject({ id: d, code: '799001' });
    expect(body.layers).toEqual([]);
    expect(body.units.map((u: { id: number }) => u.id).sort()).toEqual([districtUnit, street, committee, compound.id].sort());
    expect(body.units.find((u: { id: number }) => u.id === compound.id)).toMatchObject({ type: 'compound', lat: 31.23, lng: 121.4, boundary: null });

    expect((await app.inject({ method: 'GET', url: '/api/org/map?district=000000' })).statusCode).toBe(404);
    // Several districts and no code: the caller is told to name one.
    const unnamed = await app.inject({ method: 'GET', url: '/api/org/map' });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.message).toMatch(/区划代码/);
  });
});
