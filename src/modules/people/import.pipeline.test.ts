import { Readable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import type { Actor } from '../../platform/actor.js';
import { ImportService } from './import.service.js';
import { makeResidentId } from './id-number.js';

// The import's pipeline (reading, sealing on a pool of threads, staging) when a sealing thread fails: the job
// fails naming the row, and nothing of the file is written, though batches before it were sealed and staged.
let t: TestPlatform;
let worker: Actor;
let committeeCode: string;

const HEADER = '姓名,证件类型,证件号码,性别,出生日期,民族,联系电话,居住状态,国籍,居委会编码,小区,楼栋,室号,与房屋关系,起始日期,户主证件号码,与户主关系';
const REFUSED_PHONE = '13000000000';
const THREAD_FAILS_ON = '线程故障';

/** `n` residents, one to a room; `special` gives some rows a name or a phone. Row numbers start at 2. */
function file(n: number, special: Record<number, { name?: string; phone?: string }>) {
  const rows = [HEADER];
  for (let i = 0; i < n; i++) {
    const row = i + 2;
    const birth = new Date(Date.UTC(1950, 0, 1 + Math.floor(i / 900))).toISOString().slice(0, 10);
    const s = special[row] ?? {};
    rows.push(
      [
        s.name ?? `管道${i}`,
        '居民身份证',
        makeResidentId('310106', birth, i % 900),
        '',
        '',
        '汉族',
        s.phone ?? '',
        '户籍在住',
        '',
        committeeCode,
        '管道小区',
        '1号楼',
        `${1000 + i}室`,
        '产权人',
        '',
        '',
        '',
      ].join(','),
    );
  }
  return rows.join('\n');
}

const imports = () =>
  new ImportService(t.core, { sealInWorkerFrom: 0, sealThreads: 2, sealerEntry: new URL('./import/import.sealer.failing.worker.ts', import.meta.url) });

async function run(service: ImportService, csv: string) {
  const id = await service.start(worker, { name: 'people.csv', stream: Readable.from([Buffer.from(csv)]) }, false);
  for (let i = 0; i < 1200; i++) {
    const { job } = await service.get(worker, id);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

const count = async (table: 'person' | 'household' | 'person_house' | 'house_info' | 'unit') =>
  Number(
    (
      await t.core.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const counts = async () =>
  Object.fromEntries(await Promise.all((['person', 'household', 'person_house', 'house_info', 'unit'] as const).map(async (n) => [n, await count(n)])));

beforeAll(async () => {
  t = await createTestPlatform({ config: { dataDir: mkdtempSync(join(tmpdir(), 'linli-import-pipeline-')) } });
  const street = await makeUnit(t.core, 'street');
  const committee = await makeUnit(t.core, 'committee', { parentId: street.id, code: `${street.id}`.padStart(12, '7') });
  committeeCode = committee.code!;
  worker = await actorFor(t.core, 'committee_worker', committee.id);
});
afterAll(() => t.close());

describe('people import pipeline', () => {
  it('a row the sealing thread cannot seal fails the import by its row number, after earlier batches were staged, writing nothing', async () => {
    const before = await counts();
    // Row 5,502 lies in the second batch of 5,000: the first was sealed and staged while it was read.
    const job = await run(imports(), file(5600, { 5502: { phone: REFUSED_PHONE } }));
    expect(job.status).toBe('failed');
    expect(job.failure).toEqual({
      zh: '第 5502 行无法加密保存（cipher refused the value），本次导入未保存任何数据',
      en: 'Row 5502 could not be sealed (cipher refused the value); nothing of this import was saved',
    });
    expect(await counts()).toEqual(before);
  });

  it('a sealing thread that throws fails the import naming the rows of its batch, writing nothing', async () => {
    const before = await counts();
    const job = await run(imports(), file(5600, { 40: { name: THREAD_FAILS_ON } }));
    expect(job.status).toBe('failed');
    expect((job.failure as { zh: string }).zh).toBe('第 2–5001 行无法加密保存（sealing thread failed），本次导入未保存任何数据');
    expect(await counts()).toEqual(before);
  });

  it('the same threads import the same file once nothing fails', async () => {
    const before = await count('person');
    const job = await run(imports(), file(5600, {}));
    expect(job, JSON.stringify(job.failure)).toMatchObject({ status: 'done', inserted: 5600 });
    expect(await count('person')).toBe(before + 5600);
  });
});
