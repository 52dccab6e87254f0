import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { IdParams, Nullable } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { SecondFactorService } from './second-factor.service.js';
import { UserService } from './user.service.js';

const SecondFactorView = Type.Object({
  enabled: Type.Boolean(),
  pending: Type.Boolean({ description: 'a key was made and waits for its first code' }),
  confirmedAt: Nullable(Type.String({ format: 'date-time' })),
  recoveryCodesLeft: Type.Integer(),
});
const tags = ['accounts'];

export function secondFactorRoutes(app: TypedApp, core: Core) {
  const service = new SecondFactorService(core, new UserService(core));

  app.get(
    '/users/:id/second-factor',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user' } } },
      schema: { tags, summary: "用户的两步验证状态 / A user's two-factor status", params: IdParams, response: { 200: SecondFactorView } },
    },
    async (req) => {
      const s = await service.status(actorOf(req), req.params.id);
      return { ...s, confirmedAt: s.confirmedAt?.toISOString() ?? null };
    },
  );

  app.post(
    '/users/:id/second-factor/reset',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'accounts.user', body: {} } } },
      schema: { tags, summary: "重置用户的两步验证（审计） / Reset a user's two-factor authentication (audited)", params: IdParams },
    },
    async (req, reply) => {
      await service.reset(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
