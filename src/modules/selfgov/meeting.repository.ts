import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { SelfgovTables } from './selfgov.schema.js';

type Db = Kysely<Database>;
export type MeetingRow = Selectable<SelfgovTables['selfgov_meeting']>;
export type AgendaItemRow = Selectable<SelfgovTables['selfgov_agenda_item']>;

/** Only meetings whose unit lies in the scope: out of scope is not found, as everywhere. */
const visible = (db: Db, scope: Scope) => db.selectFrom('selfgov_meeting').where(pathInScope(scope, 'selfgov_meeting.unit_path'));

export const findVisible = (db: Db, scope: Scope, id: number) => visible(db, scope).selectAll().where('id', '=', id).executeTakeFirst();

/** The same, locked for the write that reads it: two writers of one meeting queue on its row. */
export const lockVisible = (db: Db, scope: Scope, id: number) => visible(db, scope).selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export async function list(db: Db, scope: Scope, f: { unitPath?: string; limit: number; offset: number }) {
  let query = visible(db, scope);
  if (f.unitPath) query = query.where('unit_path', 'like', `${f.unitPath}%`);
  const rows = await query
    .selectAll()
    .select(sql<number>`count(*) over ()::int`.as('total'))
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items: rows, total: rows[0]?.total ?? 0 };
}

export const insert = (db: Db, row: Insertable<SelfgovTables['selfgov_meeting']>) =>
  db.insertInto('selfgov_meeting').values(row).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, patch: Updateable<SelfgovTables['selfgov_meeting']>) =>
  db
    .updateTable('selfgov_meeting')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const remove = (db: Db, id: number) => db.deleteFrom('selfgov_meeting').where('id', '=', id).execute();

export const agendaOf = (db: Db, meetingId: number) =>
  db
    .selectFrom('selfgov_agenda_item')
    .innerJoin('selfgov_topic', 'selfgov_topic.id', 'selfgov_agenda_item.topic_id')
    .selectAll('selfgov_agenda_item')
    .select('selfgov_topic.title as topic_title')
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();

export const agendaTopic = (db: Db, meetingId: number, topicId: number) =>
  db.selectFrom('selfgov_agenda_item').selectAll().where('meeting_id', '=', meetingId).where('topic_id', '=', topicId).executeTakeFirst();

export async function appendAgendaItem(db: Db, row: Omit<Insertable<SelfgovTables['selfgov_agenda_item']>, 'position'>) {
  const last = await db
    .selectFrom('selfgov_agenda_item')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('meeting_id', '=', row.meeting_id)
    .executeTakeFirst();
  return db
    .insertInto('selfgov_agenda_item')
    .values({ ...row, position: Number(last?.max ?? 0) + 1 })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const insertStep = (db: Db, row: Insertable<SelfgovTables['selfgov_topic_step']>) =>
  db.insertInto('selfgov_topic_step').values(row).returningAll().executeTakeFirstOrThrow();

export const stepsOf = (db: Db, meetingId: number) =>
  db.selectFrom('selfgov_topic_step').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();
