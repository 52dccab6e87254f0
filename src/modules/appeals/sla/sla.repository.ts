import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { STAT_CELL } from '../appeals.migrations.js';
import { WAITING_STATUSES, WORKING_STATUSES } from './order.clock.js';
import type { OrderStatus } from '../appeals.schema.js';

type Db = Kysely<Database>;

// The clock's status lists as SQL literals, for the conditions that must agree with slaColour: the open-clock
// partial indexes are defined with literals, and the planner matches a partial index only against literals.
const sqlList = (xs: readonly string[]) => sql.raw(`(${xs.map((x) => `'${x}'`).join(', ')})`);
export const WAITING_SQL = sqlList(WAITING_STATUSES);
export const WORKING_SQL = sqlList(WORKING_STATUSES);

/** An order the sweep moved that an outside system follows (it came from a partner or a client). */
export interface SweptOrder {
  id: number;
  district_id: number;
  from: OrderStatus;
  to: OrderStatus;
  seq: number;
  source_system: string;
  external_id: string | null;
}

export interface Swept {
  count: number;
  followed: SweptOrder[];
}

// The last row of each sweep statement only carries the count, so that an empty sweep still answers.
const swept = (rows: Array<SweptOrder & { n: number }>): Swept => ({ count: Number(rows.at(-1)?.n ?? 0), followed: rows.filter((r) => r.id !== null) });

/**
 * Orders overdue on one clock (to accept, to resolve) go under supervision (督办), with the step in their
 * history and the count in the indicators, in one statement. Their colour needs no write: it is read from the deadlines (order.clock.ts slaColour).
 * The rows are locked as they are picked and rows another process holds are skipped; a row once supervised
 * no longer matches, so two processes sweeping at once never supervise the same order twice.
 */
export async function superviseOverdue(db: Db, now: Date, clock: 'accept' | 'resolve'): Promise<Swept> {
  // The statement counts its supervisions itself: the indicator trigger may skip it. Compiling it to machine
  // code (JIT) costs more than it saves for a statement that runs once a minute.
  await sql`select set_config('linli.stat_kept', 'on', true), set_config('jit', 'off', true)`.execute(db);
  const r = await sql<SweptOrder & { n: number }>`
    with overdue as (
      select id, ${clock}::text as clock, ${clock === 'accept' ? sql`accept_due_at` : sql`resolve_due_at`} as due
      from appeal_order
      where ${clock === 'accept' ? sql`status in ${WAITING_SQL} and accept_due_at <= ${now}` : sql`status in ${WORKING_SQL} and resolve_due_at <= ${now}`}
        and supervised_at is null
      for update skip locked
    ), changed as (
      update appeal_order o set supervised_at = ${now}, seq = o.seq + 1, updated_at = ${now}
      from overdue where o.id = overdue.id
      returning o.id, o.district_id, o.status, o.seq, o.source_system, o.external_id, o.received_at, o.street_id, o.committee_id,
                o.handler_department_id, o.channel, o.category_code, overdue.clock, overdue.due
    ), steps as (
      insert into appeal_event (district_id, order_id, seq, step, from_status, to_status, actor_id, actor_name, actor_kind, at, note, data)
      select district_id, id, seq, 'supervise', status, status, null, 'system', 'system', ${now},
             case when clock = 'accept' then '超时未签收，自动督办 / Not accepted in time: supervised automatically'
                  else '超时未办结，自动督办 / Not resolved in time: supervised automatically' end,
             jsonb_build_object('clock', clock, 'due', due)
      from changed
      returning order_id
    ), counted as (
      insert into appeal_stat as s (district_id, day, street_id, committee_id, department_id, channel, category_code,
        received, valid, accepted, accept_minutes, resolved, on_time, rated, satisfied, reopened, supervised)
      select district_id, day, street_id, committee_id, department_id, channel, category_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
      from (select ${sql.raw(STAT_CELL)} from changed) cell
      group by 1, 2, 3, 4, 5, 6, 7
      order by 1, 2, 3, 4, 5, 6, 7
      on conflict (district_id, day, street_id, committee_id, department_id, channel, category_code)
        do update set supervised = s.supervised + excluded.supervised
    )
    select (select count(*) from steps)::int as n, id, district_id, status as "from", status as "to", seq, source_system, external_id
    from changed where source_system is not null
    union all select (select count(*) from steps)::int, null, null, null, null, null, null, null`.execute(db);
  await sql`select set_config('linli.stat_kept', 'off', true)`.execute(db);
  return swept(r.rows);
}

/** Resolved orders the reporter has not rated within the feedback window are closed by the system. */
export async function closeUnrated(db: Db, now: Date, before: Date): Promise<Swept> {
  const r = await sql<SweptOrder & { n: number }>`
    with due as (
      select id from appeal_order where status = 'resolved' and resolved_at <= ${before} for update skip locked
    ), changed as (
      update appeal_order o set status = 'closed', closed_at = ${now}, seq = o.seq + 1, updated_at = ${now}
      from due where o.id = due.id
      returning o.id, o.district_id, o.seq, o.source_system, o.external_id
    ), steps as (
    insert into appeal_event (district_id, order_id, seq, step, from_status, to_status, actor_id, actor_name, actor_kind, at, note, data)
    select district_id, id, seq, 'close', 'resolved', 'closed', null, 'system', 'system', ${now}, '评价期满未评价，自动结案 / Not rated within the feedback period: closed', '{}'::jsonb
    from changed
    returning order_id)
    select (select count(*) from steps)::int as n, id, district_id, 'resolved' as "from", 'closed' as "to", seq, source_system, external_id
    from changed where source_system is not null
    union all select (select count(*) from steps)::int, null, null, null, null, null, null, null`.execute(db);
  return swept(r.rows);
}
