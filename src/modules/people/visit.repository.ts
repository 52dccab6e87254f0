import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { NO_SCOPE, pathInScope, type Scope } from '../../platform/scope.js';
import type { PeopleTables } from './people.schema.js';

type Db = Kysely<Database>;

export const findByClientId = (db: Db, clientId: string) => db.selectFrom('visit').selectAll().where('client_id', '=', clientId).executeTakeFirst();

/** Inserts unless a visit with this client id exists (a retried sync): returns the row and whether it is new. */
export async function insertOnce(db: Db, row: Insertable<PeopleTables['visit']>) {
  const inserted = await db
    .insertInto('visit')
    .values(row)
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { visit: inserted, created: true };
  return { visit: (await findByClientId(db, row.client_id))!, created: false };
}

export const insertNeeds = (db: Db, rows: Insertable<PeopleTables['visit_need']>[]) =>
  rows.length ? db.insertInto('visit_need').values(rows).returningAll().execute() : Promise.resolve([]);

export const touchHouse = (db: Db, houseId: number, at: Date) =>
  db
    .updateTable('house_info')
    .set({ last_visited_at: sql<Date>`greatest(coalesce(last_visited_at, ${at}), ${at})` })
    .where('house_id', '=', houseId)
    .execute();

export async function list(db: Db, scope: Scope, q: { within?: string[]; houseId?: number; from?: Date; limit: number; offset: number }) {
  let query = db.selectFrom('visit').where(pathInScope(scope, 'visit.unit_path'));
  if (q.within) query = query.where(pathInScope({ ...scope, all: false, paths: q.within }, 'visit.unit_path'));
  if (q.houseId) query = query.where('visit.house_id', '=', q.houseId);
  if (q.from) query = query.where('visit.visited_at', '>=', q.from);
  const rows = await query
    .selectAll('visit')
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('visit.visited_at', 'desc')
    .orderBy('visit.id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { items: rows, total: rows.length ? Number(rows[0]!.total) : 0 };
}

/** Links a need to the work order made of it, once: a need already linked keeps its first order. */
export const linkNeedToOrder = (db: Db, needId: number, orderId: number) =>
  db
    .updateTable('visit_need')
    .set({ status: 'linked', link_type: 'appeal', link_id: String(orderId) })
    .where('id', '=', needId)
    .where('link_id', 'is', null)
    .execute();

export const needsOf = (db: Db, visitIds: number[]) =>
  visitIds.length ? db.selectFrom('visit_need').selectAll().where('visit_id', 'in', visitIds).orderBy('id').execute() : Promise.resolve([]);

/** SQL: the column lies under one of the paths; no path means nothing (an empty territory counts zero). */
const under = (paths: string[], column: string) => pathInScope({ ...NO_SCOPE, paths }, column);

/**
 * Households of a territory (one or more subtrees: a grid is several committees) and whether each was
 * visited since a day: the coverage of "四百大走访", with the visitors who went most.
 */
export async function coverage(db: Db, within: string[], since: string) {
  const r = await sql<{ households: number; visited: number; visits: number; needs: number; solved: number }>`
    select
      (select count(*)::int from household h where h.dissolved_at is null and ${under(within, 'h.unit_path')}) as households,
      (select count(*)::int from household h where h.dissolved_at is null and ${under(within, 'h.unit_path')}
         and exists (select 1 from visit v where v.house_id = h.house_id and v.visited_at >= ${since}::date)) as visited,
      (select count(*)::int from visit v where ${under(within, 'v.unit_path')} and v.visited_at >= ${since}::date) as visits,
      (select count(*)::int from visit_need n join visit v on v.id = n.visit_id where ${under(within, 'n.unit_path')} and v.visited_at >= ${since}::date) as needs,
      (select count(*)::int from visit_need n join visit v on v.id = n.visit_id where ${under(within, 'n.unit_path')} and v.visited_at >= ${since}::date and n.status <> 'open') as solved`.execute(
    db,
  );
  const visitors = await sql<{ visitor_id: number; visitor_name: string; visits: number }>`
    select visitor_id, max(visitor_name) as visitor_name, count(*)::int as visits from visit
    where ${under(within, 'unit_path')} and visited_at >= ${since}::date group by visitor_id order by visits desc, visitor_id limit 10`.execute(db);
  return { ...r.rows[0]!, visitors: visitors.rows };
}

/** How many households of a territory were not visited since a day: the total of `unvisited`, counted alone. */
export async function unvisitedCount(db: Db, within: string[], since: string) {
  const r = await sql<{ n: number }>`
    select count(*)::int as n
    from household h left join house_info hi on hi.house_id = h.house_id
    where h.dissolved_at is null and ${under(within, 'h.unit_path')}
      and (hi.last_visited_at is null or hi.last_visited_at < ${since}::date)`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Households of a territory not visited since a day, oldest-visited first. */
export async function unvisited(db: Db, within: string[], since: string, limit: number, offset: number) {
  const rows = await sql<{ household_id: number; house_id: number; head_person_id: number | null; last_visited_at: Date | null; total: number }>`
    select h.id as household_id, h.house_id, h.head_person_id, hi.last_visited_at, count(*) over ()::int as total
    from household h left join house_info hi on hi.house_id = h.house_id
    where h.dissolved_at is null and ${under(within, 'h.unit_path')}
      and (hi.last_visited_at is null or hi.last_visited_at < ${since}::date)
    order by hi.last_visited_at nulls first, h.id
    limit ${limit} offset ${offset}`.execute(db);
  return { items: rows.rows, total: rows.rows[0]?.total ?? 0 };
}
