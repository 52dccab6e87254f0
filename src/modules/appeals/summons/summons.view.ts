import type { SummonsRow } from './summons.repository.js';
import { responseTiming, resolutionRate, share, type SummonsParty, type SummonsStep } from './summons.rules.js';
import type { RateRow } from './summons.repository.js';

export interface SummonsNames {
  units: Map<number, string>;
  departments: Map<number, { id: number; name: string; parent_id: number | null }>;
  users: Map<number, string>;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);

export function inviteeOf(r: SummonsRow, names: SummonsNames) {
  return r.invitee_department_id !== null
    ? { kind: 'department' as const, id: r.invitee_department_id, name: names.departments.get(r.invitee_department_id)?.name ?? '' }
    : { kind: 'street' as const, id: r.invitee_unit_id!, name: names.units.get(r.invitee_unit_id!) ?? '' };
}

export function summonsSummary(r: SummonsRow, names: SummonsNames, orders: Map<number, { id: number; title: string }>, now: Date) {
  return {
    id: r.id,
    status: r.status,
    committee: { id: r.committee_id, name: names.units.get(r.committee_id) ?? '' },
    invitee: inviteeOf(r, names),
    subject: r.subject,
    order: r.order_id !== null ? (orders.get(r.order_id) ?? { id: r.order_id, title: '' }) : null,
    invitedAt: r.invited_at.toISOString(),
    respondDueAt: r.respond_due_at.toISOString(),
    respondedAt: iso(r.responded_at),
    responseTiming: responseTiming({ status: r.status, respondDueAt: r.respond_due_at, respondedAt: r.responded_at }, now),
    responseHours: hours(r.response_minutes),
    meetingAt: iso(r.meeting_at),
    meetingPlace: r.meeting_place,
    resolved: r.resolved,
    committeeRating: r.committee_rating,
    residentsRating: r.residents_rating,
  };
}

export function summonsDetail(
  r: SummonsRow,
  names: SummonsNames,
  orders: Map<number, { id: number; title: string }>,
  now: Date,
  as: SummonsParty[],
  actions: SummonsStep[],
) {
  const who = (id: number | null) => (id === null ? null : (names.users.get(id) ?? null));
  return {
    ...summonsSummary(r, names, orders, now),
    description: r.description,
    createdBy: who(r.created_by),
    respondedBy: who(r.responded_by),
    responseNote: r.response_note,
    meetingNote: r.meeting_note,
    result: r.result,
    resultAt: iso(r.result_at),
    resultBy: who(r.result_by),
    evaluationNote: r.evaluation_note,
    evaluatedAt: iso(r.evaluated_at),
    evaluatedBy: who(r.evaluated_by),
    as,
    actions,
  };
}

const round = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * One line of the resolution table. The on-time rate counts the answers given within the limit against every
 * summons whose limit has run (answered, or still waiting past it): a summons nobody answers is not on time.
 */
export function rateLine(r: RateRow) {
  return {
    invited: r.invited,
    responded: r.responded,
    respondedOnTime: r.responded_on_time,
    overdue: r.overdue,
    onTimeRate: round(share(r.responded_on_time, r.responded + r.overdue), 4),
    avgResponseHours: round(r.response_minutes === null ? null : r.response_minutes / 60, 1),
    declined: r.declined,
    met: r.met,
    resolved: r.resolved,
    unresolved: r.unresolved,
    resolutionRate: round(resolutionRate(r.resolved, r.unresolved), 4),
    avgCommitteeRating: round(r.committee_rating, 2),
    avgResidentsRating: round(r.residents_rating, 2),
    evaluated: r.evaluated,
  };
}
