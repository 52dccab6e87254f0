import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../platform/config.js';
import { startPlatform, type Platform } from '../../platform/bootstrap.js';
import { putCatalog } from '../../platform/catalog.js';
import { loadProfile } from '../../platform/profiles.js';
import { modules } from '../index.js';
import { createTestPlatform, onPostgres, type TestPlatform } from '../../../test/support/test-platform.js';
import { makeUnit } from '../../../test/support/factories.js';
import { makeResidentId } from './id-number.js';
import { ImportService } from './import.service.js';

/**
 * The import's promise under the harshest failure: the process is killed (SIGKILL, no handler runs) while it
 * writes. The one transaction dies with the connection, and nothing of the file is in the database; the
 * next start marks the job failed. Runs the real CLI in a child process against the same database.
 */
const ROOT = join(import.meta.dirname, '../../..');
const ROWS = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'linli-kill-'));
let config: Config;
let test: TestPlatform | undefined;
let code = '';

const open = async (): Promise<Platform> => (test ? test : startPlatform(config, modules));

beforeAll(async () => {
  if (onPostgres()) {
    test = await createTestPlatform({ config: { dataDir: dir } });
    config = test.config;
  } else config = { ...loadConfig({}), dataDir: dir, databaseUrl: undefined };
  const p = await open();
  const committee = await makeUnit(p.core, 'committee', { code: '310106999001' });
  code = committee.code!;
  await putCatalog(p.core.db, committee.district_id, loadProfile('jingan').catalogs.find((c) => c.name === 'tags')!);
  // The embedded database is one process's: close it so the child can open it.
  if (!test) await p.close();
});

afterAll(async () => {
  await test?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function writeFile(path: string) {
  const out = createWriteStream(path);
  out.write('姓名,证件号码,居住状态,居委会编码,小区,楼栋,室号\n');
  for (let i = 0; i < ROWS; i++) {
    const id = makeResidentId('310106', `19${String(30 + (i % 70)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`, i % 1000);
    if (!out.write(`居民${i},${id},户籍在住,${code},被杀小区${i % 7},${1 + (i % 40)}号楼,${100 + (i % 500)}室\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('an import killed while it writes', () => {
  it('leaves no row of the file and its job marked failed', async () => {
    const file = join(dir, 'people.csv');
    await writeFile(file);
    const env = { ...process.env, DATA_DIR: dir, ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}) };
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/linli.ts'), 'import', file, '--commit'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const killed = new Promise<NodeJS.Signals | null>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // Once it writes: past validation, inside the transaction that creates houses and merges persons.
        if (out.includes('写入 / writing') && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => resolve(signal));
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const signal = await killed;
    expect(signal, `the import ended before it could be killed:\n${out}`).toBe('SIGKILL');

    const p = await open();
    try {
      const count = async (table: 'person' | 'person_house' | 'household' | 'house_info') =>
        Number(
          (
            await p.core.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('person'), out).toBe(0);
      expect(await count('person_house')).toBe(0);
      expect(await count('household')).toBe(0);
      expect(await count('house_info')).toBe(0);
      const created = await p.core.db.selectFrom('unit').select('id').where('name', 'like', '被杀小区%').execute();
      expect(created).toEqual([]);
      // What a restarted server does: the job whose process is gone is failed, with the reason. On a server
      // database the dead client's backend notices within seconds and lets go of the job's lock.
      let job = await p.core.db.selectFrom('import_job').selectAll().executeTakeFirstOrThrow();
      for (let i = 0; i < 120 && job.status !== 'failed'; i++) {
        await ImportService.failInterrupted(p.core);
        job = await p.core.db.selectFrom('import_job').selectAll().executeTakeFirstOrThrow();
        if (job.status !== 'failed') await new Promise((r) => setTimeout(r, 500));
      }
      expect(job.status).toBe('failed');
      expect((job.failure as { zh: string }).zh).toContain('未保存任何数据');
    } finally {
      if (!test) await p.close();
    }
  }, 180_000);
});
