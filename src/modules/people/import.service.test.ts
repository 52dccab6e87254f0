import { Readable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { putCatalog } from '../../platform/catalog.js';
import { loadProfile } from '../../platform/profiles.js';
import type { Actor } from '../../platform/actor.js';
import { ImportService } from './import.service.js';
import { PersonService } from './person.service.js';
import { LIST_COUNT_CAP } from './person.repository.js';
import { makeResidentId } from './id-number.js';

let t: TestPlatform;
let imports: ImportService;
let worker: Actor;
let committeeCode: string;
let otherCode: string;

const HEADER = '姓名,证件类型,证件号码,性别,出生日期,民族,联系电话,居住状态,国籍,居委会编码,小区,楼栋,室号,与房屋关系,起始日期,户主证件号码,与户主关系';
const line = (name: string, id: string, room: string, extra: Partial<Record<'head' | 'rel' | 'code' | 'phone', string>> = {}) =>
  [
    name,
    '居民身份证',
    id,
    '',
    '',
    '汉族',
    extra.phone ?? '',
    '户籍在住',
    '',
    extra.code ?? committeeCode,
    '导入小区',
    '1号楼',
    room,
    '产权人',
    '',
    extra.head ?? '',
    extra.rel ?? '',
  ].join(',');

/** The per-committee tag counts as kept, and as counted from the persons themselves. */
const countKey = (r: { path: string | null; code: string; n: number | string }) => `${r.path} ${r.code} ${Number(r.n)}`;
async function keptCounts() {
  const rows = await t.core.db.selectFrom('person_tag_count').select(['committee_path as path', 'tag_code as code', 'n']).where('n', '<>', 0).execute();
  return rows.map(countKey).sort();
}
async function liveCounts() {
  const rows = await sql<{ path: string; code: string; n: number }>`
    select linli_committee_path(p.unit_path) as path, t.code, count(*)::int as n
    from person p cross join unnest(array_append(p.tags, '*')) as t(code) group by 1, 2`.execute(t.core.db);
  return rows.rows.map(countKey).sort();
}

async function run(csv: string, dryRun: boolean) {
  const id = await imports.start(worker, { name: 'people.csv', stream: Readable.from([Buffer.from(csv)]) }, dryRun);
  // start() kicks the job off in the background; wait for it to finish.
  for (let i = 0; i < 600; i++) {
    const { job } = await imports.get(worker, id);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}
const count = async (table: 'person' | 'household' | 'person_house' | 'unit') =>
  Number(
    (
      await t.core.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestPlatform({ config: { dataDir: mkdtempSync(join(tmpdir(), 'linli-import-')) } });
  imports = new ImportService(t.core);
  const street = await makeUnit(t.core, 'street');
  const committee = await makeUnit(t.core, 'committee', { parentId: street.id, code: `${street.id}`.padStart(12, '9') });
  const other = await makeUnit(t.core, 'committee', { parentId: street.id, code: `${street.id}`.padStart(12, '8') });
  committeeCode = committee.code!;
  otherCode = other.code!;
  await putCatalog(t.core.db, committee.district_id, loadProfile('jingan').catalogs.find((c) => c.name === 'tags')!);
  worker = await actorFor(t.core, 'committee_worker', committee.id);
});
afterAll(() => t.close());

describe('people import', () => {
  const head = makeResidentId('310106', '1940-05-01', 11);
  const wife = makeResidentId('310106', '1942-07-09', 12);
  const son = makeResidentId('310106', '1970-01-20', 13);
  // Built when a test runs: the committee code exists only after beforeAll.
  const good = () =>
    [HEADER, line('周建国', head, '101室', { phone: '13912345678' }), line('陈桂英', wife, '101室', { head, rel: '配偶' }), line('周明', son, '102室')].join(
      '\r\n',
    );

  it('a dry run checks every row, says what a commit would do, and writes nothing', async () => {
    const units = await count('unit');
    const job = await run(good(), true);
    // Three new people in two new rooms (the compound and building exist): counted, not created.
    expect(job).toMatchObject({ status: 'done', total_rows: 3, ok_rows: 3, error_rows: 0, inserted: 3, updated: 0, unchanged: 0 });
    expect(job.created_units).toBeGreaterThan(0);
    expect(await count('person')).toBe(0);
    expect(await count('unit')).toBe(units);
  });

  it('commits valid rows with houses and households, and a re-import changes nothing', async () => {
    const job = await run(good(), false);
    expect(job).toMatchObject({ status: 'done', ok_rows: 3, inserted: 3, updated: 0, unchanged: 0 });
    expect(job.created_units).toBe(4);
    expect(await count('person')).toBe(3);
    const households = await t.core.db.selectFrom('household').selectAll().execute();
    expect(households).toHaveLength(2);
    const members = await t.core.db.selectFrom('household_member').selectAll().orderBy('person_id').execute();
    expect(members.map((m) => m.relation_to_head)).toEqual(['户主', '配偶', '户主']);
    const elderly = await t.core.db.selectFrom('person').select(['name', 'tags']).where('name', '=', '周建国').executeTakeFirstOrThrow();
    expect(elderly.tags).toContain('C09');
    expect(elderly.tags).not.toContain('C11');
    const again = await run(good(), false);
    expect(again).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 3, created_units: 0 });
    expect(await count('person')).toBe(3);
    expect(await count('household')).toBe(2);
    expect(await count('person_house')).toBe(3);
    const changed = good().replace('周明', '周明亮');
    expect(await run(changed, false)).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    // The kept per-committee counts follow a first load and every re-import exactly.
    expect(await keptCounts()).toEqual(await liveCounts());
    expect((await liveCounts()).length).toBeGreaterThan(2);
  });

  it('ties a person to a second house on a later row: one person, two ties, no household where they do not live', async () => {
    const owner = makeResidentId('310106', '1960-03-03', 41);
    const csv = [HEADER, line('房东', owner, '601室'), line('房东', owner, '602室')].join('\n');
    const job = await run(csv, false);
    expect(job).toMatchObject({ status: 'done', ok_rows: 2, error_rows: 0, inserted: 1 });
    const person = await t.core.db.selectFrom('person').select(['id', 'house_id']).where('name', '=', '房东').executeTakeFirstOrThrow();
    const ties = await t.core.db
      .selectFrom('person_house')
      .innerJoin('unit', 'unit.id', 'person_house.house_id')
      .select(['unit.name', 'person_house.relation'])
      .where('person_id', '=', person.id)
      .orderBy('unit.name')
      .execute();
    expect(ties).toEqual([
      { name: '601室', relation: 'owner' },
      { name: '602室', relation: 'owner' },
    ]);
    const home = await t.core.db.selectFrom('unit').select('name').where('id', '=', person.house_id!).executeTakeFirstOrThrow();
    expect(home.name).toBe('601室');
    const households = await t.core.db
      .selectFrom('household_member')
      .innerJoin('household', 'household.id', 'household_member.household_id')
      .select('household.house_id')
      .where('person_id', '=', person.id)
      .execute();
    expect(households).toEqual([{ house_id: person.house_id }]);
    expect(await run(csv, false)).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it('lists a large committee: exact totals from the kept counts, a capped total under other filters', async () => {
    const street = await makeUnit(t.core, 'street');
    const committee = await makeUnit(t.core, 'committee', { parentId: street.id, code: `${street.id}`.padStart(12, '7') });
    const head = await actorFor(t.core, 'committee_head', committee.id);
    await putCatalog(t.core.db, committee.district_id, loadProfile('jingan').catalogs.find((c) => c.name === 'tags')!);
    const rows = [HEADER];
    for (let i = 0; i < 1200; i++)
      rows.push(
        line(`大${i}`, makeResidentId('310106', `${(i % 2 ? 1950 : 1990) + (i >= 1000 ? 1 : 0)}-01-01`, i % 1000), `大楼${i}室`, { code: committee.code! }),
      );
    const lead = await imports.start(head, { name: 'big.csv', stream: Readable.from([Buffer.from(rows.join('\n'))]) }, false);
    for (let i = 0; i < 600 && !['done', 'failed'].includes((await imports.get(head, lead)).job.status); i++) await new Promise((r) => setTimeout(r, 50));
    const done = (await imports.get(head, lead)).job;
    expect(done, JSON.stringify([done.failure, done.errors]).slice(0, 500)).toMatchObject({ status: 'done', inserted: 1200 });
    const people = new PersonService(t.core);
    const base = { within: [committee.path], sort: 'address' as const, desc: false, limit: 20, offset: 0 };
    expect(await people.list(head, base)).toMatchObject({ total: 1200, totalCapped: false });
    expect(await people.list(head, { ...base, tags: ['C08'] })).toMatchObject({ total: 600, totalCapped: false });
    const filtered = await people.list(head, { ...base, residence: 'registered_living' });
    expect(filtered).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true });
    expect(filtered.items).toHaveLength(20);
    // A page past the end still says how many there are.
    expect(await people.list(head, { ...base, offset: 5000 })).toMatchObject({ items: [], total: 1200, totalCapped: false });
    expect(await people.list(head, { ...base, residence: 'registered_living', offset: 5000 })).toMatchObject({
      items: [],
      total: LIST_COUNT_CAP,
      totalCapped: true,
    });
    // Page order is the territory's: house by house.
    const ids = (await people.list(head, { ...base, limit: 50 })).items.map((p) => p.id);
    const pathOf = new Map(
      (await t.core.db.selectFrom('person').select(['id', 'unit_path']).where('id', 'in', ids).execute()).map((r) => [r.id, r.unit_path!]),
    );
    const paths = ids.map((id) => pathOf.get(id)!);
    expect(paths).toEqual([...paths].sort());
  });

  it('reports bad rows by row and field, and commits only the valid ones', async () => {
    const before = await count('person');
    const okId = makeResidentId('310106', '1990-02-02', 21);
    const badDigit = `${makeResidentId('310106', '1991-03-03', 22).slice(0, 17)}0`;
    const fixedBad = badDigit.endsWith(makeResidentId('310106', '1991-03-03', 22).slice(17)) ? `${badDigit.slice(0, 17)}1` : badDigit;
    const csv = [
      HEADER,
      line('好人', okId, '201室'),
      line('校验错', fixedBad, '202室'),
      line('重复', okId, '203室'),
      line('外区', makeResidentId('310106', '1992-04-04', 23), '204室', { code: '999999999999' }),
      line('越界', makeResidentId('310106', '1993-05-05', 24), '205室', { code: otherCode }),
      line('', makeResidentId('310106', '1994-06-06', 25), '206室'),
      line('长', makeResidentId('310106', '1995-07-07', 26), 'x'.repeat(200_000)),
    ].join('\n');
    const job = await run(csv, false);
    expect(job.status).toBe('done');
    expect(job).toMatchObject({ total_rows: 7, ok_rows: 1, error_rows: 6, inserted: 1 });
    const errors = job.errors as Array<{ row: number; field: string; code: string; message: { zh: string; en: string } }>;
    const byRow = (row: number) => errors.filter((e) => e.row === row);
    expect(byRow(3)[0]).toMatchObject({ field: 'docNumber', code: 'ID_CHECK_DIGIT' });
    expect(byRow(3)[0]!.message.zh).toContain('第 3 行');
    expect(byRow(4)[0]!.field).toBe('docNumber');
    expect(byRow(4)[0]!.message.zh).toContain('2');
    expect(byRow(5)[0]).toMatchObject({ field: 'committeeCode', code: 'COMMITTEE_UNKNOWN' });
    expect(byRow(6)[0]).toMatchObject({ field: 'committeeCode', code: 'COMMITTEE_OUT_OF_SCOPE' });
    expect(byRow(7)[0]!.field).toBe('name');
    expect(byRow(8)[0]!.field).toBe('room');
    expect(await count('person')).toBe(before + 1);
    expect(JSON.stringify(errors)).not.toContain(fixedBad);
  });

  it('refuses rows that reach a person registered beyond the importer, without saying so, and changes nothing of theirs', async () => {
    // A resident of the other committee, imported by its own worker.
    const otherCommittee = await t.core.db.selectFrom('unit').selectAll().where('code', '=', otherCode).executeTakeFirstOrThrow();
    const otherWorker = await actorFor(t.core, 'committee_worker', otherCommittee.id);
    const theirs = makeResidentId('310106', '1966-06-16', 61);
    const theirsToo = makeResidentId('310106', '1967-07-17', 62);
    const mine = makeResidentId('310106', '1980-08-18', 63);
    const newcomer = makeResidentId('310106', '1981-09-19', 64);
    const setup = await imports.start(
      otherWorker,
      {
        name: 'theirs.csv',
        stream: Readable.from([
          Buffer.from([HEADER, line('奉贤人', theirs, '701室', { code: otherCode }), line('奉贤邻', theirsToo, '702室', { code: otherCode })].join('\n')),
        ]),
      },
      false,
    );
    for (let i = 0; i < 600 && !['done', 'failed'].includes((await imports.get(otherWorker, setup)).job.status); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect((await imports.get(otherWorker, setup)).job).toMatchObject({ status: 'done', inserted: 2 });
    const before = await t.core.db.selectFrom('person').selectAll().where('name', 'in', ['奉贤人', '奉贤邻']).orderBy('name').execute();
    const households = await count('household');

    // The attack: their number, a new name, the importer's own committee; a second row naming them as head;
    // another row of the newcomer (refused with the first); and one row of the importer's own people.
    const csv = [
      HEADER,
      line('改名了', theirs, '801室'),
      line('自己人', mine, '802室'),
      line('挂靠', newcomer, '803室', { head: theirsToo, rel: '子女' }),
      line('挂靠', newcomer, '804室'),
    ].join('\n');
    const dry = await run(csv, true);
    expect(dry).toMatchObject({ status: 'done', total_rows: 4, ok_rows: 1, error_rows: 3, inserted: 1, updated: 0 });
    const errors = dry.errors as Array<{ row: number; field: string; code: string; message: { zh: string; en: string } }>;
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'docNumber', 'NOT_IN_YOUR_SCOPE'],
      [4, 'headDocNumber', 'NOT_IN_YOUR_SCOPE'],
      [5, 'docNumber', 'SAME_PERSON_REFUSED'],
    ]);
    expect(errors[2]!.message.zh).toContain('第 4 行');
    expect(errors[0]!.message.zh).toContain('第 2 行「证件号码」');
    // Nothing that tells who they are or where: no name, no committee, no "already registered".
    const said = JSON.stringify(errors);
    for (const secret of ['奉贤', otherCode, otherCommittee.name, '已登记', 'registered in']) expect(said).not.toContain(secret);

    const job = await run(csv, false);
    expect(job).toMatchObject({ status: 'done', ok_rows: 1, error_rows: 3, inserted: 1, updated: 0 });
    const after = await t.core.db
      .selectFrom('person')
      .selectAll()
      .where('doc_hash', 'in', [t.core.crypto.lookupHash(theirs), t.core.crypto.lookupHash(theirsToo)])
      .orderBy('name')
      .execute();
    expect(after.map((p) => [p.name, p.house_id, p.unit_path, p.updated_at.getTime()])).toEqual(
      before.map((p) => [p.name, p.house_id, p.unit_path, p.updated_at.getTime()]),
    );
    expect(await count('household')).toBe(households + 1);
    const people = new PersonService(t.core);
    expect((await people.list(worker, { within: worker.scope.paths, sort: 'address', desc: false, limit: 200, offset: 0, q: '奉贤' })).items).toEqual([]);
    // Nor did a house appear for the refused rows.
    expect(await t.core.db.selectFrom('unit').select('id').where('name', 'in', ['801室', '803室', '804室']).execute()).toEqual([]);
  });

  it('refuses a file without the required columns and an empty file, writing nothing', async () => {
    const before = await count('person');
    const missing = await run(['姓名,证件号码', `某人,${makeResidentId('310106', '1980-01-01', 31)}`].join('\n'), false);
    expect(missing.status).toBe('failed');
    expect((missing.errors as Array<{ row: number }>)[0]!.row).toBe(1);
    const empty = await run('', false);
    expect(empty.status).toBe('failed');
    expect((empty.failure as { zh: string }).zh.length).toBeGreaterThan(0);
    expect(await count('person')).toBe(before);
  });

  it('leaves nothing half-written when the commit fails part-way', async () => {
    const before = await count('person');
    const rows = [HEADER];
    for (let i = 0; i < 2500; i++) rows.push(line(`批量${i}`, makeResidentId('310106', '1985-01-01', 100 + i), `${300 + (i % 50)}室`));
    // The last step, after every person, tie, household and new house is written.
    const spy = vi.spyOn(ImportService.prototype as unknown as { recompute: () => Promise<void> }, 'recompute').mockRejectedValueOnce(new Error('disk full'));
    const job = await run(rows.join('\n'), false);
    spy.mockRestore();
    expect(job.status).toBe('failed');
    expect((job.failure as { zh: string }).zh).toContain('未保存任何数据');
    expect(await count('person')).toBe(before);
    const units = await t.core.db.selectFrom('unit').select('id').where('name', '=', '350室').execute();
    expect(units).toEqual([]);
  });

  it('seals a large file on a worker thread, storing exactly what sealing in place stores', async () => {
    const onThread = new ImportService(t.core, { sealInWorkerFrom: 0 });
    const id = makeResidentId('310106', '1988-08-08', 31);
    const other = makeResidentId('310106', '1989-09-09', 32);
    // Quotes, backslashes, commas and braces travel inside the stage's array literals as plain text.
    const odd = '欧阳"小\\明{1},二';
    const csv = [
      HEADER,
      line(`"${odd.replaceAll('"', '""')}"`, id, '360室', { phone: '13700001111' }),
      line('林青', other, '360室', { head: id, rel: '配偶' }),
    ].join('\n');
    const jobId = await onThread.start(worker, { name: 'thread.csv', stream: Readable.from([Buffer.from(csv)]) }, false);
    let job = (await onThread.get(worker, jobId)).job;
    for (let i = 0; i < 600 && !['done', 'failed'].includes(job.status); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await onThread.get(worker, jobId)).job;
    }
    expect(job, JSON.stringify([job.failure, job.errors])).toMatchObject({ status: 'done', inserted: 2 });
    const crypto = t.core.crypto;
    const stored = await t.core.db
      .selectFrom('person')
      .selectAll()
      .where('doc_hash', 'in', [crypto.lookupHash(id), crypto.lookupHash(other)])
      .orderBy('birth_date')
      .execute();
    expect(stored.map((p) => p.name)).toEqual([odd, '林青']);
    expect(crypto.decrypt(stored[0]!.doc_enc)).toBe(id);
    expect(crypto.decrypt(stored[0]!.phone_enc!)).toBe('13700001111');
    expect(stored[0]).toMatchObject({
      phone_hash: crypto.lookupHash('13700001111'),
      doc_masked: `${id.slice(0, 6)}********${id.slice(-4)}`,
      doc_last4: id.slice(-4),
      phone_last4: '1111',
      name_pinyin: 'ouyangxiaoming1er',
    });
    expect(stored[1]).toMatchObject({ name_pinyin: 'linqing', name_initials: 'lq', phone_enc: null });
    const household = await t.core.db
      .selectFrom('household_member')
      .innerJoin('household', 'household.id', 'household_member.household_id')
      .select(['household.head_person_id', 'household_member.person_id', 'household_member.relation_to_head'])
      .where('household_member.person_id', '=', stored[1]!.id)
      .executeTakeFirstOrThrow();
    expect(household).toMatchObject({ head_person_id: stored[0]!.id, relation_to_head: '配偶' });
  });
});
