import type { TypedApp } from '../http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../core.js';
import { IdParams, Nullable } from '../http/schemas.js';
import { actorOf } from '../http/request-context.js';
import { AppError } from '../errors.js';
import type { TokenService } from './token.service.js';

const TokenView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  permissions: Type.Array(Type.String()),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  lastUsedAt: Nullable(Type.String()),
});
type Row = { id: number; name: string; permissions: string[]; created_at: Date; expires_at: Date; revoked_at: Date | null; last_used_at: Date | null };
const view = (r: Row) => ({
  id: r.id,
  name: r.name,
  permissions: r.permissions,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at.toISOString(),
  revokedAt: r.revoked_at?.toISOString() ?? null,
  lastUsedAt: r.last_used_at?.toISOString() ?? null,
});

export function registerTokenRoutes(app: TypedApp, core: Core, tokens: TokenService) {
  // A token cannot mint tokens: only a person logged in can.
  const person = (req: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(req);
    if (actor.limitedTo) throw new AppError('FORBIDDEN', 403, { action: 'token' });
    return actor;
  };
  const Body = Type.Object({
    name: Type.String({ minLength: 2, maxLength: 60 }),
    permissions: Type.Array(Type.String({ maxLength: 60 }), { minItems: 1, maxItems: 20 }),
    days: Type.Integer({ minimum: 1, maximum: 366 }),
  });
  app.post(
    '/api/auth/tokens',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags: ['auth'],
        summary: '为当前岗位签发接口令牌 / Issue an API token for the active position',
        body: Body,
        response: { 201: Type.Intersect([TokenView, Type.Object({ token: Type.String() })]) },
      },
    },
    async (req, reply) => {
      const r = await tokens.issue(person(req), req.body);
      return reply.status(201).send({ ...view(r.row), token: r.token });
    },
  );
  app.get(
    '/api/auth/tokens',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: { tags: ['auth'], summary: '我签发的接口令牌 / My API tokens', response: { 200: Type.Object({ items: Type.Array(TokenView) }) } },
    },
    async (req) => ({ items: (await tokens.list(person(req))).map(view) }),
  );
  app.post(
    '/api/auth/tokens/:id/revoke',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: { tags: ['auth'], summary: '吊销接口令牌 / Revoke an API token', params: IdParams },
    },
    async (req, reply) => {
      await tokens.revoke(person(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
