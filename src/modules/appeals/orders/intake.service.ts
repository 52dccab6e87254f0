import type { Insertable } from 'kysely';
import type { Core, Work } from '../../../platform/core.js';
import { Batcher } from '../../../platform/batcher.js';
import type { Actor } from '../../../platform/actor.js';
import { AppError, badRequest, conflict, notFound } from '../../../platform/errors.js';
import { containsPath } from '../../../platform/scope.js';
import { sealPhone } from '../../../platform/crypto/phone.js';
import type { AppealsTables, Channel, Discovery } from '../appeals.schema.js';
import { APPEALS } from '../appeals.policy.js';
import type { Category } from '../category.catalog.js';
import { OrderClock } from '../sla/order.clock.js';
import { setupOf, type DistrictSetup } from './district.setup.js';
import { decide, type OrderState } from './order.machine.js';
import { handlerColumns, placeOf, type Handler } from './order.parties.js';
import { pickRule } from './routing.rules.js';
import * as routing from './routing.repository.js';
import * as repo from './order.repository.js';
import { keywords } from '../indicators/hot-topics.js';
import { tellReportersOfIntake } from './order.notify.js';
import type { OrderReceived } from './order.events.js';
import { inChina, placePoint, type Placement } from '../../org/index.js';

export interface IntakeInput {
  categoryCode: string;
  title: string;
  description: string;
  urgent?: boolean;
  unitId?: number | null;
  lat?: number | null;
  lng?: number | null;
  address?: string | null;
  anonymous?: boolean;
  reporterName?: string | null;
  reporterPhone?: string | null;
  contactShared?: boolean;
  /** A front-desk worker takes the case on for the committee (首问负责): dispatched to it and accepted at once. */
  handleSelf?: boolean;
}

/** How an order came in: set by the route or caller, never by the reporter's own fields. */
export interface IntakeSource {
  channel: Channel;
  discovery: Discovery;
  idempotencyKey?: string | null;
  sourceSystem?: string | null;
  externalId?: string | null;
  /** When the outside system received it (hotline imports); defaults to now. */
  receivedAt?: Date;
  /** For outside systems: the district they submit to (their token's). */
  districtId?: number;
}

type PlacedUnit = Awaited<ReturnType<typeof routing.unitsAround>>[number];

interface Job {
  actor: Actor;
  setup: DistrictSetup;
  input: IntakeInput;
  source: IntakeSource;
  as: Mode;
}

interface Plan {
  row: Insertable<AppealsTables['appeal_order']>;
  events: Array<{
    step: string;
    from: OrderState['status'] | null;
    to: OrderState['status'];
    kind: string;
    note: string | null;
    data: Record<string, unknown>;
  }>;
  handler: Handler | null;
}

/** Who brings the appeal in: a resident, a worker, an alarm-posting system within its territory, or a trusted integration. */
type Mode = 'reporter' | 'staff' | 'alarm' | 'system';

export interface IntakeResult {
  order: repo.OrderRow;
  created: boolean;
}

/** Residents report from the phone; workers register at the desk, on patrol or on a visit; systems post alarms. */
const STAFF_CHANNELS: readonly Channel[] = ['desk', 'visit', 'patrol', 'survey', 'meeting'];

// Ids a group takes from the sequence at once: one round trip per few groups rather than one per group.
const ID_BLOCK = 64;

/**
 * Intake from every channel: one order per appeal, routed by the district's rules, its acceptance clock
 * started on the working calendar, its reporter told. A retried submission with the same key or outside id
 * returns the first order instead of making a second.
 */
export class IntakeService {
  /** Intake from many clients at once is written in groups (see Batcher); each order is still all or nothing. */
  private readonly batch = new Batcher<Job, IntakeResult>((jobs) =>
    this.core.mutateMany(
      jobs.map((j) => j.actor),
      (works) => this.createMany(works, jobs),
    ),
  );

  /** Order ids taken from the sequence ahead of need, a block at a time (a sequence gives each id once). */
  private readonly idBlock: number[] = [];

  constructor(private readonly core: Core) {}

