import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Core } from './core.js';

const holder = randomUUID();

/**
 * Runs `fn` only if no other process holds the named job, and marks it held until `ttlMs` from now: two
 * server processes never run the same job at once, and a process that died releases it by expiry.
 */
export async function runExclusive(core: Core, name: string, ttlMs: number, fn: () => Promise<void>): Promise<boolean> {
  const until = new Date(Date.now() + ttlMs);
  const got = await sql<{ name: string }>`
    insert into job_lock (name, locked_until, holder) values (${name}, ${until}, ${holder})
    on conflict (name) do update set locked_until = excluded.locked_until, holder = excluded.holder
      where job_lock.locked_until < now()
    returning name`.execute(core.db);
  if (!got.rows.length) return false;
  await fn();
  return true;
}

/** Calls `tick` every `everyMs` (first after `firstMs`); returns the stop function a module's jobs hand back. */
export function every(everyMs: number, tick: () => Promise<void>, onError: (e: unknown) => void, firstMs = everyMs): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = tick()
      .catch(onError)
      .finally(() => (running = null));
  };
  const first = setTimeout(run, firstMs);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
