import type { Actor } from './actor.js';
import type { Core, Work } from './core.js';

interface Pending<T> {
  actor: Actor;
  fn: (work: Work) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Takes many small independent changes (intake from many clients at once) in shared transactions: while one
 * transaction runs, the changes that arrive wait and then go in the next one together. An idle server starts
 * a lone change at once, so nothing waits for a timer; a busy one pays one commit, one flush to disk and one
 * turn of the audit chain's lock per group instead of per change. Each change is still all or nothing.
 */
export class GroupCommit<T> {
  private queue: Pending<T>[] = [];
  private running = false;

  constructor(private readonly core: Core, private readonly maxGroup = 32) {}

  submit(actor: Actor, fn: (work: Work) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ actor, fn, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      while (this.queue.length) {
        const group = this.queue.splice(0, this.maxGroup);
        try {
          const settled = await this.core.mutateEach(group);
          settled.forEach((r, i) => (r.ok ? group[i]!.resolve(r.value) : group[i]!.reject(r.error)));
        } catch (error) {
          // The shared transaction itself failed (the commit, the connection): nothing of the group was kept.
          for (const p of group) p.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
