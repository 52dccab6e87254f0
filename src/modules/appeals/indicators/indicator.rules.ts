import { badRequest } from '../../../platform/errors.js';
import { COUNTERS, counterNames, countFigures, zeroOf, type CountFigures, type Sums } from './indicator.counters.js';

/**
 * The arithmetic of appeal indicators (诉求指标): periods and their previous periods, rates from counts, change
 * against the previous period, chart buckets and rankings. Pure: the repository returns counts, this file
 * decides what they mean.
 */

export type { Sums } from './indicator.counters.js';

export const MEASURES = counterNames(COUNTERS);

export const ZERO: Sums = zeroOf(COUNTERS);

export function addSums(a: Sums, b: Sums): Sums {
  const out = { ...a };
  for (const m of MEASURES) out[m] += b[m];
  return out;
}

export const sumAll = (rows: Iterable<Sums>): Sums => {
  let total: Sums = ZERO;
  for (const r of rows) total = addSums(total, r);
  return total;
};

export interface Figures extends CountFigures {
  /** Mean working minutes from receipt to acceptance; null when nothing was accepted. */
  avgAcceptMinutes: number | null;
  /** Resolved within the limit, of the resolved. */
  onTimeRate: number | null;
  /** Resolved, of the valid orders. */
  resolutionRate: number | null;
  /** Satisfied or basically satisfied, of the rated. */
  satisfactionRate: number | null;
  /** Reopened by the reporter at least once, of the valid orders. */
  reopenRate: number | null;
}

// A rate over nothing is unknown, not zero: a unit without rated orders is not "0% satisfied".
const rate = (n: number, d: number) => (d > 0 ? n / d : null);

export function figuresOf(s: Sums): Figures {
  return {
    ...(countFigures(COUNTERS, s) as CountFigures),
    avgAcceptMinutes: s.accepted > 0 ? s.accept_minutes / s.accepted : null,
    onTimeRate: rate(s.on_time, s.resolved),
    resolutionRate: rate(s.resolved, s.valid),
    satisfactionRate: rate(s.satisfied, s.rated),
    reopenRate: rate(s.reopened, s.valid),
  };
}

/**
 * The smallest base a percentage is computed on. Below it a percentage says more about chance than about the
 * work: 2 orders after 1 is "+100%", one unsatisfied rating of 3 moves a satisfaction rate by 33 points. Under
 * 10 in the previous period (for a volume) or in either period (for a rate or a mean), the change is left out
 * and the counts speak for themselves.
 */
export const MIN_COMPARISON_BASE = 10;

export interface Change {
  /** Relative change of the volume (0.1 = 10% more); null when the previous period had fewer than the base. */
  received: number | null;
  /** Difference of the volumes in orders, always given: what is shown when the base is too small. */
  receivedDifference: number;
  /** Relative change of the mean acceptance time; null when either period accepted fewer than the base. */
  avgAcceptMinutes: number | null;
  /**
   * Differences of rates in points of share (0.05 = five percentage points); null when either period's
   * denominator (resolved, valid or rated orders) is below the base.
   */
  onTimeRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  reopenRate: number | null;
  /** Difference of counts. */
  supervised: number;
}

const enough = (...bases: number[]) => bases.every((b) => b >= MIN_COMPARISON_BASE);
const relative = (cur: number | null, prev: number | null, ok: boolean) => (!ok || cur === null || prev === null || prev === 0 ? null : (cur - prev) / prev);
const points = (cur: number | null, prev: number | null, ok: boolean) => (!ok || cur === null || prev === null ? null : cur - prev);

/**
 * How the current period moved against the previous one (环比), which must be of the same length (periodsOf
 * gives it): a year so far against the as many days before it, never against a whole previous year.
 */
export function changeOf(cur: Figures, prev: Figures): Change {
  return {
    received: relative(cur.received, prev.received, enough(prev.received)),
    receivedDifference: cur.received - prev.received,
    avgAcceptMinutes: relative(cur.avgAcceptMinutes, prev.avgAcceptMinutes, enough(cur.accepted, prev.accepted)),
    onTimeRate: points(cur.onTimeRate, prev.onTimeRate, enough(cur.resolved, prev.resolved)),
    resolutionRate: points(cur.resolutionRate, prev.resolutionRate, enough(cur.valid, prev.valid)),
    satisfactionRate: points(cur.satisfactionRate, prev.satisfactionRate, enough(cur.rated, prev.rated)),
    reopenRate: points(cur.reopenRate, prev.reopenRate, enough(cur.valid, prev.valid)),
    supervised: cur.supervised - prev.supervised,
  };
}

