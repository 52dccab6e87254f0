import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, rootPathOf, type Scope } from '../../platform/scope.js';
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

export const rename = (db: Db, id: number, name: string) =>
  db.updateTable('unit').set({ name }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

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
  return db
    .updateTable('unit')
    .set({ parent_id: parent.id })
    .where('id', '=', unit.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const addHistory = (
  db: Db,
  row: { district_id: number; unit_id: number; kind: 'created' | 'renamed' | 'moved' | 'retired'; before: object; after: object; reason: string | null; actor_id: number | null; actor_name: string | null },
) => db.insertInto('unit_history').values({ ...row, before: JSON.stringify(row.before), after: JSON.stringify(row.after) }).execute();

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
  db.selectFrom('unit').select(['unit.id', 'unit.code', 'unit.name', 'unit.path']).where('unit.type', '=', type).where('unit.retired_at', 'is', null).where(pathInScope(scope, 'unit.path')).orderBy('unit.id').limit(1).executeTakeFirst();

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
    .select(['h.id', 'h.name as house', 'h.path', 'b.name as building', 'cp.name as compound', sql<string | null>`cp.attributes->>'housingType'`.as('housing_type'), 'c.code as committee_code', 'c.id as committee_id'])
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
