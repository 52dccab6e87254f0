import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { OrderStatus } from '../appeals.schema.js';

type Db = Kysely<Database>;

export const districtByCode = (db: Db, code: string) => db.selectFrom('district').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();

export const districts = (db: Db) => db.selectFrom('district').select(['id', 'code', 'name']).orderBy('id').limit(2).execute();

// Only what a public page may derive something from: never the title, description, address, reporter or house.
const COLUMNS = ['id', 'status', 'category_code', 'unit_path', 'lat', 'lng', 'received_at', 'resolved_at', 'closed_at', 'updated_at'] as const;

export interface ReportFilter {
  districtId: number;
  /** The district's public categories: nothing else is ever read. */
  codes: string[];
  statuses?: OrderStatus[];
}

function reportsWhere(db: Db, f: ReportFilter) {
  let q = db
    .selectFrom('appeal_order')
    .where('district_id', '=', f.districtId)
    .where('category_code', 'in', f.codes.length ? f.codes : ['-'])
    // A merged or invalid request is not a report of its own: its public trace is the one it was merged into.
    .where('status', 'not in', ['merged', 'invalid']);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  return q;
}

/** A page of the district's public reports, newest first, with the total. */
export async function reports(db: Db, f: ReportFilter, page: { offset: number; limit: number }) {
  const [rows, total] = await Promise.all([
    reportsWhere(db, f).select(COLUMNS).orderBy('received_at', 'desc').orderBy('id', 'desc').offset(page.offset).limit(page.limit).execute(),
    reportsWhere(db, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type ReportRow = Awaited<ReturnType<typeof reports>>['rows'][number];

/** One public report of the district; undefined alike when it is missing, private or another district's. */
export const report = (db: Db, f: ReportFilter, id: number) => reportsWhere(db, f).select(COLUMNS).where('id', '=', id).executeTakeFirst();

/** The steps of a request in order, with only what a timeline may be built from. */
export const steps = (db: Db, orderId: number, steps: readonly string[]) =>
  db
    .selectFrom('appeal_event')
    .select(['seq', 'step', 'to_status', 'at', 'note', 'note_public', 'data'])
    .where('order_id', '=', orderId)
    .where('step', 'in', [...steps])
    .orderBy('seq')
    .execute();
