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
                phoneTab: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
                  description: '在手机底部栏中的位置（本岗位的日常工作）/ Place in the phone bottom bar: the daily work of this role',
                }),
              }),
            ),
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
        .map((n) => ({
          key: n.key,
          path: n.path,
          label: n.label,
          icon: n.icon,
          group: n.group ?? null,
          order: n.order,
          phoneTab: (actor.role && n.phoneTab?.[actor.role]) ?? null,
        }));
      // The layout is the screen's choice (a phone or a desktop), not the role's: the answer only says which
      // entries are this role's daily work, for a phone's bottom bar.
      return { items };
    },
  );

  registerVocabularyRoute(app, core);
  registerTodoRoutes(app, core);
}
