import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SecondFactor } from './second-factor.schema.js';
import './second-factor.schema.js';

type Db = Kysely<Database>;

export const findTotp = (db: Db, userId: number) => db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();

export const hasConfirmedTotp = async (db: Db, userId: number) =>
  !!(await db.selectFrom('user_totp').select('user_id').where('user_id', '=', userId).where('confirmed_at', 'is not', null).executeTakeFirst());

/** Keeps a new secret waiting for its first code; a confirmed secret is never replaced here. Returns whether it was kept. */
export async function savePendingTotp(db: Db, userId: number, secret: string) {
  const r = await db
    .insertInto('user_totp')
    .values({ user_id: userId, secret, confirmed_at: null, last_step: null })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret, last_step: null, created_at: sql`now()` }).where('user_totp.confirmed_at', 'is', null))
    .returning('user_id')
    .executeTakeFirst();
  return !!r;
}

/** Confirms a waiting secret with the step of its first code; false when there was none waiting (raced). */
export async function confirmTotp(db: Db, userId: number, step: number) {
  const r = await db
    .updateTable('user_totp')
    .set({ confirmed_at: new Date(), last_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return !!r;
}

/**
 * Takes a time step for a code of a confirmed secret: only once, and only after the last one taken. Two requests
 * sending the same code at once cannot both pass: one update finds the step already taken.
 */
export async function takeStep(db: Db, userId: number, step: number) {
  const r = await db
    .updateTable('user_totp')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .returning('user_id')
    .executeTakeFirst();
  return !!r;
}

/** Forgets a user's second factor: the secret, the recovery codes and any login waiting for a code. */
export async function removeSecondFactor(db: Db, userId: number) {
  const removed = await db.deleteFrom('user_totp').where('user_id', '=', userId).returning(['confirmed_at']).executeTakeFirst();
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('login_challenge').where('user_id', '=', userId).execute();
  return removed;
}

export async function replaceRecoveryCodes(db: Db, userId: number, hashes: string[]) {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_code')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Marks a recovery code used, once: the update is the check, so one code opens one login however it is raced. */
export async function takeRecoveryCode(db: Db, userId: number, hash: string) {
  const r = await db
    .updateTable('user_recovery_code')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return !!r;
}

export const recoveryCodesLeft = async (db: Db, userId: number) =>
  Number(
    (
      await db
        .selectFrom('user_recovery_code')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertChallenge = (db: Db, row: Insertable<Database['login_challenge']>) => db.insertInto('login_challenge').values(row).execute();

/**
 * Counts one attempt on a live challenge and returns it with the count, or nothing when it has run out of time
 * or attempts: the count is taken before the code is checked, so codes sent at once cannot all pass the limit.
 */
export const takeChallengeAttempt = (db: Db, id: string, now: Date, max: number) =>
  db
    .updateTable('login_challenge')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .where('attempts', '<', max)
    .returningAll()
    .executeTakeFirst();

export const deleteChallenge = (db: Db, id: string) => db.deleteFrom('login_challenge').where('id', '=', id).execute();

export const pruneChallenges = (db: Db, now: Date) => db.deleteFrom('login_challenge').where('expires_at', '<=', now).execute();

export const setSessionSecondFactor = (db: Db, sessionId: string, kind: SecondFactor) =>
  db.updateTable('user_session').set({ second_factor: kind }).where('id', '=', sessionId).execute();
