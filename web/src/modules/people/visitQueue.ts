/**
 * The offline visit queue. Every visit is written here first (localStorage 'linli.visitQueue'), each with the
 * clientId made when it was written, then posted by the sync loop:
 * - runs when the browser says it is online, on the 'online' event, after each new visit, and every 30 s while
 *   something is waiting;
 * - 201 (new) or 200 (already recorded, same clientId) → removed from the queue, so a retry never duplicates;
 * - network error or 5xx → kept, retried later;
 * - other 4xx → kept with the server's message, shown to the user, who may discard it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../app/api/client';
import type { VisitBody } from './types';

export const VISIT_QUEUE_KEY = 'linli.visitQueue';
const RETRY_MS = 30_000;

/**
 * A visit waiting in this browser. No route answers this shape (it lives only in localStorage): the body is
 * the route's own, what is around it is the queue's bookkeeping.
 */
export type QueuedVisit = {
  clientId: VisitBody['clientId'];
  body: VisitBody;
  /** Shown in the queue: the house's address as picked. */
  houseLabel: string;
  queuedAt: string;
  /** Who wrote it: only their own visits are sent under a session. */
  userId: string;
  attempts: number;
  /** A 4xx answer: the server refused this visit; the user may discard it. */
  rejected?: { status: number; code: string; message: string } | null;
};

/** The sync loop's own state (no server value). */
export type SyncState = 'idle' | 'syncing' | 'offline' | 'error';

interface Snapshot {
  items: QueuedVisit[];
  state: SyncState;
  lastSyncedAt: string | null;
  /** The last network/server error message (not a rejection). */
  lastError: string | null;
  /** How many visits this page has delivered (lists refresh when it changes). */
  delivered: number;
}

function readQueue(): QueuedVisit[] {
  try {
    const raw = localStorage.getItem(VISIT_QUEUE_KEY);
    if (!raw) return [];
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object' && typeof (x as QueuedVisit).clientId === 'string') as QueuedVisit[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(items: QueuedVisit[]): void {
  try {
    localStorage.setItem(VISIT_QUEUE_KEY, JSON.stringify(items));
  } catch {
    /* storage full or unavailable: the in-memory copy still syncs */
  }
}

let snapshot: Snapshot = {
  items: typeof localStorage !== 'undefined' ? readQueue() : [],
  state: typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'idle',
  lastSyncedAt: null,
  lastError: null,
  delivered: 0,
};
const listeners = new Set<() => void>();
let currentUser = '';
let running: Promise<void> | null = null;
let again = false;
let installed = false;

function set(patch: Partial<Snapshot>): void {
  snapshot = { ...snapshot, ...patch };
  for (const l of listeners) l();
}

function updateItems(fn: (items: QueuedVisit[]) => QueuedVisit[]): void {
  const next = fn(readQueue());
  writeQueue(next);
  set({ items: next });
}

/** A clientId: crypto.randomUUID where available (secure contexts), else 128 random bits in the same format. */
export function newClientId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function enqueueVisit(v: Omit<QueuedVisit, 'queuedAt' | 'attempts' | 'rejected' | 'userId'>): void {
  updateItems((items) => [
    ...items.filter((i) => i.clientId !== v.clientId),
    { ...v, userId: currentUser, queuedAt: new Date().toISOString(), attempts: 0, rejected: null },
  ]);
  void syncVisits();
}

export function discardVisit(clientId: string): void {
  updateItems((items) => items.filter((i) => i.clientId !== clientId));
}

/** Put a rejected visit back in line (after the cause was fixed, e.g. a permission was granted). */
export function retryVisit(clientId: string): void {
  updateItems((items) => items.map((i) => (i.clientId === clientId ? { ...i, rejected: null } : i)));
  void syncVisits();
}

function mine(i: QueuedVisit): boolean {
  return !!currentUser && (!i.userId || i.userId === currentUser);
}

/** One pass over the waiting visits of the signed-in user, in the order they were written. */
async function syncPass(): Promise<void> {
  if (!currentUser) return;
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    set({ state: 'offline' });
    return;
  }
  const pending = readQueue().filter((i) => mine(i) && !i.rejected);
  set({ items: readQueue() });
  if (!pending.length) {
    set({ state: 'idle' });
    return;
  }
  set({ state: 'syncing', lastError: null });
  for (const item of pending) {
    try {
      // 201: recorded now; 200: already recorded earlier (same clientId). Either way it is on the server.
      await api.post('/api/people/visits', { body: item.body });
      updateItems((items) => items.filter((i) => i.clientId !== item.clientId));
      set({ delivered: snapshot.delivered + 1 });
    } catch (e) {
      const status = isApiError(e) ? e.status : 0;
      if (status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429) {
        // Refused: keep it, with the server's (localised) message, until the user discards or retries it.
        const err = isApiError(e) ? { status, code: e.code, message: e.message } : { status, code: 'ERROR', message: String(e) };
        updateItems((items) => items.map((i) => (i.clientId === item.clientId ? { ...i, attempts: i.attempts + 1, rejected: err } : i)));
        continue;
      }
      // Network down, session gone or server trouble: keep everything, try again later.
      updateItems((items) => items.map((i) => (i.clientId === item.clientId ? { ...i, attempts: i.attempts + 1 } : i)));
      const offline = status === 0 && typeof navigator !== 'undefined' && !navigator.onLine;
      set({ state: offline ? 'offline' : 'error', lastError: e instanceof Error ? e.message : String(e) });
      return;
    }
  }
  set({ state: 'idle', lastSyncedAt: new Date().toISOString(), lastError: null });
}

/** Posts the waiting visits one by one; one run at a time (a call during a run joins it). */
export function syncVisits(): Promise<void> {
  if (running) {
    // Something may have been queued after this run read the queue: go again when it is over.
    again = true;
    return running;
  }
  const run = syncPass().finally(() => {
    if (running === run) running = null;
    if (again) {
      again = false;
      if (snapshot.state === 'idle') void syncVisits();
    }
  });
  running = run;
  return run;
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('online', () => void syncVisits());
  window.addEventListener('offline', () => set({ state: 'offline' }));
  window.addEventListener('storage', (e) => {
    if (e.key === VISIT_QUEUE_KEY) set({ items: readQueue() });
  });
  window.setInterval(() => {
    if (snapshot.items.some((i) => mine(i) && !i.rejected)) void syncVisits();
  }, RETRY_MS);
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * The queue as React state, and the sync loop for the signed-in user. The loop (listeners and timer) stays
 * installed for the rest of the page's life once a page that records visits has been opened.
 */
export function useVisitQueue(userId: string) {
  const snap = useSyncExternalStore(subscribe, () => snapshot);
  const qc = useQueryClient();
  useEffect(() => {
    currentUser = userId;
    install();
    void syncVisits();
  }, [userId]);
  // A delivered visit changes the visit lists, coverage, unvisited households and the house's last visit.
  useEffect(() => {
    if (snap.delivered) void qc.invalidateQueries({ queryKey: ['people'] });
  }, [snap.delivered, qc]);
  const items = snap.items.filter((i) => !!userId && (!i.userId || i.userId === userId));
  return {
    items,
    pending: items.filter((i) => !i.rejected).length,
    rejected: items.filter((i) => !!i.rejected),
    state: snap.state,
    lastSyncedAt: snap.lastSyncedAt,
    lastError: snap.lastError,
    sync: syncVisits,
    discard: discardVisit,
    retry: retryVisit,
  };
}
