import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { cachedCatalog } from '../../platform/catalog.js';
import { WorkCalendar } from './sla.calendar.js';
import type { Category } from './category.catalog.js';

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
  constructor(readonly calendar: WorkCalendar, readonly warnAtShare: number) {}

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
