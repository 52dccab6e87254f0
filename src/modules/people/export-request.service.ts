import type { Static } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import * as repo from './export-request.repository.js';
import { exportList, exportSize, streamPersons } from './person.export.js';
import { ExportPolicyService } from './export-policy.service.js';
import { decisionDeadline, decisionRefusal, effectiveStatus, expiryAfter, needsApproval, requestPath, rolesBelow } from './export-request.rules.js';
import type { ExportFilters } from './export-request.schemas.js';
import type { ExportStatus } from './export-request.schema.js';
import { PEOPLE } from './people.policy.js';
import { requestViews } from './export-request.view.js';

type Filters = Static<typeof ExportFilters>;

/** Stored filters drop what was not set, so that the same list asked twice compares equal. */
const canonical = (f: Filters) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as Filters;

/**
 * Exports of personal data: small lists stream at once and are logged; above the district's threshold the
 * requester states a reason and a supervisor decides (the committee head for a worker, the street for its
 * committees, the district for its streets); an approved export is downloaded once, by the requester,
 * within a day of the approval. Every step is in the audit log.
 */
export class ExportRequestService {
  private readonly policy: ExportPolicyService;

  constructor(private readonly core: Core) {
    this.policy = new ExportPolicyService(core);
  }

  /** The file, or a request for approval when the list is above the threshold (which needs a reason). */
  async export(actor: Actor, filters: Filters, reason?: string) {
    this.core.assert(actor, PEOPLE.export);
    const { districtId } = actor.scope;
    const role = actor.role;
    if (districtId === null || role === null) throw forbidden(PEOPLE.export);
    const why = reason?.trim() || null;
    const list = await exportList(this.core, actor, filters);
    const size = await exportSize(this.core, actor, list);
    const approvalAbove = await this.policy.approvalAbove(districtId);
    if (!needsApproval(size.rows, approvalAbove)) {
      await this.core.recordSensitiveRead(actor, {
        action: 'people.person.export',
        targetType: 'person_list',
        summary: { filters: canonical(filters), rows: size.rows, truncated: size.truncated },
        purpose: why ?? '导出名单 / list export',
        unitPath: actor.scope.paths[0] ?? null,
      });
      return { kind: 'file' as const, stream: await streamPersons(this.core, actor, list, size.rows), rows: size.rows };
    }
    if (!why || why.length < 2) throw badRequest('EXPORT_APPROVAL_REQUIRED', { rows: size.rows, limit: approvalAbove }, { rows: size.rows, approvalAbove });
    const stored = JSON.stringify(canonical(filters));
    const request = await this.core.mutate(actor, async (w) => {
      // Asking again for the same list while the first request waits adds nothing to decide.
      const now = new Date();
      const same = await repo.findPendingSame(w.db, actor.userId, actor.positionId, stored, now);
      if (same) return same;
      const row = await repo.insertRequest(w.db, {
        district_id: districtId,
        requester_id: actor.userId,
        requester_name: actor.userName,
        position_id: actor.positionId,
        requester_role: role,
        unit_path: requestPath(actor.scope),
        filters: stored,
        row_count: size.rows,
        reason: why,
        // Both from the same instant: the database's now() is the transaction's start, a moment earlier.
        created_at: now,
        expires_at: decisionDeadline(now),
      });
      await w.audit({
        action: 'people.export.request',
        targetType: 'export_request',
        targetId: row.id,
        unitPath: row.unit_path,
        districtId: row.district_id,
        summary: { filters: canonical(filters), rows: size.rows, approvalAbove, reason: why },
      });
      return row;
    });
    // The requester cannot decide their own request, and nothing is downloadable before a decision.
    const [view] = await requestViews(this.core.db, [{ row: request, status: request.status, can: { decide: false, download: false } }]);
    return { kind: 'request' as const, request, view: view!, approvalAbove };
  }

  /** The list as it is answered: each request with the name of its unit. */
  async listView(actor: Actor, q: { view?: 'mine' | 'decide'; status?: ExportStatus; limit: number; offset: number }) {
    const r = await this.list(actor, q);
    return { ...r, items: await requestViews(this.core.db, r.items) };
  }

  /** Requests in the caller's scope that they asked or may decide, newest first, pending ones on top. */
  async list(actor: Actor, q: { view?: 'mine' | 'decide'; status?: ExportStatus; limit: number; offset: number }) {
    const mayAsk = this.core.can(actor, PEOPLE.export);
    const mayDecide = this.core.can(actor, PEOPLE.exportApprove);
    if (!mayAsk && !mayDecide) throw forbidden(PEOPLE.export);
    const now = new Date();
    const r = await repo.listRequests(this.core.db, actor.scope, { ...q, userId: actor.userId, supervises: mayDecide ? rolesBelow(actor.role) : null, now });
    return {
      total: r.total,
      approvalAbove: await this.policy.approvalAbove(actor.scope.districtId),
      items: r.items.map((row) => {
        const status = effectiveStatus(row, now);
        return {
          row,
          status,
          can: {
            decide: mayDecide && status === 'pending' && decisionRefusal(actor, row) === null,
            download: status === 'approved' && this.isRequester(actor, row),
          },
        };
      }),
    };
  }

