import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { contains } from '../../platform/db/like.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { SelfgovTables } from './selfgov.schema.js';

type Db = Kysely<Database>;
export type TopicRow = Selectable<SelfgovTables['selfgov_topic']>;

/** Only rows whose unit lies in the scope: out of scope is not found, as everywhere. */
const visible = (db: Db, scope: Scope) => db.selectFrom('selfgov_topic').where(pathInScope(scope, 'selfgov_topic.unit_path'));

export const findVisible = (db: Db, scope: Scope, id: number) => visible(db, scope).selectAll().where('id', '=', id).executeTakeFirst();

export async function list(db: Db, scope: Scope, f: { q?: string; unitPath?: string; limit: number; offset: number }) {
  let query = visible(db, scope);
  if (f.q) query = query.where('title', 'like', contains(f.q));
  if (f.unitPath) query = query.where('unit_path', 'like', `${f.unitPath}%`);
  const rows = await query
    .selectAll()
    .select(sql<number>`count(*) over ()::int`.as('total'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items: rows, total: rows[0]?.total ?? 0 };
}

export const insert = (db: Db, row: Insertable<SelfgovTables['selfgov_topic']>) =>
  db.insertInto('selfgov_topic').values(row).returningAll().executeTakeFirstOrThrow();

export const insertMany = (db: Db, rows: Array<Insertable<SelfgovTables['selfgov_topic']>>) =>
  rows.length ? db.insertInto('selfgov_topic').values(rows).returning(['id', 'unit_id']).execute() : Promise.resolve([]);

export const update = (db: Db, id: number, patch: Updateable<SelfgovTables['selfgov_topic']>) =>
  db
    .updateTable('selfgov_topic')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
