import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../platform/demo.js';
import { loadProfile } from '../../../platform/profiles.js';
import { WorkCalendar } from '../sla/sla.calendar.js';
import { planSummons, type PlannedSummons } from './summons.demo.js';
import { resolutionRate, SUMMONS_STATUSES } from '../summons/summons.rules.js';

const calendar = WorkCalendar.fromCatalog(loadProfile('jingan').catalogs.find((c) => c.name === 'calendar'));
const now = new Date('2026-11-23T03:00:00Z');
const streets = [100, 200, 300];
const committees = streets.flatMap((s) => [1, 2, 3, 4].map((i) => ({ id: s + i, streetId: s })));
const departments = [
  ...['HOUSING', 'GREEN', 'CITYMGMT', 'PSB', 'SAMR', 'ECO', 'FIRE', 'TRAFFIC', 'CIVIL', 'CONSTR', 'JUSTICE', 'HEALTH'].map((code, i) => ({
    id: 1000 + i,
    code,
    streetId: null,
  })),
  ...streets.flatMap((s) => ['HMO', 'GRO', 'CMT', 'PST', 'MST', 'JST', 'CHC'].map((code, i) => ({ id: 2000 + s + i, code: `${code}-${s}`, streetId: s }))),
];
const dept = 2100; // HMO-100, the demo department account's team
const plan = planSummons({
  now,
  calendar,
  random: seededRandom(7),
  count: Math.round(3570 * 0.01 * 10) + 20,
  committees,
  departments,
  showcase: { committeeId: 101, siblingId: 102, departmentId: dept },
  orders: new Map([
    [101, [9001, 9002]],
    [103, [9003]],
  ]),
});

const ordered = (s: PlannedSummons, at = now) => {
  const times = [s.invitedAt, s.respondedAt, s.status === 'accepted' ? null : s.meetingAt, s.resultAt, s.evaluatedAt]
    .filter((d): d is Date => d !== null)
    .map((d) => d.getTime());
  return times.every((t, i) => i === 0 || t >= times[i - 1]!) && times.every((t) => t <= at.getTime());
};

describe("the demo's summons", () => {
  it("a tenth of a year of Jing'an's volume per unit of scale, over the past year, with about 92% solved", () => {
    expect(plan).toHaveLength(377);
    expect(plan.every((s) => now.getTime() - s.invitedAt.getTime() <= 366 * 86_400_000)).toBe(true);
    const solved = plan.filter((s) => s.status === 'resolved').length;
    const unsolved = plan.filter((s) => s.status === 'unresolved').length;
    expect(resolutionRate(solved, unsolved)).toBeGreaterThan(0.86);
    expect(resolutionRate(solved, unsolved)).toBeLessThan(0.97);
    expect(new Set(plan.map((s) => s.status))).toEqual(new Set(SUMMONS_STATUSES));
    expect(plan.some((s) => s.streetOffice)).toBe(true);
    expect(new Set(plan.filter((s) => !s.streetOffice).map((s) => s.departmentId)).size).toBeGreaterThan(10);
    expect(plan.some((s) => s.orderId !== null)).toBe(true);
  });

  it('every summons is consistent with its status: times in order, the limit 3 working days after the invitation', () => {
    for (const s of plan) {
      expect(ordered(s), JSON.stringify(s)).toBe(true);
      expect(s.respondDueAt.getTime()).toBe(calendar.addWorkingDays(s.invitedAt, 3).getTime());
      expect(s.respondedAt === null).toBe(s.status === 'invited');
      expect(s.meetingNote !== null).toBe(['met', 'resolved', 'unresolved'].includes(s.status));
      expect(s.resolved).toBe(s.status === 'resolved' ? true : s.status === 'unresolved' ? false : null);
      if (s.committeeRating !== null) expect(['resolved', 'unresolved']).toContain(s.status);
      expect(s.streetOffice).toBe(s.departmentId === null);
      // A committee summons its own street's teams only.
      if (s.departmentId !== null && s.departmentId >= 2000) expect(Math.floor((s.departmentId - 2000) / 100) * 100).toBe(s.streetId);
    }
  });

  it.each([now, new Date('2026-10-08T01:00:00Z'), new Date('2026-02-24T12:00:00Z')])(
    'gives the demo committee worker every state and the demo department some to answer (now %s, after holidays too)',
    (at) => {
      const plan = planSummons({
        now: at,
        calendar,
        random: seededRandom(11),
        count: 40,
        committees,
        departments,
        showcase: { committeeId: 101, siblingId: 102, departmentId: dept },
        orders: new Map(),
      });
      const now = at;
      expect(plan.every((s) => ordered(s, at))).toBe(true);
      const worker = plan.filter((s) => s.showcase === 'worker');
      expect(new Set(worker.map((s) => s.status))).toEqual(new Set(SUMMONS_STATUSES));
      expect(worker.some((s) => s.status === 'invited' && s.respondDueAt < now)).toBe(true);
      expect(worker.some((s) => s.status === 'resolved' && s.evaluatedAt === null)).toBe(true);
      const toDept = plan.filter((s) => s.showcase !== null && s.departmentId === dept);
      expect(toDept.filter((s) => s.status === 'invited').length).toBeGreaterThanOrEqual(2);
      expect(toDept.some((s) => s.status === 'accepted' && s.meetingAt === null)).toBe(true);
      expect(toDept.some((s) => s.status === 'accepted' && s.meetingAt !== null && s.meetingAt > now)).toBe(true);
      expect(toDept.some((s) => s.status === 'met')).toBe(true);
    },
  );
});
