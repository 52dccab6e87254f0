import type { Updateable } from 'kysely';
import type { Core, Work } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { AppError, messageFor, notFound } from '../../../platform/errors.js';
import { localize } from '../../../platform/i18n.js';
import type { AppealsTables, Rating } from '../appeals.schema.js';
import { APPEALS } from '../appeals.policy.js';
import { OrderClock, slaColour } from '../sla/order.clock.js';
import { setupOf, type DistrictSetup } from './district.setup.js';
import { decide, type ActorKind, type HandlerRef, type OrderState, type RecordedStep, type Step, type StepData } from './order.machine.js';
import { STATUS_LABELS, STEP_LABELS } from './order.labels.js';
import { handlerOf, kindsOf, loadHandler, placeOf, type Handler } from './order.parties.js';
import { findVisibleUnit } from '../../org/index.js';
import { stepColumns } from './order.steps.js';
import * as repo from './order.repository.js';
import { tellReporters } from './order.notify.js';
import { queueStatusCallback } from '../transfer/transfer.queue.js';
import { PUBLISHABLE_NOTE_STEPS } from './public.view.js';
import type { OrderStepped } from './order.events.js';

export interface StepInput {
  note?: string | null;
  /** Public pages may show the note (public.view.ts); only on the steps that tell the outcome. */
  notePublic?: boolean;
  handler?: HandlerRef | null;
  rating?: Rating;
  days?: number;
  into?: number;
  unitId?: number;
}

/** A stored step as the state machine replays it: the note lives in its own column, the rest in data. */
export const recorded = (e: repo.EventRow): RecordedStep => ({
  step: e.step as Step,
  actorKind: e.actor_kind as ActorKind,
  data: { ...(e.data as StepData), note: e.note },
});

export const stateOf = (o: repo.OrderRow): OrderState => ({
  status: o.status,
  handler: handlerOf(o),
  suspendedFrom: o.suspended_from,
  supervised: o.supervised_at !== null,
  extensionPending: o.extension !== null,
  reopenCount: o.reopen_count,
  rating: o.rating,
});

// Refusals about the order's status are conflicts; refusals about who asks are forbidden; the rest is input.
const STATUS_OF_CODE: Record<string, number> = {
  STEP_NOT_ALLOWED_IN_STATUS: 409,
  STEP_NOT_ALLOWED_FOR_ACTOR: 403,
  ALREADY_SUPERVISED: 409,
  ALREADY_RATED: 409,
  EXTENSION_PENDING: 409,
  NO_EXTENSION_PENDING: 409,
  REOPEN_LIMIT: 409,
  REOPEN_AFTER_SATISFIED: 409,
};

/**
 * Every step of a work order after intake. The state machine decides whether the step is possible from the
 * order's status for what the actor is to the order; this service then moves the clocks, writes the step to
 * the history and the audit trail in the same transaction, and tells the reporters.
 */
export class OrderService {
  constructor(private readonly core: Core) {}

  async step(actor: Actor, id: number, step: Step, input: StepInput = {}) {
    this.core.assert(actor, APPEALS.read);
    const setup = actor.scope.districtId ? await setupOf(this.core.db, actor.scope.districtId) : undefined;
    return this.core.mutate(actor, (w) => this.apply(w, id, step, input, setup));
  }

  /**
   * The same step on many orders (a dispatcher's bulk dispatch): each order in its own transaction, so one
   * refusal neither blocks nor undoes the others; the answer says what happened to each.
   */
  async bulk(actor: Actor, ids: number[], step: Step, input: StepInput = {}) {
    this.core.assert(actor, APPEALS.read);
    const results: Array<{ id: number; ok: boolean; status?: string; code?: string; message?: string }> = [];
    for (const id of [...new Set(ids)]) {
      try {
        const r = await this.step(actor, id, step, input);
        results.push({ id, ok: true, status: r.order.status });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        results.push({ id, ok: false, code: e.code, message: messageFor(e.code, e.params, actor.locale) });
      }
    }
    return results;
  }

  /** The system's own steps (the SLA sweep's supervision, automatic closing): no visibility check. */
  async systemStep(w: Work, order: repo.OrderRow, step: Step, input: StepInput = {}) {
    return this.transition(w, order, ['system'], step, input);
  }

  private async apply(w: Work, id: number, step: Step, input: StepInput, setup?: DistrictSetup) {
    const order = await repo.findVisible(w.db, w.actor, id, true);
    if (!order) throw notFound('order');
    const as = await kindsOf(this.core, w.db, w.actor, order);
    return this.transition(w, order, as, step, input, setup);
  }

