import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { IntakeService } from './intake.service.js';
import { OrderService, recorded } from './order.service.js';
import { OrderQuery } from './order.query.js';
import { replay } from './order.machine.js';
import * as repo from './order.repository.js';
import { forgetRules } from './routing.repository.js';
import { appealsWorld, code, report } from '../appeals.testkit.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let intake: IntakeService;
let orders: OrderService;
let query: OrderQuery;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  intake = new IntakeService(t.core);
  orders = new OrderService(t.core);
  query = new OrderQuery(t.core);
});
afterAll(() => t.close());

const historyReplays = async (id: number) => {
  const h = await repo.historyOf(t.core.db, id);
  const state = replay(h.map(recorded));
  const row = await repo.findById(t.core.db, id);
  expect(state.status).toBe(row!.status);
  return row!;
};

describe('intake and the work-order loop', () => {
  it('a resident report waits at the street operations centre, with its acceptance clock and a notification', async () => {
    const r = await intake.report(w.resident, report(w.compound.id));
    expect(r.created).toBe(true);
    expect(r.order).toMatchObject({
      status: 'received',
      channel: 'photo',
      discovery: 'passive',
      street_id: w.street.id,
      committee_id: w.committee.id,
      dispatcher_unit_id: w.street.id,
      reporter_user_id: w.resident.userId,
    });
    expect(r.order.accept_due_at!.getTime()).toBeGreaterThan(r.order.received_at.getTime());
    expect(r.order.reporter_phone_masked).toBe('139****5678');
    expect(r.order.reporter_phone_enc).not.toContain('13912345678');
    expect(r.order.keywords).toContain('垃圾堆放');
    const n = await t.core.db.selectFrom('notification').selectAll().where('user_id', '=', w.resident.userId).execute();
    expect(n.some((x) => x.kind === 'appeals.intake')).toBe(true);
  });

  it('a retried report with the same idempotency key returns the first order', async () => {
    const key = `retry-${Date.now()}`;
    const [a, b] = await Promise.all([
      intake.report(w.resident, report(w.compound.id, { title: '路灯不亮' }), key),
      intake.report(w.resident, report(w.compound.id, { title: '路灯不亮' }), key),
    ]);
    const c = await intake.report(w.resident, report(w.compound.id, { title: '路灯不亮' }), key);
    expect(new Set([a.order.id, b.order.id, c.order.id]).size).toBe(1);
    expect([a.created, b.created, c.created].filter(Boolean)).toHaveLength(1);
    const count = await t.core.db
      .selectFrom('appeal_order')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('idempotency_key', '=', key)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    expect(await code(intake.report(w.resident, report(w.compound.id, { title: '别的事情' }), key))).toBe('409 IDEMPOTENCY_CONFLICT');
  });

  it('walks dispatch → accept → resolve → rating, and the history replays to the stored status', async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    expect(await code(orders.step(w.teamStaff, order.id, 'accept'))).toBe('404 NOT_FOUND');
    await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
    expect(await code(orders.step(w.dispatcher, order.id, 'accept'))).toBe('403 STEP_NOT_ALLOWED_FOR_ACTOR');
    await orders.step(w.teamStaff, order.id, 'accept');
    expect(await code(orders.step(w.teamStaff, order.id, 'resolve', { note: ' ' }))).toBe('400 RESULT_REQUIRED');
    const resolved = await orders.step(w.teamStaff, order.id, 'resolve', { note: '已清运完毕' });
    expect(resolved.order.on_time).toBe(true);
    expect(await code(orders.step(w.teamStaff, order.id, 'rate', { rating: 'satisfied' }))).toBe('403 STEP_NOT_ALLOWED_FOR_ACTOR');
    const rated = await orders.step(w.resident, order.id, 'rate', { rating: 'satisfied' });
    expect(rated.order).toMatchObject({ status: 'closed', rating: 'satisfied' });
    expect(await code(orders.step(w.resident, order.id, 'reopen', { note: '没弄好' }))).toBe('409 REOPEN_AFTER_SATISFIED');
    await historyReplays(order.id);
    const detail = await query.detail(w.resident, order.id);
    expect(detail.history.map((h) => h.step)).toEqual(['intake', 'dispatch', 'accept', 'resolve', 'rate']);
  });

  it('refuses a step from the wrong status with a message naming the step and the status', async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    const e = await orders.step(w.dispatcher, order.id, 'close').catch((x) => x);
    expect(e.code).toBe('STEP_NOT_ALLOWED_IN_STATUS');
    expect(e.params).toMatchObject({ stepLabel: '结案', statusLabel: '待派单' });
  });

  it('routes by rule: a subcategory rule beats its category rule, an area rule only inside its area', async () => {
    const d = w.district.district_id;
    await t.core.db
      .insertInto('appeal_routing_rule')
      .values([
        { district_id: d, category_code: 'P02', area_path: null, handler_kind: 'department', department_code: 'HOUSING' },
        { district_id: d, category_code: 'P0201', area_path: w.committee.path, handler_kind: 'committee', department_code: null },
        { district_id: d, category_code: 'P01', area_path: null, handler_kind: 'department', department_code: 'GRO' },
      ])
      .execute();
    forgetRules(t.core.db, d);
    const a = await intake.report(w.resident, report(w.compound.id, { categoryCode: 'P0201', title: '楼道堆物' }));
    expect(a.order).toMatchObject({ status: 'dispatched', handler_kind: 'committee', handler_unit_id: w.committee.id });
    const b = await intake.report(w.resident, report(w.committee2.id, { categoryCode: 'P0201', title: '楼道堆物' }));
    expect(b.order).toMatchObject({ status: 'dispatched', handler_kind: 'department', handler_department_id: w.housing.id });
    // A street team code resolves to the team of the order's own street.
    const c = await intake.report(w.resident, report(w.compound.id, { categoryCode: 'P0102', title: '垃圾分类不到位' }));
    expect(c.order).toMatchObject({ handler_kind: 'department', handler_department_id: w.team.id });
    await t.core.db.deleteFrom('appeal_routing_rule').where('district_id', '=', d).execute();
    forgetRules(t.core.db, d);
  });

  it("a department sees only what is dispatched to it; its district department sees its street team's", async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    expect(await code(query.detail(w.teamStaff, order.id))).toBe('404 NOT_FOUND');
    await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
    expect(await code(query.detail(w.teamStaff, order.id))).toBe('ok');
    expect(await code(query.detail(w.greeningStaff, order.id))).toBe('ok');
    expect(await code(query.detail(w.housingStaff, order.id))).toBe('404 NOT_FOUND');
    const detail = await query.detail(w.teamStaff, order.id);
    expect(detail.reporter.phone).toBeNull();
    expect(detail.reporter.name).not.toBe(w.resident.userName);
    await orders.step(w.teamStaff, order.id, 'return', { note: '不属于本单位职责' });
    expect(await code(query.detail(w.teamStaff, order.id))).toBe('404 NOT_FOUND');
    const inbox = await query.list(w.teamStaff, { view: 'inbox' }, 'received_desc', 0, 200);
    expect(inbox.items.map((i) => i.id)).not.toContain(order.id);
  });

  it('a resident sees only their own reports; another street never sees this one', async () => {
    const other = await t.core.db.selectFrom('unit').selectAll().where('id', '=', w.house.id).executeTakeFirstOrThrow();
    void other;
    const { order } = await intake.register(w.worker, { ...report(w.compound.id), reporterName: '王阿姨' }, 'desk');
    expect(await code(query.detail(w.resident, order.id))).toBe('404 NOT_FOUND');
    expect(await code(query.detail(w.otherDispatcher, order.id))).toBe('404 NOT_FOUND');
    expect(await code(query.detail(w.worker2, order.id))).toBe('404 NOT_FOUND');
    const mine = await query.list(w.resident, { view: 'mine' }, 'received_desc', 0, 200);
    expect(mine.items.every((i) => i.id !== order.id)).toBe(true);
    expect(await code(intake.register(w.worker, report(w.committee2.id), 'desk'))).toBe('404 NOT_FOUND');
  });

  it('a committee takes a desk case on itself (首问负责) and resolves it without the street', async () => {
    const r = await intake.register(
      w.worker,
      { ...report(w.compound.id, { categoryCode: 'P0701', title: '邻里噪音纠纷' }), reporterName: '李先生', handleSelf: true },
      'desk',
    );
    expect(r.order).toMatchObject({ status: 'accepted', handler_kind: 'committee', handler_unit_id: w.committee.id });
    await orders.step(w.worker, r.order.id, 'resolve', { note: '已调解' });
    await historyReplays(r.order.id);
  });

  it('suspension stops the clock and resuming restores what was left; an approved extension moves the deadline', async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'street', id: w.street.id } });
    const accepted = (await orders.step(w.dispatcher, order.id, 'accept')).order;
    const due = accepted.resolve_due_at!;
    await orders.step(w.dispatcher, order.id, 'request_extension', { days: 5, note: '需协调多个部门' });
    expect(await code(orders.step(w.dispatcher, order.id, 'request_extension', { days: 5, note: '再来一次' }))).toBe('409 EXTENSION_PENDING');
    const extended = (await orders.step(w.dispatcher, order.id, 'approve_extension')).order;
    expect(extended.resolve_due_at!.getTime()).toBeGreaterThan(due.getTime());
    const suspended = (await orders.step(w.dispatcher, order.id, 'suspend', { note: '等待法院判决' })).order;
    expect(suspended.suspended_remaining).toBeGreaterThan(0);
    const resumed = (await orders.step(w.dispatcher, order.id, 'resume')).order;
    expect(resumed.status).toBe('accepted');
    expect(resumed.resolve_due_at!.getTime()).toBeGreaterThanOrEqual(extended.resolve_due_at!.getTime() - 60_000);
    await historyReplays(order.id);
  });

  it("merging keeps every reporter: the merged report's reporter is told when the order is resolved", async () => {
    const first = await intake.report(w.resident, report(w.compound.id, { title: '东门垃圾堆放' }));
    const neighbour = await (await import('../../../../test/support/factories.js')).actorFor(t.core, 'resident', w.house.id);
    const second = await intake.report(neighbour, report(w.compound.id, { title: '东门垃圾没人清运' }));
    const dups = await query.duplicates(w.dispatcher, second.order.id);
    expect(dups.items.map((d) => d.id)).toContain(first.order.id);
    await orders.step(w.dispatcher, second.order.id, 'merge', { into: first.order.id, note: '同一处垃圾' });
    expect(await code(orders.step(w.dispatcher, first.order.id, 'merge', { into: second.order.id }))).toBe('400 MERGE_TARGET_INVALID');
    await orders.step(w.dispatcher, first.order.id, 'dispatch', { handler: { kind: 'committee', id: w.committee.id } });
    await orders.step(w.worker, first.order.id, 'accept');
    await orders.step(w.worker, first.order.id, 'resolve', { note: '已清理' });
    const told = await t.core.db.selectFrom('notification').select(['kind', 'data']).where('user_id', '=', neighbour.userId).execute();
    expect(told.map((n) => n.kind)).toEqual(expect.arrayContaining(['appeals.intake', 'appeals.merge', 'appeals.resolve']));
  });

  it('keeps indicator counts beside the orders', async () => {
    const s = await t.core.db
      .selectFrom('appeal_stat')
      .select((eb) => [eb.fn.sum<number>('received').as('received'), eb.fn.sum<number>('resolved').as('resolved'), eb.fn.sum<number>('rated').as('rated')])
      .where('district_id', '=', w.district.district_id)
      .executeTakeFirstOrThrow();
    const live = await t.core.db
      .selectFrom('appeal_order')
      .select((eb) => [eb.fn.countAll<number>().as('received'), eb.fn.count<number>('resolved_at').as('resolved'), eb.fn.count<number>('rating').as('rated')])
      .where('district_id', '=', w.district.district_id)
      .executeTakeFirstOrThrow();
    expect([Number(s.received), Number(s.resolved), Number(s.rated)]).toEqual([Number(live.received), Number(live.resolved), Number(live.rated)]);
  });
});

