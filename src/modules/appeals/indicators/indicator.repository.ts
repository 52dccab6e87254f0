import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Scope } from '../../../platform/scope.js';
import { startsWith } from '../../../platform/db/like.js';
import { COUNTERS, counterColumns, perOrderColumns, sumColumns } from './indicator.counters.js';
import * as org from '../../org/index.js';
import type { CubeCut } from './indicator.schema.js';
import { addDays, dayStart, type Interval, type Period, type Sums } from './indicator.rules.js';

type Db = Kysely<Database>;

/**
 * Where a set of orders is: the whole district, a street, a committee, or any smaller unit by its path; with
 * `departmentIds`, only the orders handled by those departments.
 */
export interface Area {
  districtId: number;
  streetId?: number;
  committeeId?: number;
  /** A unit below the committee level (a compound, building or house), matched by territory path. */
  path?: string;
  departmentIds?: number[] | null;
}

/**
 * Which rows to sum: the district cube by one cut (district only, every department), appeal_stat for a street,
 * committee or department, or the orders themselves below the committee level, which the rollups do not
 * distinguish.
 */
export type Source = { kind: 'cube'; districtId: number; cut: CubeCut } | ({ kind: 'stat' } & Area) | ({ kind: 'orders' } & Area);

export type Dim = 'channel' | 'category' | 'street' | 'committee' | 'department';

const DIM_COLUMN: Record<Dim, string> = {
  channel: 'r.channel',
  category: 'r.category_code',
  street: 'r.street_id',
  committee: 'r.committee_id',
  department: 'r.department_id',
};
const DIM_ALIAS: Record<Dim, string> = {
  channel: 'channel',
  category: 'category_code',
  street: 'street_id',
  committee: 'committee_id',
  department: 'department_id',
};

export interface AggregateRow extends Sums {
  current?: boolean;
  bucket?: string;
  channel?: string;
  category_code?: string;
  street_id?: number;
  committee_id?: number;
  department_id?: number;
}

const ROLLUP_MEASURES = sql.raw(counterColumns(COUNTERS));

// What one order adds, in the words of the rollup's trigger (appeals.migrations.ts, share): the same figure
// read from the orders must equal the one read from the rollups.
const ORDER_MEASURES = sql.raw(perOrderColumns(COUNTERS));

// Sums of int are bigint, which both drivers return as numbers here.
const SUMS = sql.raw(sumColumns(COUNTERS));

