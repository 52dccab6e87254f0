import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkCalendar } from '../sla/sla.calendar.js';
import {
  decide,
  possibleSteps,
  resolutionRate,
  respondDue,
  responseTiming,
  SUMMONS_STATUSES,
  SUMMONS_STEPS,
  type SummonsInput,
  type SummonsParty,
  type SummonsState,
  type SummonsStatus,
  type SummonsStep,
} from './summons.rules.js';

const invitedAt = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Shanghai
const now = new Date('2026-03-10T02:00:00Z');
const state = (status: SummonsStatus, evaluated = false): SummonsState => ({ status, invitedAt, evaluated });
const meeting = { meetingAt: new Date('2026-03-04T06:00:00Z'), meetingPlace: '居委会会议室' };

const walk = (steps: Array<[SummonsStep, SummonsParty, SummonsInput?]>) => {
  let s = state('invited');
  for (const [step, as, input] of steps) {
    const d = decide(s, step, [as], input, now);
    if (!d.ok) throw new Error(`${step}: ${d.code}`);
    s = { ...s, status: d.status, evaluated: s.evaluated || step === 'evaluate' };
  }
  return s;
};

describe('the summons lifecycle', () => {
  it('goes invited → accepted → met → resolved, then the committee evaluates once', () => {
    const s = walk([
      ['accept', 'invitee'],
      ['schedule', 'invitee', meeting],
      ['meet', 'invitee', meeting],
      ['report', 'invitee', { resolved: true, result: '已修复' }],
    ]);
    expect(s.status).toBe('resolved');
    expect(possibleSteps(s, ['committee'])).toEqual(['evaluate']);
    expect(decide(s, 'evaluate', ['committee'], { committeeRating: 5, residentsRating: 4 }, now)).toEqual({ ok: true, status: 'resolved' });
    expect(decide({ ...s, evaluated: true }, 'evaluate', ['committee'], { committeeRating: 5 }, now)).toMatchObject({
      ok: false,
      code: 'SUMMONS_ALREADY_EVALUATED',
      status: 409,
    });
  });

  it('a result that did not solve the problem ends unresolved, and is evaluated as well', () => {
    const s = walk([
      ['accept', 'invitee'],
      ['meet', 'invitee', meeting],
      ['report', 'invitee', { resolved: false, result: '需市级协调' }],
    ]);
    expect(s.status).toBe('unresolved');
    expect(decide(s, 'evaluate', ['committee'], { committeeRating: 2 }, now)).toEqual({ ok: true, status: 'unresolved' });
  });

  it('refuses steps from the wrong status, by the wrong side, or without what they need', () => {
    expect(decide(state('invited'), 'meet', ['invitee'], meeting, now)).toMatchObject({ ok: false, code: 'SUMMONS_STEP_NOT_ALLOWED_IN_STATUS', status: 409 });
    expect(decide(state('met'), 'evaluate', ['committee'], { committeeRating: 4 }, now)).toMatchObject({
      ok: false,
      code: 'SUMMONS_STEP_NOT_ALLOWED_IN_STATUS',
    });
    expect(decide(state('declined'), 'accept', ['invitee'], {}, now)).toMatchObject({ ok: false, code: 'SUMMONS_STEP_NOT_ALLOWED_IN_STATUS' });
    expect(decide(state('invited'), 'accept', ['committee'], {}, now)).toMatchObject({ ok: false, code: 'SUMMONS_NOT_INVITEE', status: 403 });
    expect(decide(state('resolved'), 'evaluate', ['invitee'], { committeeRating: 5 }, now)).toMatchObject({
      ok: false,
      code: 'SUMMONS_NOT_COMMITTEE',
      status: 403,
    });
    expect(decide(state('invited'), 'decline', ['invitee'], { note: '  ' }, now)).toMatchObject({ ok: false, code: 'SUMMONS_REASON_REQUIRED', status: 400 });
    expect(decide(state('accepted'), 'schedule', ['invitee'], { meetingPlace: '现场' }, now)).toMatchObject({
      ok: false,
      code: 'SUMMONS_MEETING_TIME_REQUIRED',
    });
    expect(decide(state('accepted'), 'schedule', ['invitee'], { ...meeting, meetingPlace: '' }, now)).toMatchObject({
      ok: false,
      code: 'SUMMONS_MEETING_PLACE_REQUIRED',
    });
    expect(decide(state('accepted'), 'schedule', ['invitee'], { ...meeting, meetingAt: new Date('2026-03-01T02:00:00Z') }, now)).toMatchObject({
      ok: false,
      code: 'SUMMONS_MEETING_BEFORE_INVITATION',
    });
    expect(decide(state('accepted'), 'meet', ['invitee'], { ...meeting, meetingAt: new Date('2026-03-12T02:00:00Z') }, now)).toMatchObject({
      ok: false,
      code: 'SUMMONS_MEETING_NOT_HELD',
    });
    expect(decide(state('met'), 'report', ['invitee'], { result: '已处理' }, now)).toMatchObject({ ok: false, code: 'SUMMONS_OUTCOME_REQUIRED' });
    expect(decide(state('met'), 'report', ['invitee'], { resolved: true, result: ' ' }, now)).toMatchObject({ ok: false, code: 'SUMMONS_RESULT_REQUIRED' });
    for (const bad of [{}, { committeeRating: 0 }, { committeeRating: 6 }, { committeeRating: 3.5 }, { committeeRating: 4, residentsRating: 9 }]) {
      expect(decide(state('resolved'), 'evaluate', ['committee'], bad, now)).toMatchObject({ ok: false, code: 'SUMMONS_RATING_INVALID' });
    }
  });

  it('a scheduled meeting may be in the future; a declined summons ends there', () => {
    expect(decide(state('accepted'), 'schedule', ['invitee'], { ...meeting, meetingAt: new Date('2026-04-01T02:00:00Z') }, now)).toEqual({
      ok: true,
      status: 'accepted',
    });
    expect(walk([['decline', 'invitee', { note: '不属于本部门职责' }]]).status).toBe('declined');
    expect(possibleSteps(state('declined'), ['committee', 'invitee'])).toEqual([]);
  });

  it('never leaves the six statuses, and offers only steps that are possible (property)', () => {
    const steps = fc.array(
      fc.record({
        step: fc.constantFrom(...SUMMONS_STEPS),
        as: fc.subarray(['committee', 'invitee'] as SummonsParty[], { minLength: 1 }),
        full: fc.boolean(),
        resolved: fc.boolean(),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(steps, (cmds) => {
        let s = state('invited');
        for (const c of cmds) {
          const offered = possibleSteps(s, c.as).includes(c.step);
          const input: SummonsInput = c.full ? { note: '说明', ...meeting, result: '结果', resolved: c.resolved, committeeRating: 4 } : {};
          const d = decide(s, c.step, c.as, input, now);
          if (d.ok) {
            expect(offered).toBe(true);
            expect(SUMMONS_STATUSES).toContain(d.status);
            s = { ...s, status: d.status, evaluated: s.evaluated || c.step === 'evaluate' };
          } else if (c.full) {
            expect(offered).toBe(false);
          }
        }
      }),
    );
  });
});

describe('response limits and rates', () => {
  const calendar = new WorkCalendar({ years: { 2026: { holidays: ['2026-04-04', '2026-04-05', '2026-04-06'] } } });

  it('gives 3 working days by default, across a weekend and a public holiday', () => {
    // Thursday 2 April 2026, 10:00: Friday 3rd, then Tuesday 7th and Wednesday 8th (Qingming, 4–6 April).
    const due = respondDue(calendar, new Date('2026-04-02T02:00:00Z'));
    expect(due.toISOString()).toBe('2026-04-08T02:00:00.000Z');
    expect(respondDue(calendar, new Date('2026-04-02T02:00:00Z'), 1).toISOString()).toBe('2026-04-03T02:00:00.000Z');
  });

  it('flags an unanswered summons past its limit as overdue, and a late answer as late', () => {
    const due = new Date('2026-03-05T02:00:00Z');
    expect(responseTiming({ status: 'invited', respondDueAt: due, respondedAt: null }, new Date('2026-03-04T02:00:00Z'))).toBe('waiting');
    expect(responseTiming({ status: 'invited', respondDueAt: due, respondedAt: null }, new Date('2026-03-06T02:00:00Z'))).toBe('overdue');
    expect(responseTiming({ status: 'accepted', respondDueAt: due, respondedAt: new Date('2026-03-05T01:00:00Z') }, now)).toBe('on_time');
    expect(responseTiming({ status: 'declined', respondDueAt: due, respondedAt: new Date('2026-03-06T01:00:00Z') }, now)).toBe('late');
  });

  it('counts the resolution rate over the summons with a result only', () => {
    expect(resolutionRate(23, 2)).toBeCloseTo(0.92);
    expect(resolutionRate(0, 0)).toBeNull();
  });
});
