import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

type Listener = (payload: string) => void;

/**
 * NOTIFY messages of the database, to whoever in this process subscribed to their channel, and whether every
 * message is being heard right now (`live`): a cache that drops entries on a message may keep entries only
 * while it is live, since a message sent while no connection listened is lost.
 */
export class Notifications {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly liveness = new Set<(live: boolean) => void>();
  live = false;

  constructor(readonly channels: readonly string[]) {}

  on(channel: string, fn: Listener) {
    if (!this.channels.includes(channel)) throw new Error(`not listening on channel ${channel}`);
    const set = this.listeners.get(channel) ?? this.listeners.set(channel, new Set()).get(channel)!;
    set.add(fn);
  }

  onLive(fn: (live: boolean) => void) {
    this.liveness.add(fn);
    fn(this.live);
  }

  deliver(channel: string, payload: string) {
    for (const fn of this.listeners.get(channel) ?? []) fn(payload);
  }

  setLive(live: boolean) {
    if (live === this.live) return;
    this.live = live;
    for (const fn of this.liveness) fn(live);
  }
}

const quoted = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

/**
 * On a server: every pooled connection listens too, so that a change this process commits is heard on its
 * own connection before the commit returns (the server sends a session its own notifications with the commit's
 * answer); a connection of its own, reconnected when lost, hears the other processes' changes and keeps `live`.
 */
export function listenOnServer(url: string, n: Notifications): { setup: (client: pg.PoolClient) => string[]; stop: () => Promise<void> } {
  // What a new pooled connection runs before its first use, and the handler of what it hears.
  const setup = (client: pg.PoolClient) => {
    client.on('notification', (m) => n.deliver(m.channel, m.payload ?? ''));
    return n.channels.map((ch) => `listen ${quoted(ch)}`);
  };
  if (!n.channels.length) return { setup, stop: async () => undefined };
  let stopped = false;
  let client: pg.Client | undefined;
  const run = async () => {
    while (!stopped) {
      client = new pg.Client({ connectionString: url });
      client.on('notification', (m) => n.deliver(m.channel, m.payload ?? ''));
      // A dropped connection ends with 'end' below; the error itself needs no more than that.
      client.on('error', () => undefined);
      try {
        const ended = new Promise((resolve) => client!.once('end', resolve));
        await client.connect();
        for (const ch of n.channels) await client.query(`listen ${quoted(ch)}`);
        if (stopped) break;
        n.setLive(true);
        await ended;
      } catch {
        // Not reachable now: try again shortly.
      }
      n.setLive(false);
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 1000).unref());
    }
  };
  void run();
  return {
    setup,
    stop: async () => {
      stopped = true;
      n.setLive(false);
      await client?.end().catch(() => undefined);
    },
  };
}

/** Embedded: one process, one connection; notifications arrive with the answer of the statement that commits. */
export async function listenEmbedded(pglite: PGlite, n: Notifications) {
  for (const ch of n.channels) await pglite.listen(ch, (payload) => n.deliver(ch, payload));
  n.setLive(true);
}
