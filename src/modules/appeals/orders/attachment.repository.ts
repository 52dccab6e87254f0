import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Actor } from '../../../platform/actor.js';
import type { AppealsTables } from '../appeals.schema.js';
import { visibleTo } from './order.repository.js';

type Db = Kysely<Database>;

export const ofOrder = (db: Db, orderId: number) => db.selectFrom('appeal_attachment').selectAll().where('order_id', '=', orderId).orderBy('id').execute();

export const insert = (db: Db, row: Insertable<AppealsTables['appeal_attachment']>) =>
  db.insertInto('appeal_attachment').values(row).returningAll().executeTakeFirstOrThrow();

/** An attachment whose order the actor sees. */
export const findVisible = (db: Db, actor: Actor, id: number) =>
  db
    .selectFrom('appeal_attachment')
    .innerJoin('appeal_order', 'appeal_order.id', 'appeal_attachment.order_id')
    .selectAll('appeal_attachment')
    .where('appeal_attachment.id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
