import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { EstateTables } from './estate.schema.js';

type Db = Kysely<Database>;
export type CommitteeRow = Selectable<EstateTables['owners_committee']>;
export type TermRow = Selectable<EstateTables['owners_committee_term']>;
export type MemberRow = Selectable<EstateTables['owners_committee_member']>;

// Any constant: the first key of the per-compound lock under which terms change (two-key advisory lock).
const TERM_LOCK = 7_306_151;

/** Re-elections of one committee run one after the other: numbering and "the current term" stay single. */
export const lockCompound = (db: Db, compoundId: number) => sql`select pg_advisory_xact_lock(${TERM_LOCK}, ${compoundId})`.execute(db);

export const committeeOf = (db: Db, compoundId: number) =>
  db.selectFrom('owners_committee').selectAll().where('compound_id', '=', compoundId).executeTakeFirst();

export const insertCommittee = (db: Db, row: Insertable<EstateTables['owners_committee']>) =>
  db.insertInto('owners_committee').values(row).returningAll().executeTakeFirstOrThrow();

export const termsOf = (db: Db, committeeId: number) =>
  db.selectFrom('owners_committee_term').selectAll().where('committee_id', '=', committeeId).orderBy('term_number', 'desc').execute();

export const currentTerm = (db: Db, committeeId: number) =>
  db.selectFrom('owners_committee_term').selectAll().where('committee_id', '=', committeeId).where('status', '=', 'current').executeTakeFirst();

export const lastTermNumber = async (db: Db, committeeId: number) =>
  (
    await db
      .selectFrom('owners_committee_term')
      .select(sql<number>`coalesce(max(term_number), 0)::int`.as('n'))
      .where('committee_id', '=', committeeId)
      .executeTakeFirstOrThrow()
  ).n;

export const findVisibleTerm = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('owners_committee_term').selectAll().where('id', '=', id).where(pathInScope(scope, 'unit_path')).executeTakeFirst();

export const insertTerm = (db: Db, row: Insertable<EstateTables['owners_committee_term']>) =>
  db.insertInto('owners_committee_term').values(row).returningAll().executeTakeFirstOrThrow();

export const updateTerm = (db: Db, id: number, patch: Updateable<EstateTables['owners_committee_term']>) =>
  db.updateTable('owners_committee_term').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const findVisibleMember = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('owners_committee_member').selectAll().where('id', '=', id).where(pathInScope(scope, 'unit_path')).executeTakeFirst();

export const membersOf = (db: Db, termIds: number[]) =>
  termIds.length
    ? db
        .selectFrom('owners_committee_member')
        .selectAll()
        .where('term_id', 'in', termIds)
        // Director, deputies, members; then by seniority in office.
        .orderBy(sql`case role when 'director' then 0 when 'deputy' then 1 else 2 end`)
        .orderBy('since')
        .orderBy('id')
        .execute()
    : Promise.resolve([] as MemberRow[]);

/** Members still in office on the term's last day (their office ends with it). */
export const endOpenMembers = (db: Db, termId: number, until: string) =>
  db
    .updateTable('owners_committee_member')
    .set({ until })
    .where('term_id', '=', termId)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', until)]))
    .returningAll()
    .execute();

/** A director of the term whose office shares a day with the range, other than the member being changed. */
export const overlappingDirector = (db: Db, termId: number, since: string, until: string | null, exceptId: number | null) =>
  db
    .selectFrom('owners_committee_member')
    .selectAll()
    .where('term_id', '=', termId)
    .where('role', '=', 'director')
    .where('id', '<>', exceptId ?? -1)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>=', since)]))
    .$if(until !== null, (q) => q.where('since', '<=', until!))
    .executeTakeFirst();

export const insertMembers = (db: Db, rows: Insertable<EstateTables['owners_committee_member']>[]) =>
  rows.length ? db.insertInto('owners_committee_member').values(rows).returningAll().execute() : Promise.resolve([] as MemberRow[]);

export const updateMember = (db: Db, id: number, patch: Updateable<EstateTables['owners_committee_member']>) =>
  db.updateTable('owners_committee_member').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const removeMember = (db: Db, id: number) => db.deleteFrom('owners_committee_member').where('id', '=', id).execute();
