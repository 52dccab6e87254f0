import type { CatalogRecord } from '../../../platform/catalog.js';

/**
 * The working-time calendar of SLA clocks (限时办理): time limits such as "accept within 2 working hours" or
 * "resolve within 15 working days" count only office hours of working days, where the State Council's holiday
 * arrangement both removes weekdays (holidays) and adds weekend days (调休上班). The data is the district's
 * `calendar` catalog; this file holds no dates of its own.
 *
 * Everything here is pure and allocation-light because intake computes a deadline per order and the SLA sweep
 * recomputes progress for every open order: each year becomes a day table with prefix counts once, so adding
 * N working days or measuring a span costs a few steps per calendar year crossed, never a step per minute or
 * per day.
 */

// China has kept UTC+08:00 all year round since it gave up daylight saving time in 1991, so a fixed offset gives
// the same answer as the Asia/Shanghai zone for any date an order can carry, needs no time-zone database, and
// cannot be bent by the server's own TZ (all arithmetic below uses UTC methods on shifted instants).
const OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
export const CALENDAR_TIMEZONE = 'Asia/Shanghai';

/** The catalog's shape once a profile file is split: its top-level fields other than catalog/draft/source/entries. */
export interface CalendarConfig {
  timezone?: string;
  /** Days of the week that are rest days, 0 = Sunday … 6 = Saturday. */
  weekend?: readonly number[];
  /** Years whose arrangement was entered before the State Council published it. */
  draftYears?: readonly (number | string)[];
  workingHours?: { start: string; end: string };
  years?: Readonly<Record<string, { holidays?: readonly string[]; workdays?: readonly string[] }>>;
}

export type YearStatus = 'official' | 'draft' | 'weekends-only';

/** A time limit: working minutes, working hours, or working days (each day = one full office day of minutes). */
export type SlaLimit = { minutes: number } | { hours: number } | { days: number };

interface YearTable {
  /** Day number (days since 1970-01-01, Shanghai) of 1 January. */
  first: number;
  working: Uint8Array;
  /** before[i] = working days among the year's first i days, so any span's count is one subtraction. */
  before: Int32Array;
}

interface YearRules {
  holidays: Set<number>;
  workdays: Set<number>;
}

class CalendarError extends Error {
  constructor(detail: string) {
    super(`工作日历配置有误 / invalid working calendar: ${detail}`);
  }
}

const toLocal = (d: Date) => {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid date');
  return t + OFFSET_MS;
};
const fromLocal = (local: number) => new Date(local - OFFSET_MS);
const dayOf = (local: number) => Math.floor(local / DAY_MS);
const yearOfDay = (day: number) => new Date(day * DAY_MS).getUTCFullYear();
const firstDayOfYear = (year: number) => Date.UTC(year, 0, 1) / DAY_MS;
// 1970-01-01 was a Thursday.
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

function parseDay(s: unknown, where: string): number {
  const m = typeof s === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) throw new CalendarError(`${where}: "${String(s)}" is not a YYYY-MM-DD date`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== s) throw new CalendarError(`${where}: "${s}" is not a real date`);
  return t / DAY_MS;
}

function parseClock(s: unknown, where: string): number {
  const m = typeof s === 'string' ? /^(\d{2}):(\d{2})$/.exec(s) : null;
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60) throw new CalendarError(`${where}: "${String(s)}" is not HH:MM`);
  return minutes;
}

function nonNegative(n: number, what: string): number {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`${what} must be a non-negative number, got ${n}`);
  return n;
}

/** The Shanghai calendar date of an instant, YYYY-MM-DD. */
export function shanghaiDate(d: Date): string {
  return new Date(toLocal(d)).toISOString().slice(0, 10);
}

export class WorkCalendar {
  /** Opening and closing time as minutes after local midnight. */
  readonly opens: number;
  readonly closes: number;
  /** Working minutes in one working day: a working day of an SLA is this many working minutes. */
  readonly dayMinutes: number;
  private readonly openMs: number;
  private readonly closeMs: number;
  private readonly dayMs: number;
  private readonly weekend: ReadonlySet<number>;
  private readonly rules = new Map<number, YearRules>();
  private readonly drafts: ReadonlySet<number>;
  private readonly tables = new Map<number, YearTable>();

