import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGlitePool } from './pglite-pool.js';
import { typeParsers } from './type-parsers.js';
import { listenEmbedded, listenOnServer, Notifications } from './notifications.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** A human description without credentials, for logs. */
  describe: string;
  close(): Promise<void>;
  /** The embedded instance itself, for what Kysely cannot say (COPY from a blob). */
  pglite?: PGlite;
  /** NOTIFY messages on the channels the database was opened with. */
  notifications: Notifications;
}

export interface DatabaseOptions {
  /** postgres://… — when set, Linli talks to a PostgreSQL server. */
  databaseUrl?: string;
  /** Folder of the embedded database; undefined means in memory (tests). */
  pgliteDir?: string;
  poolSize?: number;
  /** Channels whose NOTIFY messages this process hears (see Notifications). */
  channels?: string[];
  /** An embedded data folder (PGlite's dumpDataDir) to start from instead of an empty cluster. */
  pgliteSnapshot?: Blob;
}

/** A round trip to the database: it throws when the database does not answer. */
export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

export async function openDatabase(opts: DatabaseOptions): Promise<DatabaseHandle> {
  const notifications = new Notifications(opts.channels ?? []);
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10, notifications);
  return openPGlite(opts.pgliteDir, notifications, opts.pgliteSnapshot);
}

async function openPostgres(url: string, max: number, notifications: Notifications): Promise<DatabaseHandle> {
  const types = {
    getTypeParser: (oid: number, format?: string) => typeParsers[oid] ?? (pg.types.getTypeParser as (o: number, f?: string) => unknown)(oid, format),
  };
  // A server process that dies mid-statement (killed, out of memory) leaves its backend working on for nothing,
  // holding locks until the statement ends: the server checks for a vanished client every few seconds.
  const pool = new pg.Pool({ connectionString: url, max, types: types as pg.CustomTypesConfig, options: '-c client_connection_check_interval=2000' });
  // An idle connection the server closed (restart, admin command) must not take the process down; the pool
  // replaces it on next use.
  pool.on('error', (err) => console.error(`PostgreSQL idle connection error: ${err.message}`));
  const listening = listenOnServer(url, notifications);
  // One statement per new connection (pg runs one query at a time): the time zone, then the channels.
  pool.on('connect', (client) => {
    client.query([`SET TIME ZONE 'UTC'`, ...listening.setup(client)].join('; ')).catch(() => undefined);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await ping(db);
  const safe = url.replace(/\/\/[^@/]*@/, '//***@');
  return {
    db,
    kind: 'postgres',
    describe: `PostgreSQL ${safe}`,
    close: async () => {
      await listening.stop();
      await db.destroy();
    },
    notifications,
  };
}

async function openPGlite(dir: string | undefined, notifications: Notifications, snapshot?: Blob): Promise<DatabaseHandle> {
  if (dir) mkdirSync(dir, { recursive: true });
  const parsers = Object.fromEntries(Object.entries(typeParsers).map(([k, f]) => [Number(k), (v: string) => f(v)]));
  // pg_trgm is the one extension we use (substring search on names); a server ships it in contrib.
  const pglite = await PGlite.create(dir ?? undefined, { parsers, extensions: { pg_trgm }, ...(snapshot ? { loadDataDir: snapshot } : {}) });
  await pglite.exec(`SET TIME ZONE 'UTC'`);
  await listenEmbedded(pglite, notifications);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) }) });
  return { db, kind: 'pglite', describe: dir ? `PGlite ${dir}` : 'PGlite (memory)', close: () => db.destroy(), pglite, notifications };
}
