import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import './second-factor.schema.js';

type Db = Kysely<Database>;

/** Keeps a single sign-on under way, and drops those whose time ran out (their browsers never came back). */
export async function insertOidcLogin(db: Db, row: Insertable<Database['oidc_login']>, now: Date) {
  await db.deleteFrom('oidc_login').where('expires_at', '<=', now).execute();
  await db.insertInto('oidc_login').values(row).execute();
}

/** Takes a single sign-on under way, once: the row goes as it is read, so a callback replayed finds nothing. */
export const takeOidcLogin = (db: Db, id: string, now: Date) =>
  db.deleteFrom('oidc_login').where('id', '=', id).where('expires_at', '>', now).returningAll().executeTakeFirst();