/** The orders of an area received in [start, end), as a condition on appeal_order o. */
export function ordersIn(a: Area, start: Date, end: Date): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`o.district_id = ${a.districtId}`, sql`o.received_at >= ${start}`, sql`o.received_at < ${end}`];
  if (a.streetId !== undefined) parts.push(sql`o.street_id = ${a.streetId}`);
  if (a.committeeId !== undefined) parts.push(sql`o.committee_id = ${a.committeeId}`);
  if (a.path !== undefined) parts.push(sql`o.unit_path like ${startsWith(a.path)}`);
  if (a.departmentIds) parts.push(sql`o.handler_department_id = any(${sql.val(a.departmentIds)}::int[])`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

function relation(s: Source, p: Period): RawBuilder<unknown> {
  if (s.kind === 'cube') {
    return sql`select day, street_id, -1 as committee_id, department_id, channel, category_code, ${ROLLUP_MEASURES}
      from appeal_stat_cube where district_id = ${s.districtId} and cut = ${s.cut} and day between ${p.from}::date and ${p.to}::date`;
  }
  if (s.kind === 'stat') {
    const parts: RawBuilder<unknown>[] = [sql`district_id = ${s.districtId}`, sql`day between ${p.from}::date and ${p.to}::date`];
    if (s.streetId !== undefined) parts.push(sql`street_id = ${s.streetId}`);
    if (s.committeeId !== undefined) parts.push(sql`committee_id = ${s.committeeId}`);
    if (s.departmentIds) parts.push(sql`department_id = any(${sql.val(s.departmentIds)}::int[])`);
    return sql`select day, street_id, committee_id, department_id, channel, category_code, ${ROLLUP_MEASURES}
      from appeal_stat where ${sql.join(parts, sql` and `)}`;
  }
  return sql`select (o.received_at at time zone 'Asia/Shanghai')::date as day, coalesce(o.street_id, 0) as street_id,
      coalesce(o.committee_id, 0) as committee_id, coalesce(o.handler_department_id, 0) as department_id, o.channel, o.category_code,
      ${ORDER_MEASURES}
    from appeal_order o where ${ordersIn(s, dayStart(p.from), dayStart(addDays(p.to, 1)))}`;
}

export interface Aggregate {
  /** Days summed, both ends included. */
  period: Period;
  /** Marks each row as current (on or after this day) or previous. */
  splitAt?: string;
  /** Groups by the week (from Monday) or month each day falls in. */
  bucket?: Interval;
  by?: Dim[];
}

/** The rollup's counts over the source's rows in the period, grouped as asked. */
export async function aggregate(db: Db, s: Source, q: Aggregate): Promise<AggregateRow[]> {
  const keys: RawBuilder<unknown>[] = [];
  if (q.splitAt) keys.push(sql`(r.day >= ${q.splitAt}::date) as current`);
  // The cast to timestamp (not timestamptz) keeps the session's time zone out of the truncation.
  if (q.bucket) keys.push(sql`to_char(date_trunc(${q.bucket}, r.day::timestamp), 'YYYY-MM-DD') as bucket`);
  for (const d of q.by ?? []) keys.push(sql.raw(`${DIM_COLUMN[d]} as ${DIM_ALIAS[d]}`));
  const groupBy = keys.length ? sql`group by ${sql.raw(keys.map((_, i) => String(i + 1)).join(', '))}` : sql``;
  const head = keys.length ? sql`${sql.join(keys)}, ` : sql``;
  const r = await sql<AggregateRow>`select ${head}${SUMS} from (${relation(s, q.period)}) r ${groupBy}`.execute(db);
  return r.rows;
}

// --- The district cube: refreshed for the days appeal_stat_dirty names, before it is read. ---

// Any constant: with the district id, serialises refreshes of one district's cube.
const CUBE_LOCK = 7_306_150;
const BULK_DAYS = 31;

/** The districts with days still to re-sum. */
export async function staleDistricts(db: Db): Promise<number[]> {
  const r = await sql<{ district_id: number }>`select distinct district_id from appeal_stat_dirty`.execute(db);
  return r.rows.map((x) => x.district_id);
}

export async function cubeIsStale(db: Db, districtId: number): Promise<boolean> {
  const r = await sql<{ stale: boolean }>`select exists (select 1 from appeal_stat_dirty where district_id = ${districtId}) as stale`.execute(db);
  return !!r.rows[0]?.stale;
}

/**
 * Re-sums the days of the district that changed since the last refresh; returns how many. The markers are
 * taken in one statement and appeal_stat is read in a later one, so the read sees every change whose marker
 * was taken (a change commits with its marker); a change committing in between is summed now and again at
 * the next refresh, never lost.
 */
export async function refreshCube(db: Db, districtId: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${CUBE_LOCK}::int, ${districtId}::int)`.execute(trx);
    const taken = await sql<{ day: string }>`delete from appeal_stat_dirty where district_id = ${districtId} returning day`.execute(trx);
    const days = [...new Set(taken.rows.map((r) => r.day))];
    if (!days.length) return 0;
    await sql`delete from appeal_stat_cube where district_id = ${districtId} and day = any(${sql.val(days)}::date[])`.execute(trx);
    await sql`
      insert into appeal_stat_cube (district_id, cut, day, street_id, department_id, channel, category_code,
        ${ROLLUP_MEASURES})
      select district_id,
        case when grouping(channel) = 0 then 'c' when grouping(category_code) = 0 then 'k' when grouping(street_id) = 0 then 's' else 'd' end,
        day,
        case when grouping(street_id) = 0 then street_id else -1 end,
        case when grouping(department_id) = 0 then department_id else -1 end,
        case when grouping(channel) = 0 then channel else '' end,
        case when grouping(category_code) = 0 then category_code else '' end,
        ${sql.raw(counterColumns(COUNTERS, (c) => `sum(${c})`))}
      from appeal_stat
      where district_id = ${districtId} and day = any(${sql.val(days)}::date[])
      group by district_id, day, grouping sets ((channel), (category_code), (street_id), (department_id))
      having sum(received) > 0`.execute(trx);
    // After a bulk load (or the first read after this table was made) the planner has no statistics and
    // would sort a year of rows to group a few dozen; gather them now rather than when autovacuum comes.
    if (days.length > BULK_DAYS) await sql`analyze appeal_stat_cube`.execute(trx);
    return days.length;
  });
}

// --- Units and departments, for names, choices and the scope of a request. ---

export interface UnitRow {
  id: number;
  district_id: number;
  type: string;
  name: string;
  path: string;
  parent_id: number | null;
}

// Retired units keep their history: their figures stay readable.
export const unitById = (db: Db, id: number): Promise<UnitRow | undefined> => org.findUnitById(db, id);

/** The district's root unit, as a subject of the indicators. */
export async function districtRootOf(db: Db, districtId: number): Promise<UnitRow | undefined> {
  const root = await org.districtRoot(db, districtId).catch(() => undefined);
  return root ? org.findUnitById(db, root.id) : undefined;
}

/** The streets of a district or the committees of a street, to rank every one of them. */
export const childUnits = (db: Db, parentId: number, type: 'street' | 'committee'): Promise<UnitRow[]> => org.liveChildUnits(db, parentId, [type]);

export const unitsByIds = (db: Db, ids: number[]) => org.unitNames(db, [...new Set(ids)]);

/** Districts, streets and committees the scope reaches: the units indicators can be asked of. */
export const unitsInScope = (db: Db, scope: Scope): Promise<UnitRow[]> => org.liveUnitsOfTypesInScope(db, scope, ['district', 'street', 'committee']);

export interface DepartmentRow {
  id: number;
  district_id: number;
  name: string;
  code: string;
  parent_id: number | null;
  street_id: number | null;
  retired_at: Date | null;
}

export const departmentsOf = (db: Db, districtIds: number[]): Promise<DepartmentRow[]> => org.departmentsOfDistricts(db, districtIds);

// --- Summons (约请): how the invited departments and street offices answered. ---

export interface SummonsRow {
  department_id: number | null;
  unit_id: number | null;
  invited: number;
  responded: number;
  responded_on_time: number;
  met: number;
  resolved: number;
  unresolved: number;
  /** Summons the committee rated (1–5), and the sum of those ratings. */
  rated: number;
  rating_sum: number;
}

/**
 * Summons raised in the area's committees in [start, end), per invitee: a department (or street team), or a
 * street office. Resolved and unresolved are the reported results; met counts every summons that reached a
 * meeting, with or without a result yet.
 */
export async function summonsByInvitee(
  db: Db,
  q: { districtId: number; path: string; departmentIds: number[] | null; start: Date; end: Date },
): Promise<SummonsRow[]> {
  const restrict = q.departmentIds ? sql`and s.invitee_department_id = any(${sql.val(q.departmentIds)}::int[])` : sql``;
  const r = await sql<SummonsRow>`
    select s.invitee_department_id as department_id, s.invitee_unit_id as unit_id,
      count(*)::int as invited,
      count(s.responded_at)::int as responded,
      count(*) filter (where s.responded_at <= s.respond_due_at)::int as responded_on_time,
      count(*) filter (where s.status in ('met', 'resolved', 'unresolved'))::int as met,
      count(*) filter (where s.status = 'resolved')::int as resolved,
      count(*) filter (where s.status = 'unresolved')::int as unresolved,
      count(s.committee_rating)::int as rated,
      coalesce(sum(s.committee_rating), 0)::int as rating_sum
    from summons s
    where s.district_id = ${q.districtId} and s.invited_at >= ${q.start} and s.invited_at < ${q.end}
      and s.unit_path like ${startsWith(q.path)} ${restrict}
    group by 1, 2`.execute(db);
  return r.rows;
}
