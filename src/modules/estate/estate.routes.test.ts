import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login, type Client } from '../../../test/support/http.js';
import type { LinliApp } from '../../platform/http/app.js';
import { checkCreditCode } from './credit-code.js';
import { nextCreditCode } from './estate.testkit.js';

let t: TestPlatform;
let app: LinliApp;
let worker: Client;
beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  app = await t.app();
  worker = await login(app, 'worker');
});
afterAll(() => t.close());

// A mobile number in clear: 11 digits starting 1[3-9], not inside a longer run of digits.
const CLEAR_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

describe('estate over HTTP on the demo district', () => {
  it('a committee worker sees their compounds with the warnings, and a card with contracts, terms and members', async () => {
    const nav = await worker.get('/api/nav');
    expect(nav.body.items.map((i: { key: string }) => i.key)).toEqual(expect.arrayContaining(['estate.compounds', 'estate.companies']));
    const list = await worker.get('/api/estate/compounds?pageSize=50');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    const first = list.body.items[0];
    expect(first.committee.id).toBe(worker.session.positions[0].unitId);
    expect(Object.keys(first.flags).sort()).toEqual(['contractExpiring', 'noOwnersCommittee', 'termExpired']);
    const card = await worker.get(`/api/estate/compounds/${first.id}`);
    expect(card.status).toBe(200);
    expect(card.body.contracts.length).toBeGreaterThan(0);
    expect(card.body.terms.length).toBeGreaterThan(0);
    expect(card.body.terms[0].members.length).toBeGreaterThanOrEqual(5);
    expect(card.body.can).toEqual({ manage: true, reveal: true });
    expect(JSON.stringify(card.body)).not.toMatch(CLEAR_MOBILE);
    expect(JSON.stringify(card.body)).toMatch(/1\d\d\*{4}\d{4}/);
    // Another committee's worker does not find it.
    const other = await login(app, 'worker2');
    const refused = await other.get(`/api/estate/compounds/${first.id}`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toContain('未找到');
  });

  it("refuses an overlapping contract in the caller's language, with the clashing contract in the details", async () => {
    const list = await worker.get('/api/estate/compounds?pageSize=50');
    const compound = list.body.items.find((i: { contractId: number | null }) => i.contractId !== null);
    const card = await worker.get(`/api/estate/compounds/${compound.id}`);
    const current = card.body.contracts.find((c: { status: string }) => c.status === 'active');
    const body = { companyId: current.company.id, startDate: current.startDate, endDate: current.endDate };
    const en = await app.inject({
      method: 'POST',
      url: `/api/estate/compounds/${compound.id}/contracts`,
      payload: body,
      headers: { cookie: worker.cookie, 'x-csrf-token': worker.csrf, 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(409);
    expect(en.json().error).toMatchObject({ code: 'CONTRACT_OVERLAP', details: { contractId: current.id } });
    expect(en.json().error.message).toContain('one property contract at a time');
    const zh = await worker.post(`/api/estate/compounds/${compound.id}/contracts`, body);
    expect(zh.body.error.message).toContain('同一小区同一时间只能有一份合同');
  });

  it('the district keeps the register of companies; committees read it; credit codes are checked', async () => {
    const district = await login(app, 'district');
    const bad = await district.post('/api/estate/companies', { name: '上海测试物业管理有限公司', creditCode: '91310106MA1FL8TQ4X' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('CREDIT_CODE_INVALID');
    expect(bad.body.error.message).toContain('统一社会信用代码');
    const created = await district.post('/api/estate/companies', {
      name: '上海测试物业管理有限公司',
      creditCode: nextCreditCode(),
      contactName: '测试',
      phone: '021-62881234',
    });
    expect(created.status).toBe(201);
    expect((await worker.post('/api/estate/companies', { name: '社工登记', creditCode: nextCreditCode() })).status).toBe(403);
    const companies = await worker.get('/api/estate/companies?pageSize=200');
    expect(companies.status).toBe(200);
    expect(companies.body.items.every((c: { creditCode: string }) => checkCreditCode(c.creditCode).ok)).toBe(true);
    expect(companies.body.items.some((c: { serving: number }) => c.serving > 0)).toBe(true);
    const detail = await worker.get(`/api/estate/companies/${created.body.id}`);
    expect(detail.body).toMatchObject({ phoneMasked: '021*****1234', contracts: [], can: { manage: false, reveal: true } });
    expect(JSON.stringify(companies.body)).not.toMatch(CLEAR_MOBILE);
  });

  it("seeds owners' committees mostly where the housing is commodity housing", async () => {
    const rows = await t.core.db
      .selectFrom('unit as u')
      .leftJoin('owners_committee as oc', 'oc.compound_id', 'u.id')
      .select([(eb) => eb.ref('u.attributes').$castTo<{ housingType?: string }>().as('attributes'), 'oc.id as committee'])
      .where('u.type', '=', 'compound')
      .execute();
    const share = (types: string[]) => {
      const of = rows.filter((r) => types.includes(r.attributes.housingType ?? ''));
      return of.filter((r) => r.committee !== null).length / Math.max(1, of.length);
    };
    expect(share(['HT02', 'HT03'])).toBeGreaterThan(share(['HT01', 'HT04']));
    const stats = await t.core.db.selectFrom('audit_event').select('summary').where('action', '=', 'platform.district.seed').executeTakeFirstOrThrow();
    expect(stats.summary).toMatchObject({ 'estate.propertyCompanies': expect.any(Number), 'estate.ownersCommittees': expect.any(Number) });
  });
});