// --- Dates: 'YYYY-MM-DD' days of the Shanghai calendar, counted as whole days since 1970-01-01. ---

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayNumber(day: string): number {
  if (!ISO_DAY.test(day)) throw badRequest('PERIOD_INVALID', { from: day, to: '' });
  const n = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
  // Date.UTC rolls 2026-02-30 over into March: such a day does not exist.
  if (dayOf(n) !== day) throw badRequest('PERIOD_INVALID', { from: day, to: '' });
  return n;
}

export const dayOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (day: string, n: number): string => dayOf(dayNumber(day) + n);

/** The start of a day in Shanghai (UTC+8 all year) as an instant, for timestamp columns. */
export const dayStart = (day: string): Date => new Date(dayNumber(day) * DAY_MS - 8 * 3_600_000);

export interface Period {
  from: string;
  to: string;
}

export interface Periods {
  current: Period;
  /** The same number of days just before (环比). */
  previous: Period;
  days: number;
}

/** Three years of days: the longest span one request may aggregate. */
export const MAX_PERIOD_DAYS = 1_100;

/**
 * The period asked for, this calendar year so far by default (the year of `today`, a Shanghai date), and
 * the previous period of the same length that ends the day before it starts.
 */
export function periodsOf(q: { from?: string; to?: string }, today: string): Periods {
  const to = q.to ?? today;
  const from = q.from ?? (q.to ? `${q.to.slice(0, 4)}-01-01` : `${today.slice(0, 4)}-01-01`);
  const a = dayNumber(from);
  const b = dayNumber(to);
  const days = b - a + 1;
  if (days < 1 || days > MAX_PERIOD_DAYS) throw badRequest('PERIOD_INVALID', { from, to });
  return { current: { from, to }, previous: { from: dayOf(a - days), to: dayOf(a - 1) }, days };
}

export type Interval = 'week' | 'month';

/** A series' interval when none is asked: weeks for a quarter or less, months beyond. */
export const intervalFor = (days: number): Interval => (days <= 92 ? 'week' : 'month');

/** The first day of the week (Monday, as PostgreSQL's date_trunc) or month that holds the day. */
export function bucketOf(day: string, interval: Interval): string {
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: day 0 is three days after a Monday.
  return dayOf(n - ((n + 3) % 7));
}

/** The buckets covering the period, each clipped to it: the first may start late, the last end early. */
export function bucketsOf(p: Period, interval: Interval): Array<{ key: string; from: string; to: string }> {
  const out: Array<{ key: string; from: string; to: string }> = [];
  const end = dayNumber(p.to);
  for (let key = bucketOf(p.from, interval); dayNumber(key) <= end; ) {
    const next = interval === 'week' ? addDays(key, 7) : nextMonth(key);
    const from = dayNumber(key) < dayNumber(p.from) ? p.from : key;
    const last = dayNumber(next) - 1;
    out.push({ key, from, to: last > end ? p.to : dayOf(last) });
    key = next;
  }
  return out;
}

const nextMonth = (first: string) => {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

// --- Rankings (双向评议): departments and streets compared on what they were given. ---

export const RANKED = ['onTimeRate', 'resolutionRate', 'satisfactionRate'] as const;
export type RankedRate = (typeof RANKED)[number];

/** Fewest valid orders for a unit to be ranked: rates over a handful of orders say little. */
export const DEFAULT_MIN_VOLUME = 10;

export interface Ranked<T> {
  item: T;
  figures: Figures;
  /** 1 = best; null when below the minimum volume or when the rate is unknown. Ties share a rank. */
  ranks: Record<RankedRate, number | null>;
  /** Mean of the known ranked rates, for the overall order; null when unranked. */
  score: number | null;
}

/**
 * Ranks each rate among the items with at least `minVolume` valid orders: the highest rate first, equal
 * rates sharing a rank (1, 2, 2, 4). Items are listed by score, the unranked last, then by volume.
 */
export function rankAll<T>(items: Array<{ item: T; sums: Sums }>, minVolume: number): Ranked<T>[] {
  const rows = items.map(({ item, sums }) => ({
    item,
    figures: figuresOf(sums),
    ranks: { onTimeRate: null, resolutionRate: null, satisfactionRate: null } as Record<RankedRate, number | null>,
    score: null as number | null,
  }));
  const eligible = rows.filter((r) => r.figures.valid >= minVolume);
  for (const key of RANKED) {
    const known = eligible.filter((r) => r.figures[key] !== null).sort((a, b) => b.figures[key]! - a.figures[key]!);
    known.forEach((r, i) => {
      const prev = known[i - 1];
      r.ranks[key] = prev && prev.figures[key] === r.figures[key] ? prev.ranks[key] : i + 1;
    });
  }
  for (const r of eligible) {
    const rates = RANKED.map((k) => r.figures[k]).filter((v): v is number => v !== null);
    r.score = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null;
  }
  return rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.figures.valid - a.figures.valid);
}
