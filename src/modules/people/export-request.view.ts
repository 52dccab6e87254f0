import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { unitNames } from '../org/index.js';
import type { ExportRequestRow } from './export-request.repository.js';
import type { ExportStatus } from './export-request.schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** The unit a request is filed under is the last id of its path ('/' files it deployment-wide). */
const unitOf = (path: string) => Number(path.split('/').filter(Boolean).pop() ?? 0);

/** Requests as the API shows them, with the name of the unit each is filed under. */
export async function requestViews(
  db: Kysely<Database>,
  items: Array<{ row: ExportRequestRow; status: ExportStatus; can: { decide: boolean; download: boolean } }>,
) {
  const names = new Map((await unitNames(db, [...new Set(items.map((i) => unitOf(i.row.unit_path)).filter((id) => id > 0))])).map((u) => [u.id, u.name]));
  return items.map(({ row, status, can }) => ({
    id: row.id,
    status,
    createdAt: row.created_at.toISOString(),
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    requesterRole: row.requester_role,
    unitName: names.get(unitOf(row.unit_path)) ?? null,
    filters: row.filters,
    rows: row.row_count,
    reason: row.reason,
    decidedByName: row.decided_by_name,
    decidedAt: iso(row.decided_at),
    decisionNote: row.decision_note,
    expiresAt: iso(row.expires_at),
    downloadedAt: iso(row.downloaded_at),
    can,
  }));
}
