import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** The district's own threshold, or undefined when it keeps the default. */
export const findPolicy = (db: Db, districtId: number) =>
  db.selectFrom('people_export_policy').selectAll().where('district_id', '=', districtId).executeTakeFirst();

export const savePolicy = (db: Db, row: { district_id: number; approval_above: number | null; updated_by: number | null }) =>
  db
    .insertInto('people_export_policy')
    .values(row)
    .onConflict((oc) => oc.column('district_id').doUpdateSet({ approval_above: row.approval_above, updated_by: row.updated_by, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();

export const findDistrict = (db: Db, id: number) => db.selectFrom('district').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
