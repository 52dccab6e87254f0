import { Type } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/schemas.js';
import { Enum, ListQuery } from './people.schemas.js';
import { EXPORT_STATUSES } from './export-request.schema.js';

/** Schemas of the export and its approval. */

/** The list's filters without paging: what an export exports, stored as such with a request. */
export const ExportFilters = Type.Omit(ListQuery, ['page', 'pageSize']);

export const ExportQuery = Type.Intersect([
  ExportFilters,
  Type.Object({
    reason: Type.Optional(Type.String({ maxLength: 200, description: 'why the list is needed; required when the export needs approval' })),
  }),
]);

export const ExportRequestView = Type.Object({
  id: Type.Integer(),
  status: Enum(EXPORT_STATUSES),
  createdAt: Type.String(),
  requesterId: Type.Integer(),
  requesterName: Type.String(),
  requesterRole: Type.String(),
  unitName: Nullable(Type.String()),
  filters: Type.Record(Type.String(), Type.Unknown()),
  rows: Type.Integer(),
  reason: Type.String(),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  expiresAt: Nullable(Type.String()),
  downloadedAt: Nullable(Type.String()),
  /** What the caller may do with it now. */
  can: Type.Object({ decide: Type.Boolean(), download: Type.Boolean() }),
});

export const RequestListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    view: Type.Optional(Enum(['mine', 'decide'] as const)),
    status: Type.Optional(Enum(EXPORT_STATUSES)),
  }),
]);

export const DecideBody = Type.Object({
  approve: Type.Boolean(),
  note: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
});

export const PolicyView = Type.Object({
  districtId: Type.Integer(),
  districtName: Type.String(),
  /** Exports of more rows need approval; null: never. */
  approvalAbove: Nullable(Type.Integer()),
  /** True while the district keeps the default. */
  isDefault: Type.Boolean(),
  defaultApprovalAbove: Type.Integer(),
  updatedAt: Nullable(Type.String()),
});

export const PolicyBody = Type.Object({ approvalAbove: Nullable(Type.Integer({ minimum: 0, maximum: 100_000 })) });