  private async transition(w: Work, order: repo.OrderRow, as: Parameters<typeof decide>[1]['as'], step: Step, input: StepInput, preloaded?: DistrictSetup) {
    // An administrator acts across districts: the order's own district is read inside the transaction.
    const setup = preloaded?.districtId === order.district_id ? preloaded : await setupOf(w.db, order.district_id);
    const actor = w.actor;
    const handler = input.handler ? await loadHandler(w.db, order.district_id, input.handler) : null;
    const decision = decide(stateOf(order), { step, as, data: { ...input, handler: handler ?? undefined } });
    const labels = () => ({
      stepLabel: localize(STEP_LABELS[step] ?? { zh: step, en: step }, actor.locale),
      statusLabel: localize(STATUS_LABELS[order.status], actor.locale),
    });
    if (!decision.ok) throw new AppError(decision.code, STATUS_OF_CODE[decision.code] ?? 400, { ...decision.params, ...labels() });
    // Other steps' notes are between the dispatcher, the handler and the reporter (reasons, the reporter's own words).
    if (input.notePublic && !PUBLISHABLE_NOTE_STEPS.includes(step)) throw new AppError('NOTE_PUBLIC_STEP', 400, labels());
    const next = decision.next;
    if (step === 'merge') await this.checkMergeTarget(w, order, input.into!);
    const placed = step === 'place' ? await this.placeAt(w, order, input.unitId!) : undefined;
    const now = new Date();
    // The colour the order has now is kept for when its clock stops; a step that restarts a clock sets its own.
    const patch = { sla: slaColour(order, now), ...this.clocks(setup, order, step, input, handler, now) };
    const seq = order.seq + 1;
    const after = await repo.updateOrder(w.db, order.id, { ...patch, ...placed?.columns, status: next.status, seq });
    const data: Record<string, unknown> = {};
    if (placed) data.unit = placed.unit;
    if (handler) data.handler = { kind: handler.kind, id: handler.id, name: handler.name };
    if (input.rating) data.rating = input.rating;
    if (input.days) data.days = input.days;
    if (input.into) data.into = input.into;
    const note = input.note?.trim() || null;
    const notePublic = !!input.notePublic && note !== null;
    const event = await repo.insertEvent(w.db, {
      district_id: order.district_id,
      order_id: order.id,
      seq,
      step,
      from_status: order.status,
      to_status: next.status,
      actor_id: actor.userId || null,
      actor_name: actor.userName,
      actor_kind: decision.by,
      at: now,
      note,
      note_public: notePublic,
      data: JSON.stringify(data),
    });
    await w.audit({
      action: `appeals.order.${step}`,
      targetType: 'appeal_order',
      targetId: order.id,
      unitPath: order.unit_path,
      districtId: order.district_id,
      summary: { from: order.status, to: next.status, as: decision.by, ...data, ...(notePublic ? { notePublic } : {}) },
    });
    await queueStatusCallback(w.db, order.district_id, { orderId: order.id, step, seq, sourceSystem: order.source_system });
    await tellReporters(this.core, w, after, step, input.note ?? null);
    w.emit(
      'appeals.order.stepped',
      {
        orderId: order.id,
        step,
        from: order.status,
        to: next.status,
        seq,
        sourceSystem: order.source_system,
        externalId: order.external_id,
      } satisfies OrderStepped,
      order.district_id,
    );
    return { order: after, event };
  }

  /** How a step moves the order's clocks and timestamps (order.steps.ts, shared with the demo generator). */
  private clocks(
    setup: DistrictSetup,
    o: repo.OrderRow,
    step: Step,
    input: StepInput,
    handler: Handler | null,
    now: Date,
  ): Updateable<AppealsTables['appeal_order']> {
    const { categories, calendar } = setup;
    const { extension, ...columns } = stepColumns(step, o, {
      now,
      clock: new OrderClock(calendar, categories.warnAtShare),
      category: categories.byCode.get(o.category_code),
      handler,
      note: input.note,
      rating: input.rating,
      days: input.days,
      into: input.into,
    });
    return extension === undefined ? columns : { ...columns, extension: extension && (JSON.stringify(extension) as never) };
  }

  /**
   * Where a dispatcher places an order: a live street, committee or unit below them in the order's district and
   * within the dispatcher's own territory (another territory's unit is "not found", as if it did not exist). The
   * order then waits for that street's operations centre.
   */
  private async placeAt(w: Work, order: repo.OrderRow, unitId: number) {
    const unit = await findVisibleUnit(w.db, w.actor.scope, unitId);
    if (!unit || unit.district_id !== order.district_id || unit.retired_at || unit.type === 'district') throw notFound('unit');
    const place = placeOf(unit.path);
    const dispatcher = place.streetId ? { id: place.streetId, path: place.streetPath! } : { id: place.districtUnitId, path: place.districtPath };
    return {
      unit: { id: unit.id, name: unit.name },
      columns: {
        unit_id: unit.id,
        unit_path: unit.path,
        street_id: place.streetId,
        committee_id: place.committeeId,
        dispatcher_unit_id: dispatcher.id,
        dispatcher_path: dispatcher.path,
        address: order.address ?? unit.name,
        placement: 'desk' as const,
        placement_m: null,
      },
    };
  }

  private async checkMergeTarget(w: Work, order: repo.OrderRow, into: number) {
    const target = await repo.findVisible(w.db, w.actor, into, true);
    const why = !target
      ? 'not found'
      : target.id === order.id
        ? 'same order'
        : target.district_id !== order.district_id
          ? 'other district'
          : ['merged', 'invalid'].includes(target.status)
            ? target.status
            : null;
    if (why) throw new AppError('MERGE_TARGET_INVALID', 400, { id: into, why });
  }
}
