import { api } from './api/client';
import type { ApiResponse } from './api/types';

/**
 * The answers every page behind the login waits for, asked for as the app starts instead of one after another:
 * the layout waits for the menu, and a page for the layout. On a phone with a 150 ms round trip that chain cost
 * a second before the page's own data was asked for. The first reader takes each answer; later reads ask again.
 */
// In the order they are needed: the session decides whether anything is shown at all.
const ask = {
  '/api/auth/session': () => api.get('/api/auth/session'),
  '/api/nav': () => api.get('/api/nav'),
  '/api/vocabulary': () => api.get('/api/vocabulary'),
  '/api/todos': () => api.get('/api/todos'),
};
type EarlyPath = keyof typeof ask;
type Answer<P extends EarlyPath> = ApiResponse<P>;

const pending = new Map<EarlyPath, { at: number; answer: Promise<unknown> }>();
// An answer older than this is asked for again: a session may have changed position meanwhile.
const FRESH_MS = 15_000;

export function startEarly(paths: readonly EarlyPath[] = Object.keys(ask) as EarlyPath[]): void {
  for (const path of paths) {
    const answer: Promise<unknown> = ask[path]();
    // A failure here (no session: the login page follows) is the reader's to see, never an unhandled rejection.
    answer.catch(() => undefined);
    pending.set(path, { at: Date.now(), answer });
  }
}

/** The answer started with the app, once, while fresh; otherwise null and the caller asks itself. */
export function takeEarly<P extends EarlyPath>(path: P): Promise<Answer<P>> | null {
  const hit = pending.get(path);
  pending.delete(path);
  if (!hit || Date.now() - hit.at > FRESH_MS) return null;
  // A failed early answer (a session that was not there yet) is not passed on: the reader asks again.
  return (hit.answer as Promise<Answer<P>>).catch(() => ask[path]() as Promise<Answer<P>>);
}
