import type { Scope } from '../../platform/scope.js';
import type { ExportStatus } from './export-request.schema.js';

/** Without a district setting, an export of more than this many rows needs a supervisor's approval. */
export const DEFAULT_APPROVAL_ABOVE = 200;

/** An approved export can be downloaded once, within this many hours of the approval. */
export const APPROVAL_VALID_HOURS = 24;

/** A request nobody decided within this many days lapses: a purpose stated weeks ago may no longer hold. */
export const PENDING_VALID_DAYS = 7;

/** The path of a request asked with the whole deployment in reach (an administrator): only another administrator reaches it. */
export const DEPLOYMENT_PATH = '/';

export const needsApproval = (rows: number, approvalAbove: number | null) => approvalAbove !== null && rows > approvalAbove;

/**
 * The territory a request is filed under: the requester's whole reach, so that whoever decides it reaches
 * everything the export could contain. Several paths (a scope with grants) are filed under their nearest
 * common ancestor.
 */
export function requestPath(scope: Scope): string {
  if (scope.all || scope.paths.length === 0) return DEPLOYMENT_PATH;
  const split = scope.paths.map((p) => p.split('/').filter(Boolean));
  const common: string[] = [];
  for (let i = 0; split.every((s) => s[i] !== undefined && s[i] === split[0]![i]); i++) common.push(split[0]![i]!);
  return common.length ? `/${common.join('/')}/` : DEPLOYMENT_PATH;
}

/** Who answers to whom at the same place: a committee head decides a committee worker's request, and so on up. */
const RANK: Record<string, number> = { committee_worker: 1, committee_head: 2, street_staff: 3, district_staff: 4, admin: 5 };

/** Roles a decider of this role supervises at their own level. */
export const rolesBelow = (role: string | null) => Object.keys(RANK).filter((r) => RANK[r]! < (role ? (RANK[role] ?? 0) : 0));

export interface Decider {
  userId: number;
  role: string | null;
  scope: Scope;
}

/**
 * Whether a decider may decide a request they already reach: never their own; above its territory, or at
 * the same place with a higher post (a head over a worker of the same committee). An administrator decides
 * anything but their own, so that an administrator's export is decided by another one.
 */
export function decisionRefusal(
  decider: Decider,
  request: { requester_id: number; requester_role: string; unit_path: string },
): 'EXPORT_OWN_REQUEST' | 'EXPORT_NOT_SUPERVISOR' | null {
  if (request.requester_id === decider.userId) return 'EXPORT_OWN_REQUEST';
  if (decider.scope.all) return null;
  const above = decider.scope.paths.some((p) => request.unit_path.startsWith(p) && request.unit_path !== p);
  if (above || rolesBelow(decider.role).includes(request.requester_role)) return null;
  return 'EXPORT_NOT_SUPERVISOR';
}

/**
 * A request lapses by the clock: one waiting for a decision, or approved and not downloaded, past its time
 * reads as expired before anyone marks it.
 */
export function effectiveStatus(row: { status: ExportStatus; expires_at: Date | null }, now: Date): ExportStatus {
  const lapses = row.status === 'approved' || row.status === 'pending';
  return lapses && row.expires_at && row.expires_at.getTime() <= now.getTime() ? 'expired' : row.status;
}

export const expiryAfter = (approvedAt: Date) => new Date(approvedAt.getTime() + APPROVAL_VALID_HOURS * 3600_000);

export const decisionDeadline = (requestedAt: Date) => new Date(requestedAt.getTime() + PENDING_VALID_DAYS * 86_400_000);
