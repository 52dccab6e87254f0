import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/**
 * Each of the given houses with its floor area as recorded (a numeric string, or null when none is) and the ids
 * of its current owners (none when no owner is on record): what an owners' register is drawn from.
 */
export async function houseOwnersOf(db: Db, houseIds: readonly number[]) {
  if (!houseIds.length) return [];
  const ids = [...houseIds];
  const [areas, owners] = await Promise.all([
    db.selectFrom('house_info').select(['house_id', 'area_m2']).where('house_id', 'in', ids).execute(),
    db
      .selectFrom('person_house')
      .select(['house_id', 'person_id'])
      .where('house_id', 'in', ids)
      .where('relation', '=', 'owner')
      .where('until', 'is', null)
      .orderBy('person_id')
      .execute(),
  ]);
  const areaOf = new Map(areas.map((a) => [a.house_id, a.area_m2]));
  const ownersOf = new Map<number, number[]>();
  for (const o of owners) ownersOf.set(o.house_id, [...(ownersOf.get(o.house_id) ?? []), o.person_id]);
  return ids.map((houseId) => ({ houseId, areaM2: areaOf.get(houseId) ?? null, ownerIds: [...new Set(ownersOf.get(houseId) ?? [])] }));
}

/** The live households of the given houses with their members, one row per member. */
export const householdMembersOf = (db: Db, houseIds: readonly number[]) =>
  houseIds.length
    ? db
        .selectFrom('household as hh')
        .innerJoin('household_member as m', 'm.household_id', 'hh.id')
        .select(['hh.id as household_id', 'hh.house_id', 'm.person_id'])
        .where('hh.house_id', 'in', [...houseIds])
        .where('hh.dissolved_at', 'is', null)
        .orderBy('hh.id')
        .orderBy('m.person_id')
        .execute()
    : Promise.resolve([]);