describe('a need found on a visit', () => {
  it('becomes one work order of the visit channel, linked back to the need, even when the event comes twice', async () => {
    const { VisitService } = await import('../../people/visit.service.js');
    const visits = new VisitService(t.core);
    const r = await visits.record(w.worker, {
      clientId: `c-${Date.now()}`,
      houseId: w.house.id,
      kind: 'routine',
      visitedAt: new Date().toISOString(),
      findings: '',
      needs: [{ text: '楼道灯坏了好几天，老人晚上出门不安全', category: 'safety' }],
    });
    const need = r.needs[0]!;
    const order = await t.core.db
      .selectFrom('appeal_order')
      .selectAll()
      .where('source_system', '=', 'visit')
      .where('external_id', '=', String(need.id))
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({ channel: 'visit', discovery: 'active', unit_id: w.house.id, category_code: 'P0406' });
    const linked = await t.core.db.selectFrom('visit_need').selectAll().where('id', '=', need.id).executeTakeFirstOrThrow();
    expect(linked).toMatchObject({ status: 'linked', link_type: 'appeal', link_id: String(order.id) });
    const { onNeedRecorded } = await import('./visit-need.events.js');
    await onNeedRecorded(
      {
        type: 'people.visit.need_recorded',
        districtId: w.district.district_id,
        payload: { needId: need.id, visitId: r.visit.id, houseId: w.house.id, text: need.text, category: 'safety' },
        actorId: null,
        at: new Date(),
      },
      t.core,
    );
    const n = await t.core.db
      .selectFrom('appeal_order')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source_system', '=', 'visit')
      .where('external_id', '=', String(need.id))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});
