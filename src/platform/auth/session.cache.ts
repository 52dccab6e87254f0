/** The channel on which the database says whose sessions, positions or territories changed (see 0006_auth_notify). */
export const AUTH_CHANNEL = 'linli_auth';

interface Entry<T> {
  userId: number;
  value: T;
  at: number;
}

/**
 * Sessions as the last lookup found them, so that a request need not read its session again: every API call
 * resolves one, and on a busy server that read is most of the database's work per call. An entry is dropped
 * when the database says its user's session, account, positions or territory changed (`invalidate`, from a
 * NOTIFY the tables' triggers send), and entries are kept only while those messages are being heard (`live`).
 * A lookup that started before a change is not kept (the generation moved on).
 */
export class SessionCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = 0;
  private live = false;

  constructor(
    private readonly ttlMs = 60_000,
    private readonly max = 10_000,
  ) {}

  /** The entry of a session, if it is fresh. */
  get(id: string, now = Date.now()): T | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (now - e.at > this.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    return e.value;
  }

  /** A mark to hand back to `put`: a change heard in between means the lookup may be stale. */
  mark(): number {
    return this.generation;
  }

  put(id: string, userId: number, value: T, mark: number, now = Date.now()) {
    if (!this.live || mark !== this.generation) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, { userId, value, at: now });
  }

  /** Keeps a fresher copy of an entry that is still current (the session's last activity). */
  update(id: string, fn: (value: T) => T) {
    const e = this.entries.get(id);
    if (e) e.value = fn(e.value);
  }

  /** A message of AUTH_CHANNEL: the users named (comma-separated ids), or everyone ('*'). */
  invalidate(payload: string) {
    this.generation++;
    if (payload === '*') return void this.entries.clear();
    const users = new Set(payload.split(',').map(Number));
    for (const [id, e] of this.entries) if (users.has(e.userId)) this.entries.delete(id);
  }

  /** Entries are kept only while every change is heard; whatever was missed meanwhile is forgotten. */
  setLive(live: boolean) {
    this.live = live;
    this.generation++;
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}
