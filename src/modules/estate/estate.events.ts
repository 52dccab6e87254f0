import { sql } from 'kysely';
import type { Core } from '../../platform/core.js';
import type { DomainEvent } from '../../platform/events.js';
import { startsWith } from '../../platform/db/like.js';

const TABLES = ['property_contract', 'owners_committee', 'owners_committee_term', 'owners_committee_member'] as const;

/**
 * A compound moved to another committee (or a committee to another street) takes its contracts and owners'
 * committee along: the copied territory paths follow, so the new committee sees them and the old one no longer.
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
