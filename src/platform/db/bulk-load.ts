import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The advisory-lock class of loads into a set of tables (the second key names the set). */
const BULK_LOAD_LOCK = 0x1e0c;

/** What was set aside for a bulk load and is put back after it. */
interface SetAside {
  indexes: Array<{ name: string; def: string }>;
  foreignKeys: Array<{ table: string; name: string; def: string }>;
}

/**
 * Runs `load` inside the caller's transaction with the secondary indexes and the foreign keys of `tables` set
 * aside, when every one of those tables is still empty, and builds them again afterwards — what pg_restore
 * does. Building an index over a million rows at once takes seconds; keeping it up to date row by row while
 * they arrive took a large import most of its time, and so did a foreign-key check per row, where adding the
 * key afterwards checks all rows in one join.
 *
 * Unique indexes stay: they answer the load's ON CONFLICT clauses and keep it honest. Everything happens in
 * the transaction, so a failed or killed load rolls back the drops with the rows. Dropping an index locks its
 * table until the commit: other sessions wait to read tables that hold nothing yet.
 * Returns whether the load ran in bulk (the tables were empty).
 */
export async function loadIntoEmptyTables(db: Kysely<Database>, tables: readonly string[], load: () => Promise<void>): Promise<boolean> {
  // Loads take turns from here to their commit: two first loads that both found the tables empty would each
  // wait to drop an index the other reads, and one of them would die in a deadlock. The second now finds the
  // first's rows and loads row by row.
  await sql`select pg_advisory_xact_lock(${BULK_LOAD_LOCK}, hashtext(${tables.join(',')}))`.execute(db);
  const empty = await sql<{ empty: boolean }>`select ${sql.join(
    tables.map((t) => sql`not exists (select 1 from ${sql.table(t)})`),
    sql` and `,
  )} as empty`.execute(db);
  if (!empty.rows[0]!.empty) {
    await load();
    return false;
  }
  const aside = await setAside(db, tables);
  await load();
  // Index builds sort in memory for this transaction only; the server's default (64 MB) would spill to disk.
  await sql`set local maintenance_work_mem = '512MB'`.execute(db);
  await withParallelBuilds(db, tables, async () => {
    for (const i of aside.indexes) await sql.raw(i.def).execute(db);
  });
  for (const f of aside.foreignKeys) await sql`alter table ${sql.table(f.table)} add constraint ${sql.id(f.name)} ${sql.raw(f.def)}`.execute(db);
  return true;
}

async function setAside(db: Kysely<Database>, tables: readonly string[]): Promise<SetAside> {
  const names = sql.val(tables);
  const indexes = await sql<{ name: string; def: string }>`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
    where t.relname = any(${names}::text[]) and t.relnamespace = current_schema()::regnamespace
      and not i.indisunique and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by c.relname`.execute(db);
  const foreignKeys = await sql<{ table: string; name: string; def: string }>`
    select t.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as def
    from pg_constraint k join pg_class t on t.oid = k.conrelid
    where k.contype = 'f' and t.relname = any(${names}::text[]) and t.relnamespace = current_schema()::regnamespace
    order by t.relname, k.conname`.execute(db);
  for (const f of foreignKeys.rows) await sql`alter table ${sql.table(f.table)} drop constraint ${sql.id(f.name)}`.execute(db);
  for (const i of indexes.rows) await sql`drop index ${sql.id(i.name)}`.execute(db);
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

/**
 * Runs index builds with the server's parallel workers: a table may keep its queries serial (parallel_workers
 * = 0, for lists that read a page and count from an index), and the server applies that setting to index
 * builds too, leaving the other cores idle while a million rows are sorted. The setting is put back before
 * the transaction ends.
 */
async function withParallelBuilds(db: Kysely<Database>, tables: readonly string[], build: () => Promise<void>) {
  const serial = await sql<{ table: string; workers: string }>`
    select c.relname as table, split_part(o, '=', 2) as workers
    from pg_class c cross join unnest(c.reloptions) as o
    where c.relname = any(${sql.val(tables)}::text[]) and c.relnamespace = current_schema()::regnamespace and o like 'parallel_workers=%'`.execute(db);
  for (const t of serial.rows) await sql`alter table ${sql.table(t.table)} reset (parallel_workers)`.execute(db);
  await build();
  for (const t of serial.rows) await sql`alter table ${sql.table(t.table)} set (parallel_workers = ${sql.raw(String(Number(t.workers)))})`.execute(db);
}
