import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { AppealsTables } from '../appeals.schema.js';

type Db = Kysely<Database>;

// ---- Partners ---------------------------------------------------------------------------------------------

export const insertPartner = (db: Db, row: Insertable<AppealsTables['transfer_partner']>) =>
  db.insertInto('transfer_partner').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePartner = (db: Db, id: number, patch: Updateable<AppealsTables['transfer_partner']>) =>
  db.updateTable('transfer_partner').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const findPartner = (db: Db, districtId: number, id: number) =>
  db.selectFrom('transfer_partner').selectAll().where('district_id', '=', districtId).where('id', '=', id).executeTakeFirst();

export const partnerByCode = (db: Db, districtId: number, code: string) =>
  db.selectFrom('transfer_partner').selectAll().where('district_id', '=', districtId).where('code', '=', code).executeTakeFirst();

/** A district's active partners by name, without the outbox figures the managers' list counts. */
export const activePartners = (db: Db, districtId: number) =>
  db
    .selectFrom('transfer_partner')
    .select(['code', 'name', 'callback_url'])
    .where('district_id', '=', districtId)
    .where('active', '=', true)
    .orderBy('id')
    .execute();

/** A district's partners with the state of what we owe them: callbacks waiting, given up, the last failure. */
export const partnersOf = (db: Db, districtId: number, maxAttempts: number) =>
  db
    .selectFrom('transfer_partner as p')
    .selectAll('p')
    .select((eb) => [
      eb
        .selectFrom('appeal_outbox as o')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('o.partner_id', '=', 'p.id')
        .where('o.delivered_at', 'is', null)
        .where('o.attempts', '<', maxAttempts)
        .as('pending'),
      eb
        .selectFrom('appeal_outbox as o')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('o.partner_id', '=', 'p.id')
        .where('o.delivered_at', 'is', null)
        .where('o.attempts', '>=', maxAttempts)
        .as('failed'),
      eb
        .selectFrom('appeal_outbox as o')
        .select('o.last_error')
        .whereRef('o.partner_id', '=', 'p.id')
        .where('o.last_error', 'is not', null)
        .orderBy('o.id', 'desc')
        .limit(1)
        .as('last_error'),
    ])
    .where('p.district_id', '=', districtId)
    .orderBy('p.id')
    .execute();

export const districtOf = (db: Db, id: number) => db.selectFrom('district').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirst();

export const districtByCode = (db: Db, code: string) => db.selectFrom('district').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();

// ---- Outbox -----------------------------------------------------------------------------------------------

export type OutboxPayload = { type: 'status'; seq: number } | { type: 'package'; note: string | null };

export const insertOutbox = (db: Db, row: { district_id: number; partner_id: number; order_id: number; payload: OutboxPayload }) =>
  db
    .insertInto('appeal_outbox')
    .values({ ...row, payload: JSON.stringify(row.payload) })
    .returningAll()
    .executeTakeFirstOrThrow();

/** Status callbacks of many orders for one partner, in one statement, skipping those already queued (a listener run twice must not queue one twice). */
export async function insertStatusCallbacks(db: Db, districtId: number, partnerId: number, steps: ReadonlyArray<{ orderId: number; seq: number }>) {
  if (!steps.length) return;
  await sql`insert into appeal_outbox (district_id, partner_id, order_id, payload)
    select ${districtId}, ${partnerId}, s.order_id, jsonb_build_object('type', 'status', 'seq', s.seq)
    from unnest(${steps.map((s) => s.orderId)}::bigint[], ${steps.map((s) => s.seq)}::int[]) as s(order_id, seq)
    where not exists (select 1 from appeal_outbox x where x.partner_id = ${partnerId} and x.order_id = s.order_id
                        and x.payload->>'type' = 'status' and (x.payload->>'seq')::int = s.seq)`.execute(db);
}

/** The order was transferred out to this partner (its package queued or sent). */
export const packageQueued = (db: Db, partnerId: number, orderId: number) =>
  db
    .selectFrom('appeal_outbox')
    .select(['id', 'created_at'])
    .where('partner_id', '=', partnerId)
    .where('order_id', '=', orderId)
    .where(sql<boolean>`payload->>'type' = 'package'`)
    .executeTakeFirst();