  private async orderIds(db: Work['db'], n: number): Promise<number[]> {
    if (this.idBlock.length < n) this.idBlock.push(...(await repo.nextOrderIds(db, Math.max(n, ID_BLOCK))));
    return this.idBlock.splice(0, n);
  }

  /** A resident's own report (随手拍): the reporter is the account; anonymous hides them from everyone. */
  async report(actor: Actor, input: IntakeInput, idempotencyKey?: string | null) {
    this.core.assert(actor, APPEALS.report);
    return this.intake(actor, { ...input, handleSelf: false }, { channel: 'photo', discovery: 'passive', idempotencyKey }, 'reporter');
  }

  /** A worker registers what a resident brought to the desk, or what they found themselves. */
  async register(actor: Actor, input: IntakeInput, channel: Channel, idempotencyKey?: string | null) {
    this.core.assert(actor, APPEALS.intake);
    if (!STAFF_CHANNELS.includes(channel)) throw badRequest('VALIDATION', { summary: `channel ${channel}` });
    const discovery: Discovery = channel === 'desk' || channel === 'survey' || channel === 'meeting' ? 'passive' : 'active';
    return this.intake(actor, input, { channel, discovery, idempotencyKey }, 'staff');
  }

  /** A sensor or video alarm posted with a system's API token: idempotent by its source and alarm id, placed within the token's territory. */
  async alarm(actor: Actor, input: IntakeInput, source: string, alarmId: string) {
    this.core.assert(actor, APPEALS.alarm);
    return this.intake(
      actor,
      { ...input, anonymous: true, handleSelf: false },
      { channel: 'sensor', discovery: 'auto', sourceSystem: `alarm:${source}`, externalId: alarmId },
      'alarm',
    );
  }

  /** Outside systems (the hotline, Open311 clients, partner platforms), already authenticated by the caller. */
  async fromSystem(actor: Actor, input: IntakeInput, source: IntakeSource) {
    return this.intake(actor, { ...input, handleSelf: false }, source, 'system');
  }

  /**
   * Outside orders within the caller's own transaction, so that a hotline file goes in whole or not at all;
   * a known (source system, outside id) returns its order. The caller serialises concurrent imports.
   */
  async fromSystemIn(w: Work, input: IntakeInput, source: IntakeSource, setup?: DistrictSetup): Promise<IntakeResult> {
    const districtId = source.districtId ?? w.actor.scope.districtId;
    if (!districtId) throw notFound('district');
    const found = source.sourceSystem && source.externalId ? await repo.findByExternalId(w.db, districtId, source.sourceSystem, source.externalId) : undefined;
    if (found) return { order: found, created: false };
    const [r] = await this.createMany(
      [w],
      [{ actor: w.actor, setup: setup ?? (await setupOf(w.db, districtId)), input: { ...input, handleSelf: false }, source, as: 'system' }],
    );
    if (r instanceof Error) throw r;
    return r!;
  }

  /** The district's configuration as intake reads it: load it before a transaction that takes many orders in. */
  setup(districtId: number): Promise<DistrictSetup> {
    return setupOf(this.core.db, districtId);
  }

  private async intake(actor: Actor, input: IntakeInput, source: IntakeSource, as: Mode): Promise<IntakeResult> {
    const districtId = source.districtId ?? actor.scope.districtId;
    if (!districtId) throw notFound('district');
    const setup = await setupOf(this.core.db, districtId);
    try {
      return await this.batch.submit({ actor, setup, input, source, as });
    } catch (e) {
      // A retry (or two racing): the key or outside id is taken; answer with the first order.
      const raced = (e as { code?: string }).code === '23505' ? await this.existing(districtId, source, input) : undefined;
      if (raced) return { order: raced, created: false };
      throw e;
    }
  }

