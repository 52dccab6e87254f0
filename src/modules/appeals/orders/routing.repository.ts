import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { AppealsTables } from '../appeals.schema.js';
import * as org from '../../org/index.js';

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

const keptDepartments = new WeakMap<
  object,
  Map<number, { at: number; rows: Promise<Array<{ id: number; name: string; code: string; street_id: number | null }>> }>
>();

/** A district's live departments and street teams, kept a few seconds like the rules (a hundred rows or so). */
export function liveDepartments(db: Db, districtId: number) {
  let perDb = keptDepartments.get(db);
  if (!perDb) keptDepartments.set(db, (perDb = new Map()));
  const hit = perDb.get(districtId);
  if (hit && Date.now() - hit.at < RULES_MS) return hit.rows;
  const rows = org.liveDepartments(db, districtId);
  perDb.set(districtId, { at: Date.now(), rows });
  rows.catch(() => perDb!.delete(districtId));
  return rows;
}

/**
 * The units an intake group is placed in, with all their ancestors (street, committee …), and the roots of
 * the districts whose reports have only a map point: one query for the whole group.
 */
export const unitsAround = (db: Db, unitIds: number[], districtIds: number[]) => org.liveUnitsWithAncestors(db, unitIds, districtIds);

export const insertRule = (db: Db, row: Insertable<AppealsTables['appeal_routing_rule']>) =>
  db.insertInto('appeal_routing_rule').values(row).returningAll().executeTakeFirstOrThrow();

export const findRule = (db: Db, districtId: number, id: number) =>
  db.selectFrom('appeal_routing_rule').selectAll().where('district_id', '=', districtId).where('id', '=', id).executeTakeFirst();

export const setRuleActive = (db: Db, id: number, active: boolean) =>
  db.updateTable('appeal_routing_rule').set({ active }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

/**
 * A department by code: a district department ('HOUSING'), or a street team ('HMO') in the given street,
 * stored as 'HMO-<street id>' with that street.
 */
export const departmentByCode = org.liveDepartmentByCode;
export const departmentById = org.liveDepartmentById;
export const unitById = org.liveUnitById;
export const districtRoot = org.districtRoot;

/** Names of handlers and units for display, in one query each. */
export async function namesOf(db: Db, unitIds: number[], departmentIds: number[]) {
  const [units, depts] = await Promise.all([org.unitNames(db, unitIds), org.departmentNames(db, departmentIds)]);
  return { units: new Map(units.map((u) => [u.id, u.name])), departments: new Map(depts.map((d) => [d.id, d.name])) };
}

export const departmentCodeExists = org.departmentCodeExists;

/** Departments (district ones, and the street teams of one street when given), streets and committees of a district. */
export async function handlerChoices(db: Db, districtId: number, streetId: number | null) {
  const [departments, street, units] = await Promise.all([
    org.liveDepartmentsForStreets(db, districtId, streetId ? [streetId] : []),
    streetId ? org.liveUnitById(db, streetId) : undefined,
    streetId ? org.liveChildUnits(db, streetId, ['committee']) : org.liveUnitsOfTypes(db, districtId, ['street']),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    // A street's own teams first, then the district's departments, each by name.
    departments: departments.sort((a, b) => (a.street_id === null ? 1 : 0) - (b.street_id === null ? 1 : 0) || byName(a, b)),
    // The street itself, then its committees (or the district's streets), by name.
    units: [...(street && street.district_id === districtId ? [street] : []), ...units.filter((u) => u.district_id === districtId).sort(byName)].map((u) => ({
      id: u.id,
      name: u.name,
      type: u.type,
      parent_id: u.parent_id,
    })),
  };
}