  /** Validates the whole configuration up front, so a bad catalog fails when it is loaded, not mid-sweep. */
  constructor(config: CalendarConfig = {}) {
    if (config.timezone !== undefined && config.timezone !== CALENDAR_TIMEZONE) {
      throw new CalendarError(`timezone "${config.timezone}" is not supported (only ${CALENDAR_TIMEZONE})`);
    }
    const weekend = config.weekend ?? [6, 0];
    if (!Array.isArray(weekend) || weekend.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
      throw new CalendarError('weekend must list weekdays 0 (Sunday) … 6 (Saturday)');
    }
    // With every weekday a rest day, years outside the catalog would have no working day to reach.
    if (new Set(weekend).size === 7) throw new CalendarError('weekend cannot be the whole week');
    this.weekend = new Set(weekend);

    const hours = config.workingHours ?? { start: '09:00', end: '17:00' };
    this.opens = parseClock(hours.start, 'workingHours.start');
    this.closes = parseClock(hours.end, 'workingHours.end');
    if (this.closes <= this.opens) throw new CalendarError('workingHours must end after they start');
    this.dayMinutes = this.closes - this.opens;
    this.openMs = this.opens * MINUTE_MS;
    this.closeMs = this.closes * MINUTE_MS;
    this.dayMs = this.dayMinutes * MINUTE_MS;

    this.drafts = new Set((config.draftYears ?? []).map(Number));
    for (const [key, year] of Object.entries(config.years ?? {})) {
      const y = Number(key);
      if (!/^\d{4}$/.test(key)) throw new CalendarError(`year "${key}" is not a year`);
      if (typeof year !== 'object' || year === null) throw new CalendarError(`${key} must be an object of holidays and workdays`);
      const days = (list: unknown, what: string) => {
        if (list === undefined) return new Set<number>();
        if (!Array.isArray(list)) throw new CalendarError(`${key}.${what} must be a list of dates`);
        return new Set(
          list.map((s) => {
            const day = parseDay(s, `${key}.${what}`);
            // The catalog's rule: a year lists only its own dates (a break across New Year is split between years).
            if (yearOfDay(day) !== y) throw new CalendarError(`${key}.${what}: ${s} is not in ${key}`);
            return day;
          }),
        );
      };
      this.rules.set(y, { holidays: days(year.holidays, 'holidays'), workdays: days(year.workdays, 'workdays') });
      this.table(y);
    }
  }

  /** The calendar of a district's `calendar` catalog (`{ entries, extra }`); no catalog means weekends only. */
  static fromCatalog(catalog: Pick<CatalogRecord, 'extra'> | undefined): WorkCalendar {
    const extra = catalog?.extra;
    if (extra !== undefined && (typeof extra !== 'object' || extra === null)) throw new CalendarError('extra is not an object');
    return new WorkCalendar((extra ?? {}) as CalendarConfig);
  }

  /** Whether the catalog holds the published arrangement of a year; other years count weekends only. */
  coversYear(year: number): boolean {
    return this.yearStatus(year) === 'official';
  }

  yearStatus(year: number): YearStatus {
    if (!this.rules.has(year)) return 'weekends-only';
    return this.drafts.has(year) ? 'draft' : 'official';
  }

  /** A working day in Shanghai: an instant's local date, or a YYYY-MM-DD date. */
  isWorkingDay(date: Date | string): boolean {
    const day = typeof date === 'string' ? parseDay(date, 'date') : dayOf(toLocal(date));
    return this.workingDay(day);
  }

  /** Inside office hours of a working day (opening inclusive, closing exclusive). */
  isWorkingTime(at: Date): boolean {
    const local = toLocal(at);
    const day = dayOf(local);
    const ms = local - day * DAY_MS;
    return this.workingDay(day) && ms >= this.openMs && ms < this.closeMs;
  }

  /** Where an SLA clock started at `from` begins to run: `from` itself in working time, else the next opening. */
  clockStart(from: Date): Date {
    return fromLocal(this.startLocal(toLocal(from)));
  }

