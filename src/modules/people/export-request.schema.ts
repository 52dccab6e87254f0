import type { ColumnType, Generated } from 'kysely';

export const EXPORT_STATUSES = ['pending', 'approved', 'rejected', 'expired', 'downloaded'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export interface ExportApprovalTables {
  /** One row per district that changed the default; no row: the default threshold applies. */
  people_export_policy: {
    district_id: number;
    /** Exports of more rows than this need approval; null: never. */
    approval_above: number | null;
    updated_by: number | null;
    updated_at: Generated<Date>;
  };
  export_request: {
    id: Generated<number>;
    district_id: number;
    requester_id: number;
    requester_name: string;
    position_id: number | null;
    requester_role: string;
    /** The requester's scope when they asked: who may decide is whoever reaches it from above. */
    unit_path: string;
    /** The list filters of the export, replayed at download. */
    filters: ColumnType<Record<string, unknown>, string, string>;
    row_count: number;
    reason: string;
    status: Generated<ExportStatus>;
    created_at: Generated<Date>;
    decided_by: number | null;
    decided_by_name: string | null;
    decided_at: Date | null;
    decision_note: string | null;
    /** Pending: the deadline to decide; approved: to download. Past it the request reads as expired. */
    expires_at: Date | null;
    downloaded_at: Date | null;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends ExportApprovalTables {}
}
