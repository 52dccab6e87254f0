import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { loadIntoEmptyTables } from './bulk-load.js';
import type { Database } from './schema.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ modules: [] });
});
afterAll(() => t.close());

const TABLES = ['bulk_parent', 'bulk_child'];
type Db = Kysely<Database>;

/** The catalog's own account of the tables' indexes and keys: what a load must leave as it found it. */
async function shape(db: Db) {
  const r = await sql<{ what: string }>`
    select pg_get_indexdef(i.indexrelid) as what from pg_index i join pg_class t on t.oid = i.indrelid where t.relname in ('bulk_parent', 'bulk_child')
    union all
    select t.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) from pg_constraint k join pg_class t on t.oid = k.conrelid where t.relname in ('bulk_parent', 'bulk_child')
    order by 1`.execute(db);
  return r.rows.map((x) => x.what);
}

/** Parents with ids from..to, each with one child. */
async function fill(db: Db, to: number, from = 1) {
  await sql`insert into bulk_parent (id, code, name) select g, 'c' || g, 'n' || g from generate_series(${from}::int, ${to}::int) g`.execute(db);
  await sql`insert into bulk_child (parent_id, note) select g, 'x' from generate_series(${from}::int, ${to}::int) g`.execute(db);
}

beforeEach(async () => {
  await sql`drop table if exists bulk_child; drop table if exists bulk_parent;
    create table bulk_parent (id int primary key, code text not null unique, name text);
    create index bulk_parent_name on bulk_parent (name text_pattern_ops) where name is not null;
    create table bulk_child (id int generated always as identity primary key, parent_id int not null references bulk_parent(id), note text);
    create index bulk_child_parent on bulk_child (parent_id)`.execute(t.core.db);
});

describe('loading into empty tables', () => {
  it('sets secondary indexes and foreign keys aside while loading, and builds the same ones again', async () => {
    const before = await shape(t.core.db);
    let during: string[] = [];
    const bulk = await t.core.db.transaction().execute((trx) =>
      loadIntoEmptyTables(trx, TABLES, async () => {
        during = await shape(trx);
        await fill(trx, 500);
      }),
    );
    expect(bulk).toBe(true);
    // Unique indexes and primary keys stay (a load's ON CONFLICT needs them); the rest waits for the rows.
    expect(during.some((d) => d.includes('INDEX bulk_parent_name') || d.includes('INDEX bulk_child_parent ') || d.includes('FOREIGN KEY'))).toBe(false);
    expect(during.some((d) => d.includes('UNIQUE INDEX bulk_parent_code_key'))).toBe(true);
    expect(await shape(t.core.db)).toEqual(before);
    const n = await sql<{ n: number }>`select count(*)::int as n from bulk_child`.execute(t.core.db);
    expect(n.rows[0]!.n).toBe(500);
  });

  it("keeps a table's own parallel_workers setting, which its index builds ignore", async () => {
    await sql`alter table bulk_parent set (parallel_workers = 0)`.execute(t.core.db);
    await t.core.db.transaction().execute((trx) => loadIntoEmptyTables(trx, TABLES, () => fill(trx, 50)));
    const r = await sql<{ options: string[] }>`select reloptions as options from pg_class where relname = 'bulk_parent'`.execute(t.core.db);
    expect(r.rows[0]!.options).toEqual(['parallel_workers=0']);
  });

  it('rolls the drops back with the rows when the load fails', async () => {
    const before = await shape(t.core.db);
    await expect(
      t.core.db.transaction().execute((trx) =>
        loadIntoEmptyTables(trx, TABLES, async () => {
          await fill(trx, 10);
          throw new Error('the file broke half-way');
        }),
      ),
    ).rejects.toThrow('the file broke half-way');
    expect(await shape(t.core.db)).toEqual(before);
    const n = await sql<{ n: number }>`select count(*)::int as n from bulk_parent`.execute(t.core.db);
    expect(n.rows[0]!.n).toBe(0);
  });

  it('refuses rows that break a foreign key when the key is added again, and keeps nothing', async () => {
    await expect(
      t.core.db.transaction().execute((trx) =>
        loadIntoEmptyTables(trx, TABLES, async () => {
          await sql`insert into bulk_child (parent_id, note) values (42, 'no such parent')`.execute(trx);
        }),
      ),
    ).rejects.toThrow(/foreign key/i);
    const n = await sql<{ n: number }>`select count(*)::int as n from bulk_child`.execute(t.core.db);
    expect(n.rows[0]!.n).toBe(0);
  });

  it('loads row by row, with every index in place, when a table already holds rows', async () => {
    await fill(t.core.db, 1);
    const before = await shape(t.core.db);
    let during: string[] = [];
    const bulk = await t.core.db.transaction().execute((trx) => loadIntoEmptyTables(trx, TABLES, async () => void (during = await shape(trx))));
    expect(bulk).toBe(false);
    expect(during).toEqual(before);
  });

  it('lets loads that start together take turns: the first in bulk, the others row by row, none deadlocked', async () => {
    const loads = [0, 1, 2].map((k) => t.core.db.transaction().execute((trx) => loadIntoEmptyTables(trx, TABLES, () => fill(trx, k * 100 + 50, k * 100 + 1))));
    const bulk = await Promise.all(loads);
    expect(bulk.filter(Boolean)).toHaveLength(1);
    const n = await sql<{ n: number }>`select count(*)::int as n from bulk_child`.execute(t.core.db);
    expect(n.rows[0]!.n).toBe(150);
  });
});
