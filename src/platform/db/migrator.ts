import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { Migration } from '../module.js';

// Any constant: keeps two starting processes from migrating at the same time.
const MIGRATION_LOCK = 7_306_141;

export interface MigrationSet {
  module: string;
  migrations: Migration[];
}

/**
 * Forward-only migrations, module by module in dependency order, each in its own transaction with its
 * record. Kysely's Migrator sorts all names globally, which would interleave modules; ours keeps each
 * module's own order and lets a module add migrations later without renaming anyone else's.
 */
export async function migrate(db: Kysely<Database>, sets: MigrationSet[]): Promise<string[]> {
  await sql`create table if not exists linli_migration (
    module text not null, name text not null, executed_at timestamptz not null default now(),
    primary key (module, name))`.execute(db);
  const ran: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      const done = new Set(
        (await conn.selectFrom('linli_migration').select(['module', 'name']).execute()).map((r) => `${r.module}/${r.name}`),
      );
      for (const set of sets) {
        for (const m of set.migrations) {
          const key = `${set.module}/${m.name}`;
          if (done.has(key)) continue;
          await conn.transaction().execute(async (trx) => {
            await m.up(trx);
            await trx.insertInto('linli_migration').values({ module: set.module, name: m.name }).execute();
          });
          ran.push(key);
        }
      }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return ran;
}
