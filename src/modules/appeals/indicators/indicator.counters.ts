/**
 * The counters of appeal indicators, declared once: what one order adds to each, and the figure that shows
 * it. The rollup's column lists, the read from the orders, the sums, the zero, the TypeScript types and the
 * response schema are all derived from this list, so a new counter is one line here (and the migration that
 * gives appeal_stat and appeal_stat_cube its column and teaches the rollup trigger to fill it).
 */
export interface Counter {
  /** What one order adds, as SQL over `appeal_order o`: the rollup trigger's own wording, so that the two agree. */
  perOrder: string;
  /** The count's name in answers, or null when it only feeds a mean or a rate. */
  figure: string | null;
  /** The column is bigint: its sum is cast down, since a sum of bigint is numeric (slow, and a string in JS). */
  wide?: true;
}

export const COUNTERS = {
  received: { perOrder: '1', figure: 'received' },
  /** Received and not merged into another order or invalidated. */
  valid: { perOrder: "(o.status not in ('merged', 'invalid'))::int", figure: 'valid' },
  accepted: { perOrder: '(o.accepted_at is not null)::int', figure: 'accepted' },
  /** Working minutes from receipt to acceptance, summed over the accepted orders. */
  accept_minutes: { perOrder: 'coalesce(o.accept_minutes, 0)', figure: null, wide: true },
  resolved: { perOrder: '(o.resolved_at is not null)::int', figure: 'resolved' },
  on_time: { perOrder: 'coalesce(o.on_time, false)::int', figure: 'onTime' },
  rated: { perOrder: '(o.rating is not null)::int', figure: 'rated' },
  /** Rated satisfied or basically satisfied. */
  satisfied: { perOrder: "coalesce(o.rating in ('satisfied', 'basic'), false)::int", figure: 'satisfied' },
  reopened: { perOrder: '(o.reopen_count > 0)::int', figure: 'reopened' },
  supervised: { perOrder: '(o.supervised_at is not null)::int', figure: 'supervised' },
} as const satisfies Record<string, Counter>;

export type Counters = Record<string, Counter>;
export type CounterName = keyof typeof COUNTERS;
/** The counts the rollup keeps per order (appeal_stat), summed over any set of orders. */
export type Sums = { [K in CounterName]: number };
/** The counts an answer shows, by their figure names. */
export type CountFigures = { [K in CounterName as (typeof COUNTERS)[K]['figure'] & string]: number };

/** The counters' names in declaration order: the column order of the rollup tables. */
export const counterNames = <C extends Counters>(c: C) => Object.keys(c) as Array<keyof C & string>;

export const zeroOf = <C extends Counters>(c: C) => Object.freeze(Object.fromEntries(counterNames(c).map((k) => [k, 0]))) as { [K in keyof C]: number };

/** The columns of the counters, comma separated (`received, valid, …`), optionally each wrapped (`sum(received)`). */
export const counterColumns = (c: Counters, wrap: (column: string) => string = (x) => x) => counterNames(c).map(wrap).join(', ');

/** What one order adds to each counter, as select columns over `appeal_order o`. */
export const perOrderColumns = (c: Counters) =>
  counterNames(c)
    .map((k) => `${c[k]!.perOrder} as ${k}`)
    .join(',\n  ');

/** The counters summed over the rows `r` of a rollup, zero over none. */
export const sumColumns = (c: Counters) =>
  counterNames(c)
    .map((k) => `coalesce(sum(r.${k}${c[k]!.wide ? '::int' : ''}), 0) as ${k}`)
    .join(', ');

/** The counts of a sum by their figure names (the counters that only feed means and rates are left out). */
export function countFigures<C extends Counters>(c: C, s: { [K in keyof C]: number }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of counterNames(c)) if (c[k]!.figure) out[c[k]!.figure!] = s[k];
  return out;
}
