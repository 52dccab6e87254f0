import type { Core, Work } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { format, localize } from '../../../platform/i18n.js';
import { containsPath } from '../../../platform/scope.js';
import { findVisibleUnit } from '../../org/index.js';
import { APPEALS } from '../appeals.policy.js';
import { loadCalendar } from '../sla/order.clock.js';
import { placeOf } from '../orders/order.parties.js';
import * as orders from '../orders/order.repository.js';
import * as repo from './summons.repository.js';
import {
  decide,
  possibleSteps,
  respondDue,
  DEFAULT_RESPOND_DAYS,
  MAX_RESPOND_DAYS,
  type SummonsInput,
  type SummonsParty,
  type SummonsState,
  type SummonsStep,
} from './summons.rules.js';
import { SUMMONS_STATUS_LABELS, SUMMONS_STEP_LABELS, SUMMONS_TOLD } from './summons.messages.js';
import { rateLine, summonsDetail, summonsSummary, type SummonsNames } from './summons.view.js';

export interface RaiseInput {
  committeeId: number;
  /** A district department or a team of the committee's street; none means the committee's own street office. */
  departmentId?: number | null;
  subject: string;
  description: string;
  orderId?: number | null;
  /** Working days the invitee has to answer (3 unless the committee says otherwise). */
  respondDays?: number | null;
}

export interface RatesQuery {
  from?: Date;
  to?: Date;
  /** Count street teams under their district department. */
  rollup?: boolean;
}

const COMMITTEE_ROLES = ['committee_worker', 'committee_head'];
const HOUR = 3_600_000;

/** Shanghai wall-clock time of an instant, for notification texts. */
export const shanghaiTime = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

const stateOf = (r: repo.SummonsRow): SummonsState => ({ status: r.status, invitedAt: r.invited_at, evaluated: r.evaluated_at !== null });

/**
 * Summons (约请): a committee invites a department or its street office to come and solve a problem the
 * committee cannot. The invitee answers within working days of the district calendar, meets on site and
 * reports the result; the committee evaluates. Every change is audited in its transaction and tells the
 * other side in the app.
 */
