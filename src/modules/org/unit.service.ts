import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { localize, type Label } from '../../platform/i18n.js';
import { getCatalog } from '../../platform/catalog.js';
import type { UnitType } from './org.schema.js';
import * as repo from './unit.repository.js';
import { followMove } from './territory.repository.js';
import { territoryColumns, type DeclaredTerritory } from '../../platform/territory.registry.js';
import { checkCode, checkLevel, childPath, idsOfPath, KINDS, makesCycle, typeLabel, TYPE_LABEL, PARENT_TYPE } from './unit.rules.js';
import { ORG } from './org.policy.js';

export interface CreateUnitInput {
  parentId: number;
  type: UnitType;
  kind?: string | null;
  name: string;
  code?: string | null;
  attributes?: Record<string, unknown>;
}

const CODE_SHAPE: Record<string, string> = { district: '6 位数字 / 6 digits', street: '9 位数字 / 9 digits', committee: '12 位数字 / 12 digits' };

export class UnitService {
  /** Every module's copies of unit paths, rewritten with the units they copy (decision 0017). */
  private readonly territory: readonly DeclaredTerritory[];

  constructor(private readonly core: Core) {
    this.territory = territoryColumns(core.modules);
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, ORG.read);
    const unit = await repo.findVisible(this.core.db, actor.scope, id);
    if (!unit) throw notFound('unit');
    const ancestorIds = idsOfPath(unit.path).slice(0, -1);
    const names = await repo.namesOf(this.core.db, ancestorIds);
    const ancestors = ancestorIds.map((aid) => names.find((n) => n.id === aid)!).filter(Boolean);
    return { unit, ancestors, childCount: await repo.activeChildCount(this.core.db, id) };
  }

  async list(actor: Actor, q: Omit<repo.UnitListQuery, 'limit' | 'offset'> & { page: number; pageSize: number }) {
    this.core.assert(actor, ORG.read);
    if (q.parentId !== undefined && !(await repo.findVisible(this.core.db, actor.scope, q.parentId))) throw notFound('unit');
    return repo.list(this.core.db, actor.scope, { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  }

  async history(actor: Actor, id: number, page: number, pageSize: number) {
    this.core.assert(actor, ORG.read);
    if (!(await repo.findVisible(this.core.db, actor.scope, id))) throw notFound('unit');
    return repo.history(this.core.db, id, pageSize, (page - 1) * pageSize);
  }

  async create(actor: Actor, input: CreateUnitInput) {
    this.core.assert(actor, ORG.manage);
    const name = input.name.trim();
    if (!name) throw badRequest('UNIT_NAME_EMPTY');
    return this.core.mutate(actor, async (w) => {
      const parent = await repo.findVisible(w.db, actor.scope, input.parentId);
      if (!parent) throw notFound('unit');
      if (parent.retired_at) throw conflict('UNIT_RETIRED', { name: parent.name });
      this.assertLevel(actor, input.type, parent.type);
      const kind = input.kind ?? KINDS[input.type]?.[0] ?? null;
      if (KINDS[input.type] && !KINDS[input.type]!.includes(kind!)) {
        throw badRequest('UNIT_KIND_INVALID', { typeLabel: localize(TYPE_LABEL[input.type], actor.locale), allowed: KINDS[input.type]!.join(', ') });
      }
      const code = input.code?.trim() || null;
      await this.assertCode(w.db, actor, parent.district_id, input.type, code);
      const [id] = await repo.nextIds(w.db, 1);
      const unit = await repo.insert(w.db, {
        id: id!,
        district_id: parent.district_id,
        parent_id: parent.id,
        type: input.type,
        kind: input.type === 'street' || input.type === 'committee' ? kind : null,
        code,
        name,
        path: childPath(parent.path, id!),
        depth: parent.depth + 1,
        attributes: input.attributes ?? {},
      });
      await repo.addHistory(w.db, {
        district_id: unit.district_id,
        unit_id: unit.id,
        kind: 'created',
        before: {},
        after: { name, code, parentId: parent.id, parentName: parent.name },
        reason: null,
        actor_id: actor.userId || null,
        actor_name: actor.userName,
      });
      await w.audit({
        action: 'org.unit.create',
        targetType: 'unit',
        targetId: unit.id,
        unitPath: unit.path,
        districtId: unit.district_id,
        summary: { after: { name, code, type: input.type, parentId: parent.id } },
      });
      w.emit('org.unit.created', { unitId: unit.id, type: unit.type, parentId: parent.id }, unit.district_id);
      return unit;
    });
  }

  async rename(actor: Actor, id: number, newName: string, reason: string | null) {
    this.core.assert(actor, ORG.manage);
    const name = newName.trim();
    if (!name) throw badRequest('UNIT_NAME_EMPTY');
    return this.core.mutate(actor, async (w) => {
      const unit = await repo.findVisible(w.db, actor.scope, id);
      if (!unit) throw notFound('unit');
      if (unit.retired_at) throw conflict('UNIT_RETIRED', { name: unit.name });
      const renamed = await repo.rename(w.db, id, name);
      await repo.addHistory(w.db, {
        district_id: unit.district_id,
        unit_id: id,
        kind: 'renamed',
        before: { name: unit.name },
        after: { name },
        reason,
        actor_id: actor.userId || null,
        actor_name: actor.userName,
      });
      await w.audit({
        action: 'org.unit.rename',
        targetType: 'unit',
        targetId: id,
        unitPath: unit.path,
        districtId: unit.district_id,
        summary: { before: { name: unit.name }, after: { name }, reason },
      });
      w.emit('org.unit.renamed', { unitId: id, before: unit.name, after: name }, unit.district_id);
      return renamed;
    });
  }

  async move(actor: Actor, id: number, newParentId: number, reason: string | null) {
    this.core.assert(actor, ORG.manage);
    return this.core.mutate(actor, async (w) => {
      const unit = await repo.findVisible(w.db, actor.scope, id);
      if (!unit) throw notFound('unit');
      const parent = await repo.findVisible(w.db, actor.scope, newParentId);
      if (!parent) throw notFound('unit');
      if (unit.type === 'district') throw badRequest('UNIT_ROOT_FIXED');
      if (makesCycle(unit.path, parent.path)) throw badRequest('UNIT_CYCLE', { name: unit.name });
      if (unit.parent_id === parent.id) throw badRequest('UNIT_SAME_PARENT', { name: unit.name });
      if (unit.retired_at) throw conflict('UNIT_RETIRED', { name: unit.name });
      if (parent.retired_at) throw conflict('UNIT_RETIRED', { name: parent.name });
      this.assertLevel(actor, unit.type, parent.type);
      const oldParent = unit.parent_id ? await repo.findById(w.db, unit.parent_id) : undefined;
      const moved = await repo.move(w.db, unit, parent);
      // In the move's own transaction: no moment, and no failed handler, leaves a row under the old tree.
      await followMove(w.db, this.territory, unit.path, moved.path);
      const before = { parentId: unit.parent_id, parentName: oldParent?.name ?? null, path: unit.path };
      const after = { parentId: parent.id, parentName: parent.name, path: moved.path };
      await repo.addHistory(w.db, {
        district_id: unit.district_id,
        unit_id: id,
        kind: 'moved',
        before,
        after,
        reason,
        actor_id: actor.userId || null,
        actor_name: actor.userName,
      });
      await w.audit({
        action: 'org.unit.move',
        targetType: 'unit',
        targetId: id,
        unitPath: moved.path,
        districtId: unit.district_id,
        summary: { before, after, reason },
      });
      w.emit('org.unit.moved', { unitId: id, fromParentId: unit.parent_id, toParentId: parent.id, oldPath: unit.path, newPath: moved.path }, unit.district_id);
      return moved;
    });
  }

  async retire(actor: Actor, id: number, reason: string | null) {
    this.core.assert(actor, ORG.manage);
    return this.core.mutate(actor, async (w) => {
      const unit = await repo.findVisible(w.db, actor.scope, id);
      if (!unit) throw notFound('unit');
      if (unit.retired_at) throw conflict('UNIT_RETIRED', { name: unit.name });
      const children = await repo.activeChildCount(w.db, id);
      if (children > 0) throw conflict('UNIT_HAS_CHILDREN', { name: unit.name, count: children });
      if (unit.type === 'district') throw badRequest('UNIT_ROOT_FIXED');
      const retired = await repo.retire(w.db, id);
      await repo.addHistory(w.db, {
        district_id: unit.district_id,
        unit_id: id,
        kind: 'retired',
        before: {},
        after: { retiredAt: retired.retired_at },
        reason,
        actor_id: actor.userId || null,
        actor_name: actor.userName,
      });
      await w.audit({
        action: 'org.unit.retire',
        targetType: 'unit',
        targetId: id,
        unitPath: unit.path,
        districtId: unit.district_id,
        summary: { name: unit.name, reason },
      });
      w.emit('org.unit.retired', { unitId: id }, unit.district_id);
      return retired;
    });
  }

  /** What the caller may do with a unit, so the UI shows only possible actions. */
  /** The district's housing types (the profile's catalog), for the forms that type a house; a draft until set. */
  async housingTypes(actor: Actor) {
    this.core.assert(actor, ORG.read);
    const catalog = actor.scope.districtId ? await getCatalog(this.core.db, actor.scope.districtId, 'housing-types') : undefined;
    const entries = (catalog?.entries ?? []) as Array<{ code: string; name: Label }>;
    return { draft: catalog?.draft ?? true, items: entries.map((e) => ({ code: e.code, name: e.name })) };
  }

  abilities(actor: Actor, unit: repo.UnitRow) {
    const manage = this.core.can(actor, ORG.manage) && !unit.retired_at;
    const topOfScope = !actor.scope.all && actor.scope.paths.includes(unit.path);
    return {
      create: manage && unit.type !== 'house',
      move: manage && unit.type !== 'district' && !topOfScope,
      rename: manage,
      retire: manage && unit.type !== 'district' && !topOfScope,
    };
  }

  private assertLevel(actor: Actor, type: UnitType, parentType: UnitType) {
    const problem = checkLevel(type, parentType);
    if (!problem) return;
    const l = (t: UnitType | 'none') => (t === 'none' ? '—' : localize(typeLabel(t, null), actor.locale));
    throw badRequest(problem.code, {
      ...problem.params,
      childLabel: l(type),
      parentLabel: l(parentType),
      expectedLabel: l(PARENT_TYPE[type] ?? 'none'),
    });
  }

  private async assertCode(db: Core['db'], actor: Actor, districtId: number, type: UnitType, code: string | null) {
    if (code === null) return;
    if (!checkCode(type, code)) {
      throw badRequest('UNIT_CODE_INVALID', {
        code,
        typeLabel: localize(TYPE_LABEL[type], actor.locale),
        expected: CODE_SHAPE[type] ?? '1–32 个字母数字 / 1–32 letters and digits',
      });
    }
    const other = await repo.findByCode(db, districtId, code);
    if (other) throw conflict('UNIT_CODE_DUPLICATE', { code, other: other.name });
  }
}
