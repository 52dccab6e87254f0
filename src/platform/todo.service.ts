import type { Core } from './core.js';
import type { Actor } from './actor.js';
import type { TodoDef } from './module.js';

/**
 * What waits for the caller in their active position, as the modules count it (their manifests' `todos`).
 * Each to-do needs its own permission, so there is no permission of the whole: a position that holds none of
 * them has an empty list. The counts run side by side, each one query through its module's repositories and the
 * caller's scope, with one clock, so that two to-dos never disagree about what is overdue.
 */
export class TodoService {
  private readonly todos: TodoDef[];

  constructor(private readonly core: Core) {
    this.todos = core.modules.flatMap((m) => m.todos ?? []);
  }

  async mine(actor: Actor) {
    const now = new Date();
    const mine = this.todos.filter((t) => this.core.can(actor, t.permission) && (t.appliesTo?.(actor) ?? true));
    const counts = await Promise.all(mine.map((t) => t.count(this.core, actor, now)));
    return mine.map((t, i) => ({ key: t.key, label: t.label, path: t.path, nav: t.nav, count: counts[i]!.count, overdue: counts[i]!.overdue }));
  }
}
