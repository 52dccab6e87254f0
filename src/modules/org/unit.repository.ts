import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, pathWithinScope, rootPathOf, type Scope } from '../../platform/scope.js';
import type { OrgTables, UnitType } from './org.schema.js';
import { contains, startsWith } from '../../platform/db/like.js';

type Db = Kysely<Database>;
export type UnitRow = Selectable<OrgTables['unit']>;

export interface UnitListQuery {
  parentId?: number;
  q?: string;
  type?: UnitType;
  includeRetired?: boolean;
  limit: number;
  offset: number;
}

/** A unit the scope reaches, or undefined: out of scope and missing look the same to the caller. */
export const findVisible = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('unit').selectAll().where('id', '=', id).where(pathInScope(scope, 'path')).executeTakeFirst();

/** The path of a unit the scope reaches, or undefined: from the scope itself when the unit is one of its roots. */
export async function visiblePath(db: Db, scope: Scope, id: number): Promise<string | undefined> {
  return rootPathOf(scope, id) ?? (await findVisible(db, scope, id))?.path;
}

export const findById = (db: Db, id: number) => db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst();

export const findByCode = (db: Db, districtId: number, code: string) =>
  db.selectFrom('unit').selectAll().where('district_id', '=', districtId).where('code', '=', code).executeTakeFirst();

export async function list(db: Db, scope: Scope, q: UnitListQuery) {
  let query = db.selectFrom('unit').where(pathInScope(scope, 'unit.path'));
  if (q.parentId !== undefined) query = query.where('unit.parent_id', '=', q.parentId);
  else if (!q.q && !q.type) {
    // No parent asked: the tops of what the caller reaches (a committee for its worker, every district for an admin).
    query = scope.all ? query.where('unit.parent_id', 'is', null) : query.where('unit.path', 'in', scope.paths);
  }
  if (q.q) {
    const text = q.q;
    query = query.where((eb) => eb.or([eb('unit.name', 'like', contains(text)), eb('unit.code', 'like', startsWith(text))]));
  }
  if (q.type) query = query.where('unit.type', '=', q.type);
  if (!q.includeRetired) query = query.where('unit.retired_at', 'is', null);
  // One scan: the total rides along on every row of the page.
  const rows = await query
    .selectAll('unit')
    .select(sql<number>`count(*) over ()`.as('total'))
    .select((eb) =>
      eb
        .selectFrom('unit as c')
        .whereRef('c.parent_id', '=', 'unit.id')
        .where('c.retired_at', 'is', null)
        .select(eb.fn.countAll<number>().as('n'))
        .as('child_count'),
    )
    .orderBy('unit.depth')
    .orderBy('unit.code')
    .orderBy('unit.name')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  // Past the last page the window has no row to ride on: count on its own.
  const total = rows.length
    ? Number(rows[0]!.total)
    : q.offset === 0
      ? 0
      : Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { items: rows, total };
}