  /** How many requests wait for the caller's decision: the total of the list's "decide" view of pending ones. */
  async waitingCount(actor: Actor, now = new Date()) {
    this.core.assert(actor, PEOPLE.exportApprove);
    return repo.countRequests(this.core.db, actor.scope, { view: 'decide', status: 'pending', userId: actor.userId, supervises: rolesBelow(actor.role), now });
  }

  async decide(actor: Actor, id: number, approve: boolean, note: string | null) {
    this.core.assert(actor, PEOPLE.exportApprove);
    const seen = await repo.findVisible(this.core.db, actor.scope, id);
    if (!seen) throw notFound('export_request');
    const refusal = decisionRefusal(actor, seen);
    if (refusal) throw new AppError(refusal, 403);
    return this.core.mutate(actor, async (w) => {
      const row = await repo.lockRequest(w.db, id);
      const at = new Date();
      const status = effectiveStatus(row, at);
      if (status === 'expired' && row.status === 'pending') throw new AppError('EXPORT_EXPIRED', 410);
      if (status !== 'pending') throw conflict('EXPORT_DECIDED');
      const decided = await repo.updateRequest(w.db, id, {
        status: approve ? 'approved' : 'rejected',
        decided_by: actor.userId,
        decided_by_name: actor.userName,
        decided_at: at,
        decision_note: note?.trim() || null,
        expires_at: approve ? expiryAfter(at) : null,
      });
      await w.audit({
        action: approve ? 'people.export.approve' : 'people.export.reject',
        targetType: 'export_request',
        targetId: id,
        unitPath: row.unit_path,
        districtId: row.district_id,
        summary: { requesterId: row.requester_id, rows: row.row_count, note: decided.decision_note, expiresAt: decided.expires_at?.toISOString() ?? null },
      });
      return decided;
    });
  }

  /**
   * The approved export, once, to the requester in the position that asked: the stored filters are replayed
   * in that position's scope now. The request is marked downloaded with its audit entry before the first
   * byte is sent, so a second download cannot start even if the first one is still streaming.
   */
  async download(actor: Actor, id: number) {
    this.core.assert(actor, PEOPLE.export);
    const seen = await repo.findVisible(this.core.db, actor.scope, id);
    if (!seen) throw notFound('export_request');
    if (!this.isRequester(actor, seen)) throw new AppError('EXPORT_NOT_REQUESTER', 403);
    const now = new Date();
    if (seen.status === 'approved' && effectiveStatus(seen, now) === 'expired') {
      await this.expire(actor, seen);
      throw new AppError('EXPORT_EXPIRED', 410);
    }
    this.assertDownloadable(effectiveStatus(seen, now));
    const filters = seen.filters as Filters;
    const list = await exportList(this.core, actor, filters);
    const size = await exportSize(this.core, actor, list);
    await this.core.mutate(actor, async (w) => {
      const row = await repo.lockRequest(w.db, id);
      // Between the checks above and this lock another download may have taken it, or the day ended.
      this.assertDownloadable(effectiveStatus(row, new Date()));
      await repo.updateRequest(w.db, id, { status: 'downloaded', downloaded_at: new Date() });
      await w.audit({
        action: 'people.export.download',
        targetType: 'export_request',
        targetId: id,
        unitPath: row.unit_path,
        districtId: row.district_id,
        summary: { requestId: id, filters, rows: size.rows, rowsApproved: row.row_count, truncated: size.truncated, approvedBy: row.decided_by },
        purpose: row.reason,
      });
    });
    return { stream: await streamPersons(this.core, actor, list, size.rows), rows: size.rows };
  }

  private isRequester(actor: Actor, row: repo.ExportRequestRow) {
    return row.requester_id === actor.userId && row.position_id === actor.positionId;
  }

  private assertDownloadable(status: ExportStatus) {
    if (status === 'approved') return;
    if (status === 'downloaded') throw new AppError('EXPORT_DOWNLOADED', 410);
    if (status === 'expired') throw new AppError('EXPORT_EXPIRED', 410);
    throw conflict('EXPORT_NOT_APPROVED');
  }

  /** An approval that lapsed is marked so when it is next used, with its own audit entry. */
  private async expire(actor: Actor, row: repo.ExportRequestRow) {
    await this.core.mutate(actor, async (w) => {
      const locked = await repo.lockRequest(w.db, row.id);
      if (locked.status !== 'approved') return;
      await repo.updateRequest(w.db, row.id, { status: 'expired' });
      await w.audit({
        action: 'people.export.expire',
        targetType: 'export_request',
        targetId: row.id,
        unitPath: row.unit_path,
        districtId: row.district_id,
        summary: { expiresAt: row.expires_at?.toISOString() ?? null },
      });
    });
  }
}
