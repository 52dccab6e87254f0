import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import type { LinliApp } from '../../../platform/http/app.js';
import { todayInShanghai } from '../../../platform/time.js';
import { appealsWorld, report } from '../appeals.testkit.js';
import { IndicatorService } from '../indicators/indicator.service.js';
import { addDays } from '../indicators/indicator.rules.js';
import { IntakeService } from '../orders/intake.service.js';
import { OrderService } from '../orders/order.service.js';

let t: TestPlatform;
let app: LinliApp;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let other: Awaited<ReturnType<typeof appealsWorld>>;
let districtCode: string;
const ids: Record<string, number> = {};

// Words only the reporter wrote or knows: none may reach a public answer.
const SECRET_TITLE = '锦绣苑3号楼201室门口垃圾没人清运';
const SECRET_DESCRIPTION = '我是王秀英，住3号楼201室，电话13812345678，垃圾堆了三天';
const SECRET_ADDRESS = '锦绣苑3号楼201室';
const SECRET_PHONE = '13812345678';

const get = (url: string) => app.inject({ method: 'GET', url: `/api/appeals/public${url}` });

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  other = await appealsWorld(t.core);
  app = await t.app();
  districtCode = (await t.core.db.selectFrom('district').select('code').where('id', '=', w.district.district_id).executeTakeFirstOrThrow()).code;
  const intake = new IntakeService(t.core);
  const orders = new OrderService(t.core);
  const secret = {
    title: SECRET_TITLE,
    description: SECRET_DESCRIPTION,
    address: SECRET_ADDRESS,
    reporterPhone: SECRET_PHONE,
    lat: 31.2345678,
    lng: 121.4567891,
  };
  ids.resolved = (await intake.report(w.resident, report(w.house.id, secret))).order.id;
  await orders.step(w.dispatcher, ids.resolved, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
  await orders.step(w.teamStaff, ids.resolved, 'accept');
  await orders.step(w.teamStaff, ids.resolved, 'resolve', { note: '已清运完毕，恢复整洁', notePublic: true });
  ids.quiet = (await intake.report(w.resident, report(w.house.id, secret))).order.id;
  await orders.step(w.dispatcher, ids.quiet, 'dispatch', { handler: { kind: 'committee', id: w.committee.id } });
  await orders.step(w.worker, ids.quiet, 'accept');
  await orders.step(w.worker, ids.quiet, 'resolve', { note: '已联系王秀英，垃圾已清运', notePublic: false });
  ids.private = (await intake.report(w.resident, report(w.house.id, { ...secret, categoryCode: 'P0701' }))).order.id;
  for (let i = 0; i < 5; i++) ids[`open${i}`] = (await intake.report(w.resident, report(w.compound.id, secret))).order.id;
  ids.otherDistrict = (await intake.report(other.resident, report(other.house.id))).order.id;
});
afterAll(() => t.close());

