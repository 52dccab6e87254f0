import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { findUnitById } from '../org/index.js';
import * as repo from './export-policy.repository.js';
import { DEFAULT_APPROVAL_ABOVE } from './export-request.rules.js';
import { PEOPLE } from './people.policy.js';

/**
 * The district's setting of how large an export may be before a supervisor must approve it. It is read by
 * every export; the district's staff (and administrators) read and change it.
 */
export class ExportPolicyService {
  constructor(private readonly core: Core) {}

  /** The threshold in force: the district's own, or the default. */
  async approvalAbove(districtId: number | null): Promise<number | null> {
    const own = districtId === null ? undefined : await repo.findPolicy(this.core.db, districtId);
    return own ? own.approval_above : DEFAULT_APPROVAL_ABOVE;
  }

  async get(actor: Actor, districtId: number) {
    this.core.assert(actor, PEOPLE.exportPolicy);
    const district = await this.district(actor, districtId);
    return this.view(district, await repo.findPolicy(this.core.db, districtId));
  }

  async set(actor: Actor, districtId: number, approvalAbove: number | null) {
    this.core.assert(actor, PEOPLE.exportPolicy);
    const district = await this.district(actor, districtId);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findPolicy(w.db, districtId);
      const saved = await repo.savePolicy(w.db, { district_id: districtId, approval_above: approvalAbove, updated_by: actor.userId || null });
      await w.audit({
        action: 'people.export.policy',
        targetType: 'district',
        targetId: districtId,
        unitPath: district.rootPath,
        districtId,
        summary: { before: before ? before.approval_above : DEFAULT_APPROVAL_ABOVE, after: approvalAbove },
      });
      return this.view(district, saved);
    });
  }

  private view(district: { id: number; name: string }, own: Awaited<ReturnType<typeof repo.findPolicy>>) {
    return {
      districtId: district.id,
      districtName: district.name,
      approvalAbove: own ? own.approval_above : DEFAULT_APPROVAL_ABOVE,
      isDefault: !own,
      defaultApprovalAbove: DEFAULT_APPROVAL_ABOVE,
      updatedAt: own ? own.updated_at.toISOString() : null,
    };
  }

  /**
   * The district, if the actor's scope covers all of it (its root unit): a setting for the whole district is
   * not a street's to see or change. Its root path files the audit entry where the district's staff read it;
   * an administrator reaching it through the whole deployment files it deployment-wide.
   */
  private async district(actor: Actor, districtId: number) {
    const district = await repo.findDistrict(this.core.db, districtId);
    if (!district) throw notFound('district');
    let rootPath: string | null = null;
    for (const path of actor.scope.paths) {
      const ids = path.split('/').filter(Boolean);
      if (ids.length !== 1) continue;
      const root = await findUnitById(this.core.db, Number(ids[0]));
      if (root?.type === 'district' && root.district_id === districtId) rootPath = root.path;
    }
    if (!rootPath && !actor.scope.all) throw notFound('district');
    return { ...district, rootPath };
  }
}
