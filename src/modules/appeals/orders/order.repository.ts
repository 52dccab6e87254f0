import { sql, type Expression, type Insertable, type Kysely, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Actor } from '../../../platform/actor.js';
import { pathInScope } from '../../../platform/scope.js';
import { contains } from '../../../platform/db/like.js';
import type { AppealsTables, OrderStatus, SlaLevel } from '../appeals.schema.js';
import { WAITING_SQL, WORKING_SQL } from '../sla/sla.repository.js';
import * as org from '../../org/index.js';

type Db = Kysely<Database>;
export type OrderRow = Selectable<AppealsTables['appeal_order']>;
export type EventRow = Selectable<AppealsTables['appeal_event']>;

const TERRITORY_ROLES = new Set(['committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'district_staff']);

/**
 * Which orders an actor sees. Territory roles see what happens in their territory and what is handled by a
 * committee or street in it; a department sees only what is dispatched to it (or to its street teams);
 * residents, bound or only signed up, see what they reported themselves.
 */
export function visibleTo(actor: Actor): Expression<SqlBool> {
  const s = actor.scope;
  if (s.all) return sql<SqlBool>`true`;
  if (actor.role === 'resident' || actor.role === 'building_leader' || actor.role === 'unbound_resident')
    return sql<SqlBool>`appeal_order.reporter_user_id = ${actor.userId}`;
  if (actor.role === 'department_staff') {
    if (!s.departmentId) return sql<SqlBool>`false`;
    return sql<SqlBool>`appeal_order.handler_department_id in ${org.departmentAndTeamIdsSql(s.departmentId)}`;
  }
  if (actor.role && TERRITORY_ROLES.has(actor.role)) {
    return sql<SqlBool>`(${pathInScope(s, 'appeal_order.unit_path')} or ${pathInScope(s, 'appeal_order.handler_path')})`;
  }
  return sql<SqlBool>`false`;
}

export const findVisible = (db: Db, actor: Actor, id: number, lock = false) => {
  let q = db.selectFrom('appeal_order').selectAll().where('id', '=', id).where(visibleTo(actor));
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
};

export const findById = (db: Db, id: number, lock = false) => {
  let q = db.selectFrom('appeal_order').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
};

export const findByIdempotencyKey = (db: Db, districtId: number, key: string) =>
  db.selectFrom('appeal_order').selectAll().where('district_id', '=', districtId).where('idempotency_key', '=', key).executeTakeFirst();

export const findByExternalId = (db: Db, districtId: number, source: string, externalId: string) =>
  db
    .selectFrom('appeal_order')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('source_system', '=', source)
    .where('external_id', '=', externalId)
    .executeTakeFirst();

export const insertOrder = (db: Db, row: Insertable<AppealsTables['appeal_order']>) =>
  db.insertInto('appeal_order').values(row).returningAll().executeTakeFirstOrThrow();

/** Ids for a group of new orders, taken before the insert so that each row is known by its id. */
export async function nextOrderIds(db: Db, n: number): Promise<number[]> {
  const r = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('appeal_order', 'id'))::int as id from generate_series(1, ${n}::int)`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/**
 * A group's orders and their first steps in one statement: orders whose idempotency key or outside id exists
 * already are left out (not returned), and so are their steps.
 */
export async function insertOrdersWithSteps(db: Db, rows: Insertable<AppealsTables['appeal_order']>[], steps: Insertable<AppealsTables['appeal_event']>[]) {
  const orders = db
    .insertInto('appeal_order')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returningAll();
  const col = <K extends keyof Insertable<AppealsTables['appeal_event']>>(k: K) => steps.map((e) => e[k] ?? null);
  const r = await sql<OrderRow>`with o as (${orders}), e as (
      insert into appeal_event (district_id, order_id, seq, step, from_status, to_status, actor_id, actor_name, actor_kind, at, note, data)
      select v.district_id, v.order_id, v.seq, v.step, v.from_status, v.to_status, v.actor_id, v.actor_name, v.actor_kind, v.at, v.note, v.data
      from unnest(${col('district_id')}::int[], ${col('order_id')}::bigint[], ${col('seq')}::int[], ${col('step')}::text[], ${col('from_status')}::text[],
                  ${col('to_status')}::text[], ${col('actor_id')}::int[], ${col('actor_name')}::text[], ${col('actor_kind')}::text[],
                  ${steps.map((e) => (e.at instanceof Date ? e.at.toISOString() : (e.at ?? null)))}::timestamptz[], ${col('note')}::text[], ${col('data')}::jsonb[])
        as v(district_id, order_id, seq, step, from_status, to_status, actor_id, actor_name, actor_kind, at, note, data)
      where v.order_id in (select id from o))
    select * from o`.execute(db);
  return r.rows;
}

export const updateOrder = (db: Db, id: number, patch: Updateable<AppealsTables['appeal_order']>) =>
  db
    .updateTable('appeal_order')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const insertEvent = (db: Db, row: Insertable<AppealsTables['appeal_event']>) =>
  db.insertInto('appeal_event').values(row).returningAll().executeTakeFirstOrThrow();

/** Who took the order in (its first step's actor): a worker who registered it may add its photos. */
export const registeredBy = async (db: Db, orderId: number) =>
  (await db.selectFrom('appeal_event').select('actor_id').where('order_id', '=', orderId).where('seq', '=', 1).executeTakeFirst())?.actor_id ?? null;

export const historyOf = (db: Db, orderId: number) => db.selectFrom('appeal_event').selectAll().where('order_id', '=', orderId).orderBy('seq').execute();

/** Orders merged into this one: their reporters are told what happens to it. */
export const mergedInto = (db: Db, orderId: number) =>
  db.selectFrom('appeal_order').select(['id', 'reporter_user_id']).where('merged_into_id', '=', orderId).execute();

export interface ListFilter {
  view?: 'all' | 'triage' | 'unplaced' | 'inbox' | 'mine' | 'supervised' | 'extension';
  status?: OrderStatus[];
  sla?: 'green' | 'yellow' | 'red';
  channel?: string;
  category?: string;
  unitPath?: string;
  q?: string;
  from?: Date;
  to?: Date;
}

export type Sort = 'received_desc' | 'received_asc' | 'due_asc';

/** Orders the actor sees, filtered: what a list pages through and a to-do counts. */
function filtered(db: Db, actor: Actor, f: ListFilter, now: Date) {
  let q = db.selectFrom('appeal_order').where(visibleTo(actor));
  if (f.view === 'triage') q = q.where('status', '=', 'received').where(pathInScope(actor.scope, 'appeal_order.dispatcher_path'));
  // Reports whose point fell nowhere near a unit: the desk that holds them places them by hand.
  if (f.view === 'unplaced')
    q = q.where('placement', '=', 'unplaced').where('status', '=', 'received').where(pathInScope(actor.scope, 'appeal_order.dispatcher_path'));
  if (f.view === 'mine') q = q.where('reporter_user_id', '=', actor.userId);
  if (f.view === 'supervised')
    q = q.where('supervised_at', 'is not', null).where('status', 'in', ['received', 'dispatched', 'accepted', 'in_progress', 'suspended']);
  // Extension requests wait for the operations centre that dispatches the order.
  if (f.view === 'extension') q = q.where('extension', 'is not', null).where(pathInScope(actor.scope, 'appeal_order.dispatcher_path'));
  if (f.view === 'inbox') q = q.where(handledBy(actor)).where('status', 'in', ['dispatched', 'accepted', 'in_progress', 'suspended']);
  if (f.status?.length) q = q.where('status', 'in', f.status);
  if (f.sla) q = q.where(slaIs(f.sla, now));
  if (f.channel) q = q.where('channel', '=', f.channel as never);
  if (f.category) q = f.category.length <= 3 ? q.where('category_group', '=', f.category) : q.where('category_code', '=', f.category);
  if (f.unitPath) q = q.where(sql<SqlBool>`starts_with(appeal_order.unit_path, ${f.unitPath})`);
  if (f.q?.trim()) {
    const t = f.q.trim();
    const id = /^#?\d+$/.test(t) ? Number(t.replace('#', '')) : -1;
    q = q.where((eb) => eb.or([eb('title', 'ilike', contains(t)), eb('address', 'ilike', contains(t)), eb('id', '=', id), eb('external_id', '=', t)]));
  }
  if (f.from) q = q.where('received_at', '>=', f.from);
  if (f.to) q = q.where('received_at', '<', f.to);
  return q;
}

/** Orders the actor sees, filtered, one page and the total. */
export async function list(db: Db, actor: Actor, f: ListFilter, sort: Sort, offset: number, limit: number, now = new Date()) {
  const q = filtered(db, actor, f, now);
  const order =
    sort === 'received_asc'
      ? sql`received_at asc, id asc`
      : sort === 'due_asc'
        ? sql`coalesce(resolve_due_at, accept_due_at) asc nulls last, id asc`
        : sql`received_at desc, id desc`;
  const [items, total] = await Promise.all([
    q.selectAll().orderBy(order).offset(offset).limit(limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** How many orders the same list holds, and how many of them are past their time limit (red): one row, no orders read. */
export async function count(db: Db, actor: Actor, f: ListFilter, now = new Date()) {
  const r = await filtered(db, actor, f, now)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .select(sql<number>`count(*) filter (where ${slaIs('red', now)})`.as('red'))
    .executeTakeFirstOrThrow();
  return { count: Number(r.n), overdue: Number(r.red) };
}

/**
 * Open orders of one SLA colour at `now`, as slaColour (order.clock.ts) computes it: a running clock by its
 * warning and due points, a suspended order by the colour it stopped at. The open-clock indexes, led by the
 * deadline and carrying the warning point, serve each colour.
 */
export function slaIs(colour: SlaLevel, now: Date): Expression<SqlBool> {
  const stopped = sql<SqlBool>`(appeal_order.status = 'suspended' and appeal_order.sla = ${colour})`;
  if (colour === 'red') {
    return sql<SqlBool>`((appeal_order.status in ${WAITING_SQL} and appeal_order.accept_warn_at <= ${now} and appeal_order.accept_due_at <= ${now})
      or (appeal_order.status in ${WORKING_SQL} and appeal_order.resolve_warn_at <= ${now} and appeal_order.resolve_due_at <= ${now}) or ${stopped})`;
  }
  if (colour === 'yellow') {
    return sql<SqlBool>`((appeal_order.status in ${WAITING_SQL} and appeal_order.accept_warn_at <= ${now} and appeal_order.accept_due_at > ${now})
      or (appeal_order.status in ${WORKING_SQL} and appeal_order.resolve_warn_at <= ${now} and appeal_order.resolve_due_at > ${now}) or ${stopped})`;
  }
  return sql<SqlBool>`((appeal_order.status in ${WAITING_SQL} and (appeal_order.accept_due_at is null or appeal_order.accept_warn_at > ${now}))
    or (appeal_order.status in ${WORKING_SQL} and (appeal_order.resolve_due_at is null or appeal_order.resolve_warn_at > ${now})) or ${stopped})`;
}

/** Orders whose current handler is the actor's own unit or department (a handler's inbox). */
export function handledBy(actor: Actor): Expression<SqlBool> {
  const s = actor.scope;
  if (actor.role === 'department_staff') {
    return s.departmentId ? sql<SqlBool>`appeal_order.handler_department_id in ${org.departmentAndTeamIdsSql(s.departmentId)}` : sql<SqlBool>`false`;
  }
  if (actor.role === 'committee_worker' || actor.role === 'committee_head')
    return sql<SqlBool>`(appeal_order.handler_kind = 'committee' and ${pathInScope(s, 'appeal_order.handler_path')})`;
  if (actor.role === 'street_staff') return sql<SqlBool>`(appeal_order.handler_kind = 'street' and ${pathInScope(s, 'appeal_order.handler_path')})`;
  return sql<SqlBool>`false`;
}

export interface DuplicateProbe {
  districtId: number;
  categoryCode: string;
  committeeId: number | null;
  streetId: number | null;
  lat: number | null;
  lng: number | null;
  text: string;
  since: Date;
  excludeId?: number;
}

/**
 * Open orders that may be the same thing: same category, same committee (or within about 300 m), reported in
 * the window, ranked by trigram similarity of their text. A suggestion only: a dispatcher decides to merge.
 */
export function duplicateCandidates(db: Db, actor: Actor, p: DuplicateProbe, limit = 5) {
  const near =
    p.lat !== null && p.lng !== null
      ? sql<SqlBool>`(appeal_order.lat between ${p.lat - 0.003} and ${p.lat + 0.003} and appeal_order.lng between ${p.lng - 0.0035} and ${p.lng + 0.0035})`
      : sql<SqlBool>`false`;
  const place =
    p.committeeId !== null
      ? sql<SqlBool>`appeal_order.committee_id = ${p.committeeId}`
      : p.streetId !== null
        ? sql<SqlBool>`appeal_order.street_id = ${p.streetId}`
        : sql<SqlBool>`false`;
  return db
    .selectFrom('appeal_order')
    .select(['id', 'title', 'status', 'received_at', 'address', 'unit_id', 'category_code'])
    .select(sql<number>`similarity(appeal_order.title || ' ' || appeal_order.description, ${p.text})`.as('score'))
    .where('district_id', '=', p.districtId)
    .where('category_code', '=', p.categoryCode)
    .where('received_at', '>=', p.since)
    .where('status', 'not in', ['merged', 'invalid', 'closed'])
    .where('id', '<>', p.excludeId ?? -1)
    .where(sql<SqlBool>`(${place} or ${near})`)
    .where(visibleTo(actor))
    .where(sql<SqlBool>`similarity(appeal_order.title || ' ' || appeal_order.description, ${p.text}) >= 0.15`)
    .orderBy('score', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
