import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { draftShownTo, getCatalog } from '../../../platform/catalog.js';
import type { Label } from '../../../platform/i18n.js';
import { APPEALS } from '../appeals.policy.js';
import { loadCategories } from '../category.catalog.js';
import * as repo from './routing.repository.js';

export interface RuleInput {
  categoryCode: string;
  areaUnitId?: number | null;
  handlerKind: 'committee' | 'street' | 'department' | 'ops';
  departmentCode?: string | null;
  note?: string | null;
}

/** Routing rules (category × area → handler) are the district's configuration, changed by district staff. */
export class RoutingService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor) {
    this.core.assert(actor, APPEALS.read);
    const districtId = this.districtOf(actor);
    return repo.rulesOf(this.core.db, districtId);
  }

  async create(actor: Actor, input: RuleInput) {
    this.core.assert(actor, APPEALS.configure);
    const districtId = this.districtOf(actor);
    const categories = await loadCategories(this.core.db, districtId);
    return this.core.mutate(actor, async (w) => {
      const code = input.categoryCode.trim();
      if (code !== '*' && !categories.byCode.has(code) && !categories.groups.some((g) => g.code === code))
        throw new AppError('CATEGORY_UNKNOWN', 400, { code });
      let areaPath: string | null = null;
      if (input.areaUnitId) {
        const unit = await repo.unitById(w.db, input.areaUnitId);
        if (!unit || unit.district_id !== districtId) throw notFound('unit');
        areaPath = unit.path;
      }
      const dept = input.handlerKind === 'department' ? input.departmentCode?.trim() : null;
      if (input.handlerKind === 'department') {
        // A district department's code, or a street team's code that exists in at least one street.
        const found = dept ? await repo.departmentCodeExists(w.db, districtId, dept) : false;
        if (!found) throw new AppError('ROUTING_RULE_INVALID', 400, { why: `部门代码 ${dept ?? ''} 不存在 / no department with code ${dept ?? ''}` });
      }
      const rule = await repo.insertRule(w.db, {
        district_id: districtId,
        category_code: code,
        area_path: areaPath,
        handler_kind: input.handlerKind,
        department_code: dept || null,
        note: input.note?.trim() || null,
      });
      repo.forgetRules(this.core.db, districtId);
      await w.audit({
        action: 'appeals.routing_rule.create',
        targetType: 'appeal_routing_rule',
        targetId: rule.id,
        districtId,
        summary: { after: { categoryCode: code, areaPath, handlerKind: input.handlerKind, departmentCode: dept ?? null } },
      });
      return rule;
    });
  }

  async setActive(actor: Actor, id: number, active: boolean) {
    this.core.assert(actor, APPEALS.configure);
    const districtId = this.districtOf(actor);
    return this.core.mutate(actor, async (w) => {
      const rule = await repo.findRule(w.db, districtId, id);
      if (!rule) throw notFound('rule');
      const after = await repo.setRuleActive(w.db, id, active);
      repo.forgetRules(this.core.db, districtId);
      await w.audit({
        action: active ? 'appeals.routing_rule.enable' : 'appeals.routing_rule.disable',
        targetType: 'appeal_routing_rule',
        targetId: id,
        districtId,
        summary: { categoryCode: rule.category_code },
      });
      return after;
    });
  }

  /** The caller's district's problem catalogue with its time limits. */
  async categories(actor: Actor) {
    this.core.assert(actor, APPEALS.read);
    const c = await loadCategories(this.core.db, actor.scope.districtId ?? 0);
    return { ...c, draft: draftShownTo(this.core, actor, c.draft) };
  }

  /**
   * The street teams and offices of the district's departments catalog by code, named for the street an order
   * is in ("{street}房管办事处" → "街道房管办事处"): a rule or a category names a team by its code, and the team
   * it reaches is the one of the order's street.
   */
  async streetTeams(actor: Actor) {
    this.core.assert(actor, APPEALS.read);
    const c = await getCatalog(this.core.db, actor.scope.districtId ?? 0, 'departments');
    const extra = (c?.extra ?? {}) as { streetTeams?: Array<{ code: string; name: Label }>; streetOffices?: Array<{ code: string; name: Label }> };
    const street = (l: Label): Label => ({
      zh: l.zh.replaceAll('{street}', '街道'),
      en: l.en.replaceAll('{street} ', "Street's ").replaceAll('{street}', 'Street'),
    });
    return [...(extra.streetTeams ?? []), ...(extra.streetOffices ?? [])].map((t) => ({ code: t.code, name: street(t.name) }));
  }

  /** Where an order can be sent: the district's departments and street teams, its streets and committees. */
  async handlers(actor: Actor, streetId?: number) {
    this.core.assert(actor, APPEALS.read);
    return repo.handlerChoices(this.core.db, this.districtOf(actor), streetId ?? null);
  }

  private districtOf(actor: Actor): number {
    if (!actor.scope.districtId) throw notFound('district');
    return actor.scope.districtId;
  }
}
