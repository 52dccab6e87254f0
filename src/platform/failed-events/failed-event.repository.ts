import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { HandlerFailure } from '../events.js';
import type { FailedEventStatus, FailedEventTables } from './failed-event.schema.js';
import './failed-event.schema.js';

type Db = Kysely<Database>;
export type FailedEventRow = Selectable<FailedEventTables['domain_event_failure']>;

/** What is kept of an error: its stack where it has one, bounded. */
export const errorText = (error: unknown) => ((error as Error)?.stack ?? String(error)).slice(0, 4000);

export const record = (db: Db, f: HandlerFailure, nextAt: Date) =>
  db
    .insertInto('domain_event_failure')
    .values({
      module: f.key.module,
      event_type: f.key.type,
      district_id: f.event.districtId,
      actor_id: f.event.actorId,
      payload: JSON.stringify(f.event.payload ?? {}),
      occurred_at: f.event.at,
      error: errorText(f.error),
      next_at: nextAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

/**
 * Takes the failures due for a retry and claims them until `until`. SKIP LOCKED lets processes running this at
 * the same moment take different rows, and the claim keeps the rows from being taken again while they run.
 */
export async function claimDue(db: Db, until: Date, limit: number): Promise<FailedEventRow[]> {
  const r = await sql<FailedEventRow>`
    update domain_event_failure set claimed_until = ${until}
    where id in (
      select id from domain_event_failure
      where status = 'retrying' and next_at <= now() and (claimed_until is null or claimed_until < now())
      order by next_at, id limit ${limit}
      for update skip locked)
    returning *`.execute(db);
  return r.rows;
}

/** Claims one open failure for a retry now, unless a process is retrying it already. */
export async function claimOne(db: Db, id: number, until: Date): Promise<FailedEventRow | undefined> {
  const r = await sql<FailedEventRow>`
    update domain_event_failure set claimed_until = ${until}
    where id = (
      select id from domain_event_failure
      where id = ${id} and status in ('retrying', 'failed') and (claimed_until is null or claimed_until < now())
      for update skip locked)
    returning *`.execute(db);
  return r.rows[0];
}

export const markDone = (db: Db, id: number) =>
  db
    .updateTable('domain_event_failure')
    .set({ status: 'done', attempts: sql`attempts + 1`, next_at: null, claimed_until: null, resolved_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const markFailed = (db: Db, id: number, error: unknown, status: 'retrying' | 'failed', nextAt: Date | null) =>
  db
    .updateTable('domain_event_failure')
    .set({ status, attempts: sql`attempts + 1`, error: errorText(error), last_failed_at: new Date(), next_at: nextAt, claimed_until: null })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** Closes an open failure without a retry; not one a process is retrying at this moment. */
export const resolve = (db: Db, id: number, userId: number | null, note: string | null) =>
  db
    .updateTable('domain_event_failure')
    .set({ status: 'resolved', next_at: null, resolved_at: new Date(), resolved_by: userId, resolution_note: note })
    .where('id', '=', id)
    .where('status', 'in', ['retrying', 'failed'])
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', sql<Date>`now()`)]))
    .returningAll()
    .executeTakeFirst();

export const findById = (db: Db, id: number) => db.selectFrom('domain_event_failure').selectAll().where('id', '=', id).executeTakeFirst();

export async function list(db: Db, q: { status?: FailedEventStatus; open?: boolean; limit: number; offset: number }) {
  let query = db.selectFrom('domain_event_failure');
  if (q.status) query = query.where('status', '=', q.status);
  else if (q.open) query = query.where('status', 'in', ['retrying', 'failed']);
  const [items, total] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Open failures by status, for the metric. */
export async function openCounts(db: Db): Promise<Record<'retrying' | 'failed', number>> {
  const rows = await db
    .selectFrom('domain_event_failure')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['retrying', 'failed'])
    .groupBy('status')
    .execute();
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { retrying: n('retrying'), failed: n('failed') };
}
