import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

export const insertToken = (db: Db, row: Insertable<Database['api_token']>) => db.insertInto('api_token').values(row).returningAll().executeTakeFirstOrThrow();

/** The tokens a user issued, newest first. */
export const tokensOf = (db: Db, userId: number) => db.selectFrom('api_token').selectAll().where('created_by', '=', userId).orderBy('id', 'desc').execute();

/** Revokes a live token of the user's; false when there is none by that id (another's, or revoked already). */
export async function revokeOwn(db: Db, id: number, userId: number, at: Date) {
  const r = await db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('created_by', '=', userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

export const findByHash = (db: Db, tokenHash: string) => db.selectFrom('api_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

/** The position a token was issued from, while it has not ended. */
export const livePosition = (db: Db, positionId: number) =>
  db.selectFrom('position').selectAll().where('id', '=', positionId).where('ended_at', 'is', null).executeTakeFirst();

export const markUsed = (db: Db, id: number, at: Date) => db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
