import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { login, type Client } from '../../../../test/support/http.js';
import { FACTORY_PASSWORD } from '../../../../test/support/factories.js';
import { setUnitLocations } from '../../org/index.js';
import { IntakeService } from '../orders/intake.service.js';
import { appealsWorld, code, report } from '../appeals.testkit.js';
import { HotTopicService } from './hot-topic.service.js';
import { heatCells } from './hot-topic-heat.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let hot: HotTopicService;

const COMPOUND = { lat: 31.241, lng: 121.441 };
const COMMITTEE2 = { lat: 31.25, lng: 121.46 };
const CHARGING = { title: '楼道飞线充电', description: '有人在楼道里飞线充电，存在消防隐患' };
const NOISE = { categoryCode: 'P0201', title: '晚上装修噪音扰民', description: '楼上晚上11点以后还在装修，噪音扰民' };

describe('heat cells (rule)', () => {
  it("counts a compound's orders at its point, else at the rounded reported point, else at the committee's point", () => {
    const points = new Map([
      [10, { lat: 31.2, lng: 121.4 }],
      [20, { lat: 31.3, lng: 121.5 }],
    ]);
    const heat = heatCells(
      [
        { compound_id: 10, committee_id: 20, lat: 31.2004, lng: 121.4004, count: 2 },
        { compound_id: 10, committee_id: 20, lat: null, lng: null, count: 1 },
        { compound_id: 11, committee_id: 20, lat: 31.21249, lng: 121.41251, count: 4 },
        { compound_id: null, committee_id: 20, lat: null, lng: null, count: 1 },
        { compound_id: null, committee_id: 21, lat: null, lng: null, count: 5 },
      ],
      points,
    );
    expect(heat).toEqual({
      cells: [
        { lat: 31.212, lng: 121.413, count: 4 },
        { lat: 31.2, lng: 121.4, count: 3 },
        { lat: 31.3, lng: 121.5, count: 1 },
      ],
      total: 13,
      unplaced: 5,
    });
  });
});

describe('GET /api/appeals/hot-topics/units/:id/heat', () => {
  let dispatcher: Client;

  beforeAll(async () => {
    t = await createTestPlatform();
    w = await appealsWorld(t.core);
    hot = new HotTopicService(t.core);
    const d = w.district.district_id;
    await setUnitLocations(t.core.db, [
      { unitId: w.compound.id, districtId: d, point: COMPOUND, boundary: null, source: 'test' },
      { unitId: w.committee2.id, districtId: d, point: COMMITTEE2, boundary: null, source: 'test' },
    ]);
    const intake = new IntakeService(t.core);
    // Three in the compound, one of them reported from a house with the phone's exact point; two noise reports in
    // the second committee, which has no compound on the map: one with a point, one without.
    for (let i = 0; i < 2; i++) await intake.report(w.resident, report(w.compound.id, CHARGING));
    await intake.report(w.resident, report(w.house.id, { ...CHARGING, lat: 31.2412345, lng: 121.4412345 }));
    await intake.report(w.resident, report(w.committee2.id, { ...NOISE, lat: 31.2523456, lng: 121.4634567 }));
    await intake.report(w.resident, report(w.committee2.id, NOISE));
    const username = (await t.core.db.selectFrom('app_user').select('username').where('id', '=', w.dispatcher.userId).executeTakeFirstOrThrow()).username;
    dispatcher = await login(await t.app(), username, FACTORY_PASSWORD);
  }, 120_000);
  afterAll(() => t.close());

  it("shows the street's orders as counted cells, never a house's own point", async () => {
    const r = await dispatcher.get(`/api/appeals/hot-topics/units/${w.street.id}/heat`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ term: null, category: null, total: 5, unplaced: 0 });
    expect(r.body.cells).toEqual([
      { ...COMPOUND, count: 3 },
      { ...COMMITTEE2, count: 1 },
      { lat: 31.252, lng: 121.463, count: 1 },
    ]);
    const raw = JSON.stringify(r.body);
    expect(raw).not.toContain('31.2412345');
    expect(raw).not.toContain('121.4634567');
  });

  it("shows one keyword's or one category's heat", async () => {
    const charging = await hot.heat(w.dispatcher, { unitId: w.street.id, term: '飞线充电' });
    expect(charging.cells).toEqual([{ ...COMPOUND, count: 3 }]);
    expect(charging.term).toBe('飞线充电');
    const noise = await hot.heat(w.dispatcher, { unitId: w.street.id, category: 'P0201' });
    expect(noise.total).toBe(2);
    expect(noise.cells.map((c) => c.count)).toEqual([1, 1]);
    expect((await hot.heat(w.dispatcher, { unitId: w.street.id, term: '不存在的词' })).cells).toEqual([]);
  });

  it("keeps to the caller's scope and share", async () => {
    expect(await code(hot.heat(w.otherDispatcher, { unitId: w.street.id }))).toBe('404 NOT_FOUND');
    expect(await code(hot.heat(w.resident, { unitId: w.street.id }))).toBe('403 FORBIDDEN');
    // A committee's worker sees the committee's orders only; the team none, since none was dispatched to it.
    expect((await hot.heat(w.worker, { unitId: w.committee.id })).cells).toEqual([{ ...COMPOUND, count: 3 }]);
    expect((await hot.heat(w.teamStaff, { unitId: w.street.id })).total).toBe(0);
  });
});
