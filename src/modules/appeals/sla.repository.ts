import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** An order the sweep moved that an outside system follows (it came from a partner or a client). */
export interface SweptOrder {
  id: number;
  district_id: number;
  from: string;
  to: string;
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

const WAITING = sql.raw(`('received', 'dispatched')`);
const WORKING = sql.raw(`('accepted', 'in_progress')`);

/** Orders past 80% of a limit turn yellow (one statement per clock, each on its partial index). */
export async function markYellow(db: Db, now: Date): Promise<number> {
  // Only the colour changes, which no indicator counts: the indicator trigger may skip these statements.
  await sql`select set_config('linli.sla_colour_only', 'on', true)`.execute(db);
  const a = await sql`update appeal_order set sla = 'yellow', updated_at = ${now}
    where status in ${WAITING} and sla = 'green' and accept_warn_at <= ${now} and accept_due_at > ${now}`.execute(db);
  const b = await sql`update appeal_order set sla = 'yellow', updated_at = ${now}
    where status in ${WORKING} and sla = 'green' and resolve_warn_at <= ${now} and resolve_due_at > ${now}`.execute(db);
  await sql`select set_config('linli.sla_colour_only', 'off', true)`.execute(db);
  return Number(a.numAffectedRows ?? 0) + Number(b.numAffectedRows ?? 0);
}

/**
 * Overdue orders turn red and go under supervision (督办), with the step in their history, in one statement.
 * The rows are locked as they are picked and rows another process holds are skipped; a row once supervised
 * no longer matches, so two processes sweeping at once never supervise the same order twice.
 */
export async function superviseOverdue(db: Db, now: Date): Promise<Swept> {
  const r = await sql<SweptOrder & { n: number }>`
    with overdue as (
      select id, supervised_at is null as fresh, case when status in ${WAITING} then 'accept' else 'resolve' end as clock,
             coalesce(case when status in ${WAITING} then accept_due_at else resolve_due_at end, ${now}) as due
      from appeal_order
      -- A deadline is never before its warning point: naming both lets the partial indexes on the warning points serve.
      where ((status in ${WAITING} and accept_warn_at <= ${now} and accept_due_at <= ${now}) or (status in ${WORKING} and resolve_warn_at <= ${now} and resolve_due_at <= ${now}))
        and (sla <> 'red' or supervised_at is null)
      for update skip locked
    ), changed as (
      update appeal_order o
      set sla = 'red', supervised_at = coalesce(o.supervised_at, ${now}), seq = o.seq + overdue.fresh::int, updated_at = ${now}
      from overdue where o.id = overdue.id
      returning o.id, o.district_id, o.status, o.seq, o.source_system, o.external_id, overdue.fresh, overdue.clock, overdue.due
    ), steps as (
    insert into appeal_event (district_id, order_id, seq, step, from_status, to_status, actor_id, actor_name, actor_kind, at, note, data)
    select district_id, id, seq, 'supervise', status, status, null, 'system', 'system', ${now},
           case when clock = 'accept' then '超时未签收，自动督办 / Not accepted in time: supervised automatically'
                else '超时未办结，自动督办 / Not resolved in time: supervised automatically' end,
           jsonb_build_object('clock', clock, 'due', due)
    from changed where fresh
    returning order_id)
    select (select count(*) from steps)::int as n, id, district_id, status as "from", status as "to", seq, source_system, external_id
    from changed where fresh and source_system is not null
    union all select (select count(*) from steps)::int, null, null, null, null, null, null, null`.execute(db);
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
