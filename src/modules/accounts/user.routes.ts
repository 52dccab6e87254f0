import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Selectable } from 'kysely';
import type { Core } from '../../platform/core.js';
import type { Database } from '../../platform/db/schema.js';
import { Id, Label, PageQuery, pageOf, paged, Nullable, IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { UserService } from './user.service.js';

const PositionView = Type.Object({
  id: Type.Integer(),
  role: Type.String(),
  roleLabel: Label,
  unitId: Nullable(Type.Integer()),
  unitName: Nullable(Type.String()),
  departmentId: Nullable(Type.Integer()),
  departmentName: Nullable(Type.String()),
  gridId: Nullable(Type.Integer()),
  gridName: Nullable(Type.String()),
});
const UserView = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  active: Type.Boolean(),
  lockedUntil: Nullable(Type.String()),
  mustChangePassword: Type.Boolean(),
  positions: Type.Array(PositionView),
  /** Whether the caller may manage this account (reset, unlock, disable, edit, positions); said on the account's own page. */
  manageable: Type.Optional(Type.Boolean()),
});
const PositionInput = Type.Object({
  role: Type.String({ minLength: 1 }),
  unitId: Id(),
  departmentId: Type.Optional(Nullable(Id())),
  gridId: Type.Optional(Nullable(Id())),
});
const Password = Type.String({ minLength: 1, maxLength: 200 });
const tags = ['accounts'];

