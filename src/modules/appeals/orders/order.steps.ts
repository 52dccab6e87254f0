import type { OrderStatus, Rating, SlaLevel } from '../appeals.schema.js';
import type { Category } from '../category.catalog.js';
import type { OrderClock } from '../sla/order.clock.js';
import type { HandlerRef, Step } from './order.machine.js';

/**
 * How each step moves an order's clocks and timestamps, as a pure function of the order and the moment: the
 * service writes what it returns, and the demo generator lives its orders through the same function, so that
 * a generated year has the deadlines, on-time flags and acceptance minutes the running system would store.
 */

/** What the steps read of an order. */
export interface ClockedOrder {
  status: OrderStatus;
  urgent: boolean;
  received_at: Date;
  accept_minutes: number | null;
  resolve_due_at: Date | null;
  suspended_remaining: number | null;
  extension: unknown;
  reopen_count: number;
  closed_at: Date | null;
}

export interface Extension {
  days: number;
  reason: string;
  requestedAt: string;
}

/** A handler as its columns need it: a committee's or street's path, none for a department. */
export type PlacedHandler = HandlerRef & { path: string | null };

/** The columns a step changes; a column left out keeps its value. */
export interface StepColumns {
  handler_kind?: HandlerRef['kind'] | null;
  handler_unit_id?: number | null;
  handler_department_id?: number | null;
  handler_path?: string | null;
  dispatched_at?: Date | null;
  accepted_at?: Date;
  resolved_at?: Date | null;
  closed_at?: Date | null;
  rated_at?: Date | null;
  supervised_at?: Date | null;
  accept_due_at?: Date;
  accept_warn_at?: Date;
  resolve_due_at?: Date | null;
  resolve_warn_at?: Date | null;
  accept_minutes?: number;
  on_time?: boolean | null;
  sla?: SlaLevel;
  extension?: Extension | null;
  suspended_from?: OrderStatus | null;
  suspended_at?: Date | null;
  suspended_remaining?: number | null;
  reopen_count?: number;
  rating?: Rating | null;
  merged_into_id?: number;
}

export interface StepContext {
  now: Date;
  clock: OrderClock;
  /** The order's category; none when its code left the catalogue (the clock then starts at once and runs ten days). */
  category: Category | undefined;
  /** The handler a dispatch or transfer sends the order to. */
  handler?: PlacedHandler | null;
  note?: string | null;
  rating?: Rating;
  days?: number;
  into?: number;
}

export function handlerColumns(h: PlacedHandler | null) {
  return {
    handler_kind: h?.kind ?? null,
    handler_unit_id: h && h.kind !== 'department' ? h.id : null,
    handler_department_id: h?.kind === 'department' ? h.id : null,
    handler_path: h?.path ?? null,
  };
}

/** The clock to accept, started at `at`: intake starts it, and it starts again whenever the order reaches a handler. */
export function acceptClock(o: Pick<ClockedOrder, 'urgent'>, at: Date, clock: OrderClock, category: Category | undefined) {
  const a = category ? clock.acceptBy(at, category, o.urgent) : { due: at, warn: at };
  return { accept_due_at: a.due, accept_warn_at: a.warn, sla: 'green' as const };
}

/** The columns `step` changes on `o` at `c.now`; the state machine has already allowed the step. */
export function stepColumns(step: Step, o: ClockedOrder, c: StepContext): StepColumns {
  const { now, clock, category } = c;
  switch (step) {
    case 'intake':
      return acceptClock(o, now, clock, category);
    case 'place':
      // Where the order is changes (the service writes it); its clocks run on.
      return {};
    case 'dispatch':
    case 'transfer':
      return { ...handlerColumns(c.handler ?? null), dispatched_at: now, extension: null, ...acceptClock(o, now, clock, category) };
    case 'return':
      return { ...handlerColumns(null), dispatched_at: null, extension: null, ...acceptClock(o, now, clock, category) };
    case 'accept': {
      const r = clock.resolveBy(now, category?.resolveDays ?? 10);
      return {
        accepted_at: now,
        accept_minutes: o.accept_minutes ?? clock.workingMinutes(o.received_at, now),
        resolve_due_at: r.due,
        resolve_warn_at: r.warn,
        sla: 'green',
      };
    }
    case 'request_extension':
      return { extension: { days: c.days!, reason: c.note?.trim() ?? '', requestedAt: now.toISOString() } };
    case 'approve_extension': {
      const days = (o.extension as { days: number } | null)?.days ?? 0;
      const base = o.resolve_due_at && o.resolve_due_at > now ? o.resolve_due_at : now;
      const r = clock.within(now, clock.calendar.addWorkingDays(base, days));
      return { extension: null, resolve_due_at: r.due, resolve_warn_at: r.warn, sla: now < r.warn ? 'green' : 'yellow' };
    }
    case 'reject_extension':
      return { extension: null };
    case 'suspend':
      return { suspended_from: o.status, suspended_at: now, suspended_remaining: o.resolve_due_at ? clock.remaining(now, o.resolve_due_at) : null };
    case 'resume': {
      const r = o.suspended_remaining !== null ? clock.resumeAt(now, o.suspended_remaining) : null;
      return {
        suspended_from: null,
        suspended_at: null,
        suspended_remaining: null,
        ...(r ? { resolve_due_at: r.due, resolve_warn_at: r.warn, sla: now < r.warn ? 'green' : 'yellow' } : {}),
      };
    }
    case 'resolve':
      return { resolved_at: now, on_time: !o.resolve_due_at || now <= o.resolve_due_at, extension: null };
    case 'rate':
      return { rating: c.rating!, rated_at: now, closed_at: o.closed_at ?? now };
    case 'reopen':
      return {
        reopen_count: o.reopen_count + 1,
        rating: null,
        rated_at: null,
        resolved_at: null,
        closed_at: null,
        on_time: null,
        resolve_due_at: null,
        resolve_warn_at: null,
        supervised_at: null,
        dispatched_at: now,
        ...acceptClock(o, now, clock, category),
      };
    case 'close':
      return { closed_at: now };
    case 'supervise':
      return { supervised_at: now };
    case 'merge':
      return { merged_into_id: c.into!, extension: null };
    case 'invalidate':
      return { extension: null, closed_at: now };
    case 'start':
      return {};
  }
}
