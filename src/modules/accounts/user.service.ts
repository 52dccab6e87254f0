import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import type { Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { PositionNames } from '../../platform/module.js';
import type { RoleId } from '../../platform/roles.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { hashPassword } from '../../platform/auth/password.js';
import { assertPolicy, policySubject } from '../../platform/auth/auth.service.js';
import { clearLoginFailures, endUserSessions, setPassword } from '../../platform/auth/auth.repository.js';
import { findVisibleDepartment, findVisibleGrid, findVisibleUnit } from '../org/index.js';
import * as repo from './user.repository.js';
import { ACCOUNTS } from './accounts.policy.js';

export interface PositionInput {
  role: string;
  unitId: number;
  departmentId?: number | null;
  gridId?: number | null;
}

const UNIT_TYPE_LABEL: Record<string, { zh: string; en: string }> = {
  district: { zh: '区', en: 'district' },
  street: { zh: '街镇', en: 'street' },
  committee: { zh: '居委会', en: 'committee' },
  compound: { zh: '小区', en: 'compound' },
  building: { zh: '楼栋', en: 'building' },
  house: { zh: '房屋', en: 'house' },
};

export class UserService {
  constructor(private readonly core: Core) {}

  /** Names of the units, departments and grids the positions sit at, from the module that keeps the territory. */
  async positionNames(positions: Array<Selectable<Database['position']>>): Promise<Map<number, PositionNames>> {
    const resolver = this.core.scopeResolver;
    if (!resolver) return new Map();
    return resolver.describe(
      this.core.db,
      positions.map((p) => ({
        id: p.id,
        userId: p.user_id,
        districtId: p.district_id,
        role: p.role as RoleId,
        unitId: p.unit_id,
        departmentId: p.department_id,
        gridId: p.grid_id,
      })),
    );
  }

  async list(actor: Actor, q: { q?: string; page: number; pageSize: number }) {
    this.core.assert(actor, ACCOUNTS.read);
    const r = await repo.list(this.core.db, actor.scope, { q: q.q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      ...r,
      positions: await repo.positionsOf(
        this.core.db,
        r.items.map((u) => u.id),
      ),
    };
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, ACCOUNTS.read);
    const user = await repo.findVisible(this.core.db, actor.scope, id);
    if (!user) throw notFound('user');
    const positions = await repo.positionsOf(this.core.db, [id]);
    // Said with the account so that the page offers only what the server would allow.
    const manageable = this.core.can(actor, ACCOUNTS.manage) && (await this.unitsUnderAuthority(actor, positions)) !== undefined;
    return { user, positions, manageable };
  }

  async create(actor: Actor, input: { username: string; displayName: string; initialPassword: string; position: PositionInput }) {
    this.core.assert(actor, ACCOUNTS.manage);
    const username = input.username.trim();
    if (!/^[A-Za-z0-9._-]{3,50}$/.test(username)) throw badRequest('USERNAME_INVALID');
    const position = await this.checkPosition(actor, input.position);
    assertPolicy(input.initialPassword, await policySubject(this.core.db, { username, displayName: input.displayName, districtId: position.district_id }));
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
      await w.audit({
        action: 'accounts.user.create',
        targetType: 'user',
        targetId: user.id,
        unitPath: position.unitPath,
        summary: { after: { username, displayName: user.display_name, role: pos.role, unitId: pos.unit_id } },
      });
      return user;
    });
  }

  async addPosition(actor: Actor, userId: number, input: PositionInput) {
    this.core.assert(actor, ACCOUNTS.manage);
    await this.manageable(actor, userId);
    const position = await this.checkPosition(actor, input);
    return this.core.mutate(actor, async (w) => {
      const { unitPath: _p, ...columns } = position;
      const pos = await repo.insertPosition(w.db, { ...columns, user_id: userId });
      await w.audit({
        action: 'accounts.position.add',
        targetType: 'user',
        targetId: userId,
        unitPath: position.unitPath,
        summary: { after: { positionId: pos.id, role: pos.role, unitId: pos.unit_id } },
      });
    });
  }

  async endPosition(actor: Actor, userId: number, positionId: number) {
    this.core.assert(actor, ACCOUNTS.manage);
    const { positions, units } = await this.manageable(actor, userId);
    const at = positions.findIndex((p) => p.id === positionId);
    if (at < 0) throw notFound('position');
    const pos = positions[at];
    if (positions.length === 1) throw conflict('POSITION_LAST');
    await this.core.mutate(actor, async (w) => {
      await repo.endPosition(w.db, positionId);
      await w.audit({
        action: 'accounts.position.end',
        targetType: 'user',
        targetId: userId,
        unitPath: units[at].path,
        summary: { before: { positionId, role: pos.role, unitId: pos.unit_id } },
      });
    });
  }

  async resetPassword(actor: Actor, userId: number, initialPassword: string) {
    this.core.assert(actor, ACCOUNTS.manage);
    const { user } = await this.manageable(actor, userId);
    assertPolicy(initialPassword, await policySubject(this.core.db, { username: user.username, displayName: user.display_name, districtId: user.district_id }));
    const hash = await hashPassword(initialPassword);
    await this.core.mutate(actor, async (w) => {
      await setPassword(w.db, userId, hash, true);
      await endUserSessions(w.db, userId);
      // A reset is how a manager helps someone locked out: their counters go with the old password.
      await clearLoginFailures(w.db, user.username);
      await w.audit({ action: 'accounts.user.reset_password', targetType: 'user', targetId: userId, summary: {} });
    });
  }

  /** Failure counters and locks on the names of users in scope, live ones only (decision 0013). */
  async loginLocks(actor: Actor, q: { q?: string; page: number; pageSize: number }) {
    this.core.assert(actor, ACCOUNTS.read);
    const now = new Date();
    const since = new Date(now.getTime() - this.core.config.lockoutMinutes * 60_000);
    return repo.listLoginLocks(this.core.db, actor.scope, { q: q.q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize, now, since });
  }

  /** Clears the failure counters and locks on the account's name: from every source, or from the one given. */
  async unlock(actor: Actor, userId: number, source?: string) {
    this.core.assert(actor, ACCOUNTS.manage);
    const { user, units } = await this.manageable(actor, userId);
    await this.core.mutate(actor, async (w) => {
      const cleared = await clearLoginFailures(w.db, user.username, source);
      await w.audit({
        action: 'accounts.user.unlock',
        targetType: 'user',
        targetId: userId,
        unitPath: units[0]?.path,
        summary: {
          ...(source === undefined ? {} : { source }),
          before: cleared.map((r) => ({ source: r.source, failures: r.failures, lockedUntil: r.locked_until })),
        },
      });
    });
  }

  async update(actor: Actor, userId: number, input: { displayName: string }) {
    this.core.assert(actor, ACCOUNTS.manage);
    const { user, units } = await this.manageable(actor, userId);
    const displayName = input.displayName.trim();
    if (!displayName) throw badRequest('DISPLAY_NAME_REQUIRED');
    if (displayName === user.display_name) return;
    await this.core.mutate(actor, async (w) => {
      await repo.setDisplayName(w.db, userId, displayName);
      await w.audit({
        action: 'accounts.user.update',
        targetType: 'user',
        targetId: userId,
        unitPath: units[0]?.path,
        summary: { before: { displayName: user.display_name }, after: { displayName } },
      });
    });
  }

  /** Disabling keeps the account and its history but ends its sessions; its API tokens stop with it. */
  async setActive(actor: Actor, userId: number, active: boolean) {
    this.core.assert(actor, ACCOUNTS.manage);
    const { user, units } = await this.manageable(actor, userId);
    if (!active && userId === actor.userId) throw conflict('ACCOUNT_SELF_DISABLE');
    if (user.active === active) return;
    await this.core.mutate(actor, async (w) => {
      await repo.setActive(w.db, userId, active);
      if (!active) await endUserSessions(w.db, userId);
      await w.audit({
        action: active ? 'accounts.user.enable' : 'accounts.user.disable',
        targetType: 'user',
        targetId: userId,
        unitPath: units[0]?.path,
        summary: { before: { active: user.active }, after: { active } },
      });
    });
  }

  /**
   * Managing an account acts for every position it holds (its password opens all of them), so the manager needs
   * authority over each: 404 when the account is out of sight, 403 when it also holds a position beyond them.
   */
  async manageable(actor: Actor, userId: number) {
    const user = await repo.findVisible(this.core.db, actor.scope, userId);
    if (!user) throw notFound('user');
    const positions = await repo.positionsOf(this.core.db, [userId]);
    const units = await this.unitsUnderAuthority(actor, positions);
    if (!units) throw new AppError('ACCOUNT_BEYOND_AUTHORITY', 403);
    return { user, positions, units };
  }

  /** The units of the positions, in their order, when the actor could have granted every one of them. */
  private async unitsUnderAuthority(
    actor: Actor,
    positions: Array<{ role: string; unit_id: number | null; grid_id: number | null; department_id: number | null }>,
  ) {
    const units = [];
    for (const p of positions) {
      // Who may hand out a role is part of its declaration: never one above the manager's own (decision 0016).
      if (!this.core.roles.mayAssign(actor.role, p.role) || p.unit_id === null) return undefined;
      const unit = await findVisibleUnit(this.core.db, actor.scope, p.unit_id);
      if (!unit) return undefined;
      if (p.grid_id !== null && !(await findVisibleGrid(this.core.db, actor.scope, p.grid_id))) return undefined;
      if (p.department_id !== null && !(await findVisibleDepartment(this.core.db, actor.scope, p.department_id))) return undefined;
      units.push(unit);
    }
    return units;
  }

  /** A position must be one the manager may grant, at a unit they reach, of the level the role lives at. */
  private async checkPosition(actor: Actor, input: PositionInput) {
    const role = input.role;
    if (!this.core.roles.has(role)) throw badRequest('ROLE_UNKNOWN', { role });
    const def = this.core.roles.get(role);
    const roleName = localize(def.label, actor.locale);
    if (!this.core.roles.mayAssign(actor.role, role)) throw badRequest('ROLE_NOT_ASSIGNABLE', { role: roleName });
    const unit = await findVisibleUnit(this.core.db, actor.scope, input.unitId);
    if (!unit) throw notFound('unit');
    if (!def.unitTypes.includes(unit.type)) {
      const l = (t: string) => localize(UNIT_TYPE_LABEL[t] ?? { zh: t, en: t }, actor.locale);
      throw badRequest('POSITION_UNIT_TYPE', { role: roleName, expected: def.unitTypes.map(l).join('/'), unit: unit.name, actual: l(unit.type) });
    }
    let gridId: number | null = null;
    let departmentId: number | null = null;
    if (def.anchor === 'grid') {
      const grid = input.gridId ? await findVisibleGrid(this.core.db, actor.scope, input.gridId) : undefined;
      if (!grid || grid.street_id !== unit.id) throw badRequest('POSITION_GRID_REQUIRED');
      gridId = grid.id;
    }
    if (def.anchor === 'department') {
      const dept = input.departmentId ? await findVisibleDepartment(this.core.db, actor.scope, input.departmentId) : undefined;
      if (!dept) throw badRequest('POSITION_DEPARTMENT_REQUIRED');
      departmentId = dept.id;
    }
    return { district_id: unit.district_id, role, unit_id: unit.id, department_id: departmentId, grid_id: gridId, unitPath: unit.path };
  }
}
