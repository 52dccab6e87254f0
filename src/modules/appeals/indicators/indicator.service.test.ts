import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { todayInShanghai } from '../../../platform/time.js';
import { IntakeService } from '../orders/intake.service.js';
import { OrderService } from '../orders/order.service.js';
import { IndicatorService } from './indicator.service.js';
import { HotTopicService } from './hot-topic.service.js';
import { addDays } from './indicator.rules.js';
import { COUNTERS } from './indicator.counters.js';
import { topTerms } from './hot-topics.js';
import { appealsWorld, code, report } from '../appeals.testkit.js';
import { actorFor, makeUnit } from '../../../../test/support/factories.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
/** A second street of the same district, with a committee and its dispatcher. */
let street2: Awaited<ReturnType<typeof makeUnit>>;
let intake: IntakeService;
let orders: OrderService;
let indicators: IndicatorService;
let hot: HotTopicService;

const today = todayInShanghai();
/** The last 7 days, and the 7 before them as the previous period. */
const week = { from: addDays(today, -6), to: today };
const ids: Record<string, number> = {};

/** Moves orders back in time, as if they had been received `days` earlier (the rollups follow the update). */
const receivedEarlier = (orderIds: number[], days: number) =>
  sql`update appeal_order set received_at = received_at - make_interval(days => ${days}) where id = any(${sql.val(orderIds)}::bigint[])`.execute(t.core.db);

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  intake = new IntakeService(t.core);
  orders = new OrderService(t.core);
  indicators = new IndicatorService(t.core);
  hot = new HotTopicService(t.core);
  const team = { kind: 'department' as const, id: w.team.id };
  street2 = await makeUnit(t.core, 'street', { parentId: w.district.id, name: '第二街道' });
  const committee3 = await makeUnit(t.core, 'committee', { parentId: street2.id });
  const dispatcher2 = await actorFor(t.core, 'street_staff', street2.id);

  // This week, in the first committee: A resolved by the street's greening team and rated satisfied; B resolved
  // by the committee, rated unsatisfied and reopened; D taken on at the desk and resolved; E invalidated.
  const a = (await intake.report(w.resident, report(w.compound.id))).order.id;
  await orders.step(w.dispatcher, a, 'dispatch', { handler: team });
  await orders.step(w.teamStaff, a, 'accept');
  await orders.step(w.teamStaff, a, 'resolve', { note: '已清运' });
  await orders.step(w.resident, a, 'rate', { rating: 'satisfied' });
  const b = (await intake.report(w.resident, report(w.compound.id))).order.id;
  await orders.step(w.dispatcher, b, 'dispatch', { handler: { kind: 'committee', id: w.committee.id } });
  await orders.step(w.worker, b, 'accept');
  await orders.step(w.worker, b, 'resolve', { note: '已劝离' });
  await orders.step(w.resident, b, 'rate', { rating: 'unsatisfied' });
  await orders.step(w.resident, b, 'reopen', { note: '又堆上了' });
  const d = (await intake.register(w.worker, { ...report(w.compound.id), reporterName: '王阿姨', handleSelf: true }, 'desk')).order.id;
  await orders.step(w.worker, d, 'resolve', { note: '已清理' });
  const e = (await intake.report(w.resident, report(w.compound.id, { title: '测试一下' }))).order.id;
  await orders.step(w.dispatcher, e, 'invalidate', { note: '无效内容' });
  // C waits for dispatch in the second committee; F comes from the hotline in the second street, for the housing bureau.
  const c = (await intake.register(w.worker2, { ...report(w.committee2.id, { categoryCode: 'P0201', title: '楼道堆物' }), reporterName: '李先生' }, 'desk'))
    .order.id;
  const f = (
    await intake.fromSystem(w.districtStaff, report(committee3.id, { categoryCode: 'P0301', title: '房屋漏水' }), {
      channel: 'hotline',
      discovery: 'passive',
      sourceSystem: '12345',
      externalId: 'F-1',
      districtId: w.district.district_id,
    })
  ).order.id;
  await orders.step(dispatcher2, f, 'dispatch', { handler: { kind: 'department', id: w.housing.id } });
  await orders.step(w.housingStaff, f, 'accept');
  await orders.step(w.housingStaff, f, 'resolve', { note: '已修复' });
  // The previous period: G handled by the team and rated, H never dispatched.
  const g = (await intake.report(w.resident, report(w.compound.id))).order.id;
  await orders.step(w.dispatcher, g, 'dispatch', { handler: team });
  await orders.step(w.teamStaff, g, 'accept');
  await orders.step(w.teamStaff, g, 'resolve', { note: '已清运' });
  await orders.step(w.resident, g, 'rate', { rating: 'basic' });
  const h = (await intake.report(w.resident, report(w.compound.id))).order.id;
  await receivedEarlier([g, h], 10);
  Object.assign(ids, { a, b, c, d, e, f, g, h });

  // Summons raised by the first committee this week.
  const summons = (dept: number | null, unit: number | null, status: 'invited' | 'resolved' | 'unresolved', rating: number | null) => ({
    district_id: w.district.district_id,
    committee_id: w.committee.id,
    unit_path: w.committee.path,
    invitee_department_id: dept,
    invitee_unit_id: unit,
    subject: '约请',
    description: '约请测试',
    status,
    respond_due_at: new Date(Date.now() + 86_400_000),
    resolved: status === 'invited' ? null : status === 'resolved',
    committee_rating: rating,
  });
  await t.core.db
    .insertInto('summons')
    .values([
      summons(w.team.id, null, 'resolved', 5),
      summons(w.greening.id, null, 'unresolved', 2),
      summons(w.housing.id, null, 'resolved', 4),
      summons(null, w.street.id, 'invited', null),
    ])
    .execute();
}, 120_000);
afterAll(() => t.close());

