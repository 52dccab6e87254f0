import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { isRole, roleDef, type RoleId } from '../../platform/roles.js';
import { hashPassword } from '../../platform/auth/password.js';
import { assertPolicy } from '../../platform/auth/auth.service.js';
import { endUserSessions, setPassword } from '../../platform/auth/auth.repository.js';
import { findVisibleDepartment, findVisibleGrid, findVisibleUnit } from '../org/index.js';
import * as repo from './user.repository.js';
import { ACCOUNTS, mayAssign } from './accounts.policy.js';

export interface PositionInput {
  role: string;
  unitId: number;
  departmentId?: number | null;
  gridId?: number | null;
}

const UNIT_TYPE_LABEL: Record<string, { zh: string; en: string }> = {
  district: { zh: '区', en: 'district' }, street: { zh: '街镇', en: 'street' }, committee: { zh: '居委会', en: 'committee' },
  compound: { zh: '小区', en: 'compound' }, building: { zh: '楼栋', en: 'building' }, house: { zh: '房屋', en: 'house' },
};

export class UserService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, q: { q?: string; page: number; pageSize: number }) {
    this.core.assert(actor, ACCOUNTS.read);
    const r = await repo.list(this.core.db, actor.scope, { q: q.q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return { ...r, positions: await repo.positionsOf(this.core.db, r.items.map((u) => u.id)) };
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, ACCOUNTS.read);
    const user = await repo.findVisible(this.core.db, actor.scope, id);
    if (!user) throw notFound('user');
    return { user, positions: await repo.positionsOf(this.core.db, [id]) };
  }

  async create(actor: Actor, input: { username: string; displayName: string; initialPassword: string; position: PositionInput }) {
    this.core.assert(actor, ACCOUNTS.manage);
    const username = input.username.trim();
    if (!/^[A-Za-z0-9._-]{3,50}$/.test(username)) throw badRequest('USERNAME_INVALID');
    assertPolicy(input.initialPassword, username);
    const position = await this.checkPosition(actor, input.position);
    const hash = await hashPassword(input.initialPassword);
    return this.core.mutate(actor, async (w) => {
      if (await repo.findByUsername(w.db, username)) throw conflict('USER_EXISTS', { username });
      const user = await repo.insertUser(w.db, {
        district_id: position.district_id,
        username,
        display_name: input.displayName.trim() || username,
        password_hash: hash,
        must_change_password: true,
        is_demo: false,
      });
      const { unitPath: _p, ...columns } = position;
      const pos = await repo.insertPosition(w.db, { ...columns, user_id: user.id });
      await w.audit({ action: 'accounts.user.create', targetType: 'user', targetId: user.id, unitPath: position.unitPath, summary: { after: { username, displayName: user.display_name, role: pos.role, unitId: pos.unit_id } } });
      return user;
    });
  }

  async addPosition(actor: Actor, userId: number, input: PositionInput) {
    this.core.assert(actor, ACCOUNTS.manage);
    const user = await repo.findVisible(this.core.db, actor.scope, userId);
    if (!user) throw notFound('user');
    const position = await this.checkPosition(actor, input);
    return this.core.mutate(actor, async (w) => {
      const { unitPath: _p, ...columns } = position;
      const pos = await repo.insertPosition(w.db, { ...columns, user_id: userId });
      await w.audit({ action: 'accounts.position.add', targetType: 'user', targetId: userId, unitPath: position.unitPath, summary: { after: { positionId: pos.id, role: pos.role, unitId: pos.unit_id } } });
    });
  }

  async endPosition(actor: Actor, userId: number, positionId: number) {
    this.core.assert(actor, ACCOUNTS.manage);
    const { positions } = await this.get(actor, userId);
    const pos = positions.find((p) => p.id === positionId);
    if (!pos) throw notFound('position');
    // Only a position inside the manager's reach, of a role they could grant, may be ended by them.
    const unit = pos.unit_id ? await findVisibleUnit(this.core.db, actor.scope, pos.unit_id) : undefined;
    if (!unit || !isRole(pos.role) || !mayAssign(actor.role, pos.role)) throw notFound('position');
    if (positions.length === 1) throw conflict('POSITION_LAST');
    await this.core.mutate(actor, async (w) => {
      await repo.endPosition(w.db, positionId);
      await w.audit({ action: 'accounts.position.end', targetType: 'user', targetId: userId, unitPath: unit.path, summary: { before: { positionId, role: pos.role, unitId: pos.unit_id } } });
    });
  }

  async resetPassword(actor: Actor, userId: number, initialPassword: string) {
    this.core.assert(actor, ACCOUNTS.manage);
    const user = await repo.findVisible(this.core.db, actor.scope, userId);
    if (!user) throw notFound('user');
    assertPolicy(initialPassword, user.username);
    const hash = await hashPassword(initialPassword);
    await this.core.mutate(actor, async (w) => {
      await setPassword(w.db, userId, hash, true);
      await endUserSessions(w.db, userId);
      await w.audit({ action: 'accounts.user.reset_password', targetType: 'user', targetId: userId, summary: {} });
    });
  }

  async unlock(actor: Actor, userId: number) {
    this.core.assert(actor, ACCOUNTS.manage);
    const user = await repo.findVisible(this.core.db, actor.scope, userId);
    if (!user) throw notFound('user');
    await this.core.mutate(actor, async (w) => {
      await repo.unlock(w.db, userId);
      await w.audit({ action: 'accounts.user.unlock', targetType: 'user', targetId: userId, summary: { before: { lockedUntil: user.locked_until } } });
    });
  }

  /** A position must be one the manager may grant, at a unit they reach, of the level the role lives at. */
  private async checkPosition(actor: Actor, input: PositionInput) {
    if (!isRole(input.role)) throw badRequest('ROLE_UNKNOWN', { role: input.role });
    const role: RoleId = input.role;
    const def = roleDef(role);
    const roleName = localize(def.label, actor.locale);
    if (!mayAssign(actor.role, role)) throw badRequest('ROLE_NOT_ASSIGNABLE', { role: roleName });
    const unit = await findVisibleUnit(this.core.db, actor.scope, input.unitId);
    if (!unit) throw notFound('unit');
    if (!def.unitTypes.includes(unit.type)) {
      const l = (t: string) => localize(UNIT_TYPE_LABEL[t] ?? { zh: t, en: t }, actor.locale);
      throw badRequest('POSITION_UNIT_TYPE', { role: roleName, expected: def.unitTypes.map(l).join('/'), unit: unit.name, actual: l(unit.type) });
    }
    let gridId: number | null = null;
    let departmentId: number | null = null;
    if (role === 'grid_worker') {
      const grid = input.gridId ? await findVisibleGrid(this.core.db, actor.scope, input.gridId) : undefined;
      if (!grid || grid.street_id !== unit.id) throw badRequest('POSITION_GRID_REQUIRED');
      gridId = grid.id;
    }
    if (role === 'department_staff') {
      const dept = input.departmentId ? await findVisibleDepartment(this.core.db, actor.scope, input.departmentId) : undefined;
      if (!dept) throw badRequest('POSITION_DEPARTMENT_REQUIRED');
      departmentId = dept.id;
    }
    return { district_id: unit.district_id, role, unit_id: unit.id, department_id: departmentId, grid_id: gridId, unitPath: unit.path };
  }
}
