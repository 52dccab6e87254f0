import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { migrate } from './migrator.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ modules: [] });
});
afterAll(() => t.close());

describe('one dialect, the same JS types on both databases', () => {
  it('returns int8 as number, date as YYYY-MM-DD, timestamptz as Date, numeric as string, jsonb as object', async () => {
    const r = await sql<Record<string, unknown>>`select
        123::int8 as big, count(*) as n, '2024-02-29'::date as day, '2024-01-01T08:00:00+08:00'::timestamptz as at,
        1.50::numeric as money, '{"a":[1,"二"]}'::jsonb as doc, array[1,2]::int8[] as bigs, 7::int as small`.execute(t.core.db);
    const row = r.rows[0]!;
    expect(row.big).toBe(123);
    expect(typeof row.n).toBe('number');
    expect(row.day).toBe('2024-02-29');
    expect(row.at).toBeInstanceOf(Date);
    expect((row.at as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(row.money).toBe('1.50');
    expect(row.doc).toEqual({ a: [1, '二'] });
    expect(row.bigs).toEqual([1, 2]);
    expect(row.small).toBe(7);
  });

  it('rolls back a failed transaction and keeps concurrent transactions apart', async () => {
    await sql`create table tx_probe (id int primary key, v text)`.execute(t.core.db);
    await expect(
      t.core.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('tx_probe' as never)
          .values({ id: 1, v: 'a' } as never)
          .execute();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    // Two transactions at once: each sees only its own uncommitted row while it runs.
    const run = (id: number) =>
      t.core.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('tx_probe' as never)
          .values({ id, v: 'x' } as never)
          .execute();
        await new Promise((r) => setTimeout(r, 20));
        const rows = await sql<{ n: number }>`select count(*)::int as n from tx_probe`.execute(trx);
        return rows.rows[0]!.n;
      });
    const seen = await Promise.all([run(2), run(3)]);
    expect(seen[0]).toBe(1);
    expect(seen.every((n) => n <= 2)).toBe(true);
    const total = await sql<{ n: number }>`select count(*)::int as n from tx_probe`.execute(t.core.db);
    expect(total.rows[0]!.n).toBe(2);
  });

  it('runs migrations once, forward only, in module order', async () => {
    const order: string[] = [];
    const sets = [
      {
        module: 'alpha',
        migrations: [
          { name: '0001', up: async () => void order.push('alpha/0001') },
          { name: '0002', up: async () => void order.push('alpha/0002') },
        ],
      },
      { module: 'beta', migrations: [{ name: '0001', up: async () => void order.push('beta/0001') }] },
    ];
    expect(await migrate(t.core.db, sets)).toEqual(['alpha/0001', 'alpha/0002', 'beta/0001']);
    expect(await migrate(t.core.db, sets)).toEqual([]);
    sets[1]!.migrations.push({ name: '0002', up: async () => void order.push('beta/0002') });
    expect(await migrate(t.core.db, sets)).toEqual(['beta/0002']);
    expect(order).toEqual(['alpha/0001', 'alpha/0002', 'beta/0001', 'beta/0002']);
  });

  it('leaves nothing of a migration that fails half-way', async () => {
    const failing = [
      {
        module: 'gamma',
        migrations: [
          {
            name: '0001',
            up: async (db: typeof t.core.db) => {
              await sql`create table gamma_half (id int)`.execute(db);
              throw new Error('migration failed');
            },
          },
        ],
      },
    ];
    await expect(migrate(t.core.db, failing)).rejects.toThrow('migration failed');
    const exists = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = 'gamma_half'`.execute(t.core.db);
    expect(exists.rows[0]!.n).toBe(0);
  });
});
