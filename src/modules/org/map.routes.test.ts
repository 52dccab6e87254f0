import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, actorFor, makeUnit } from '../../../test/support/factories.js';
import { login } from '../../../test/support/http.js';
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

  it("a committee worker places their committee's compounds, audited; another territory's unit is not found; a house is never placed", async () => {
    const building = await makeUnit(t.core, 'building');
    const compound = (await t.core.db.selectFrom('unit').selectAll().where('id', '=', building.parent_id!).executeTakeFirstOrThrow())!;
    const house = await makeUnit(t.core, 'house', { parentId: building.id });
    const elsewhere = await makeUnit(t.core, 'compound', { districtId: compound.district_id });
    const worker = await actorFor(t.core, 'committee_worker', compound.parent_id!);
    const username = (await t.core.db.selectFrom('app_user').select('username').where('id', '=', worker.userId).executeTakeFirstOrThrow()).username;
    const c = await login(await t.app(), username, FACTORY_PASSWORD);
    const block = {
      type: 'Polygon',
      coordinates: [
        [
          [121.44, 31.22],
          [121.442, 31.22],
          [121.442, 31.222],
          [121.44, 31.222],
          [121.44, 31.22],
        ],
      ],
    };

    expect((await c.get(`/api/org/units/${compound.id}/location`)).body).toBeNull();
    const set = await c.post(`/api/org/units/${compound.id}/location`, { lat: 31.221, lng: 121.441, boundary: block });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ lat: 31.221, lng: 121.441, source: 'manual', boundary: block });
    expect((await c.get(`/api/org/units/${compound.id}/location`)).body).toMatchObject({ lat: 31.221 });
    const audit = await t.core.db
      .selectFrom('audit_event')
      .select(['summary'])
      .where('action', '=', 'org.unit.locate')
      .where('target_id', '=', String(compound.id))
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({ before: null, after: { lat: 31.221, lng: 121.441, boundary: true } });

    const outside = await c.post(`/api/org/units/${compound.id}/location`, { lat: 31.3, lng: 121.441, boundary: block });
    expect([outside.status, outside.body.error.message]).toEqual([400, expect.stringMatching(/边界之内/)]);
    const open = await c.post(`/api/org/units/${compound.id}/location`, {
      lat: 31.221,
      lng: 121.441,
      boundary: { type: 'Polygon', coordinates: [block.coordinates[0]!.slice(0, 4)] },
    });
    expect([open.status, open.body.error.message]).toEqual([400, expect.stringMatching(/不闭合/)]);
    const far = await c.post(`/api/org/units/${compound.id}/location`, { lat: 1, lng: 2 });
    expect([far.status, far.body.error.message]).toEqual([400, expect.stringMatching(/超出范围/)]);
    const home = await c.post(`/api/org/units/${house.id}/location`, { lat: 31.221, lng: 121.441 });
    expect([home.status, home.body.error.message]).toEqual([400, expect.stringMatching(/不能给/)]);
    // Another committee's compound and an id nobody holds get the same answer, and nothing is written.
    const foreign = await c.post(`/api/org/units/${elsewhere.id}/location`, { lat: 31.221, lng: 121.441 });
    const missing = await c.post('/api/org/units/987654321/location', { lat: 31.221, lng: 121.441 });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(foreign.body.error.message).toBe(missing.body.error.message);
    expect(await locations.ofUnit(t.core.db, elsewhere.id)).toBeUndefined();
  });
});
