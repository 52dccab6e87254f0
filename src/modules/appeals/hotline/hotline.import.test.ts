import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../../test/support/factories.js';
import { login } from '../../../../test/support/http.js';
import { HotlineImportService } from './hotline.import.js';
import { TransferPartnerService } from '../transfer/transfer.partner.service.js';
import { appealsWorld } from '../appeals.testkit.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let imports: HotlineImportService;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  imports = new HotlineImportService(t.core);
  await new TransferPartnerService(t.core).create(w.districtStaff, { code: '12345', name: '12345市民服务热线' });
});
afterAll(() => t.close());

const HEADER = '工单编号,受理时间,问题分类,诉求内容,事发地址,来电人,来电号码,紧急程度,办理时限';
const csv = (...rows: string[]) => Buffer.from(`\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`);
const count = async (prefix: string) =>
  Number(
    (
      await t.core.db
        .selectFrom('appeal_order')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('external_id', 'like', `${prefix}%`)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('importing a file of hotline orders', () => {
  it('reports every wrong row by row and field, in both languages, and writes nothing', async () => {
    const file = csv(
      `A-1,2026-01-05 09:30,P0101,垃圾堆放,${w.compound.name}东门,王先生,13912345678,一般,2026-01-12 18:00`,
      'A-2,2026-01-05 10:00,P9999,"多行\n内容",某路,李女士,12345,紧急,',
      `A-3,昨天,P0601,路灯不亮,${w.compound.name},,,,`,
      `A-1,2026-01-05 11:00,P0101,重复编号,${w.compound.name},,,,`,
    );
    for (const dryRun of [true, false]) {
      const r = await imports.import(w.districtStaff, '12345', { name: 'orders.csv', bytes: file }, dryRun);
      expect(r).toMatchObject({ dryRun, committed: false, rows: 4 });
      expect(r.errors.map((e) => [e.row, e.field, e.code])).toEqual([
        [3, 'category', 'CATEGORY_UNKNOWN'],
        [3, 'callerPhone', 'PHONE_INVALID'],
        // The quoted line break keeps "多行\n内容" one row: the next record is row 5.
        [5, 'receivedAt', 'DATE_INVALID'],
        [6, 'orderNo', 'DUPLICATE_IN_FILE'],
      ]);
      expect(r.errors[0]!.message.zh).toContain('P9999');
      expect(r.errors[0]!.message.en).toContain('No such category');
      expect(r.errors[3]!.message.zh).toContain('第 2 行');
    }
    expect(await count('A-')).toBe(0);
  });

  it('writes a clean file whole, and a second sending of it only finds what is there', async () => {
    const file = csv(
      `B-1,2026-01-05 09:30,P0101,垃圾堆放,${w.compound.name}东门,王先生,13912345678,一般,2026-01-12 18:00`,
      `B-2,2026-01-05 10:00,路灯及景观灯,路灯不亮,${w.compound.name}南门,,,紧急,`,
      'B-3,2026-01-05 10:30,P0501,路口乱停车,说不清的地方,,,,',
    );
    const dry = await imports.import(w.districtStaff, '12345', { name: 'b.csv', bytes: file }, true);
    expect(dry).toMatchObject({ committed: false, created: 3, existing: 0, errors: [] });
    expect(await count('B-')).toBe(0);
    const done = await imports.import(w.districtStaff, '12345', { name: 'b.csv', bytes: file }, false);
    expect(done).toMatchObject({ committed: true, created: 3, existing: 0 });
    const rows = await t.core.db.selectFrom('appeal_order').selectAll().where('id', 'in', done.orderIds).orderBy('external_id').execute();
    expect(rows.map((o) => [o.external_id, o.channel, o.source_system, o.category_code, o.urgent])).toEqual([
      ['B-1', 'hotline', '12345', 'P0101', false],
      ['B-2', 'hotline', '12345', 'P0601', true],
      ['B-3', 'hotline', '12345', 'P0501', false],
    ]);
    expect(rows[0]!.unit_id).toBe(w.compound.id);
    expect(rows[0]!.received_at.toISOString()).toBe('2026-01-05T01:30:00.000Z');
    expect(rows[0]!.reporter_phone_masked).toBe('139****5678');
    // An address that names no unit lands with the district's operations centre.
    expect(rows[2]!.unit_path).toBe(w.district.path);

    const again = await imports.import(w.districtStaff, '12345', { name: 'b.csv', bytes: file }, false);
    expect(again).toMatchObject({ committed: true, created: 0, existing: 3 });
    expect(await count('B-')).toBe(3);
    const changed = await imports.import(
      w.districtStaff,
      '12345',
      { name: 'b2.csv', bytes: csv(`B-1,2026-01-05 09:30,P0102,换了内容,${w.compound.name},,,,`) },
      false,
    );
    expect(changed.errors.map((e) => e.code)).toEqual(['ALREADY_DIFFERENT']);
  });

  it('makes no duplicates when the same file is committed twice at once', async () => {
    const file = csv(...[1, 2, 3, 4, 5].map((i) => `C-${i},2026-01-05 09:0${i},P0101,垃圾${i},${w.compound.name},,,,`));
    const [a, b] = await Promise.all([
      imports.import(w.districtStaff, '12345', { name: 'c.csv', bytes: file }, false),
      imports.import(w.districtStaff, '12345', { name: 'c.csv', bytes: file }, false),
    ]);
    expect(a.created + b.created).toBe(5);
    expect(a.created + a.existing).toBe(5);
    expect(await count('C-')).toBe(5);
  });

  it('reads an Excel export with date cells as Beijing time, and keeps street staff to their street', async () => {
    const elsewhere = await makeUnit(t.core, 'committee', { parentId: (await makeUnit(t.core, 'street', { parentId: w.district.id })).id });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('工单');
    sheet.addRow(['12345热线工单导出']);
    sheet.addRow(['工单编号', '受理时间', '问题分类', '诉求内容', '辖区单位编号']);
    sheet.addRow(['D-1', new Date(Date.UTC(2026, 0, 5, 9, 30)), 'P0101', '垃圾堆放', w.compound.id]);
    sheet.addRow(['D-2', new Date(Date.UTC(2026, 0, 5, 10, 0)), 'P0101', '别的街道的事', elsewhere.id]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const r = await imports.import(w.dispatcher, '12345', { name: 'd.xlsx', bytes }, true);
    expect(r.errors.map((e) => [e.row, e.field, e.code])).toEqual([[4, 'unitId', 'OUTSIDE_SCOPE']]);
    const district = await imports.import(w.districtStaff, '12345', { name: 'd.xlsx', bytes }, false);
    expect(district.errors).toEqual([]);
    expect(district.created).toBe(2);
    const d1 = await t.core.db.selectFrom('appeal_order').selectAll().where('external_id', '=', 'D-1').executeTakeFirstOrThrow();
    expect(d1.received_at.toISOString()).toBe('2026-01-05T01:30:00.000Z');
    // D-2 is now another street's order: the dispatcher sending its number again, placed in their own street,
    // with the same content or another, learns nothing of it and changes nothing.
    for (const title of ['别的街道的事', '换个说法']) {
      const again = await imports.import(
        w.dispatcher,
        '12345',
        { name: 'd2.csv', bytes: csv(`D-2,2026-01-05 10:00,P0102,${title},${w.compound.name},,,,`) },
        false,
      );
      expect(again).toMatchObject({ committed: false, created: 0, existing: 0 });
      expect(again.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'orderNo', 'NOT_YOURS']]);
      expect(JSON.stringify(again.errors)).not.toContain(elsewhere.name);
    }
    const d2 = await t.core.db.selectFrom('appeal_order').selectAll().where('external_id', '=', 'D-2').executeTakeFirstOrThrow();
    expect([d2.title, d2.unit_id]).toEqual(['别的街道的事', elsewhere.id]);
  });

  it('works over HTTP: the template, and an upload as multipart', async () => {
    const { user } = await makeUser(t.core, 'district_staff', w.district.id);
    const staff = await login(await t.app(), user.username, FACTORY_PASSWORD);
    const template = await (await t.app()).inject({
      method: 'GET',
      url: '/api/appeals/transfer/hotline-template?format=csv',
      headers: { cookie: staff.cookie },
    });
    expect(template.statusCode).toBe(200);
    expect(template.body).toContain('工单编号,受理时间,问题分类');
    const boundary = '----linli-test';
    const file = csv(`E-1,2026-01-05 09:30,P0101,垃圾堆放,${w.compound.name},,,,`);
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="e.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await (await t.app()).inject({
      method: 'POST',
      url: '/api/appeals/transfer/hotline-import?partner=12345&dryRun=false',
      payload,
      headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, created: 1 });
    const { user: worker } = await makeUser(t.core, 'committee_worker', w.committee.id);
    const refused = await (await login(await t.app(), worker.username, FACTORY_PASSWORD)).post('/api/appeals/transfer/hotline-import?partner=12345', {});
    expect(refused.status).toBe(403);
  });
});
