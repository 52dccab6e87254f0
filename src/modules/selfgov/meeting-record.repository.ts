import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { SelfgovTables } from './selfgov.schema.js';

type Db = Kysely<Database>;
export type OpinionRow = Selectable<SelfgovTables['selfgov_opinion']>;
export type DecisionRow = Selectable<SelfgovTables['selfgov_decision']>;
export type FollowUpRow = Selectable<SelfgovTables['selfgov_follow_up']>;

/** What a meeting produced: opinions raised, decisions taken and the follow-up tasks they gave. */
export const insertOpinion = (db: Db, row: Insertable<SelfgovTables['selfgov_opinion']>) =>
  db.insertInto('selfgov_opinion').values(row).returningAll().executeTakeFirstOrThrow();

export const findOpinion = (db: Db, meetingId: number, id: number) =>
  db.selectFrom('selfgov_opinion').selectAll().where('meeting_id', '=', meetingId).where('id', '=', id).forUpdate().executeTakeFirst();

export const resolveOpinion = (db: Db, id: number, resolved: boolean, resolution: string | null) =>
  db
    .updateTable('selfgov_opinion')
    .set({ resolved, resolution, resolved_at: resolved ? new Date() : null })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const opinionsOf = (db: Db, meetingId: number) =>
  db.selectFrom('selfgov_opinion').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();

export const insertDecision = (db: Db, row: Insertable<SelfgovTables['selfgov_decision']>) =>
  db.insertInto('selfgov_decision').values(row).returningAll().executeTakeFirstOrThrow();

export const decisionsOf = (db: Db, meetingId: number) =>
  db.selectFrom('selfgov_decision').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();

export const findDecision = (db: Db, meetingId: number, id: number) =>
  db.selectFrom('selfgov_decision').selectAll().where('meeting_id', '=', meetingId).where('id', '=', id).executeTakeFirst();

export const countDecisions = async (db: Db, meetingId: number) =>
  Number(
    (
      await db
        .selectFrom('selfgov_decision')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertFollowUp = (db: Db, row: Insertable<SelfgovTables['selfgov_follow_up']>) =>
  db.insertInto('selfgov_follow_up').values(row).returningAll().executeTakeFirstOrThrow();

export const followUpsOf = (db: Db, meetingId: number) =>
  db.selectFrom('selfgov_follow_up').selectAll().where('meeting_id', '=', meetingId).orderBy('due_on').orderBy('id').execute();
