import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/actor.js';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { IntakeService } from '../orders/intake.service.js';
import { loadCalendar } from '../sla/order.clock.js';
import { SummonsService } from './summons.service.js';
import { summonsReached } from './summons.reach.js';
import { appealsWorld, code, report } from '../appeals.testkit.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let summons: SummonsService;
// The service acts at this instant: Monday 2 March 2026, 10:00 in Shanghai, moved on by each test as needed.
let at = new Date('2026-03-02T02:00:00Z');
const later = (hours: number) => (at = new Date(at.getTime() + hours * 3_600_000));

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  summons = new SummonsService(t.core, () => at);
});
afterAll(() => t.close());

const told = (userId: number, summonsId: number) =>
  t.core.db
    .selectFrom('notification')
    .select(['kind', 'title', 'link'])
    .where('user_id', '=', userId)
    .where('link', '=', `/appeals/summons/${summonsId}`)
    .orderBy('id')
    .execute()
    .then((r) => r.map((n) => n.kind));
const audited = (id: number) =>
  t.core.db
    .selectFrom('audit_event')
    .select('action')
    .where('target_type', '=', 'summons')
    .where('target_id', '=', String(id))
    .orderBy('seq')
    .execute()
    .then((r) => r.map((a) => a.action));
const ask = { subject: '行道树遮挡采光', description: '锦绣苑沿街香樟多年未修剪，枝杈伸入居民窗户' };

