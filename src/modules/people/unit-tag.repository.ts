import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** The tags a unit carries today (an ended tag stays as history). */
export const currentOf = (db: Db, unitIds: number[]) =>
  unitIds.length
    ? db.selectFrom('unit_tag').selectAll().where('unit_id', 'in', unitIds).where('end_date', 'is', null).orderBy('tag_code').execute()
    : Promise.resolve([]);

/** Puts a tag on a unit from a day on; false when the unit carries it already. */
export async function start(db: Db, unit: { id: number; district_id: number; path: string }, code: string, startDate: string, endDate: string | null) {
  const row = await db
    .insertInto('unit_tag')
    .values({
      district_id: unit.district_id,
      unit_id: unit.id,
      unit_path: unit.path,
      tag_code: code,
      source: 'manual',
      start_date: startDate,
      end_date: endDate,
    })
    .onConflict((oc) => oc.columns(['unit_id', 'tag_code']).where('end_date', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** Ends a unit's current tag on a day; false when the unit did not carry it. */
export async function end(db: Db, unitId: number, code: string, endDate: string) {
  const row = await db
    .updateTable('unit_tag')
    .set({ end_date: endDate })
    .where('unit_id', '=', unitId)
    .where('tag_code', '=', code)
    .where('end_date', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}
