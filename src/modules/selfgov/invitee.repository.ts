import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { RoleId } from '../../platform/roles.js';
import type { Scope } from '../../platform/scope.js';
import { unitIdsInScopeSql } from '../org/index.js';
import type { SelfgovTables } from './selfgov.schema.js';

type Db = Kysely<Database>;
export type InviteeRow = Selectable<SelfgovTables['selfgov_invitee']>;

/**
 * People holding a live position of one of `roles` at a unit inside `within` (the meeting's unit and below),
 * once each, with the role they hold first. Positions and accounts are the platform's; units are read through org.
 */
export const holdersWithin = (db: Db, within: Scope, roles: readonly RoleId[]) =>
  roles.length
    ? db
        .selectFrom('position')
        .innerJoin('app_user', 'app_user.id', 'position.user_id')
        .select(['app_user.id as user_id', 'app_user.display_name as name', 'position.role as role'])
        .distinctOn('app_user.id')
        .where('position.role', 'in', roles)
        .where('position.ended_at', 'is', null)
        .where('app_user.active', '=', true)
        .where('position.unit_id', 'in', unitIdsInScopeSql(within))
        .orderBy('app_user.id')
        .orderBy('position.id')
        .execute()
    : Promise.resolve([]);

export const insertMany = (db: Db, rows: Array<Insertable<SelfgovTables['selfgov_invitee']>>) =>
  rows.length ? db.insertInto('selfgov_invitee').values(rows).execute() : Promise.resolve([]);

export const insert = (db: Db, row: Insertable<SelfgovTables['selfgov_invitee']>) =>
  db.insertInto('selfgov_invitee').values(row).returningAll().executeTakeFirstOrThrow();

export const ofMeeting = (db: Db, meetingId: number) =>
  db.selectFrom('selfgov_invitee').selectAll().where('meeting_id', '=', meetingId).orderBy('is_group').orderBy('id').execute();

export const codesOf = async (db: Db, meetingId: number) =>
  new Set(
    (await db.selectFrom('selfgov_invitee').select('sign_in_code').where('meeting_id', '=', meetingId).where('sign_in_code', 'is not', null).execute()).map(
      (r) => r.sign_in_code!,
    ),
  );

export const findOfMeeting = (db: Db, meetingId: number, id: number) =>
  db.selectFrom('selfgov_invitee').selectAll().where('meeting_id', '=', meetingId).where('id', '=', id).forUpdate().executeTakeFirst();

export const findByCode = (db: Db, meetingId: number, code: string) =>
  db.selectFrom('selfgov_invitee').selectAll().where('meeting_id', '=', meetingId).where('sign_in_code', '=', code).forUpdate().executeTakeFirst();

export const markPresent = (db: Db, id: number, how: 'code' | 'worker', by: number | null) =>
  db
    .updateTable('selfgov_invitee')
    .set({ signed_in_at: new Date(), signed_in_how: how, signed_in_by: by })
    .where('id', '=', id)
    .where('signed_in_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

export const presentCount = async (db: Db, meetingId: number) =>
  Number(
    (
      await db
        .selectFrom('selfgov_invitee')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('meeting_id', '=', meetingId)
        .where('signed_in_at', 'is not', null)
        .executeTakeFirstOrThrow()
    ).n,
  );