  /**
   * The instant when `minutes` working minutes have run from `from`. A clock started outside working time begins
   * at the next opening; a limit that runs out exactly at closing time ends then, not at the next opening.
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    const start = this.startLocal(toLocal(from));
    let rest = Math.round(nonNegative(minutes, 'minutes') * MINUTE_MS);
    const day = dayOf(start);
    const leftToday = day * DAY_MS + this.closeMs - start;
    if (rest <= leftToday) return fromLocal(start + rest);
    rest -= leftToday;
    // Whole working days are skipped through the day tables; the last one takes what remains (0 < it ≤ a day).
    const k = Math.ceil(rest / this.dayMs);
    const end = this.nthWorkingDayAfter(day, k);
    return fromLocal(end * DAY_MS + this.openMs + rest - (k - 1) * this.dayMs);
  }

  /** N working days later at the same position of the working clock: exactly N × dayMinutes working minutes. */
  addWorkingDays(from: Date, days: number): Date {
    return this.addWorkingMinutes(from, nonNegative(days, 'days') * this.dayMinutes);
  }

  /** Working minutes from a to b; negative when b is before a (e.g. how far past its deadline an order is). */
  workingMinutesBetween(a: Date, b: Date): number {
    const la = toLocal(a);
    const lb = toLocal(b);
    return lb >= la ? this.workingMs(la, lb) / MINUTE_MS : 0 - this.workingMs(lb, la) / MINUTE_MS; // 0 - … so that "no time" is never -0
  }

  /** The deadline of a time limit started at `from`. */
  deadline(from: Date, limit: SlaLimit): Date {
    if ('days' in limit) return this.addWorkingDays(from, limit.days);
    if ('hours' in limit) return this.addWorkingMinutes(from, nonNegative(limit.hours, 'hours') * 60);
    return this.addWorkingMinutes(from, limit.minutes);
  }

  private workingDay(day: number): boolean {
    const t = this.table(yearOfDay(day));
    return t.working[day - t.first] === 1;
  }

  private table(year: number): YearTable {
    let t = this.tables.get(year);
    if (t) return t;
    const first = firstDayOfYear(year);
    const n = firstDayOfYear(year + 1) - first;
    const rules = this.rules.get(year);
    const working = new Uint8Array(n);
    const before = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const day = first + i;
      const open = rules?.workdays.has(day) || (!this.weekend.has(weekdayOf(day)) && !rules?.holidays.has(day));
      working[i] = open ? 1 : 0;
      before[i + 1] = before[i]! + working[i]!;
    }
    t = { first, working, before };
    this.tables.set(year, t);
    return t;
  }

  private startLocal(local: number): number {
    const day = dayOf(local);
    const ms = local - day * DAY_MS;
    if (this.workingDay(day)) {
      if (ms < this.openMs) return day * DAY_MS + this.openMs;
      if (ms < this.closeMs) return local;
    }
    return this.nthWorkingDayAfter(day, 1) * DAY_MS + this.openMs;
  }

  /** The k-th working day after `day` (k ≥ 1): whole years are skipped by their counts, then a binary search. */
  private nthWorkingDayAfter(day: number, k: number): number {
    let d = day + 1;
    for (;;) {
      const t = this.table(yearOfDay(d));
      const i = d - t.first;
      const n = t.working.length;
      const available = t.before[n]! - t.before[i]!;
      if (k <= available) {
        const target = t.before[i]! + k;
        let lo = i;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (t.before[mid + 1]! >= target) hi = mid;
          else lo = mid + 1;
        }
        return t.first + lo;
      }
      k -= available;
      d = t.first + n;
    }
  }

  /** Working days in [from, to), summed per year from the prefix counts. */
  private workingDaysIn(from: number, to: number): number {
    let count = 0;
    let d = from;
    while (d < to) {
      const t = this.table(yearOfDay(d));
      const end = Math.min(to - t.first, t.working.length);
      count += t.before[end]! - t.before[d - t.first]!;
      d = t.first + end;
    }
    return count;
  }

  /** Working milliseconds of `day` before its local time-of-day `ms`. */
  private workedBefore(day: number, ms: number): number {
    if (!this.workingDay(day)) return 0;
    return Math.min(Math.max(ms, this.openMs), this.closeMs) - this.openMs;
  }

  private workingMs(from: number, to: number): number {
    const da = dayOf(from);
    const db = dayOf(to);
    const atA = this.workedBefore(da, from - da * DAY_MS);
    const atB = this.workedBefore(db, to - db * DAY_MS);
    if (da === db) return atB - atA;
    const restOfA = (this.workingDay(da) ? this.dayMs : 0) - atA;
    return restOfA + this.workingDaysIn(da + 1, db) * this.dayMs + atB;
  }
}