const period = { from: week.from, to: week.to };

describe('indicators by unit and period', () => {
  it('keeps one column per declared counter in both rollups, in the declared order', async () => {
    for (const table of ['appeal_stat', 'appeal_stat_cube']) {
      const r = await sql<{
        column_name: string;
      }>`select column_name from information_schema.columns where table_name = ${table} order by ordinal_position`.execute(t.core.db);
      const columns = r.rows.map((c) => c.column_name);
      expect(columns.slice(columns.indexOf('received')), table).toEqual(Object.keys(COUNTERS));
    }
  });

  it('sums a district from its rollup, against the previous period, by channel and category', async () => {
    const r = await indicators.summary(w.districtStaff, { unitId: w.district.id, ...period });
    expect(r.period).toEqual(week);
    expect(r.previousPeriod).toEqual({ from: addDays(today, -13), to: addDays(today, -7) });
    expect(r.current).toMatchObject({ received: 6, valid: 5, accepted: 4, resolved: 3, onTime: 3, rated: 1, satisfied: 1, reopened: 1, supervised: 0 });
    expect(r.current.resolutionRate).toBeCloseTo(3 / 5);
    expect(r.current.onTimeRate).toBe(1);
    expect(r.current.satisfactionRate).toBe(1);
    expect(r.current.reopenRate).toBeCloseTo(1 / 5);
    expect(r.previous).toMatchObject({ received: 2, valid: 2, accepted: 1, resolved: 1, rated: 1, satisfied: 1, reopened: 0 });
    // A handful of orders against two: counts, not "+200%" (the base must reach ten).
    expect(r.minComparisonBase).toBe(10);
    expect(r.change.received).toBeNull();
    expect(r.change.receivedDifference).toBe(4);
    expect(r.change.resolutionRate).toBeNull();
    expect(r.byChannel.map((c) => [c.channel, c.figures.received, c.figures.valid])).toEqual([
      ['photo', 3, 2],
      ['desk', 2, 2],
      ['hotline', 1, 1],
    ]);
    expect(r.byChannel[0]!.name.zh).toBe('随手拍');
    expect(r.byCategory.map((c) => [c.code, c.figures.received])).toEqual([
      ['P01', 4],
      ['P02', 1],
      ['P03', 1],
    ]);
    expect(r.byCategory[0]!.subcategories).toEqual([expect.objectContaining({ code: 'P0101', received: 4 })]);
    // The acceptance time is the rollup's working minutes, averaged over the accepted orders.
    const live = await t.core.db
      .selectFrom('appeal_order')
      .select((eb) => eb.fn.sum<number>('accept_minutes').as('m'))
      .where('id', 'in', [ids.a!, ids.b!, ids.d!, ids.f!])
      .executeTakeFirstOrThrow();
    expect(r.current.avgAcceptMinutes).toBeCloseTo(Number(live.m) / 4);
  });

  it('gives the same figures for a street, a committee and a compound, read from the rollup or the orders', async () => {
    const street = await indicators.summary(w.dispatcher, { unitId: w.street.id, ...period });
    expect(street.current).toMatchObject({ received: 5, valid: 4, accepted: 3, resolved: 2, rated: 1, reopened: 1 });
    const committee = await indicators.summary(w.worker, { unitId: w.committee.id, ...period });
    expect(committee.current).toMatchObject({ received: 4, valid: 3, accepted: 3, resolved: 2, rated: 1, reopened: 1 });
    // The compound holds the same four orders; below the committee the figures come from the orders themselves.
    const compound = await indicators.summary(w.worker, { unitId: w.compound.id, ...period });
    expect(compound.current).toEqual(committee.current);
    expect(compound.byChannel).toEqual(committee.byChannel);
    expect(compound.previous).toEqual(committee.previous);
    const other = await indicators.summary(w.worker2, { unitId: w.committee2.id, ...period });
    expect(other.current).toMatchObject({ received: 1, valid: 1, accepted: 0, resolved: 0 });
    expect(other.current.resolutionRate).toBe(0);
    expect(other.current.satisfactionRate).toBeNull();
    expect(other.current.avgAcceptMinutes).toBeNull();
  });

  it('follows a step at once: the district figures are re-summed for the day that changed', async () => {
    const before = await indicators.summary(w.districtStaff, { unitId: w.district.id, ...period });
    await orders.step(w.dispatcher, ids.c!, 'dispatch', { handler: { kind: 'committee', id: w.committee2.id } });
    await orders.step(w.worker2, ids.c!, 'accept');
    const after = await indicators.summary(w.districtStaff, { unitId: w.district.id, ...period });
    expect(after.current.accepted).toBe(before.current.accepted + 1);
    const live = await t.core.db
      .selectFrom('appeal_order')
      .select((eb) => eb.fn.count<number>('accepted_at').as('n'))
      .where('district_id', '=', w.district.district_id)
      .where('id', 'not in', [ids.g!, ids.h!])
      .executeTakeFirstOrThrow();
    expect(after.current.accepted).toBe(Number(live.n));
    const dirty = await t.core.db
      .selectFrom('appeal_stat_dirty')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('district_id', '=', w.district.district_id)
      .executeTakeFirstOrThrow();
    expect(Number(dirty.n)).toBe(0);
  });

  it('restricts a department to its own work: a district department with its street teams, a team alone', async () => {
    const greening = await indicators.summary(w.greeningStaff, { unitId: w.district.id, ...period });
    expect(greening.department).toEqual({ id: w.greening.id, name: w.greening.name });
    expect(greening.current).toMatchObject({ received: 1, resolved: 1, satisfied: 1 });
    expect(greening.previous).toMatchObject({ received: 1, resolved: 1 });
    const team = await indicators.summary(w.teamStaff, { unitId: w.street.id, ...period });
    expect(team.department?.id).toBe(w.team.id);
    expect(team.current.received).toBe(1);
    const housing = await indicators.summary(w.housingStaff, { unitId: w.district.id, ...period });
    expect(housing.current).toMatchObject({ received: 1, resolved: 1, rated: 0 });
    expect(await code(indicators.summary(w.housingStaff, { unitId: w.district.id, departmentId: w.greening.id, ...period }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.summary(w.teamStaff, { unitId: w.street.id, departmentId: w.greening.id, ...period }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.summary(w.teamStaff, { unitId: w.district.id, ...period }))).toBe('404 NOT_FOUND');
    // The district department's staff may look at its team alone.
    expect((await indicators.summary(w.greeningStaff, { unitId: w.district.id, departmentId: w.team.id, ...period })).current.received).toBe(1);
  });

  it('lets a street see a district department only within the street', async () => {
    const inStreet = await indicators.summary(w.dispatcher, { unitId: w.street.id, departmentId: w.housing.id, ...period });
    expect(inStreet.current.received).toBe(0);
    const whole = await indicators.summary(w.districtStaff, { unitId: w.district.id, departmentId: w.housing.id, ...period });
    expect(whole.current.received).toBe(1);
    expect((await indicators.summary(w.dispatcher, { unitId: w.street.id, departmentId: w.greening.id, ...period })).current.received).toBe(1);
  });

  it('refuses units outside the scope, and callers without the permission', async () => {
    expect(await code(indicators.summary(w.dispatcher, { unitId: w.district.id }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.summary(w.otherDispatcher, { unitId: w.street.id }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.summary(w.worker, { unitId: w.committee2.id }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.summary(w.worker, { unitId: w.street.id }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.series(w.worker2, { unitId: w.compound.id }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.rankings(w.worker, { unitId: w.street.id }))).toBe('404 NOT_FOUND');
    expect(await code(hot.hotTopics(w.otherDispatcher, { unitId: w.street.id }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.summary(w.resident, { unitId: w.house.id }))).toBe('403 FORBIDDEN');
    expect(await code(indicators.summary(w.districtStaff, { unitId: w.district.id, departmentId: 999_999 }))).toBe('404 NOT_FOUND');
    expect(await code(indicators.summary(w.districtStaff, { unitId: w.district.id, from: '2026-02-30' }))).toBe('400 PERIOD_INVALID');
    expect(await code(indicators.summary(w.districtStaff, { unitId: w.district.id, from: today, to: addDays(today, -1) }))).toBe('400 PERIOD_INVALID');
  });

  it('offers only the units and departments of the scope', async () => {
    const street = await indicators.options(w.dispatcher);
    expect(street.units.map((u) => u.id).sort()).toEqual([w.street.id, w.committee.id, w.committee2.id].sort());
    expect(street.defaultUnitId).toBe(w.street.id);
    expect(street.departments.map((d) => d.id)).toEqual(expect.arrayContaining([w.greening.id, w.team.id, w.housing.id]));
    expect(street.fixedDepartmentId).toBeNull();
    const worker = await indicators.options(w.worker);
    expect(worker.units.map((u) => u.id)).toEqual([w.committee.id]);
    const team = await indicators.options(w.teamStaff);
    expect(team.departments.map((d) => d.id)).toEqual([w.team.id]);
    expect(team.fixedDepartmentId).toBe(w.team.id);
    const greening = await indicators.options(w.greeningStaff);
    expect(greening.departments.map((d) => d.id).sort()).toEqual([w.greening.id, w.team.id].sort());
    const district = await indicators.options(w.districtStaff);
    expect(district.defaultUnitId).toBe(w.district.id);
    expect(district.units.map((u) => u.id)).toEqual(expect.arrayContaining([w.district.id, w.street.id, w.committee.id, street2.id]));
    expect(district.units.map((u) => u.id)).not.toContain(w.otherStreetCommittee.id);
    expect(district.units.every((u) => ['district', 'street', 'committee'].includes(u.type))).toBe(true);
  });

  it('draws the period week by week and month by month, with empty buckets', async () => {
    const weekly = await indicators.series(w.districtStaff, { unitId: w.district.id, from: addDays(today, -13), to: today, interval: 'week' });
    expect(weekly.points[0]!.from).toBe(addDays(today, -13));
    expect(weekly.points.at(-1)!.to).toBe(today);
    expect(weekly.points.length).toBeGreaterThanOrEqual(2);
    expect(weekly.points.reduce((n, p) => n + p.figures.received, 0)).toBe(8);
    const monthly = await indicators.series(w.districtStaff, { unitId: w.district.id, from: addDays(today, -400), to: today });
    expect(monthly.interval).toBe('month');
    expect(monthly.points.length).toBeGreaterThanOrEqual(13);
    expect(monthly.points.reduce((n, p) => n + p.figures.received, 0)).toBe(8);
    expect(monthly.points.filter((p) => p.figures.received === 0).length).toBeGreaterThanOrEqual(10);
    const compound = await indicators.series(w.worker, { unitId: w.compound.id, from: addDays(today, -13), to: today, interval: 'week' });
    expect(compound.points.reduce((n, p) => n + p.figures.received, 0)).toBe(6);
  });
});

describe('rankings for the two-way evaluation', () => {
  it('ranks the streets and departments of the district, and the summons resolution per department', async () => {
    const r = await indicators.rankings(w.districtStaff, { unitId: w.district.id, ...period, minVolume: 1 });
    expect(r.unitLevel).toBe('street');
    const street = r.units.find((u) => u.id === w.street.id)!;
    const other = r.units.find((u) => u.id === street2.id)!;
    expect(street.figures).toMatchObject({ received: 5, valid: 4, resolved: 2 });
    expect(other.figures).toMatchObject({ received: 1, resolved: 1 });
    expect(other.ranks.resolutionRate).toBe(1);
    expect(street.ranks.resolutionRate).toBe(2);
    expect(other.ranks.satisfactionRate).toBeNull();
    // The street team answers under its district department across the district.
    expect(r.departments.map((d) => d.id).sort()).toEqual([w.greening.id, w.housing.id].sort());
    expect(r.departments.find((d) => d.id === w.greening.id)!.figures).toMatchObject({ received: 1, resolved: 1, satisfied: 1 });
    expect(r.summons.map((s) => [s.kind, s.id, s.invited, s.resolved, s.unresolved, s.resolutionRate])).toEqual([
      ['department', w.housing.id, 1, 1, 0, 1],
      ['department', w.greening.id, 2, 1, 1, 0.5],
      ['street', w.street.id, 1, 0, 0, null],
    ]);
    expect(r.summons[1]!.committeeRating).toBeCloseTo(3.5);
    // Below the minimum volume nothing is ranked.
    const strict = await indicators.rankings(w.districtStaff, { unitId: w.district.id, ...period });
    expect(strict.minVolume).toBe(10);
    expect(strict.units.every((u) => u.ranks.resolutionRate === null && u.score === null)).toBe(true);
  });

  it('ranks the committees of a street and the departments and teams within the street only', async () => {
    const r = await indicators.rankings(w.dispatcher, { unitId: w.street.id, ...period, minVolume: 1 });
    expect(r.unitLevel).toBe('committee');
    expect(r.units.map((u) => u.id).sort()).toEqual([w.committee.id, w.committee2.id].sort());
    // Within the street its own team is ranked as itself.
    expect(r.departments.map((d) => d.id)).toEqual([w.team.id]);
    expect(r.summons.find((x) => x.id === w.team.id)).toMatchObject({ invited: 1, resolved: 1 });
    const mine = await indicators.rankings(w.greeningStaff, { unitId: w.district.id, ...period, minVolume: 1 });
    // Looking at one department, its teams are told apart, and only its own summons count.
    expect(mine.departments.map((d) => d.id)).toEqual([w.team.id]);
    expect(mine.summons.map((s) => s.id).sort()).toEqual([w.greening.id, w.team.id].sort());
    const compound = await indicators.rankings(w.worker, { unitId: w.compound.id, ...period, minVolume: 1 });
    expect(compound.unitLevel).toBeNull();
    expect(compound.units).toEqual([]);
    expect(compound.departments.map((d) => d.id)).toEqual([w.team.id]);
  });
});

describe('hot topics', () => {
  it('lists the frequent problems and the terms rising in the last 7 days, by area', async () => {
    const text = { title: '楼道飞线充电', description: '有人在楼道里飞线充电，电瓶车也停在楼道，存在消防隐患' };
    const now: number[] = [];
    for (let i = 0; i < 5; i++) now.push((await intake.report(w.resident, report(w.compound.id, text))).order.id);
    const old = (await intake.report(w.resident, report(w.compound.id, text))).order.id;
    await receivedEarlier([old], 15);

    const street = await hot.hotTopics(w.dispatcher, { unitId: w.street.id });
    expect(street.current).toEqual(week);
    expect(street.window.from).toBe(addDays(today, -34));
    expect(street.areaLevel).toBe('committee');
    const rising = street.rising.find((r) => r.term === '飞线充电')!;
    expect(rising).toMatchObject({ count: 5, expected: 0.25 });
    expect(rising.ratio).toBeCloseTo(6 / 1.25);
    expect(street.areas.map((a) => a.id)).toEqual([w.committee.id]);
    expect(street.areas[0]!.rising.map((r) => r.term)).toContain('飞线充电');
    expect(street.terms.find((x) => x.term === '飞线充电')).toEqual({ term: '飞线充电', count: 6, current: 5 });
    // Counted in SQL from the stored keywords as countTerms would count them: an order once per term, the
    // invalidated order not at all.
    const stored = await t.core.db
      .selectFrom('appeal_order')
      .select('keywords')
      .where('street_id', '=', w.street.id)
      .where('status', '<>', 'invalid')
      .execute();
    const counts = new Map<string, number>();
    for (const o of stored) for (const k of new Set(o.keywords)) counts.set(k, (counts.get(k) ?? 0) + 1);
    expect(street.terms.map(({ term, count }) => ({ term, count }))).toEqual(topTerms(counts, 20));
    expect(street.categories[0]).toMatchObject({ code: 'P0101', count: 11, current: 8 });
    expect(street.categories[0]!.name.zh).toBeTruthy();

    const district = await hot.hotTopics(w.districtStaff, { unitId: w.district.id });
    expect(district.areaLevel).toBe('street');
    expect(district.areas.map((a) => a.id)).toEqual([w.street.id]);
    // A department sees its own orders' topics only.
    const team = await hot.hotTopics(w.teamStaff, { unitId: w.street.id });
    expect(team.terms.map((x) => x.term)).not.toContain('飞线充电');
    expect(team.rising).toEqual([]);
    // Before the rise, nothing rose.
    const earlier = await hot.hotTopics(w.dispatcher, { unitId: w.street.id, to: addDays(today, -8) });
    expect(earlier.rising.map((r) => r.term)).not.toContain('飞线充电');
  });

  it('leaves out stop words that orders stored before the words joined the list', async () => {
    // As if these orders had been segmented with an older list that kept 放在 and 地上.
    await sql`update appeal_order set keywords = keywords || array['放在', '地上']::text[] where street_id = ${w.street.id}`.execute(t.core.db);
    const street = await hot.hotTopics(w.dispatcher, { unitId: w.street.id });
    const terms = [...street.terms.map((x) => x.term), ...street.rising.map((x) => x.term), ...street.areas.flatMap((a) => a.rising.map((r) => r.term))];
    expect(terms).toContain('飞线充电');
    expect(terms).not.toContain('放在');
    expect(terms).not.toContain('地上');
  });
});