  private async existing(districtId: number, source: IntakeSource, input: IntakeInput) {
    const found = source.idempotencyKey
      ? await repo.findByIdempotencyKey(this.core.db, districtId, source.idempotencyKey)
      : source.sourceSystem && source.externalId
        ? await repo.findByExternalId(this.core.db, districtId, source.sourceSystem, source.externalId)
        : undefined;
    if (found && (found.category_code !== input.categoryCode || found.title !== input.title.trim())) {
      throw conflict('IDEMPOTENCY_CONFLICT', { key: source.idempotencyKey ?? `${source.sourceSystem}:${source.externalId}` }, { orderId: found.id });
    }
    return found;
  }

  /**
   * A group of intakes, each with its own actor's Work in one transaction: places and handlers found with one
   * query for the group, then orders, steps, audit entries and notices written one statement per table. An
   * intake refused on its own (a bad category, a place outside the worker's territory, a key already used)
   * is answered with its error and the others go on.
   */
  private async createMany(works: Work[], jobs: Job[]): Promise<Array<IntakeResult | Error>> {
    const db = works[0]!.db;
    // A report with a point and no unit is placed where the point falls (decision 0020), one after another on
    // the transaction's connection.
    const placements: Array<Placement | null> = [];
    for (const j of jobs) placements.push(locatedOnly(j.input) ? await placePoint(db, j.setup.districtId, j.input, j.setup.placement) : null);
    const units = new Map(
      (
        await routing.unitsAround(
          db,
          [...new Set([...jobs.flatMap((j) => (j.input.unitId ? [j.input.unitId] : [])), ...placements.flatMap((p) => (p?.unit ? [p.unit.id] : []))])],
          [...new Set(jobs.filter((j) => !j.input.unitId).map((j) => j.setup.districtId))],
        )
      ).map((u) => [u.id, u]),
    );
    const out: Array<IntakeResult | Error | null> = jobs.map(() => null);
    const planned: Array<{ i: number; plan: Plan }> = [];
    jobs.forEach((job, i) => {
      try {
        planned.push({ i, plan: this.plan(works[i]!.actor, job, units, placements[i] ?? null) });
      } catch (e) {
        if (!(e instanceof Error)) throw e;
        out[i] = e;
      }
    });
    if (planned.length) {
      const ids = await this.orderIds(db, planned.length);
      planned.forEach((p, k) => (p.plan.row.id = ids[k]!));
      const steps = planned.flatMap(({ i, plan }) =>
        plan.events.map((e, n) => ({
          district_id: plan.row.district_id,
          order_id: plan.row.id as number,
          seq: n + 1,
          step: e.step,
          from_status: e.from,
          to_status: e.to,
          actor_id: e.kind === 'system' && n > 0 ? null : works[i]!.actor.userId || null,
          actor_name: e.kind === 'system' && n > 0 ? 'system' : works[i]!.actor.userName,
          actor_kind: e.kind,
          at: plan.row.received_at as Date,
          note: e.note,
          data: JSON.stringify(e.data),
        })),
      );
      const inserted = new Map(
        (
          await repo.insertOrdersWithSteps(
            db,
            planned.map((p) => p.plan.row),
            steps,
          )
        ).map((o) => [o.id, o]),
      );
      const kept = planned.filter((p) => inserted.has(p.plan.row.id as number));
      for (const p of planned) if (!kept.includes(p)) out[p.i] = Object.assign(new Error('idempotency key or outside id already used'), { code: '23505' });
      if (kept.length) {
        await tellReportersOfIntake(
          this.core,
          works[0]!,
          kept.map((p) => inserted.get(p.plan.row.id as number)!),
        );
      }
      for (const { i, plan } of kept) {
        const order = inserted.get(plan.row.id as number)!;
        const w = works[i]!;
        await w.audit({
          action: 'appeals.order.intake',
          targetType: 'appeal_order',
          targetId: order.id,
          unitPath: order.unit_path,
          districtId: order.district_id,
          summary: {
            channel: order.channel,
            category: order.category_code,
            status: order.status,
            handler: plan.handler ? `${plan.handler.kind}:${plan.handler.id}` : null,
          },
        });
        w.emit(
          'appeals.order.received',
          {
            orderId: order.id,
            status: order.status,
            channel: order.channel,
            categoryCode: order.category_code,
            sourceSystem: order.source_system,
            externalId: order.external_id,
          } satisfies OrderReceived,
          order.district_id,
        );
        out[i] = { order, created: true };
      }
    }
    return out as Array<IntakeResult | Error>;
  }

