import type { AppealsTables } from '../appeals.schema.js';
import type { WorkCalendar } from '../sla/sla.calendar.js';

/**
 * The summons (约请) lifecycle as one table: a committee invites a department or its street office, which
 * accepts or declines, meets on site, and reports whether the problem was solved; the committee then
 * evaluates. Pure: the service asks `decide` before it writes anything.
 */
export type SummonsStatus = AppealsTables['summons']['status'];
export const SUMMONS_STATUSES: readonly SummonsStatus[] = ['invited', 'accepted', 'declined', 'met', 'resolved', 'unresolved'];

/** What an actor is to a summons: the committee that raised it, or the department or street invited. */
export type SummonsParty = 'committee' | 'invitee';

export const SUMMONS_STEPS = ['accept', 'decline', 'schedule', 'meet', 'report', 'evaluate'] as const;
export type SummonsStep = (typeof SUMMONS_STEPS)[number];

/** Working days an invitee has to answer unless the committee sets another limit. */
export const DEFAULT_RESPOND_DAYS = 3;
export const MAX_RESPOND_DAYS = 10;

export interface SummonsState {
  status: SummonsStatus;
  invitedAt: Date;
  evaluated: boolean;
}

export interface SummonsInput {
  note?: string | null;
  meetingAt?: Date | null;
  meetingPlace?: string | null;
  result?: string | null;
  resolved?: boolean | null;
  committeeRating?: number | null;
  residentsRating?: number | null;
}

export type SummonsDecision = { ok: true; status: SummonsStatus } | { ok: false; code: string; status: number; params?: Record<string, unknown> };

type Refusal = [code: string, params?: Record<string, unknown>];

interface Rule {
  from: readonly SummonsStatus[];
  by: SummonsParty;
  guard?: (s: SummonsState, d: SummonsInput, now: Date) => Refusal | null;
  to: (s: SummonsState, d: SummonsInput) => SummonsStatus;
}

const text = (v: string | null | undefined) => !!v?.trim();
const rating = (v: number | null | undefined) => v === null || v === undefined || (Number.isInteger(v) && v >= 1 && v <= 5);

const RULES: Record<SummonsStep, Rule> = {
  accept: { from: ['invited'], by: 'invitee', to: () => 'accepted' },
  decline: {
    from: ['invited'],
    by: 'invitee',
    // A refusal without a reason leaves the committee with nothing to escalate or correct.
    guard: (_s, d) => (text(d.note) ? null : ['SUMMONS_REASON_REQUIRED']),
    to: () => 'declined',
  },
  schedule: {
    from: ['accepted'],
    by: 'invitee',
    guard: (s, d) =>
      !d.meetingAt
        ? ['SUMMONS_MEETING_TIME_REQUIRED']
        : d.meetingAt < s.invitedAt
          ? ['SUMMONS_MEETING_BEFORE_INVITATION']
          : !text(d.meetingPlace)
            ? ['SUMMONS_MEETING_PLACE_REQUIRED']
            : null,
    to: () => 'accepted',
  },
  meet: {
    from: ['accepted'],
    by: 'invitee',
    guard: (s, d, now) =>
      !d.meetingAt
        ? ['SUMMONS_MEETING_TIME_REQUIRED']
        : d.meetingAt < s.invitedAt
          ? ['SUMMONS_MEETING_BEFORE_INVITATION']
          : d.meetingAt.getTime() > now.getTime()
            ? ['SUMMONS_MEETING_NOT_HELD']
            : !text(d.meetingPlace)
              ? ['SUMMONS_MEETING_PLACE_REQUIRED']
              : null,
    to: () => 'met',
  },
  report: {
    from: ['met'],
    by: 'invitee',
    guard: (_s, d) => (typeof d.resolved !== 'boolean' ? ['SUMMONS_OUTCOME_REQUIRED'] : !text(d.result) ? ['SUMMONS_RESULT_REQUIRED'] : null),
    to: (_s, d) => (d.resolved ? 'resolved' : 'unresolved'),
  },
  evaluate: {
    from: ['resolved', 'unresolved'],
    by: 'committee',
    guard: (s, d) =>
      s.evaluated
        ? ['SUMMONS_ALREADY_EVALUATED']
        : d.committeeRating === null || d.committeeRating === undefined || !rating(d.committeeRating) || !rating(d.residentsRating)
          ? ['SUMMONS_RATING_INVALID']
          : null,
    to: (s) => s.status,
  },
};

// Refusals about the summons' status are conflicts, about who asks forbidden, the rest a bad request.
const HTTP: Record<string, number> = {
  SUMMONS_STEP_NOT_ALLOWED_IN_STATUS: 409,
  SUMMONS_ALREADY_EVALUATED: 409,
  SUMMONS_NOT_INVITEE: 403,
  SUMMONS_NOT_COMMITTEE: 403,
};

const refuse = (code: string, params?: Record<string, unknown>): SummonsDecision => ({ ok: false, code, status: HTTP[code] ?? 400, params });

/** Whether `as` may take `step` from the state with this input, and the status it leads to. */
export function decide(s: SummonsState, step: SummonsStep, as: readonly SummonsParty[], input: SummonsInput = {}, now = new Date()): SummonsDecision {
  const rule = RULES[step];
  if (!rule) return refuse('SUMMONS_STEP_UNKNOWN', { step });
  if (!rule.from.includes(s.status)) return refuse('SUMMONS_STEP_NOT_ALLOWED_IN_STATUS', { step, status: s.status });
  if (!as.includes(rule.by)) return refuse(rule.by === 'invitee' ? 'SUMMONS_NOT_INVITEE' : 'SUMMONS_NOT_COMMITTEE', { step });
  const why = rule.guard?.(s, input, now);
  if (why) return refuse(why[0], why[1]);
  return { ok: true, status: rule.to(s, input) };
}

/** The steps `as` may take now (the data they need aside): what the UI offers. */
export function possibleSteps(s: SummonsState, as: readonly SummonsParty[]): SummonsStep[] {
  return SUMMONS_STEPS.filter((step) => {
    const r = RULES[step];
    return r.from.includes(s.status) && as.includes(r.by) && !(step === 'evaluate' && s.evaluated);
  });
}

/** When the invitee must have answered: N working days of the district's calendar after the invitation. */
export function respondDue(calendar: WorkCalendar, invitedAt: Date, days = DEFAULT_RESPOND_DAYS): Date {
  return calendar.addWorkingDays(invitedAt, days);
}

export type ResponseTiming = 'waiting' | 'overdue' | 'on_time' | 'late';

/** How the invitee's answer stands against its deadline: still waiting, overdue, or answered on time or late. */
export function responseTiming(r: { status: SummonsStatus; respondDueAt: Date; respondedAt: Date | null }, now: Date): ResponseTiming {
  if (r.respondedAt) return r.respondedAt.getTime() <= r.respondDueAt.getTime() ? 'on_time' : 'late';
  if (r.status !== 'invited') return 'on_time';
  return now.getTime() > r.respondDueAt.getTime() ? 'overdue' : 'waiting';
}

/** A share as a fraction, or null when there is nothing to divide (no "0 %" for a department never invited). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Resolution rate: of the summons with a reported result, the share solved. */
export const resolutionRate = (resolved: number, unresolved: number) => share(resolved, resolved + unresolved);
