import { sql } from 'kysely';
import type { Core } from '../../platform/core.js';
import type { DomainEvent } from '../../platform/events.js';
import { startsWith } from '../../platform/db/like.js';

const TABLES = ['person', 'person_house', 'household', 'house_info', 'unit_tag', 'visit', 'visit_need'] as const;

/**
 * When the org module moves a unit, the territory paths copied onto people-side rows move with it, so scope
 * keeps following the territory. Ids do not change: records stay attached to the units they were made in.
 */
export async function onUnitMoved(e: DomainEvent, core: Core) {
  const { oldPath, newPath } = e.payload as { oldPath: string; newPath: string };
  await core.db.transaction().execute(async (trx) => {
    for (const table of TABLES) {
      await sql`update ${sql.table(table)} set unit_path = ${newPath} || substr(unit_path, ${oldPath.length + 1})
                where unit_path like ${startsWith(oldPath)}`.execute(trx);
    }
  });
}

/** A need found on a visit that the appeals module took up as a work order: the need keeps the order's id. */
export async function onAppealReceived(e: DomainEvent, core: Core) {
  const { orderId, sourceSystem, externalId } = e.payload as { orderId: number; sourceSystem: string | null; externalId: string | null };
  if (sourceSystem !== 'visit' || !externalId || !/^\d+$/.test(externalId)) return;
  await core.db.updateTable('visit_need').set({ status: 'linked', link_type: 'appeal', link_id: String(orderId) }).where('id', '=', Number(externalId)).where('link_id', 'is', null).execute();
}
