import { sql, type Expression, type Insertable, type Kysely, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { SelfgovTables } from './selfgov.schema.js';

type Db = Kysely<Database>;
export type VoteRow = Selectable<SelfgovTables['selfgov_vote']>;

/**
 * A vote is seen by those whose scope holds its unit (the committee that runs it, the levels above) and by those
 * who live under it (a resident's scope is their house, below the compound that votes).
 */
export function voteReach(scope: Scope, column: string): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`true`;
  if (scope.paths.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${pathInScope(scope, column)} or exists (select 1 from unnest(${sql.val(scope.paths)}::text[]) as s(p) where starts_with(s.p, ${sql.ref(column)})))`;
}

/** Share-locks the vote's row while a ballot is cast: many ballots at once, but a close waits for them. */
export const shareVisible = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('selfgov_vote').selectAll().where('id', '=', id).where(voteReach(scope, 'selfgov_vote.unit_path')).forShare().executeTakeFirst();

export const findVisible = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('selfgov_vote').selectAll().where('id', '=', id).where(voteReach(scope, 'selfgov_vote.unit_path')).executeTakeFirst();

/** Locks the vote's row for a change of state, so a close cannot cross a ballot being cast. */
export const lockVisible = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('selfgov_vote').selectAll().where('id', '=', id).where(voteReach(scope, 'selfgov_vote.unit_path')).forUpdate().executeTakeFirst();

export async function list(db: Db, scope: Scope, f: { limit: number; offset: number }) {
  const rows = await db
    .selectFrom('selfgov_vote')
    .selectAll()
    .select(sql<number>`count(*) over ()::int`.as('total'))
    .where(voteReach(scope, 'selfgov_vote.unit_path'))
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items: rows, total: rows[0]?.total ?? 0 };
}

export const insert = (db: Db, row: Insertable<SelfgovTables['selfgov_vote']>) =>
  db.insertInto('selfgov_vote').values(row).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, patch: Updateable<SelfgovTables['selfgov_vote']>) =>
  db.updateTable('selfgov_vote').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export async function insertRegister(
  db: Db,
  voteId: number,
  rows: Array<{ voterKey: string; houseId: number; areaCenti: number | null }>,
  electors: Array<{ personId: number; voterKey: string }>,
) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('selfgov_vote_register')
      .values(rows.slice(i, i + 1000).map((r) => ({ vote_id: voteId, voter_key: r.voterKey, house_id: r.houseId, area_centi: r.areaCenti })))
      .execute();
  }
  for (let i = 0; i < electors.length; i += 1000) {
    await db
      .insertInto('selfgov_vote_elector')
      .values(electors.slice(i, i + 1000).map((e) => ({ vote_id: voteId, person_id: e.personId, voter_key: e.voterKey })))
      .execute();
  }
}

export const registerOf = (db: Db, voteId: number) =>
  db
    .selectFrom('selfgov_vote_register')
    .select(['house_id', 'voter_key', 'area_centi'])
    .where('vote_id', '=', voteId)
    .orderBy('house_id')
    .orderBy('id')
    .execute();

export const voterKeyOf = (db: Db, voteId: number, personId: number) =>
  db.selectFrom('selfgov_vote_elector').select('voter_key').where('vote_id', '=', voteId).where('person_id', '=', personId).executeTakeFirst();

/** Ballots of a demo vote, written as they would have been cast. */
export async function insertDemoBallots(db: Db, voteId: number, rows: Array<{ voterKey: string; choice: number; receipt: string }>) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('selfgov_vote_ballot')
      .values(
        rows
          .slice(i, i + 1000)
          .map((r) => ({ vote_id: voteId, voter_key: r.voterKey, choice: r.choice, idempotency_key: `demo-${r.receipt}`, receipt: r.receipt, cast_by: null })),
      )
      .execute();
  }
}
