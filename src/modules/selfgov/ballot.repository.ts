import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** Stores the voter's ballot unless they have one: the unique (vote, voter) key decides, not a prior read. */
export const insertOnce = (db: Db, row: { voteId: number; voterKey: string; choice: number; idempotencyKey: string; receipt: string; castBy: number | null }) =>
  db
    .insertInto('selfgov_vote_ballot')
    .values({
      vote_id: row.voteId,
      voter_key: row.voterKey,
      choice: row.choice,
      idempotency_key: row.idempotencyKey,
      receipt: row.receipt,
      cast_by: row.castBy,
    })
    .onConflict((c) => c.columns(['vote_id', 'voter_key']).doNothing())
    .returning(['id', 'receipt', 'cast_at'])
    .executeTakeFirst();

export const findOfVoter = (db: Db, voteId: number, voterKey: string) =>
  db
    .selectFrom('selfgov_vote_ballot')
    .select(['id', 'idempotency_key', 'receipt', 'cast_at'])
    .where('vote_id', '=', voteId)
    .where('voter_key', '=', voterKey)
    .executeTakeFirst();

export const choicesOf = (db: Db, voteId: number) =>
  db.selectFrom('selfgov_vote_ballot').select(['voter_key', 'choice']).where('vote_id', '=', voteId).orderBy('id').execute();

export const receiptsOf = (db: Db, voteId: number) =>
  db.selectFrom('selfgov_vote_ballot').select('receipt').where('vote_id', '=', voteId).orderBy('receipt').execute();