describe('the public side of a district, without login', () => {
  it('lists the public reports newest first, paged, in their public view only', async () => {
    const first = await get(`/reports?district=${districtCode}&pageSize=3`);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.total).toBe(7);
    expect(body.items).toHaveLength(3);
    const second = (await get(`/reports?district=${districtCode}&pageSize=3&page=2`)).json();
    const third = (await get(`/reports?district=${districtCode}&pageSize=3&page=3`)).json();
    const all = [...body.items, ...second.items, ...third.items].map((r: { id: number }) => r.id);
    expect(all).toEqual([ids.open4, ids.open3, ids.open2, ids.open1, ids.open0, ids.quiet, ids.resolved]);
    expect(all).not.toContain(ids.private);
    expect(all).not.toContain(ids.otherDistrict);
    const resolved = third.items.find((r: { id: number }) => r.id === ids.resolved);
    // The compound, never the house it was reported from; the point rounded to a compound's size.
    expect(resolved).toMatchObject({
      category: { code: 'P0101' },
      place: { unitId: w.compound.id, name: w.compound.name, lat: 31.235, lng: 121.457 },
      stage: 'done',
      stageLabel: { zh: '已办结' },
    });
    expect(resolved.resolvedAt).not.toBeNull();
  });

  it('filters by stage and category', async () => {
    const pending = (await get(`/reports?district=${districtCode}&status=pending`)).json();
    expect(pending.items.map((r: { id: number }) => r.id).sort()).toEqual([0, 1, 2, 3, 4].map((i) => ids[`open${i}`]).sort());
    expect((await get(`/reports?district=${districtCode}&status=done`)).json().total).toBe(2);
    expect((await get(`/reports?district=${districtCode}&category=P01`)).json().total).toBe(7);
    // A private category lists nothing, as an unknown one does: the filter does not tell that it exists.
    expect((await get(`/reports?district=${districtCode}&category=P0701`)).json().total).toBe(0);
    expect((await get(`/reports?district=${districtCode}&status=bogus`)).statusCode).toBe(400);
  });

  it('never carries the title, description, address, phone or reporter of a report', async () => {
    const reporter = (await t.core.db.selectFrom('appeal_order').select('reporter_name').where('id', '=', ids.resolved).executeTakeFirstOrThrow())
      .reporter_name;
    expect(reporter).toBeTruthy();
    const answers = [
      (await get(`/reports?district=${districtCode}&pageSize=100`)).body,
      (await get(`/reports/${ids.resolved}?district=${districtCode}`)).body,
      (await get(`/reports/${ids.quiet}?district=${districtCode}`)).body,
      (await get(`/reports/${ids.open0}?district=${districtCode}`)).body,
    ];
    for (const text of answers) {
      for (const secret of [SECRET_TITLE, SECRET_DESCRIPTION, SECRET_ADDRESS, SECRET_PHONE, '王秀英', reporter!, w.house.name])
        expect(text).not.toContain(secret);
      expect(text).not.toContain(w.dispatcher.userName);
      expect(text).not.toContain(w.teamStaff.userName);
    }
  });

  it("answers 404 alike for a private category, another district's report and a missing one", async () => {
    const missing = await get(`/reports/999999?district=${districtCode}`);
    expect(missing.statusCode).toBe(404);
    for (const id of [ids.private, ids.otherDistrict]) {
      const res = await get(`/reports/${id}?district=${districtCode}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(missing.json());
    }
    expect((await get('/reports/1?district=999999')).statusCode).toBe(404);
  });

  it("shows a report's public steps with their times, the kind of handler and only a note marked public", async () => {
    const res = await get(`/reports/${ids.resolved}?district=${districtCode}`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ id: ids.resolved, status: 'resolved', category: { name: { zh: expect.any(String) } }, place: { unitId: w.compound.id } });
    expect(r.timeline.map((e: { step: string }) => e.step)).toEqual(['intake', 'dispatch', 'accept', 'resolve']);
    expect(r.timeline[1]).toMatchObject({ label: { zh: '已派发至' }, handler: { zh: '职能部门', en: 'Department' }, status: 'dispatched' });
    expect(r.timeline[3]).toMatchObject({ note: '已清运完毕，恢复整洁', status: 'resolved', statusLabel: { zh: '已办结待评价' } });
    for (const e of r.timeline) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    // The department team's name is not given: only the kind of unit handling it.
    expect(res.body).not.toContain(w.team.name);

    const quiet = (await get(`/reports/${ids.quiet}?district=${districtCode}`)).json();
    expect(quiet.timeline[1].handler).toEqual({ zh: '居委会', en: 'Neighbourhood committee' });
    expect(quiet.timeline.map((e: { note: string | null }) => e.note)).toEqual([null, null, null, null]);
  });

  it("gives the district's indicators as its staff see them for the same period, and the previous one", async () => {
    const res = await get(`/indicators?district=${districtCode}&days=7`);
    expect(res.statusCode).toBe(200);
    const pub = res.json();
    const to = todayInShanghai();
    const from = addDays(to, -6);
    const staff = await new IndicatorService(t.core).summary(w.districtStaff, { unitId: w.district.id, from, to });
    expect(pub.period).toEqual({ from, to });
    expect(pub.previousPeriod).toEqual(staff.previousPeriod);
    for (const k of ['received', 'resolved', 'rated'] as const) {
      expect(pub.current[k]).toBe(staff.current[k]);
      expect(pub.previous[k]).toBe(staff.previous[k]);
    }
    // Every report counts in the volume, a private one included: only its words and place are private.
    expect(pub.current.received).toBe(8);
    expect(pub.current.resolved).toBe(2);
    // Two resolved orders are too few for a percentage, and nothing before them to compare with.
    expect(pub.current.onTimeRate).toBeNull();
    expect(pub.change).toMatchObject({ received: null, receivedDifference: 8, onTimeRate: null, satisfactionRate: null });
    expect(pub.minComparisonBase).toBe(10);
    expect((await get(`/indicators?district=${districtCode}&days=0`)).statusCode).toBe(400);
  });

  it('asks for the district code when there are several districts', async () => {
    const res = await get('/reports');
    expect(res.statusCode).toBe(400);
    expect(res.json().message ?? res.body).toContain('district');
  });
});
