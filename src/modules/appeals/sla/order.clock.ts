import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { cachedCatalog } from '../../../platform/catalog.js';
import { WorkCalendar } from './sla.calendar.js';
import type { Category } from '../category.catalog.js';
import type { SlaLevel } from '../appeals.schema.js';

/** The district's working calendar (public holidays and make-up working days), from its catalog. */
export const loadCalendar = (db: Kysely<Database>, districtId: number): Promise<WorkCalendar> =>
  cachedCatalog(db, districtId, 'calendar', (c) => WorkCalendar.fromCatalog(c));

export interface Deadline {
  due: Date;
  /** Yellow from here: the share of the limit the district warns at (80% by default). */
  warn: Date;
}

/**
 * SLA clocks on working time: the limit to accept counts working minutes (30 when urgent), the limit to
 * resolve counts working days from acceptance. The warning point is the same share of working time.
 */
export class OrderClock {
  constructor(
    readonly calendar: WorkCalendar,
    readonly warnAtShare: number,
  ) {}

  acceptBy(from: Date, c: Category, urgent: boolean): Deadline {
    const minutes = urgent ? c.urgentAcceptMinutes : c.acceptMinutes;
    return { due: this.calendar.addWorkingMinutes(from, minutes), warn: this.calendar.addWorkingMinutes(from, Math.floor(minutes * this.warnAtShare)) };
  }

  resolveBy(from: Date, days: number): Deadline {
    return this.within(from, this.calendar.addWorkingDays(from, days));
  }

  /** A deadline moved (extension, suspension): the warning keeps its share of what is left from `from`. */
  within(from: Date, due: Date): Deadline {
    const left = this.calendar.workingMinutesBetween(from, due);
    return { due, warn: this.calendar.addWorkingMinutes(from, Math.floor(left * this.warnAtShare)) };
  }

  /** Working minutes from `from` to `due` (0 once overdue): what a suspension keeps for later. */
  remaining(from: Date, due: Date): number {
    return due > from ? Math.ceil(this.calendar.workingMinutesBetween(from, due)) : 0;
  }

  resumeAt(from: Date, remainingMinutes: number): Deadline {
    return this.within(from, this.calendar.addWorkingMinutes(from, remainingMinutes));
  }

  workingMinutes(a: Date, b: Date): number {
    return b > a ? Math.round(this.calendar.workingMinutesBetween(a, b)) : 0;
  }
}

/** Orders whose acceptance clock runs, and orders whose resolution clock runs. */
export const WAITING_STATUSES = ['received', 'dispatched'] as const;
export const WORKING_STATUSES = ['accepted', 'in_progress'] as const;

interface Clocked {
  status: string;
  sla: SlaLevel;
  accept_due_at: Date | null;
  accept_warn_at: Date | null;
  resolve_due_at: Date | null;
  resolve_warn_at: Date | null;
}

/**
 * The SLA colour at `now`. A running clock's colour is its warning and due points compared with the clock, so
 * nothing has to be written when an order turns yellow or red; a stopped clock (suspended, resolved, closed)
 * keeps the colour it had when it stopped, which every step writes (order.service.ts).
 */
export function slaColour(o: Clocked, now: Date): SlaLevel {
  const waiting = (WAITING_STATUSES as readonly string[]).includes(o.status);
  const working = (WORKING_STATUSES as readonly string[]).includes(o.status);
  const due = waiting ? o.accept_due_at : working ? o.resolve_due_at : null;
  if (!waiting && !working) return o.sla;
  // A clock without a deadline (an order with no category yet) has nothing to be late for.
  if (!due) return 'green';
  const warn = (waiting ? o.accept_warn_at : o.resolve_warn_at) ?? due;
  return due <= now ? 'red' : warn <= now ? 'yellow' : 'green';
}
