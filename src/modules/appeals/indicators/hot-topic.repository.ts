import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { ordersIn, type Area } from './indicator.repository.js';
import { STOP_WORD_LIST } from './hot-topic.stop-words.js';
import { HEAT_DECIMALS, type HeatGroup } from './hot-topic-heat.js';

type Db = Kysely<Database>;

/**
 * Counts for hot topics (热点), from the jieba keywords stored on each order at intake: nothing is segmented
 * again. An order counts once per keyword however often its text repeats it, as hot-topics.ts countTerms
 * does; invalidated orders (作废) are left out, merged ones count (each is one more resident raising it).
 */

// One order's distinct keywords: an element counts where it first occurs in the array. (Written >=, which
// never holds as >, so that the planner does not estimate a rare equality and sort a window's terms.) Keywords
// were stored at intake: a word that joined the stop words since is left out here.
const TERMS = sql`cross join lateral unnest(o.keywords) with ordinality k(term, n)
  where array_position(o.keywords, k.term) >= k.n and k.term <> all(${sql.val(STOP_WORD_LIST)}::text[])`;
const COUNTED = sql`o.status <> 'invalid'`;

export interface CategoryRow {
  category_code: string;
  count: number;
  current: number;
}

export async function topCategories(db: Db, area: Area, start: Date, end: Date, currentStart: Date, limit: number): Promise<CategoryRow[]> {
  const r = await sql<CategoryRow>`
    select o.category_code, count(*)::int as count, count(*) filter (where o.received_at >= ${currentStart})::int as current
    from appeal_order o
    where ${ordersIn(area, start, end)} and ${COUNTED}
    group by o.category_code
    order by count desc, o.category_code collate "C"
    limit ${limit}`.execute(db);
  return r.rows;
}

export interface WeekRow {
  /** The street or committee (null for orders placed above it). */
  area_id: number | null;
  /** A line for the whole area rather than one street or committee. */
  whole: boolean;
  term: string;
  /** Mentions per week back from the end: weeks[0] is the current week, weeks[1] the one before it, … */
  weeks: number[];
}

/**
 * Mentions of each term week by week, counting back in whole 7-day weeks from `end`, in one pass over the
 * window's orders: for the whole area, the `top` terms of the whole window and every term the current week
 * mentions at least `minCount` times (the only ones that can rise); with `by`, the latter also for each
 * street or committee of the area.
 */
export async function termWeeks(
  db: Db,
  area: Area,
  end: Date,
  weeks: number,
  q: { minCount: number; top: number; by: 'street' | 'committee' | null },
): Promise<WeekRow[]> {
  const start = new Date(end.getTime() - (weeks + 1) * 7 * 86_400_000);
  const areaColumn = q.by === 'street' ? sql`o.street_id` : q.by === 'committee' ? sql`o.committee_id` : sql`null::int`;
  const counts = sql.join(Array.from({ length: weeks + 1 }, (_, w) => sql`count(*) filter (where o.w = ${w})::int`));
  // Without areas there is only the whole: no grouping sets to tell apart.
  const whole = q.by === null;
  const r = await sql<{ area_id: number | null; whole: boolean; term: string; weeks: number[] }>`
    select area_id, whole, term, weeks from (
      select ${whole ? sql`null::int as area_id, true as whole` : sql`case when grouping(o.area_id) = 0 then o.area_id end as area_id, grouping(o.area_id) = 1 as whole`}, k.term,
        array[${counts}] as weeks,
        count(*) filter (where o.w = 0) as current,
        row_number() over (${whole ? sql`` : sql`partition by grouping(o.area_id) `}order by count(*) desc, k.term collate "C") as place
      from (
        select ${areaColumn} as area_id, o.keywords,
          floor(extract(epoch from (${end}::timestamptz - o.received_at)) / 604800)::int as w
        from appeal_order o
        where ${ordersIn(area, start, end)} and ${COUNTED}
      ) o ${TERMS}
      group by ${whole ? sql`k.term` : sql`grouping sets ((o.area_id, k.term), (k.term))`}
    ) t
    where current >= ${q.minCount} or (whole and place <= ${q.top})`.execute(db);
  return r.rows.map((x) => ({ area_id: x.whole ? null : x.area_id, whole: !!x.whole, term: x.term, weeks: x.weeks.map(Number) }));
}

/**
 * The window's orders grouped by compound, committee and reported point rounded to 3 decimals, optionally only
 * those mentioning a term or of a category: what a heat map of the orders needs, never a single order's point.
 */
export async function heatGroups(db: Db, area: Area, start: Date, end: Date, q: { term?: string; category?: string }): Promise<HeatGroup[]> {
  const parts: RawBuilder<unknown>[] = [ordersIn(area, start, end), COUNTED];
  if (q.term) parts.push(sql`${q.term} = any(o.keywords)`);
  if (q.category) parts.push(sql`o.category_code = ${q.category}`);
  // A path runs district/street/committee/compound/…: its fourth id is the compound of an order placed at or below one.
  const r = await sql<HeatGroup>`
    select nullif(split_part(o.unit_path, '/', 5), '')::int as compound_id, o.committee_id,
      round(o.lat::numeric, ${sql.lit(HEAT_DECIMALS)})::float8 as lat, round(o.lng::numeric, ${sql.lit(HEAT_DECIMALS)})::float8 as lng, count(*)::int as count
    from appeal_order o
    where ${sql.join(parts, sql` and `)}
    group by 1, 2, 3, 4`.execute(db);
  return r.rows;
}
