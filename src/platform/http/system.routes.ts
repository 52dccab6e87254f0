import type { TypedApp } from './app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../core.js';
import { registry } from './metrics.js';
import { SystemService } from './system.service.js';
import { Label } from './schemas.js';
import { actorOf } from './request-context.js';
import { registerVocabularyRoute } from './vocabulary.routes.js';
import { registerTodoRoutes } from './todo.routes.js';

export function registerSystemRoutes(app: TypedApp, core: Core) {
  const system = new SystemService(core);
  app.get(
    '/api/health',
    {
      config: { access: { auth: 'public', probe: { kind: 'none' } } },
      schema: {
        tags: ['system'],
        summary: '健康检查 / Health',
        response: { 200: Type.Object({ status: Type.String(), database: Type.String(), startedAt: Type.String() }) },
      },
    },
    async () => system.health(),
  );

  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    const text = await system.metrics();
    reply.type(registry.contentType);
    return text;
  });

  app.get(
    '/api/nav',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags: ['system'],
        summary: '当前岗位的导航 / Navigation for the active position',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                key: Type.String(),
                path: Type.String(),
                label: Label,
                icon: Type.String(),
                group: Type.Union([Label, Type.Null()]),
                order: Type.Number(),
              }),
            ),
            layout: Type.Union([Type.Literal('desktop'), Type.Literal('mobile')]),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const items = core.modules
        .flatMap((m) => m.navigation ?? [])
        .filter((n) => core.can(actor, n.permission))
        .sort((a, b) => a.order - b.order)
        .map((n) => ({ key: n.key, path: n.path, label: n.label, icon: n.icon, group: n.group ?? null, order: n.order }));
      return { items, layout: actor.role && core.roles.has(actor.role) ? core.roles.get(actor.role).layout : 'desktop' };
    },
  );

  registerVocabularyRoute(app, core);
  registerTodoRoutes(app, core);
}
