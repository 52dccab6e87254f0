import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<Database['notification']>;

export type NotificationDraft = Omit<Insertable<Database['notification']>, 'district_id'>;

/**
 * Rows for existing users, each with its user's district, in one statement; answers the users that were
 * written (a user missing from app_user gets no row).
 */
export async function insertForUsers(db: Db, rows: readonly NotificationDraft[]): Promise<number[]> {
  if (!rows.length) return [];
  const col = <K extends keyof NotificationDraft>(k: K) => rows.map((r) => r[k] ?? null);
  const r = await sql<{ user_id: number }>`insert into notification (district_id, user_id, kind, title, title_en, body, body_en, link, data)
    select u.district_id, v.user_id, v.kind, v.title, v.title_en, v.body, v.body_en, v.link, v.data
    from unnest(${col('user_id')}::int[], ${col('kind')}::text[], ${col('title')}::text[], ${col('title_en')}::text[], ${col('body')}::text[],
                ${col('body_en')}::text[], ${col('link')}::text[], ${col('data')}::jsonb[]) with ordinality as v(user_id, kind, title, title_en, body, body_en, link, data, n)
    join app_user u on u.id = v.user_id
    order by v.n
    returning user_id`.execute(db);
  return r.rows.map((x) => x.user_id);
}

/** A user's notifications, newest first; every query here is bound to one user, the only reader of their list. */
export const listForUser = (db: Db, userId: number, q: { unreadOnly: boolean; limit: number; offset: number }) => {
  let query = db.selectFrom('notification').selectAll().where('user_id', '=', userId);
  if (q.unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
};

export async function countForUser(db: Db, userId: number): Promise<{ total: number; unread: number }> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('id').filterWhere('read_at', 'is', null).as('unread')])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), unread: Number(row.unread) };
}

export async function countUnread(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the user's notifications read; undefined when it is not theirs (or does not exist). */
export const markRead = (db: Db, userId: number, id: number, at: Date) =>
  db
    .updateTable('notification')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(['id'])
    .executeTakeFirst();

export async function markAllRead(db: Db, userId: number, at: Date): Promise<number> {
  const r = await db.updateTable('notification').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