describe('summons (约请)', () => {
  it('a committee summons a street team: due in 3 working days, audited, and the team is told', async () => {
    at = new Date('2026-03-06T06:00:00Z'); // Friday 14:00
    const s = await summons.raise(w.worker, { committeeId: w.committee.id, departmentId: w.team.id, ...ask });
    const calendar = await loadCalendar(t.core.db, w.district.district_id);
    expect(s).toMatchObject({
      status: 'invited',
      committee_id: w.committee.id,
      unit_path: w.committee.path,
      invitee_department_id: w.team.id,
      invitee_unit_id: null,
      created_by: w.worker.userId,
    });
    expect(s.respond_due_at.toISOString()).toBe(calendar.addWorkingDays(at, 3).toISOString());
    expect(s.respond_due_at.toISOString()).toBe('2026-03-11T06:00:00.000Z'); // over the weekend: Wednesday 14:00
    expect(await audited(s.id)).toEqual(['appeals.summons.raise']);
    expect(await told(w.teamStaff.userId, s.id)).toEqual(['appeals.summons.invited']);
    // The team has its own staff: its district department is not disturbed.
    expect(await told(w.greeningStaff.userId, s.id)).toEqual([]);
  });

  it('walks accept → schedule → meet → result → evaluation, telling the other side at each answer', async () => {
    at = new Date('2026-03-02T02:00:00Z');
    const { order } = await new IntakeService(t.core).register(w.worker, { ...report(w.compound.id), reporterName: '王阿姨' }, 'desk');
    const s = await summons.raise(w.worker, { committeeId: w.committee.id, departmentId: w.team.id, orderId: order.id, ...ask });
    later(2);
    const accepted = await summons.step(w.teamStaff, s.id, 'accept', { note: '收到，周三到场' });
    expect(accepted).toMatchObject({ status: 'accepted', response_minutes: 120, responded_by: w.teamStaff.userId, response_note: '收到，周三到场' });
    // A district department answers for its street teams.
    const meetingAt = new Date('2026-03-04T06:00:00Z');
    await summons.step(w.greeningStaff, s.id, 'schedule', { meetingAt, meetingPlace: '锦绣苑东门' });
    expect(await code(summons.step(w.teamStaff, s.id, 'meet', { meetingAt, meetingPlace: '锦绣苑东门' }))).toBe('400 SUMMONS_MEETING_NOT_HELD');
    at = new Date('2026-03-04T08:00:00Z');
    expect((await summons.step(w.teamStaff, s.id, 'meet', { meetingAt, meetingPlace: '锦绣苑东门', note: '与物业、居民代表现场踏勘' })).status).toBe('met');
    later(24);
    const done = await summons.step(w.teamStaff, s.id, 'report', { resolved: true, result: '已完成修剪' });
    expect(done).toMatchObject({ status: 'resolved', resolved: true, result: '已完成修剪', result_by: w.teamStaff.userId });
    const detail = await summons.detail(w.worker, s.id);
    expect(detail).toMatchObject({
      as: ['committee'],
      actions: ['evaluate'],
      order: { id: order.id, title: order.title },
      responseTiming: 'on_time',
      responseHours: 2,
      meetingPlace: '锦绣苑东门',
      meetingNote: '与物业、居民代表现场踏勘',
    });
    const evaluated = await summons.step(w.worker, s.id, 'evaluate', { committeeRating: 5, residentsRating: 4, note: '响应及时' });
    expect(evaluated).toMatchObject({ status: 'resolved', committee_rating: 5, residents_rating: 4, evaluated_by: w.worker.userId });
    expect(await code(summons.step(w.worker, s.id, 'evaluate', { committeeRating: 3 }))).toBe('409 SUMMONS_ALREADY_EVALUATED');
    expect(await told(w.worker.userId, s.id)).toEqual(['appeals.summons.accept', 'appeals.summons.schedule', 'appeals.summons.resolved']);
    expect(await told(w.teamStaff.userId, s.id)).toEqual(['appeals.summons.invited', 'appeals.summons.evaluate']);
    expect(await audited(s.id)).toEqual([
      'appeals.summons.raise',
      'appeals.summons.accept',
      'appeals.summons.schedule',
      'appeals.summons.meet',
      'appeals.summons.report',
      'appeals.summons.evaluate',
    ]);
    expect((await summons.detail(w.teamStaff, s.id)).actions).toEqual([]);
  });

  it('refuses steps out of order, by the wrong side or without what they need, with clear errors', async () => {
    at = new Date('2026-03-02T02:00:00Z');
    const s = await summons.raise(w.worker, { committeeId: w.committee.id, departmentId: w.team.id, ...ask });
    expect(await code(summons.step(w.worker, s.id, 'accept'))).toBe('403 FORBIDDEN');
    expect(await code(summons.step(w.teamStaff, s.id, 'evaluate', { committeeRating: 5 }))).toBe('403 FORBIDDEN');
    expect(await code(summons.step(w.housingStaff, s.id, 'accept'))).toBe('404 NOT_FOUND');
    // The street sees its committee's summons but is not the one invited.
    expect(await code(summons.step(w.dispatcher, s.id, 'accept'))).toBe('403 SUMMONS_NOT_INVITEE');
    const e = await summons.step(w.teamStaff, s.id, 'meet', { meetingAt: at, meetingPlace: '现场' }).catch((x) => x);
    expect([e.status, e.code, e.params]).toEqual([
      409,
      'SUMMONS_STEP_NOT_ALLOWED_IN_STATUS',
      expect.objectContaining({ stepLabel: '登记现场会商', statusLabel: '待响应' }),
    ]);
    expect(await code(summons.step(w.teamStaff, s.id, 'decline', { note: ' ' }))).toBe('400 SUMMONS_REASON_REQUIRED');
    await summons.step(w.teamStaff, s.id, 'accept');
    expect(await code(summons.step(w.worker, s.id, 'evaluate', { committeeRating: 5 }))).toBe('409 SUMMONS_STEP_NOT_ALLOWED_IN_STATUS');
    expect(await code(summons.step(w.teamStaff, s.id, 'accept'))).toBe('409 SUMMONS_STEP_NOT_ALLOWED_IN_STATUS');
    expect(await audited(s.id)).toEqual(['appeals.summons.raise', 'appeals.summons.accept']);
  });

  it("checks what is raised: the own committee, a department of the district or the street's own teams, an order of the committee", async () => {
    expect(await code(summons.raise(w.worker, { committeeId: w.committee2.id, departmentId: w.housing.id, ...ask }))).toBe('404 NOT_FOUND');
    expect(await code(summons.raise(w.worker, { committeeId: w.compound.id, departmentId: w.housing.id, ...ask }))).toBe('400 SUMMONS_COMMITTEE_REQUIRED');
    expect(await code(summons.raise(w.teamStaff, { committeeId: w.committee.id, departmentId: w.housing.id, ...ask }))).toBe('403 FORBIDDEN');
    const otherStreet = w.otherStreetCommittee.parent_id!;
    const otherTeam = await t.core.db
      .insertInto('department')
      .values({
        district_id: w.district.district_id,
        code: `GRO-${otherStreet}`,
        name: '其他街道绿化市容管理所',
        street_id: otherStreet,
        parent_id: w.greening.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await code(summons.raise(w.worker, { committeeId: w.committee.id, departmentId: otherTeam.id, ...ask }))).toBe('400 SUMMONS_INVITEE_UNKNOWN');
    const { order } = await new IntakeService(t.core).register(w.worker2, { ...report(w.committee2.id), reporterName: '李先生' }, 'desk');
    expect(await code(summons.raise(w.worker, { committeeId: w.committee.id, departmentId: w.housing.id, orderId: order.id, ...ask }))).toBe(
      '400 SUMMONS_ORDER_INVALID',
    );
    expect(await code(summons.raise(w.worker, { committeeId: w.committee.id, departmentId: w.housing.id, respondDays: 0, ...ask }))).toBe(
      '400 SUMMONS_RESPOND_DAYS',
    );
    const invitees = await summons.invitees(w.worker);
    expect(invitees.streets).toEqual([{ id: w.street.id, name: w.street.name }]);
    expect(invitees.departments.map((d) => d.id)).toEqual(expect.arrayContaining([w.team.id, w.housing.id, w.greening.id]));
    expect(invitees.departments.map((d) => d.id)).not.toContain(otherTeam.id);
  });

  it('the street office is summoned when no department is named; its staff answer, and a refusal reaches the committee', async () => {
    at = new Date('2026-03-02T02:00:00Z');
    const s = await summons.raise(w.worker, { committeeId: w.committee.id, subject: '社区活动用房不足', description: '请街道协调周边闲置用房' });
    expect(s).toMatchObject({ invitee_unit_id: w.street.id, invitee_department_id: null });
    expect(await told(w.dispatcher.userId, s.id)).toEqual(['appeals.summons.invited']);
    expect(await code(summons.step(w.otherDispatcher, s.id, 'accept'))).toBe('404 NOT_FOUND');
    expect((await summons.detail(w.dispatcher, s.id)).actions).toEqual(['accept', 'decline']);
    later(1);
    await summons.step(w.dispatcher, s.id, 'decline', { note: '已纳入街道用房统筹计划' });
    expect(await told(w.worker.userId, s.id)).toEqual(['appeals.summons.decline']);
    const inbox = await summons.list(w.dispatcher, { view: 'inbox' }, 0, 200);
    expect(inbox.items.map((i) => i.id)).toContain(s.id);
    expect(inbox.items.every((i) => i.invitee.kind === 'street')).toBe(true);
  });

  it('flags an unanswered summons past its limit as overdue', async () => {
    at = new Date('2026-03-02T02:00:00Z');
    const s = await summons.raise(w.worker2, {
      committeeId: w.committee2.id,
      departmentId: w.housing.id,
      respondDays: 1,
      subject: '外墙面砖脱落',
      description: '临街外墙面砖多处空鼓脱落',
    });
    later(2);
    expect((await summons.detail(w.housingStaff, s.id)).responseTiming).toBe('waiting');
    at = new Date('2026-03-04T02:00:00Z');
    expect((await summons.detail(w.housingStaff, s.id)).responseTiming).toBe('overdue');
    const overdue = await summons.list(w.districtStaff, { overdue: true }, 0, 200);
    expect(overdue.items.map((i) => i.id)).toContain(s.id);
    const rates = await summons.rates(w.districtStaff, {});
    const housing = rates.items.find((i) => i.invitee.kind === 'department' && i.invitee.id === w.housing.id)!;
    expect(housing).toMatchObject({ invited: 1, responded: 0, overdue: 1, onTimeRate: 0, resolutionRate: null });
  });

  it('each sees the summons of their scope, the same as the scope oracle says', async () => {
    const seen = async (a: Actor) => (await summons.list(a, {}, 0, 200)).items.map((i) => i.id).sort((x, y) => x - y);
    const oracle = async (a: Actor) => (await summonsReached(t.core.db, a.scope, a).execute()).map((r) => Number(r.id)).sort((x, y) => x - y);
    const all = (await t.core.db.selectFrom('summons').select('id').execute()).map((r) => r.id);
    const mine = await seen(w.worker);
    expect(mine.length).toBeGreaterThan(3);
    expect(await seen(w.worker2)).toHaveLength(1);
    expect(await seen(w.otherDispatcher)).toEqual([]);
    expect(await seen(w.districtStaff)).toHaveLength(all.length);
    expect((await seen(w.greeningStaff)).length).toBe((await seen(w.teamStaff)).length);
    for (const a of [w.worker, w.worker2, w.dispatcher, w.otherDispatcher, w.teamStaff, w.greeningStaff, w.housingStaff, w.districtStaff]) {
      expect(await seen(a)).toEqual(await oracle(a));
    }
    expect(await code(summons.list(w.resident, {}, 0, 20))).toBe('403 FORBIDDEN');
    expect(await code(summons.detail(w.worker2, mine[0]!))).toBe('404 NOT_FOUND');
    expect(await code(summons.detail(w.housingStaff, mine[0]!))).toBe('404 NOT_FOUND');
  });

  it('publishes response and resolution figures per department, street teams under their department on request', async () => {
    const rates = await summons.rates(w.worker, {});
    const team = rates.items.find((i) => i.invitee.kind === 'department' && i.invitee.id === w.team.id)!;
    expect(team.invitee).toMatchObject({ name: '街道绿化市容管理所', parentName: '区绿化和市容管理局' });
    expect(team).toMatchObject({
      invited: 3,
      responded: 2,
      respondedOnTime: 2,
      resolved: 1,
      unresolved: 0,
      resolutionRate: 1,
      avgCommitteeRating: 5,
      avgResidentsRating: 4,
      evaluated: 1,
    });
    const street = rates.items.find((i) => i.invitee.kind === 'street')!;
    expect(street).toMatchObject({ invited: 1, declined: 1, resolutionRate: null });
    expect(rates.total.invited).toBe(rates.items.reduce((a, i) => a + i.invited, 0));
    const rolled = await summons.rates(w.districtStaff, { rollup: true });
    expect(rolled.items.find((i) => i.invitee.kind === 'department' && i.invitee.id === w.greening.id)).toMatchObject({ invited: 3, resolved: 1 });
    expect(rolled.items.some((i) => i.invitee.kind === 'department' && i.invitee.id === w.team.id)).toBe(false);
    const march = await summons.rates(w.districtStaff, { from: new Date('2026-03-06T00:00:00+08:00'), to: new Date('2026-03-07T00:00:00+08:00') });
    expect(march.total.invited).toBe(1);
    expect(await code(summons.rates(w.resident, {}))).toBe('403 FORBIDDEN');
  });
});