  /** One intake's order row and first steps, decided from the group's lookups without a query. */
  private plan(actor: Actor, job: Job, units: Map<number, PlacedUnit>, placement: Placement | null): Plan {
    const { setup, input, source, as } = job;
    const { districtId, categories, calendar } = setup;
    const category = categories.byCode.get(input.categoryCode);
    if (!category) throw badRequest('CATEGORY_UNKNOWN', { code: input.categoryCode });
    const clock = new OrderClock(calendar, categories.warnAtShare);
    const where = this.place(actor, districtId, input, as, units, placement);
    const place = placeOf(where.path);
    const now = source.receivedAt ?? new Date();
    const urgent = !!input.urgent;
    const accept = clock.acceptBy(now, category, urgent);
    const anonymous = as === 'reporter' ? !!input.anonymous : !!input.anonymous || (!input.reporterName && !input.reporterPhone);
    const contact = anonymous ? { phone_enc: null, phone_masked: null } : sealPhone(this.core.crypto, input.reporterPhone);
    const dispatcher = place.streetId ? { id: place.streetId, path: place.streetPath! } : { id: place.districtUnitId, path: place.districtPath };

    const row: Insertable<AppealsTables['appeal_order']> = {
      district_id: districtId,
      channel: source.channel,
      discovery: source.discovery,
      category_code: category.code,
      category_group: category.group,
      title: input.title.trim(),
      description: input.description.trim(),
      keywords: keywords(`${input.title} ${input.description}`),
      urgent,
      unit_id: where.unitId,
      unit_path: where.path,
      street_id: place.streetId,
      committee_id: place.committeeId,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      address: input.address?.trim() || where.name,
      placement: where.how,
      placement_m: where.distanceM,
      status: 'received',
      dispatcher_unit_id: dispatcher.id,
      dispatcher_path: dispatcher.path,
      reporter_user_id: as === 'reporter' ? actor.userId : null,
      reporter_name: anonymous ? null : as === 'reporter' ? actor.userName : input.reporterName?.trim() || null,
      reporter_phone_enc: contact.phone_enc,
      reporter_phone_masked: contact.phone_masked,
      anonymous,
      contact_shared: !anonymous && !!input.contactShared,
      source_system: source.sourceSystem ?? null,
      external_id: source.externalId ?? null,
      idempotency_key: source.idempotencyKey ?? null,
      received_at: now,
      accept_due_at: accept.due,
      accept_warn_at: accept.warn,
      seq: 1,
    };

    const intake = decide(null, { step: 'intake', as: [as === 'reporter' ? 'reporter' : as === 'staff' ? 'handler' : 'system'] });
    if (!intake.ok) throw new Error(intake.code);
    let state: OrderState = intake.next;
    const events: Plan['events'] = [
      { step: 'intake', from: null, to: 'received', kind: intake.by, note: null, data: { channel: source.channel, discovery: source.discovery } },
    ];

    const handler = input.handleSelf ? this.ownCommittee(actor, units) : this.route(setup, category, place, where.path, units);
    if (handler) {
      const d = decide(state, { step: 'dispatch', as: ['system'], data: { handler } });
      if (!d.ok) throw new Error(d.code);
      state = d.next;
      Object.assign(row, handlerColumns(handler), { status: state.status, dispatched_at: now, seq: 2 });
      events.push({
        step: 'dispatch',
        from: 'received',
        to: state.status,
        kind: 'system',
        note: input.handleSelf ? '首问负责，居委会自办 / Taken on by the committee at the desk' : null,
        data: { handler: { kind: handler.kind, id: handler.id, name: handler.name }, rule: true },
      });
      if (input.handleSelf) {
        const a = decide(state, { step: 'accept', as: ['handler'] });
        if (!a.ok) throw new Error(a.code);
        state = a.next;
        const resolve = clock.resolveBy(now, category.resolveDays);
        Object.assign(row, { status: state.status, accepted_at: now, accept_minutes: 0, resolve_due_at: resolve.due, resolve_warn_at: resolve.warn, seq: 3 });
        events.push({ step: 'accept', from: 'dispatched', to: state.status, kind: 'handler', note: null, data: {} });
      }
    }
    return { row, events, handler };
  }