export const activeChildCount = async (db: Db, id: number) =>
  Number(
    (
      await db
        .selectFrom('unit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('parent_id', '=', id)
        .where('retired_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const namesOf = (db: Db, ids: number[]) =>
  ids.length ? db.selectFrom('unit').select(['id', 'name', 'type', 'kind']).where('id', 'in', ids).execute() : Promise.resolve([]);

export async function nextIds(db: Db, n: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('unit', 'id'))::int as id from generate_series(1, ${n})`.execute(db);
  return rows.rows.map((r) => r.id);
}

export async function insert(db: Db, row: Omit<UnitRow, 'created_at' | 'retired_at' | 'attributes'> & { attributes: Record<string, unknown> }) {
  return db
    .insertInto('unit')
    .values({ ...row, attributes: JSON.stringify(row.attributes) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertMany(db: Db, rows: Array<Omit<UnitRow, 'created_at' | 'retired_at' | 'attributes'> & { attributes: Record<string, unknown> }>) {
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000).map((r) => ({ ...r, attributes: JSON.stringify(r.attributes) }));
    await db.insertInto('unit').values(chunk).execute();
  }
}

export const rename = (db: Db, id: number, name: string) => db.updateTable('unit').set({ name }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const retire = (db: Db, id: number) =>
  db.updateTable('unit').set({ retired_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

/** Re-roots a whole subtree: one statement rewrites every descendant's path prefix and depth. */
export async function move(db: Db, unit: UnitRow, parent: UnitRow) {
  const newPath = `${parent.path}${unit.id}/`;
  const delta = parent.depth + 1 - unit.depth;
  await db
    .updateTable('unit')
    .set({
      path: sql`${newPath} || substr(path, ${unit.path.length + 1})`,
      depth: sql`depth + ${delta}`,
    })
    .where('path', 'like', startsWith(unit.path))
    .execute();
  return db.updateTable('unit').set({ parent_id: parent.id }).where('id', '=', unit.id).returningAll().executeTakeFirstOrThrow();
}

export const addHistory = (
  db: Db,
  row: {
    district_id: number;
    unit_id: number;
    kind: 'created' | 'renamed' | 'moved' | 'retired';
    before: object;
    after: object;
    reason: string | null;
    actor_id: number | null;
    actor_name: string | null;
  },
) =>
  db
    .insertInto('unit_history')
    .values({ ...row, before: JSON.stringify(row.before), after: JSON.stringify(row.after) })
    .execute();

export async function history(db: Db, unitId: number, limit: number, offset: number) {
  const base = db.selectFrom('unit_history').where('unit_id', '=', unitId);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const items = await base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
  return { items, total: Number(total) };
}

/** Subquery of the unit ids a scope reaches, for other modules to filter their own rows by territory. */
export const idsInScope = (db: Db, scope: Scope) => db.selectFrom('unit').select('unit.id').where(pathInScope(scope, 'unit.path'));

/** The first active unit of a type within the scope (lowest id), or undefined: a place to start from. */
export const firstOfTypeInScope = (db: Db, scope: Scope, type: UnitType) =>
  db
    .selectFrom('unit')
    .select(['unit.id', 'unit.code', 'unit.name', 'unit.path'])
    .where('unit.type', '=', type)
    .where('unit.retired_at', 'is', null)
    .where(pathInScope(scope, 'unit.path'))
    .orderBy('unit.id')
    .limit(1)
    .executeTakeFirst();

/** Committees under a path with their house counts (for per-committee figures of other modules). */
export async function committeesWithHouseCounts(db: Db, within: string) {
  return db
    .selectFrom('unit as c')
    .select(['c.id', 'c.name', 'c.code', 'c.path'])
    .select((eb) =>
      eb
        .selectFrom('unit as h')
        .where('h.type', '=', 'house')
        .where('h.retired_at', 'is', null)
        .where('h.path', 'like', sql<string>`c.path || '%'`)
        .select(eb.fn.countAll<number>().as('n'))
        .as('houses'),
    )
    .where('c.type', '=', 'committee')
    .where('c.retired_at', 'is', null)
    .where((eb) => eb.or([eb('c.path', 'like', startsWith(within)), eb(sql.val(within), 'like', sql<string>`c.path || '%'`)]))
    .orderBy('c.code')
    .execute();
}

/** Names and types of units by id (addresses for other modules' records). */
export const unitNames = (db: Db, ids: number[]) =>
  ids.length ? db.selectFrom('unit').select(['id', 'name', 'type', 'path', 'parent_id']).where('id', 'in', ids).execute() : Promise.resolve([]);

/**
 * Units with the names of their committee and compound (the third and fourth steps of their path), in one
 * query: every listed person shows an address.
 */
export const unitsWithAncestors = (db: Db, ids: number[]) =>
  ids.length
    ? db
        .selectFrom('unit as u')
        .leftJoin('unit as c', (j) => j.on(sql`c.id`, '=', sql`nullif(split_part(u.path, '/', 4), '')::int`))
        .leftJoin('unit as p', (j) => j.on(sql`p.id`, '=', sql`nullif(split_part(u.path, '/', 5), '')::int`))
        .select(['u.id', 'u.name', 'c.name as committee', 'p.name as compound'])
        .where('u.id', 'in', ids)
        .execute()
    : Promise.resolve([]);

/** Houses of a district with their address parts, a page at a time by id (demo data and imports). */
export function housesWithAddress(db: Db, districtId: number, afterId: number, limit: number) {
  return db
    .selectFrom('unit as h')
    .innerJoin('unit as b', 'b.id', 'h.parent_id')
    .innerJoin('unit as cp', 'cp.id', 'b.parent_id')
    .innerJoin('unit as c', 'c.id', 'cp.parent_id')
    .select([
      'h.id',
      'h.name as house',
      'h.path',
      'b.name as building',
      'cp.name as compound',
      sql<string | null>`cp.attributes->>'housingType'`.as('housing_type'),
      'c.code as committee_code',
      'c.id as committee_id',
    ])
    .where('h.district_id', '=', districtId)
    .where('h.type', '=', 'house')
    .where('h.retired_at', 'is', null)
    .where('h.id', '>', afterId)
    .orderBy('h.id')
    .limit(limit)
    .execute();
}

/** Paths of units inside the scope whose name contains the text (an address typed into a search box). */
export async function pathsByName(db: Db, scope: Scope, text: string, limit = 50) {
  const rows = await db
    .selectFrom('unit')
    .select('path')
    .where(pathInScope(scope, 'path'))
    .where('type', 'in', ['compound', 'building', 'house'])
    .where('name', 'like', contains(text))
    .where('retired_at', 'is', null)
    .orderBy('depth')
    .limit(limit)
    .execute();
  return rows.map((r) => r.path);
}

// --- Queries other modules make through index.ts: they never name the unit table themselves. ---

const PLACE = ['id', 'district_id', 'type', 'name', 'path', 'depth', 'parent_id'] as const;

/** A live (not retired) unit by id. */
export const liveById = (db: Db, id: number) => db.selectFrom('unit').select(PLACE).where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();

/** The district's own unit, the root of its territory. */
export const districtRoot = (db: Db, districtId: number) =>
  db.selectFrom('unit').select(PLACE).where('district_id', '=', districtId).where('type', '=', 'district').executeTakeFirstOrThrow();

/** The live units of the given types under a parent (the streets of a district, the committees of a street), by path. */
export const liveChildren = (db: Db, parentId: number, types: readonly UnitType[]) =>
  db.selectFrom('unit').select(PLACE).where('parent_id', '=', parentId).where('type', 'in', types).where('retired_at', 'is', null).orderBy('path').execute();

/** The live units of the given types in a district, by id (territory for demo data and generators). */
export const liveOfTypes = (db: Db, districtId: number, types: readonly UnitType[]) =>
  db.selectFrom('unit').select(PLACE).where('district_id', '=', districtId).where('type', 'in', types).where('retired_at', 'is', null).orderBy('id').execute();

/** The live units of the given types the scope reaches, by district and path. */
export function liveOfTypesInScope(db: Db, scope: Scope, types: readonly UnitType[]) {
  let q = db.selectFrom('unit').select(PLACE).where('type', 'in', types).where('retired_at', 'is', null).where(pathInScope(scope, 'unit.path'));
  if (!scope.all) q = q.where('district_id', '=', scope.districtId ?? -1);
  return q.orderBy('district_id').orderBy('path').execute();
}

/**
 * Live units with all their ancestors (street, committee …), and the roots of the given districts, in one
 * query: what a group of intakes needs to place its records.
 */
export async function liveWithAncestors(db: Db, unitIds: number[], districtIds: number[]) {
  if (!unitIds.length && !districtIds.length) return [];
  const r = await sql<{ id: number; district_id: number; type: UnitType; name: string; path: string }>`
    select u.id, u.district_id, u.type, u.name, u.path from unit u
    where u.retired_at is null
      and u.id = any(array(select unnest(string_to_array(trim(both '/' from l.path), '/'))::int from unit l where l.id = any(${unitIds}::int[])))
    -- Two lookups by index, not one condition with an 'or' that reads the whole unit table.
    union
    select u.id, u.district_id, u.type, u.name, u.path from unit u
    where u.retired_at is null and u.type = 'district' and u.district_id = any(${districtIds}::int[])`.execute(db);
  return r.rows;
}

/**
 * The deepest live street, committee or compound of a district whose name the text contains ('…南京西路街道锦绣苑3号楼'
 * → 锦绣苑). Names shorter than three characters are left out: '新安' would match every '新安路'.
 */
export const liveNamedIn = (db: Db, districtId: number, text: string) =>
  db
    .selectFrom('unit')
    .select(['id', 'path', 'name', 'type'])
    .where('district_id', '=', districtId)
    .where('type', 'in', ['street', 'committee', 'compound'])
    .where('retired_at', 'is', null)
    .where(sql<boolean>`char_length(unit.name) >= 3`)
    .where(sql<boolean>`strpos(${text}, unit.name) > 0`)
    .orderBy('depth', 'desc')
    .orderBy(sql`char_length(unit.name)`, 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

/**
 * Ids of the units within the scope (of one type, and live, when asked), as a subquery for another module's
 * condition. Stated with pathWithinScope, the scope test's own wording, for the oracles that use it.
 */
export function idsWithin(db: Db, scope: Scope, only: { type?: UnitType; live?: boolean } = {}) {
  let q = db.selectFrom('unit').select('unit.id').where(pathWithinScope(scope, 'unit.path'));
  if (only.type) q = q.where('unit.type', '=', only.type);
  if (only.live) q = q.where('unit.retired_at', 'is', null);
  return q;
}

/** Ids of the districts whose whole territory the scope reaches, as a subquery (for the scope test's oracles). */
export const districtIdsWithin = (db: Db, scope: Scope) =>
  db.selectFrom('unit as d').select('d.district_id').where('d.type', '=', 'district').where(pathWithinScope(scope, 'd.path'));

/**
 * A house's address parts (committee, compound, house names) as columns of another module's query, for the
 * house id in `houseColumn`: each a lookup by primary key, so a page keeps its one round trip.
 */
export function houseAddressColumns(houseColumn: string) {
  const house = sql.ref(houseColumn);
  const step = (n: number) =>
    sql<string | null>`(select a.name from unit h join unit a on a.id = nullif(split_part(h.path, '/', ${sql.lit(n)}), '')::int where h.id = ${house})`;
  return [
    sql<string | null>`(select h.name from unit h where h.id = ${house})`.as('addr_house'),
    step(4).as('addr_committee'),
    step(5).as('addr_compound'),
  ] as const;
}

/**
 * Ids of the units the scope reaches, as an SQL subquery that needs no database handle: for another module's
 * visibility condition, which is built before the query it joins.
 */
export const idsInScopeSql = (scope: Scope) => sql<number>`(select u.id from unit u where ${pathInScope(scope, 'u.path')})`;
