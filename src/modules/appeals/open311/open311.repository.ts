import { type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { AppealsTables, OrderStatus } from '../appeals.schema.js';
import * as org from '../../org/index.js';

type Db = Kysely<Database>;

export const districtByCode = (db: Db, code: string) => db.selectFrom('district').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();

export const districtById = (db: Db, id: number) => db.selectFrom('district').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirst();

export const districts = (db: Db) => db.selectFrom('district').select(['id', 'code', 'name']).orderBy('id').execute();

/** When any district last changed its problem categories: Open311's changeset for the service list. */
export async function categoriesChangedAt(db: Db): Promise<Date | null> {
  const r = await db
    .selectFrom('catalog')
    .select((eb) => eb.fn.max('updated_at').as('at'))
    .where('name', '=', 'problem-categories')
    .executeTakeFirst();
  return r?.at ? new Date(r.at as Date) : null;
}

// ---- API clients ------------------------------------------------------------------------------------------

export const insertClient = (db: Db, row: Insertable<AppealsTables['open311_client']>) =>
  db.insertInto('open311_client').values(row).returningAll().executeTakeFirstOrThrow();

export const clientsOf = (db: Db, districtId: number) =>
  db.selectFrom('open311_client').selectAll().where('district_id', '=', districtId).orderBy('id').execute();

export const findClient = (db: Db, districtId: number, id: number) =>
  db.selectFrom('open311_client').selectAll().where('district_id', '=', districtId).where('id', '=', id).executeTakeFirst();

export const clientByKeyHash = (db: Db, hash: string) =>
  db.selectFrom('open311_client').selectAll().where('key_hash', '=', hash).where('revoked_at', 'is', null).executeTakeFirst();

export const revokeClient = (db: Db, id: number) =>
  db.updateTable('open311_client').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();

// ---- Places -----------------------------------------------------------------------------------------------

/**
 * The deepest street, committee or compound whose name the address contains ('…南京西路街道锦绣苑3号楼'
 * → 锦绣苑). Names shorter than three characters are left out: '新安' would match every '新安路'.
 */
export const unitNamedIn = org.liveUnitNamedIn;

// ---- Requests ---------------------------------------------------------------------------------------------

export interface PublicFilter {
  /** Each district with the codes of its public categories: nothing else is ever listed. */
  districts: Array<{ id: number; codes: string[] }>;
  ids?: number[];
  serviceCodes?: string[];
  start?: Date;
  end?: Date;
  statuses?: OrderStatus[];
  limit: number;
}

// The submission keys say which client sent a request: it reads back what it sent, everyone else the public view.
const COLUMNS = [
  'id',
  'district_id',
  'status',
  'category_code',
  'title',
  'address',
  'lat',
  'lng',
  'unit_id',
  'unit_path',
  'received_at',
  'updated_at',
  'resolve_due_at',
  'handler_kind',
  'handler_unit_id',
  'handler_department_id',
  'dispatcher_unit_id',
  'merged_into_id',
  'source_system',
  'idempotency_key',
] as const;

/** Orders in public categories, newest first: what Open311's GET requests may show. */
export function publicRequests(db: Db, f: PublicFilter) {
  const allowed = f.districts.filter((d) => d.codes.length);
  if (!allowed.length) return Promise.resolve([]);
  let q = db
    .selectFrom('appeal_order')
    .select(COLUMNS)
    .where((eb) => eb.or(allowed.map((d) => eb.and([eb('district_id', '=', d.id), eb('category_code', 'in', d.codes)]))));
  if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : [-1]);
  if (f.serviceCodes?.length) q = q.where('category_code', 'in', f.serviceCodes);
  if (f.start) q = q.where('received_at', '>=', f.start);
  if (f.end) q = q.where('received_at', '<=', f.end);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  return q.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export type PublicRow = Awaited<ReturnType<typeof publicRequests>>[number];

/** The latest note of each order that its handler marked public, from a step that may carry one. */
export async function publicNotes(db: Db, orderIds: number[], steps: readonly string[]) {
  if (!orderIds.length) return new Map<number, string>();
  const rows = await db
    .selectFrom('appeal_event')
    .select(['order_id', 'note'])
    .distinctOn('order_id')
    .where('order_id', 'in', orderIds)
    .where('step', 'in', [...steps])
    .where('note_public', '=', true)
    .where('note', 'is not', null)
    .orderBy('order_id')
    .orderBy('seq', 'desc')
    .execute();
  return new Map(rows.map((r) => [Number(r.order_id), r.note!]));
}

/** The order a client submitted under its own key (an Idempotency-Key or an external_id). */
export const bySubmissionKey = (db: Db, districtId: number, idempotencyKey: string, sourceSystem: string, externalId: string) =>
  db
    .selectFrom('appeal_order')
    .select(['id', 'category_code'])
    .where('district_id', '=', districtId)
    .where((eb) => eb.or([eb('idempotency_key', '=', idempotencyKey), eb.and([eb('source_system', '=', sourceSystem), eb('external_id', '=', externalId)])]))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