export function userRoutes(app: TypedApp, core: Core) {
  const users = new UserService(core);

  const view = async (
    user: Selectable<Database['app_user']> & { login_locked_until?: Date | null },
    positions: Array<Selectable<Database['position']>>,
    manageable?: boolean,
  ) => {
    const mine = positions.filter((p) => p.user_id === user.id);
    const names = await users.positionNames(mine);
    return {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      active: user.active,
      lockedUntil: user.login_locked_until?.toISOString() ?? null,
      mustChangePassword: user.must_change_password,
      ...(manageable === undefined ? {} : { manageable }),
      positions: mine.map((p) => ({
        id: p.id,
        role: p.role,
        roleLabel: core.roles.labelOf(p.role),
        unitId: p.unit_id,
        unitName: names.get(p.id)?.unitName ?? null,
        departmentId: p.department_id,
        departmentName: names.get(p.id)?.departmentName ?? null,
        gridId: p.grid_id,
        gridName: names.get(p.id)?.gridName ?? null,
      })),
    };
  };

  app.get(
    '/roles',
    {
      config: { access: { auth: 'session', probe: { kind: 'none' } } },
      schema: {
        tags,
        summary: '角色目录 / Roles',
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ role: Type.String(), label: Label, scopeKind: Type.String(), unitTypes: Type.Array(Type.String()) })),
          }),
        },
      },
    },
    async () => ({ items: core.roles.list().map((r) => ({ role: r.id, label: r.label, scopeKind: r.scopeKind, unitTypes: [...r.unitTypes] })) }),
  );

  const ListQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) })]);
  app.get(
    '/users',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'accounts.user' } } },
      schema: { tags, summary: '用户列表 / Users', querystring: ListQuery, response: { 200: paged(UserView) } },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await users.list(actorOf(req), { q: q.q?.trim() || undefined, page, pageSize });
      return { items: await Promise.all(r.items.map((u) => view(u, r.positions))), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/users/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user' } } },
      schema: { tags, summary: '用户详情 / User', params: IdParams, response: { 200: UserView } },
    },
    async (req) => {
      const r = await users.get(actorOf(req), req.params.id);
      return view(r.user, r.positions, r.manageable);
    },
  );

  const CreateBody = Type.Object({
    username: Type.String({ minLength: 1, maxLength: 50 }),
    displayName: Type.String({ maxLength: 50 }),
    initialPassword: Password,
    position: PositionInput,
  });
  app.post(
    '/users',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'create',
            resource: 'unit',
            field: 'position.unitId',
            body: { username: 'probe{unique}', displayName: '探测', initialPassword: 'Probe#2026x', position: { role: 'committee_worker' } },
          },
        },
      },
      schema: { tags, summary: '新建用户 / Create a user', body: CreateBody, response: { 201: UserView } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const user = await users.create(actor, req.body);
      const r = await users.get(actor, user.id);
      return reply.status(201).send(await view(r.user, r.positions, r.manageable));
    },
  );

  const UpdateBody = Type.Object({ displayName: Type.String({ minLength: 1, maxLength: 50 }) });
  app.post(
    '/users/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user', body: { displayName: '探测' } } } },
      schema: { tags, summary: '修改用户 / Edit a user', params: IdParams, body: UpdateBody, response: { 200: UserView } },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id } = req.params;
      await users.update(actor, id, req.body);
      const r = await users.get(actor, id);
      return view(r.user, r.positions, r.manageable);
    },
  );

  for (const [path, active, summary] of [
    ['disable', false, '停用账号（结束其会话） / Disable an account (ends its sessions)'],
    ['enable', true, '启用账号 / Enable an account'],
  ] as const) {
    app.post(
      `/users/:id/${path}`,
      {
        config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user', body: {} } } },
        schema: { tags, summary, params: IdParams, response: { 200: UserView } },
      },
      async (req) => {
        const actor = actorOf(req);
        const { id } = req.params;
        await users.setActive(actor, id, active);
        const r = await users.get(actor, id);
        return view(r.user, r.positions, r.manageable);
      },
    );
  }

  app.post(
    '/users/:id/positions',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user', body: { role: 'resident', unitId: 1 } } } },
      schema: { tags, summary: '添加岗位 / Add a position', params: IdParams, body: PositionInput, response: { 200: UserView } },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id } = req.params;
      await users.addPosition(actor, id, req.body);
      const r = await users.get(actor, id);
      return view(r.user, r.positions, r.manageable);
    },
  );

  const PositionParams = Type.Object({ id: Id(), positionId: Id() });
  app.post(
    '/users/:id/positions/:positionId/end',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user', query: {}, body: {} } } },
      schema: { tags, summary: '结束岗位 / End a position', params: PositionParams, response: { 200: UserView } },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id, positionId } = req.params;
      await users.endPosition(actor, id, positionId);
      const r = await users.get(actor, id);
      return view(r.user, r.positions, r.manageable);
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user', body: { initialPassword: 'Probe#2026x' } } } },
      schema: { tags, summary: '重置密码 / Reset password', params: IdParams, body: Type.Object({ initialPassword: Password }) },
    },
    async (req, reply) => {
      await users.resetPassword(actorOf(req), req.params.id, req.body.initialPassword);
      return reply.status(204).send();
    },
  );

  const LoginLockView = Type.Object({
    userId: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    source: Type.String({ description: 'the client address the failures came from (an IPv6 address by its /64)' }),
    failures: Type.Integer(),
    firstFailedAt: Type.String(),
    lastFailedAt: Type.String(),
    lockedUntil: Nullable(Type.String({ description: 'set while this source is locked out of this account' })),
  });
  app.get(
    '/login-locks',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'accounts.user', idKey: 'userId' } } },
      schema: { tags, summary: '登录失败计数与锁定 / Failed-login counters and locks', querystring: ListQuery, response: { 200: paged(LoginLockView) } },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await users.loginLocks(actorOf(req), { q: q.q?.trim() || undefined, page, pageSize });
      const now = new Date();
      return {
        items: r.items.map((f) => ({
          userId: f.user_id,
          username: f.username,
          displayName: f.display_name,
          source: f.source,
          failures: f.failures,
          firstFailedAt: f.first_failed_at.toISOString(),
          lastFailedAt: f.last_failed_at.toISOString(),
          lockedUntil: f.locked_until && f.locked_until > now ? f.locked_until.toISOString() : null,
        })),
        total: r.total,
        page,
        pageSize,
      };
    },
  );

  const UnlockBody = Type.Object({
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "only this source's counter; without it, every source's" })),
  });
  app.post(
    '/users/:id/unlock',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user', body: {} } } },
      schema: { tags, summary: '解除登录锁定（清除失败计数） / Unlock (clear failed-login counters)', params: IdParams, body: UnlockBody },
    },
    async (req, reply) => {
      await users.unlock(actorOf(req), req.params.id, req.body.source);
      return reply.status(204).send();
    },
  );
}
