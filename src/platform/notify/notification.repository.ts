import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<Database['notification']>;

/** The district of each recipient that exists. */
export async function recipientsOf(db: Db, userIds: readonly number[]): Promise<Map<number, { districtId: number | null }>> {
  if (!userIds.length) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'district_id']).where('id', 'in', userIds).execute();
  return new Map(rows.map((r) => [r.id, { districtId: r.district_id }]));
}

export const insertNotifications = (db: Db, rows: Insertable<Database['notification']>[]) =>
  db.insertInto('notification').values(rows).execute();

/** A user's notifications, newest first; every query here is bound to one user, the only reader of their list. */
export const listForUser = (db: Db, userId: number, q: { unreadOnly: boolean; limit: number; offset: number }) => {
  let query = db.selectFrom('notification').selectAll().where('user_id', '=', userId);
  if (q.unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
};

export async function countForUser(db: Db, userId: number): Promise<{ total: number; unread: number }> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('id').filterWhere('read_at', 'is', null).as('unread'),
    ])
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