export class SummonsService {
  /** `clock` is the time the service acts at (tests move it across working days and holidays). */
  constructor(
    private readonly core: Core,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async raise(actor: Actor, input: RaiseInput) {
    this.core.assert(actor, APPEALS.summons);
    return this.core.mutate(actor, async (w) => {
      const committee = await findVisibleUnit(w.db, actor.scope, input.committeeId);
      if (!committee || committee.retired_at) throw notFound('unit');
      if (committee.type !== 'committee') throw new AppError('SUMMONS_COMMITTEE_REQUIRED', 400, { name: committee.name });
      const street = placeOf(committee.path).streetId!;
      let invitee: { department: number | null; unit: number | null; name: string; recipients: number[] };
      if (input.departmentId) {
        const d = await repo.departmentById(w.db, committee.district_id, input.departmentId);
        // A street team serves its own street only: a committee cannot summon another street's team.
        if (!d || (d.street_id !== null && d.street_id !== street)) throw new AppError('SUMMONS_INVITEE_UNKNOWN', 400, { id: input.departmentId });
        invitee = { department: d.id, unit: null, name: d.name, recipients: await this.departmentStaff(w, d) };
      } else {
        const s = (await repo.unitById(w.db, street))!;
        invitee = { department: null, unit: s.id, name: s.name, recipients: await repo.staffOf(w.db, ['street_staff'], { unitId: s.id }) };
      }
      let order: { id: number; title: string } | null = null;
      if (input.orderId) {
        const o = await orders.findVisible(w.db, actor, input.orderId);
        const inCommittee = !!o && (o.unit_path.startsWith(committee.path) || !!o.handler_path?.startsWith(committee.path));
        if (!inCommittee) throw new AppError('SUMMONS_ORDER_INVALID', 400, { id: input.orderId });
        order = { id: o!.id, title: o!.title };
      }
      const days = input.respondDays ?? DEFAULT_RESPOND_DAYS;
      if (!Number.isInteger(days) || days < 1 || days > MAX_RESPOND_DAYS) throw new AppError('SUMMONS_RESPOND_DAYS', 400, { max: MAX_RESPOND_DAYS });
      const now = this.clock();
      const calendar = await loadCalendar(w.db, committee.district_id);
      const row = await repo.insert(w.db, {
        district_id: committee.district_id,
        committee_id: committee.id,
        unit_path: committee.path,
        order_id: order?.id ?? null,
        invitee_department_id: invitee.department,
        invitee_unit_id: invitee.unit,
        subject: input.subject.trim(),
        description: input.description.trim(),
        status: 'invited',
        invited_at: now,
        respond_due_at: respondDue(calendar, now, days),
        created_by: actor.userId || null,
      });
      await w.audit({
        action: 'appeals.summons.raise',
        targetType: 'summons',
        targetId: row.id,
        unitPath: row.unit_path,
        districtId: row.district_id,
        summary: {
          invitee: { kind: invitee.department ? 'department' : 'street', id: invitee.department ?? invitee.unit, name: invitee.name },
          subject: row.subject,
          orderId: row.order_id,
          respondDueAt: row.respond_due_at.toISOString(),
        },
      });
      await this.tell(w, invitee.recipients, row, 'invited', { committee: committee.name, due: shanghaiTime(row.respond_due_at) });
      w.emit(
        'appeals.summons.raised',
        { summonsId: row.id, committeeId: row.committee_id, departmentId: row.invitee_department_id, unitId: row.invitee_unit_id },
        row.district_id,
      );
      return row;
    });
  }

  /** A step of an existing summons; what it needs and who may take it are the rules' (summons.rules). */
  async step(actor: Actor, id: number, step: SummonsStep, input: SummonsInput = {}) {
    this.core.assert(actor, step === 'evaluate' ? APPEALS.summons : APPEALS.respond);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findVisible(w.db, actor, id, true);
      if (!before) throw notFound('summons');
      const as = await this.partiesOf(w.db, actor, before);
      const now = this.clock();
      const decision = decide(stateOf(before), step, as, input, now);
      if (!decision.ok) {
        const labels = {
          stepLabel: localize(SUMMONS_STEP_LABELS[step] ?? { zh: step, en: step }, actor.locale),
          statusLabel: localize(SUMMONS_STATUS_LABELS[before.status], actor.locale),
        };
        throw new AppError(decision.code, decision.status, { ...decision.params, ...labels });
      }
      const note = input.note?.trim() || null;
      const patch = await this.patchFor(w, before, step, input, note, now);
      const after = await repo.update(w.db, before.id, { ...patch, status: decision.status });
      await w.audit({
        action: `appeals.summons.${step}`,
        targetType: 'summons',
        targetId: before.id,
        unitPath: before.unit_path,
        districtId: before.district_id,
        summary: { from: before.status, to: after.status, ...auditData(step, input, note) },
      });
      await this.tellAfter(w, step, after, input, note);
      w.emit('appeals.summons.stepped', { summonsId: before.id, step, from: before.status, to: after.status }, before.district_id);
      return after;
    });
  }

  private async patchFor(w: Work, r: repo.SummonsRow, step: SummonsStep, input: SummonsInput, note: string | null, now: Date) {
    const by = w.actor.userId || null;
    switch (step) {
      case 'accept':
      case 'decline': {
        const calendar = await loadCalendar(w.db, r.district_id);
        const minutes = Math.max(0, Math.round(calendar.workingMinutesBetween(r.invited_at, now)));
        return { responded_at: now, responded_by: by, response_note: note, response_minutes: minutes };
      }
      case 'schedule':
        return { meeting_at: input.meetingAt!, meeting_place: input.meetingPlace!.trim() };
      case 'meet':
        return { meeting_at: input.meetingAt!, meeting_place: input.meetingPlace!.trim(), meeting_note: note };
      case 'report':
        return { result: input.result!.trim(), resolved: input.resolved!, result_at: now, result_by: by };
      case 'evaluate':
        return {
          committee_rating: input.committeeRating!,
          residents_rating: input.residentsRating ?? null,
          evaluation_note: note,
          evaluated_at: now,
          evaluated_by: by,
        };
    }
  }

  /** The committee hears of every answer, meeting date and result; the invitee hears of the evaluation. */
  private async tellAfter(w: Work, step: SummonsStep, r: repo.SummonsRow, input: SummonsInput, note: string | null) {
    const names = await repo.namesOf(
      w.db,
      [r.committee_id, ...(r.invitee_unit_id ? [r.invitee_unit_id] : [])],
      r.invitee_department_id ? [r.invitee_department_id] : [],
      [],
    );
    const invitee = r.invitee_department_id ? names.departments.get(r.invitee_department_id)!.name : names.units.get(r.invitee_unit_id!)!;
    const committee = await this.committeeStaff(w, r);
    const params = { invitee, committee: names.units.get(r.committee_id)!, note: note ?? '' };
    switch (step) {
      case 'accept':
      case 'decline':
        return this.tell(w, committee, r, step, params);
      case 'schedule':
        return this.tell(w, committee, r, step, { ...params, at: shanghaiTime(r.meeting_at!), place: r.meeting_place! });
      case 'report':
        return input.resolved ? this.tell(w, committee, r, 'resolved', params) : this.tell(w, committee, r, 'unresolved', params);
      case 'evaluate': {
        const staff = r.invitee_department_id
          ? await this.departmentStaff(w, (await repo.departmentById(w.db, r.district_id, r.invitee_department_id))!)
          : await repo.staffOf(w.db, ['street_staff'], { unitId: r.invitee_unit_id! });
        return this.tell(w, staff, r, step, { ...params, rating: r.committee_rating });
      }
      default:
        return undefined;
    }
  }

  private async tell(w: Work, userIds: number[], r: repo.SummonsRow, kind: keyof typeof SUMMONS_TOLD, params: Record<string, unknown>) {
    const text = SUMMONS_TOLD[kind];
    const p = { ...params, subject: r.subject, id: r.id };
    await this.core.notifier.notify(w, {
      userIds: userIds.filter((u) => u !== w.actor.userId),
      kind: `appeals.summons.${kind}`,
      title: { zh: format(text.zh, p), en: format(text.en, p) },
      link: `/appeals/summons/${r.id}`,
      data: { summonsId: r.id, step: kind, status: r.status },
    });
  }

  /** An invited department's staff; a street team without its own staff is answered for by its district department. */
  private async departmentStaff(w: Work, d: { id: number; parent_id: number | null }) {
    const own = await repo.staffOf(w.db, ['department_staff'], { departmentIds: [d.id] });
    return own.length || d.parent_id === null ? own : repo.staffOf(w.db, ['department_staff'], { departmentIds: [d.parent_id] });
  }

  private async committeeStaff(w: Work, r: repo.SummonsRow) {
    const staff = await repo.staffOf(w.db, COMMITTEE_ROLES, { unitId: r.committee_id });
    return r.created_by ? [...new Set([...staff, r.created_by])] : staff;
  }

  /** What the actor is to the summons: its committee, its invitee (a department answers for its street teams). */
  private async partiesOf(db: Core['db'], actor: Actor, r: repo.SummonsRow): Promise<SummonsParty[]> {
    const as: SummonsParty[] = [];
    if (this.core.can(actor, APPEALS.summons) && COMMITTEE_ROLES.includes(actor.role ?? '') && containsPath(actor.scope, r.unit_path)) as.push('committee');
    if (this.core.can(actor, APPEALS.respond)) {
      if (r.invitee_department_id !== null && actor.role === 'department_staff' && actor.scope.departmentId) {
        const d = r.invitee_department_id === actor.scope.departmentId ? null : await repo.departmentById(db, r.district_id, r.invitee_department_id);
        if (r.invitee_department_id === actor.scope.departmentId || d?.parent_id === actor.scope.departmentId) as.push('invitee');
      }
      if (r.invitee_unit_id !== null && actor.role === 'street_staff') {
        const street = await repo.unitById(db, r.invitee_unit_id);
        if (containsPath(actor.scope, street?.path)) as.push('invitee');
      }
    }
    return as;
  }

  async list(actor: Actor, filter: repo.ListFilter, offset: number, limit: number) {
    this.core.assert(actor, APPEALS.summonsRead);
    const now = this.clock();
    const { items, total } = await repo.list(this.core.db, actor, filter, now, offset, limit);
    const { names, orders } = await this.lookups(items);
    return { items: items.map((r) => summonsSummary(r, names, orders, now)), total };
  }

  /** How many summons `list` would give the caller with these filters, and how many are unanswered past their deadline. */
  async count(actor: Actor, filter: repo.ListFilter, now = this.clock()) {
    this.core.assert(actor, APPEALS.summonsRead);
    return repo.count(this.core.db, actor, filter, now);
  }

  async detail(actor: Actor, id: number) {
    this.core.assert(actor, APPEALS.summonsRead);
    const r = await repo.findVisible(this.core.db, actor, id);
    if (!r) throw notFound('summons');
    const [as, { names, orders }] = await Promise.all([this.partiesOf(this.core.db, actor, r), this.lookups([r])]);
    return summonsDetail(r, names, orders, this.clock(), as, possibleSteps(stateOf(r), as));
  }

  /** Whom the actor's committee may invite: its street office, the district's departments and its street's teams. */
  async invitees(actor: Actor) {
    this.core.assert(actor, APPEALS.summons);
    const streetIds = [...new Set(actor.scope.paths.map((p) => placeOf(p).streetId).filter((x): x is number => x !== null))];
    const districtId = actor.scope.districtId;
    if (!districtId) return { streets: [], departments: [] };
    const [departments, names] = await Promise.all([
      repo.invitableDepartments(this.core.db, districtId, streetIds),
      repo.namesOf(this.core.db, streetIds, [], []),
    ]);
    return {
      streets: streetIds.map((id) => ({ id, name: names.units.get(id) ?? '' })),
      departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name, parentId: d.parent_id, streetId: d.street_id })),
    };
  }

  /**
   * The published indicator: per department (and street office) invited in the period, how many summons, how fast
   * and how often on time they were answered, and the share solved of those with a result. District-wide for
   * whoever may read indicators: it is published, and counts say nothing of any one summons.
   */
  async rates(actor: Actor, q: RatesQuery) {
    this.core.assert(actor, APPEALS.indicators);
    const { lines, total } = await repo.rates(this.core.db, {
      districtId: actor.scope.all ? null : (actor.scope.districtId ?? -1),
      from: q.from,
      to: q.to,
      rollup: !!q.rollup,
      now: this.clock(),
    });
    const names = await repo.namesOf(
      this.core.db,
      lines.flatMap((l) => (l.unit_id ? [l.unit_id] : [])),
      lines.flatMap((l) => (l.department_id ? [l.department_id] : [])),
      [],
    );
    const parents = await repo.namesOf(
      this.core.db,
      [],
      [...names.departments.values()].flatMap((d) => (d.parent_id ? [d.parent_id] : [])),
      [],
    );
    const items = lines
      .map((l) => {
        const d = l.department_id !== null ? names.departments.get(l.department_id) : undefined;
        return {
          invitee:
            l.department_id !== null
              ? {
                  kind: 'department' as const,
                  id: l.department_id,
                  name: d?.name ?? '',
                  parentName: d?.parent_id ? (parents.departments.get(d.parent_id)?.name ?? null) : null,
                }
              : { kind: 'street' as const, id: l.unit_id!, name: names.units.get(l.unit_id!) ?? '', parentName: null },
          ...rateLine(l),
        };
      })
      .sort((a, b) => b.invited - a.invited || a.invitee.name.localeCompare(b.invitee.name, 'zh-CN'));
    return { items, total: rateLine(total) };
  }

  private async lookups(rows: repo.SummonsRow[]): Promise<{ names: SummonsNames; orders: Map<number, { id: number; title: string }> }> {
    const [names, linked] = await Promise.all([
      repo.namesOf(
        this.core.db,
        rows.flatMap((r) => [r.committee_id, ...(r.invitee_unit_id ? [r.invitee_unit_id] : [])]),
        rows.flatMap((r) => (r.invitee_department_id ? [r.invitee_department_id] : [])),
        rows.flatMap((r) => [r.created_by, r.responded_by, r.result_by, r.evaluated_by].filter((x): x is number => x !== null)),
      ),
      repo.ordersByIds(
        this.core.db,
        rows.flatMap((r) => (r.order_id ? [r.order_id] : [])),
      ),
    ]);
    return { names, orders: new Map(linked.map((o) => [o.id, { id: o.id, title: o.title }])) };
  }
}

function auditData(step: SummonsStep, input: SummonsInput, note: string | null): Record<string, unknown> {
  switch (step) {
    case 'schedule':
      return { meetingAt: input.meetingAt?.toISOString(), meetingPlace: input.meetingPlace };
    case 'meet':
      return { meetingAt: input.meetingAt?.toISOString(), meetingPlace: input.meetingPlace, note };
    case 'report':
      return { resolved: input.resolved, result: input.result };
    case 'evaluate':
      return { committeeRating: input.committeeRating, residentsRating: input.residentsRating ?? null, note };
    default:
      return { note };
  }
}
