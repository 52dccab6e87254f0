import { Type } from '@sinclair/typebox';
import type { TypedApp } from './app.types.js';
import type { Core } from '../core.js';
import { TodoService } from '../todo.service.js';
import { actorOf } from './request-context.js';
import { Label } from './schemas.js';

const Todo = Type.Object({
  key: Type.String(),
  label: Label,
  /** The page that lists exactly these items, with its tab and filters. */
  path: Type.String(),
  /** The navigation entry whose menu item carries the count. */
  nav: Type.String(),
  count: Type.Integer({ minimum: 0 }),
  overdue: Type.Integer({ minimum: 0 }),
});

/**
 * GET /api/todos — the caller's to-do counts for their active position (home page, menu badges). Counts only:
 * what each one counts is the total of the list its path opens, in the caller's scope.
 */
export function registerTodoRoutes(app: TypedApp, core: Core) {
  const todos = new TodoService(core);
  app.get(
    '/api/todos',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags: ['system'],
        summary: '我的待办及数量（首页与菜单角标） / My to-dos with counts (home page and menu badges)',
        response: { 200: Type.Object({ items: Type.Array(Todo) }) },
      },
    },
    async (req) => ({ items: await todos.mine(actorOf(req)) }),
  );
}