  /**
   * The unit the problem is in: given, or found from the point (the compound, committee or street it falls in),
   * or the district itself when nothing is near the point: its desk places the order by hand.
   */
  private place(actor: Actor, districtId: number, input: IntakeInput, as: Mode, units: Map<number, PlacedUnit>, placement: Placement | null) {
    if (input.lat != null || input.lng != null) {
      const ok = input.lat != null && input.lng != null && inChina({ lat: input.lat, lng: input.lng });
      if (!ok) throw badRequest('POINT_INVALID', { lat: input.lat ?? '', lng: input.lng ?? '' });
    }
    if (input.unitId) {
      const unit = units.get(input.unitId);
      // Residents and integrations may place an appeal anywhere in the district; workers and alarms within their territory.
      const allowed = unit && unit.district_id === districtId && (!(as === 'staff' || as === 'alarm') || containsPath(actor.scope, unit.path));
      if (!allowed) throw notFound('unit');
      return { unitId: unit.id, path: unit.path, name: unit.name, how: 'given' as const, distanceM: null };
    }
    if (input.lat == null) throw badRequest('LOCATION_REQUIRED');
    const found = placement?.unit ? units.get(placement.unit.id) : undefined;
    if (found && placement) return { unitId: found.id, path: found.path, name: found.name, how: placement.how, distanceM: placement.distanceM };
    const root = [...units.values()].find((u) => u.type === 'district' && u.district_id === districtId);
    if (!root) throw notFound('district');
    return { unitId: null, path: root.path, name: null, how: 'unplaced' as const, distanceM: null };
  }

  /** The handler the district's rules name for this category and place, or null for manual triage. */
  private route(setup: DistrictSetup, category: Category, place: ReturnType<typeof placeOf>, path: string, units: Map<number, PlacedUnit>): Handler | null {
    const rule = pickRule(setup.rules, category.code, category.group, path);
    if (!rule || rule.handler_kind === 'ops') return null;
    const unit = (id: number | null, kind: 'committee' | 'street'): Handler | null => {
      const u = id ? units.get(id) : undefined;
      return u ? { kind, id: u.id, path: u.path, name: u.name } : null;
    };
    if (rule.handler_kind === 'committee') return unit(place.committeeId, 'committee');
    if (rule.handler_kind === 'street') return unit(place.streetId, 'street');
    // A street team's code names the team of the order's own street ('HMO' → 'HMO-<street>'); else a district department.
    const code = rule.department_code!;
    const dept =
      setup.departments.find((d) => place.streetId && d.street_id === place.streetId && d.code === `${code}-${place.streetId}`) ??
      setup.departments.find((d) => d.code === code);
    return dept ? { kind: 'department', id: dept.id, path: null, name: dept.name } : null;
  }

  private ownCommittee(actor: Actor, units: Map<number, PlacedUnit>): Handler {
    const refuse = () => new AppError('STEP_NOT_ALLOWED_FOR_ACTOR', 403, { stepLabel: '居委会自办 / committee handles it' });
    if (!(actor.role === 'committee_worker' || actor.role === 'committee_head') || !this.core.can(actor, APPEALS.handle)) throw refuse();
    const committeeId = placeOf(actor.scope.paths[0]!).committeeId;
    // The place lies in the worker's territory, so their committee is among its ancestors.
    const u = committeeId ? units.get(committeeId) : undefined;
    if (!u) throw refuse();
    return { kind: 'committee', id: u.id, path: u.path, name: u.name };
  }
}

/** A report located by a valid point alone (an invalid one is refused when its order is planned). */
const locatedOnly = (i: IntakeInput): i is IntakeInput & { lat: number; lng: number } =>
  !i.unitId && i.lat != null && i.lng != null && inChina({ lat: i.lat, lng: i.lng });
