import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** Codes sent to a phone and from a client source since a time. */
export async function sendsSince(db: Db, phoneHash: string, source: string, since: Date) {
  const row = await db
    .selectFrom('accounts_sign_up_send')
    .select((eb) => [
      eb.fn.count<number>('id').filterWhere('phone_hash', '=', phoneHash).as('phone'),
      eb.fn.count<number>('id').filterWhere('source', '=', source).as('source'),
      eb.fn.max('sent_at').filterWhere('phone_hash', '=', phoneHash).as('last'),
    ])
    .where('sent_at', '>=', since)
    .where((eb) => eb.or([eb('phone_hash', '=', phoneHash), eb('source', '=', source)]))
    .executeTakeFirstOrThrow();
  return { phone: Number(row.phone), source: Number(row.source), last: row.last ? new Date(row.last) : null };
}

export const recordSend = (db: Db, phoneHash: string, source: string, at: Date) =>
  db.insertInto('accounts_sign_up_send').values({ phone_hash: phoneHash, source, sent_at: at }).execute();

/** Sends older than the hour that limits count are of no further use. */
export const pruneSends = (db: Db, before: Date) => db.deleteFrom('accounts_sign_up_send').where('sent_at', '<', before).execute();

/** The phone's one live code: a new one replaces the old, with its attempts afresh. */
export const putCode = (db: Db, phoneHash: string, codeHash: string, expiresAt: Date, at: Date) =>
  db
    .insertInto('accounts_sign_up_code')
    .values({ phone_hash: phoneHash, code_hash: codeHash, expires_at: expiresAt, created_at: at })
    .onConflict((oc) => oc.column('phone_hash').doUpdateSet({ code_hash: codeHash, attempts: 0, expires_at: expiresAt, created_at: at }))
    .execute();

/** Counts a try against the phone's live code, in its own statement so that a wrong try stays counted. */
export const countAttempt = (db: Db, phoneHash: string, now: Date) =>
  db
    .updateTable('accounts_sign_up_code')
    .set({ attempts: sql`attempts + 1` })
    .where('phone_hash', '=', phoneHash)
    .where('expires_at', '>', now)
    .returning(['code_hash', 'attempts'])
    .executeTakeFirst();

/** Takes the code for its one use; undefined when another request took it first. */
export const takeCode = (db: Db, phoneHash: string, codeHash: string) =>
  db.deleteFrom('accounts_sign_up_code').where('phone_hash', '=', phoneHash).where('code_hash', '=', codeHash).returning('phone_hash').executeTakeFirst();

export const dropCode = (db: Db, phoneHash: string) => db.deleteFrom('accounts_sign_up_code').where('phone_hash', '=', phoneHash).execute();

export async function phoneTaken(db: Db, phoneHash: string): Promise<boolean> {
  return !!(await db.selectFrom('user_phone').select('user_id').where('phone_hash', '=', phoneHash).executeTakeFirst());
}

export const insertUserPhone = (db: Db, row: { user_id: number; phone_hash: string; phone_enc: string; phone_masked: string }) =>
  db.insertInto('user_phone').values(row).execute();

/** The districts, by code, with their names; the service keeps those open to sign-up. */
export const districts = (db: Db) => db.selectFrom('district').select(['id', 'code', 'name']).orderBy('id').execute();
