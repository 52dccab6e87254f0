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
 *
 * Migrations are frozen history: what a database ran must be the start of what the code declares, in the same
 * order. A migration renamed, removed or put before one already run would otherwise run again (or never) on
 * databases that have it, and fresh databases would diverge from upgraded ones; the start is refused instead.
 */
export async function migrate(db: Kysely<Database>, sets: MigrationSet[]): Promise<string[]> {
  await sql`create table if not exists linli_migration (
    module text not null, name text not null, executed_at timestamptz not null default now(),
    primary key (module, name))`.execute(db);
  const ran: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      const applied = await conn.selectFrom('linli_migration').select(['module', 'name']).orderBy('executed_at').orderBy('name').execute();
      for (const set of sets) {
        checkHistory(
          set,
          applied.filter((r) => r.module === set.module).map((r) => r.name),
        );
      }
      const done = new Set(applied.map((r) => `${r.module}/${r.name}`));
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

/** A start refused because the declared migrations no longer match what the database ran. */
export class MigrationHistoryError extends Error {}

/**
 * The names a module's migrations ran under (in the order they ran) must be the first names it declares: a
 * rename, a removal or a new migration placed before an applied one is refused with the module and names.
 */
export function checkHistory(set: MigrationSet, applied: readonly string[]): void {
  const declared = set.migrations.map((m) => m.name);
  const twice = declared.find((name, i) => declared.indexOf(name) !== i);
  if (twice) {
    throw new MigrationHistoryError(`模块 ${set.module} 声明了两次迁移 ${twice} / module ${set.module} declares migration ${twice} twice`);
  }
  applied.forEach((name, i) => {
    if (declared[i] === name) return;
    const head = `迁移历史与代码不符，拒绝启动 / migration history does not match the code, refusing to start: module ${set.module}`;
    if (!declared.includes(name)) {
      throw new MigrationHistoryError(
        `${head}: 数据库已执行迁移 ${name}，但代码不再声明它（被改名或删除）；已执行的迁移不能改名或删除，请恢复原名并把改动写成新迁移 / ` +
          `the database ran migration ${name}, which the code no longer declares (renamed or removed); an applied migration keeps its name for good — restore it and put the change in a new migration`,
      );
    }
    throw new MigrationHistoryError(
      `${head}: 第 ${i + 1} 个已执行的迁移是 ${name}，代码在该位置声明的是 ${declared[i] ?? '（无）'}（迁移被重排，或新迁移插在已执行的迁移之前）；新迁移只能加在末尾 / ` +
        `migration ${i + 1} the database ran is ${name}, but the code declares ${declared[i] ?? 'nothing'} there (migrations reordered, or a new one placed before applied ones); new migrations go at the end`,
    );
  });
}
