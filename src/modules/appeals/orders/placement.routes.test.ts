import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { login, type Client } from '../../../../test/support/http.js';
import { FACTORY_PASSWORD } from '../../../../test/support/factories.js';
import type { Actor } from '../../../platform/actor.js';
import { appealsWorld, report } from '../appeals.testkit.js';
import { setUnitLocations } from '../../org/index.js';

/**
 * A report placed only by the phone's location reaches the dispatcher of the street the point falls in; one that
 * falls nowhere waits in the district desk's unplaced queue until the desk places it by hand.
 */
let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
const clients: Record<string, Client> = {};
const usernameOf = async (a: Actor) =>
  (await t.core.db.selectFrom('app_user').select('username').where('id', '=', a.userId).executeTakeFirstOrThrow()).username;

const square = (lat: number, lng: number, h: number) => ({
  type: 'Polygon' as const,
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
const located = (lat: number, lng: number) => ({ ...report(0), unitId: undefined, lat, lng, address: null });
const ids = (r: { body: { items: Array<{ id: number }> } }) => r.body.items.map((i) => i.id);

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  const d = w.district.district_id;
  await setUnitLocations(t.core.db, [
    { unitId: w.street.id, districtId: d, point: { lat: 31.23, lng: 121.45 }, boundary: square(31.23, 121.45, 0.03), source: 'test' },
    { unitId: w.committee.id, districtId: d, point: { lat: 31.24, lng: 121.44 }, boundary: square(31.24, 121.44, 0.01), source: 'test' },
    { unitId: w.compound.id, districtId: d, point: { lat: 31.241, lng: 121.441 }, boundary: null, source: 'test' },
  ]);
  const app = await t.app();
  for (const k of ['resident', 'dispatcher', 'otherDispatcher', 'districtStaff', 'worker'] as const)
    clients[k] = await login(app, await usernameOf(w[k]), FACTORY_PASSWORD);
});
afterAll(() => t.close());

describe('a report placed by its point', () => {
  it("reaches the dispatch queue of the street the point falls in, with how it was placed, and no other street's", async () => {
    const r = await clients.resident!.post('/api/appeals/reports', located(31.2412, 121.4412));
    expect(r.status).toBe(201);
    const detail = await clients.dispatcher!.get(`/api/appeals/orders/${r.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ unitId: w.compound.id, streetId: w.street.id, placement: 'nearest_compound' });
    expect(detail.body.placementM).toBeGreaterThan(0);
    expect(detail.body.placementM).toBeLessThan(60);
    expect(ids(await clients.dispatcher!.get('/api/appeals/orders?view=triage&pageSize=200'))).toContain(r.body.id);
    expect((await clients.otherDispatcher!.get(`/api/appeals/orders/${r.body.id}`)).status).toBe(404);
    // The resident sees it placed too, and it is not left with the district.
    expect((await clients.resident!.get(`/api/appeals/orders/${r.body.id}`)).body).toMatchObject({ streetId: w.street.id });
    expect(ids(await clients.districtStaff!.get('/api/appeals/orders?view=unplaced&pageSize=200'))).not.toContain(r.body.id);
  });

  it('inside the committee but far from any compound: placed in the committee by its boundary', async () => {
    const r = await clients.resident!.post('/api/appeals/reports', located(31.248, 121.448));
    const detail = await clients.dispatcher!.get(`/api/appeals/orders/${r.body.id}`);
    expect(detail.body).toMatchObject({ unitId: w.committee.id, placement: 'boundary', placementM: null });
  });

  it("a point near nothing waits in the district desk's unplaced queue, and the desk places it in a street", async () => {
    const r = await clients.resident!.post('/api/appeals/reports', located(30.5, 120.5));
    expect(r.status).toBe(201);
    const id = r.body.id as number;
    const unplaced = await clients.districtStaff!.get('/api/appeals/orders?view=unplaced&pageSize=200');
    expect(ids(unplaced)).toContain(id);
    expect(unplaced.body.items.find((i: { id: number }) => i.id === id)).toMatchObject({ placement: 'unplaced', streetId: null });
    // A street's dispatcher neither sees it nor can place it.
    expect(ids(await clients.dispatcher!.get('/api/appeals/orders?view=unplaced&pageSize=200'))).not.toContain(id);
    expect((await clients.dispatcher!.post(`/api/appeals/orders/${id}/steps/place`, { unitId: w.compound.id })).status).toBe(404);
    // The desk names where it is: without a unit it is told what is missing.
    const missing = await clients.districtStaff!.post(`/api/appeals/orders/${id}/steps/place`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/街道、居委会或小区/);
    const placed = await clients.districtStaff!.post(`/api/appeals/orders/${id}/steps/place`, { unitId: w.compound.id });
    expect(placed.status).toBe(200);
    const after = await clients.dispatcher!.get(`/api/appeals/orders/${id}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ status: 'received', unitId: w.compound.id, streetId: w.street.id, placement: 'desk' });
    expect(after.body.history.map((e: { step: string }) => e.step)).toEqual(['intake', 'place']);
    expect(ids(await clients.dispatcher!.get('/api/appeals/orders?view=triage&pageSize=200'))).toContain(id);
    expect(ids(await clients.districtStaff!.get('/api/appeals/orders?view=unplaced&pageSize=200'))).not.toContain(id);
    const audit = await t.core.db
      .selectFrom('audit_event')
      .select(['action', 'summary'])
      .where('target_type', '=', 'appeal_order')
      .where('target_id', '=', String(id))
      .where('action', '=', 'appeals.order.place')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({ unit: { id: w.compound.id } });
  });

  it('a desk cannot place an order in a unit outside its territory, and the answer does not say the unit exists', async () => {
    const r = await clients.resident!.post('/api/appeals/reports', located(30.6, 120.6));
    const foreign = await t.core.db.insertInto('district').values({ code: '799999', name: '他区', profile: 'test' }).returning('id').executeTakeFirstOrThrow();
    const elsewhere = await t.core.db
      .insertInto('unit')
      .values({ district_id: foreign.id, parent_id: null, type: 'district', name: '他区', path: '/999999/', depth: 0, attributes: '{}', id: 999999 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const a = await clients.districtStaff!.post(`/api/appeals/orders/${r.body.id}/steps/place`, { unitId: elsewhere.id });
    const b = await clients.districtStaff!.post(`/api/appeals/orders/${r.body.id}/steps/place`, { unitId: 987654321 });
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(a.body.error.message).toBe(b.body.error.message);
  });
});
