import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { AppealsTables } from '../appeals.schema.js';

type Db = Kysely<Database>;

export const rulesOf = (db: Db, districtId: number) =>
  db.selectFrom('appeal_routing_rule').selectAll().where('district_id', '=', districtId).orderBy('category_code').orderBy('id').execute();

// Every intake reads the district's rules and district staff change them rarely: kept a few seconds per
// database handle, dropped at once in the process that changes them (other processes follow within seconds).
const RULES_MS = 15_000;
const kept = new WeakMap<object, Map<number, { at: number; rules: ReturnType<typeof rulesOf> }>>();

export function activeRules(db: Db, districtId: number) {
  let perDb = kept.get(db);
  if (!perDb) kept.set(db, (perDb = new Map()));
  const hit = perDb.get(districtId);
  if (hit && Date.now() - hit.at < RULES_MS) return hit.rules;
  const rules = rulesOf(db, districtId);
  perDb.set(districtId, { at: Date.now(), rules });
  rules.catch(() => perDb!.delete(districtId));
  return rules;
}

export const forgetRules = (db: Db, districtId: number) => void kept.get(db)?.delete(districtId);

const keptDepartments = new WeakMap<object, Map<number, { at: number; rows: Promise<Array<{ id: number; name: string; code: string; street_id: number | null }>> }>>();

/** A district's live departments and street teams, kept a few seconds like the rules (a hundred rows or so). */
export function liveDepartments(db: Db, districtId: number) {
  let perDb = keptDepartments.get(db);
  if (!perDb) keptDepartments.set(db, (perDb = new Map()));
  const hit = perDb.get(districtId);
  if (hit && Date.now() - hit.at < RULES_MS) return hit.rows;
  const rows = db.selectFrom('department').select(['id', 'name', 'code', 'street_id']).where('district_id', '=', districtId).where('retired_at', 'is', null).execute();
  perDb.set(districtId, { at: Date.now(), rows });
  rows.catch(() => perDb!.delete(districtId));
  return rows;
}

/**
 * The units an intake group is placed in, with all their ancestors (street, committee …), and the roots of
 * the districts whose reports have only a map point: one query for the whole group.
 */
export async function unitsAround(db: Db, unitIds: number[], districtIds: number[]) {
  if (!unitIds.length && !districtIds.length) return [];
  const r = await sql<{ id: number; district_id: number; type: string; name: string; path: string }>`
    select u.id, u.district_id, u.type, u.name, u.path from unit u
    where u.retired_at is null
      and u.id = any(array(select unnest(string_to_array(trim(both '/' from l.path), '/'))::int from unit l where l.id = any(${unitIds}::int[])))
    -- Two lookups by index, not one condition with an 'or' that reads the whole unit table.
    union
    select u.id, u.district_id, u.type, u.name, u.path from unit u
    where u.retired_at is null and u.type = 'district' and u.district_id = any(${districtIds}::int[])`.execute(db);
  return r.rows;
}

export const insertRule = (db: Db, row: Insertable<AppealsTables['appeal_routing_rule']>) => db.insertInto('appeal_routing_rule').values(row).returningAll().executeTakeFirstOrThrow();

export const findRule = (db: Db, districtId: number, id: number) =>
  db.selectFrom('appeal_routing_rule').selectAll().where('district_id', '=', districtId).where('id', '=', id).executeTakeFirst();

export const setRuleActive = (db: Db, id: number, active: boolean) =>
  db.updateTable('appeal_routing_rule').set({ active }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

/**
 * A department by code: a district department ('HOUSING'), or a street team ('HMO') in the given street,
 * stored as 'HMO-<street id>' with that street.
 */
export const departmentByCode = (db: Db, districtId: number, code: string, streetId: number | null) =>
  db
    .selectFrom('department')
    .select(['id', 'name', 'street_id', 'parent_id', 'code'])
    .where('district_id', '=', districtId)
    .where('retired_at', 'is', null)
    .where((eb) => eb.or([eb('code', '=', code), ...(streetId ? [eb.and([eb('code', '=', `${code}-${streetId}`), eb('street_id', '=', streetId)])] : [])]))
    .orderBy('street_id', 'desc')
    .executeTakeFirst();

export const departmentById = (db: Db, districtId: number, id: number) =>
  db.selectFrom('department').select(['id', 'name', 'street_id', 'parent_id', 'code']).where('district_id', '=', districtId).where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();

export const unitById = (db: Db, id: number) =>
  db.selectFrom('unit').select(['id', 'district_id', 'type', 'name', 'path', 'depth', 'parent_id']).where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();

export const districtRoot = (db: Db, districtId: number) =>
  db.selectFrom('unit').select(['id', 'district_id', 'type', 'name', 'path', 'depth', 'parent_id']).where('district_id', '=', districtId).where('type', '=', 'district').executeTakeFirstOrThrow();

/** Names of handlers and units for display, in one query each. */
export async function namesOf(db: Db, unitIds: number[], departmentIds: number[]) {
  const [units, depts] = await Promise.all([
    unitIds.length ? db.selectFrom('unit').select(['id', 'name']).where('id', 'in', unitIds).execute() : [],
    departmentIds.length ? db.selectFrom('department').select(['id', 'name']).where('id', 'in', departmentIds).execute() : [],
  ]);
  return { units: new Map(units.map((u) => [u.id, u.name])), departments: new Map(depts.map((d) => [d.id, d.name])) };
}

export const departmentCodeExists = async (db: Db, districtId: number, code: string) =>
  !!(await db
    .selectFrom('department')
    .select('id')
    .where('district_id', '=', districtId)
    .where('retired_at', 'is', null)
    .where((eb) => eb.or([eb('code', '=', code), eb('code', 'like', `${code.replace(/[\\%_]/g, '\\$&')}-%`)]))
    .limit(1)
    .executeTakeFirst());

/** Departments (district ones, and the street teams of one street when given), streets and committees of a district. */
export async function handlerChoices(db: Db, districtId: number, streetId: number | null) {
  const [departments, units] = await Promise.all([
    db
      .selectFrom('department')
      .select(['id', 'name', 'code', 'street_id', 'parent_id'])
      .where('district_id', '=', districtId)
      .where('retired_at', 'is', null)
      .where((eb) => (streetId ? eb.or([eb('street_id', 'is', null), eb('street_id', '=', streetId)]) : eb('street_id', 'is', null)))
      .orderBy('street_id', 'desc')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('unit')
      .select(['id', 'name', 'type', 'parent_id'])
      .where('district_id', '=', districtId)
      .where('retired_at', 'is', null)
      .where((eb) => (streetId ? eb.or([eb('id', '=', streetId), eb.and([eb('type', '=', 'committee'), eb('parent_id', '=', streetId)])]) : eb('type', '=', 'street')))
      .orderBy('type', 'desc')
      .orderBy('name')
      .execute(),
  ]);
  return { departments, units };
}