export type OutboxRow = Awaited<ReturnType<typeof outboxOfOrder>>[number];

export const outboxOfOrder = (db: Db, orderId: number) =>
  db
    .selectFrom('appeal_outbox as o')
    .innerJoin('transfer_partner as p', 'p.id', 'o.partner_id')
    .selectAll('o')
    .select(['p.code as partner_code', 'p.name as partner_name'])
    .where('o.order_id', '=', orderId)
    .orderBy('o.id')
    .execute();

/**
 * Claims callbacks due for delivery: locked with SKIP LOCKED so that another process passes them by, and
 * leased (next_at moved past the delivery's time limit) before the lock is released, so that it does not
 * pick them up afterwards either. An order's callbacks go one at a time, in order: a later one waits while an
 * earlier one is still owed.
 */
export async function claimDue(db: Db, now: Date, leaseUntil: Date, limit: number, maxAttempts: number) {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('appeal_outbox as o')
      .selectAll('o')
      .where('o.delivered_at', 'is', null)
      .where('o.next_at', '<=', now)
      .where('o.attempts', '<', maxAttempts)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('appeal_outbox as e')
              .select('e.id')
              .whereRef('e.partner_id', '=', 'o.partner_id')
              .whereRef('e.order_id', '=', 'o.order_id')
              .whereRef('e.id', '<', 'o.id')
              .where('e.delivered_at', 'is', null)
              .where('e.attempts', '<', maxAttempts),
          ),
        ),
      )
      .orderBy('o.id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (!rows.length) return [];
    await trx
      .updateTable('appeal_outbox')
      .set({ attempts: sql`attempts + 1`, next_at: leaseUntil })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) => ({ ...r, attempts: r.attempts + 1 }));
  });
}

export const markDelivered = (db: Db, id: number) =>
  db.updateTable('appeal_outbox').set({ delivered_at: new Date(), last_error: null }).where('id', '=', id).where('delivered_at', 'is', null).execute();

export const markFailed = (db: Db, id: number, error: string, nextAt: Date, attempts?: number) =>
  db
    .updateTable('appeal_outbox')
    .set({ last_error: error.slice(0, 500), next_at: nextAt, ...(attempts !== undefined ? { attempts } : {}) })
    .where('id', '=', id)
    .where('delivered_at', 'is', null)
    .execute();

// ---- What a status callback says ---------------------------------------------------------------------------

export const eventOf = (db: Db, orderId: number, seq: number) =>
  db.selectFrom('appeal_event').selectAll().where('order_id', '=', orderId).where('seq', '=', seq).executeTakeFirst();

// ---- Callbacks received (kept in the audit trail: see docs/decisions on order transfer) ---------------------

export const CALLBACK_ACTION = 'appeals.transfer.callback';

export const callbacksReceived = (db: Db, orderId: number) =>
  db
    .selectFrom('audit_event')
    .select(['seq', 'at', 'actor_name', 'summary'])
    .where('target_type', '=', 'appeal_order')
    .where('target_id', '=', String(orderId))
    .where('action', '=', CALLBACK_ACTION)
    .orderBy('seq')
    .execute();

export const callbackSeen = (db: Db, orderId: number, partnerCode: string, callbackId: string) =>
  db
    .selectFrom('audit_event')
    .select('seq')
    .where('target_type', '=', 'appeal_order')
    .where('target_id', '=', String(orderId))
    .where('action', '=', CALLBACK_ACTION)
    .where(sql<boolean>`summary->>'partner' = ${partnerCode} and summary->>'callbackId' = ${callbackId}`)
    .executeTakeFirst();

/** Locks the order row: callbacks about one order are recorded one at a time (idempotency under retries). */
export const lockOrder = (db: Db, districtId: number, id: number) =>
  db
    .selectFrom('appeal_order')
    .select(['id', 'unit_path', 'district_id'])
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

/** Serialises imports from one partner: a retried file waits for the first and then finds its orders. */
export const lockPartnerImports = (db: Db, districtId: number, code: string) =>
  sql`select pg_advisory_xact_lock(hashtext(${`appeals.transfer.in:${districtId}:${code}`}))`.execute(db);
