import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import type { Migration } from '../module.js';
import { checkHistory, migrate, MigrationHistoryError } from './migrator.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ modules: [] });
});
afterAll(() => t.close());

const step = (name: string, table: string): Migration => ({
  name,
  up: (db) => sql`create table ${sql.table(table)} (id int)`.execute(db).then(() => undefined),
});
const refusal = async (run: Promise<unknown>) => {
  const e = await run.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(MigrationHistoryError);
  return (e as Error).message;
};

describe('migrations are frozen history', () => {
  it('runs a new migration added at the end, and nothing twice', async () => {
    const first = [step('0001_a', 'mig_a'), step('0002_b', 'mig_b')];
    expect(await migrate(t.core.db, [{ module: 'probe', migrations: first }])).toEqual(['probe/0001_a', 'probe/0002_b']);
    expect(await migrate(t.core.db, [{ module: 'probe', migrations: [...first, step('0003_c', 'mig_c')] }])).toEqual(['probe/0003_c']);
    expect(await migrate(t.core.db, [{ module: 'probe', migrations: [...first, step('0003_c', 'mig_c')] }])).toEqual([]);
  });

  it('refuses to start when an applied migration was renamed, naming the module and the migration', async () => {
    const renamed = [step('0001_a', 'mig_a'), step('0002_b_renamed', 'mig_b2'), step('0003_c', 'mig_c')];
    const message = await refusal(migrate(t.core.db, [{ module: 'probe', migrations: renamed }]));
    expect(message).toContain('probe');
    expect(message).toContain('0002_b');
    expect(message).toMatch(/改名或删除/);
    expect(message).toMatch(/renamed or removed/);
    // Nothing of the refused list ran.
    const tables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = 'mig_b2'`.execute(t.core.db);
    expect(tables.rows[0]!.n).toBe(0);
  });

  it('refuses a reordered list and a new migration put before applied ones', async () => {
    const swapped = [step('0001_a', 'mig_a'), step('0003_c', 'mig_c'), step('0002_b', 'mig_b')];
    const message = await refusal(migrate(t.core.db, [{ module: 'probe', migrations: swapped }]));
    expect(message).toContain('probe');
    expect(message).toContain('0002_b');
    expect(message).toContain('0003_c');
    expect(message).toMatch(/重排/);
    expect(message).toMatch(/reordered/);
    const inserted = [step('0001_a', 'mig_a'), step('0001b_new', 'mig_new'), step('0002_b', 'mig_b'), step('0003_c', 'mig_c')];
    expect(await refusal(migrate(t.core.db, [{ module: 'probe', migrations: inserted }]))).toContain('0001b_new');
  });

  it('refuses a removed migration and a name declared twice', () => {
    expect(() => checkHistory({ module: 'm', migrations: [step('0001_a', 'x')] }, ['0001_a', '0002_b'])).toThrow(/m.*0002_b.*renamed or removed/s);
    expect(() => checkHistory({ module: 'm', migrations: [step('0001_a', 'x'), step('0001_a', 'y')] }, [])).toThrow(/twice/);
    expect(() => checkHistory({ module: 'm', migrations: [step('0001_a', 'x'), step('0002_b', 'y')] }, ['0001_a'])).not.toThrow();
  });
});
