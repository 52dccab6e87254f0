import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import type { AppError } from '../../platform/errors.js';
import { CompanyService } from './company.service.js';
import { ContractService } from './contract.service.js';
import { code, estateWorld, makeCompany, nextCreditCode } from './estate.testkit.js';

let t: TestPlatform;
let companies: CompanyService;
beforeAll(async () => {
  t = await createTestPlatform();
  companies = new CompanyService(t.core);
});
afterAll(() => t.close());

describe('register of property companies', () => {
  it("refuses a credit code with a wrong check character, saying why in the caller's language", async () => {
    const w = await estateWorld(t.core);
    const good = nextCreditCode();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const err = (await companies.create(w.districtStaff, { name: '上海嘉禾物业服务有限公司', creditCode: bad }).catch((e) => e)) as AppError;
    expect(err.code).toBe('CREDIT_CODE_INVALID');
    expect(err.params.reason).toContain('校验码');
    const en = (await companies.create({ ...w.districtStaff, locale: 'en' }, { name: 'x', creditCode: 'ABC' }).catch((e) => e)) as AppError;
    expect(en.params.reason).toContain('18');
    expect(await t.core.db.selectFrom('property_company').select('id').where('district_id', '=', w.committee.district_id).execute()).toEqual([]);
  });

  it('keeps one company per credit code in a district, stored normalised', async () => {
    const w = await estateWorld(t.core);
    const cc = nextCreditCode();
    const row = await companies.create(w.districtStaff, {
      name: '上海瑞丰物业管理有限公司',
      creditCode: ` ${cc.toLowerCase().slice(0, 9)} ${cc.slice(9).toLowerCase()}`,
    });
    expect(row.credit_code).toBe(cc);
    expect(await code(companies.create(w.districtStaff, { name: '另一家', creditCode: cc }))).toBe('409 COMPANY_CODE_TAKEN');
  });

  it('is kept by the district: committees read it but cannot change it', async () => {
    const w = await estateWorld(t.core);
    const company = await makeCompany(t.core, w.districtStaff);
    expect(await code(companies.create(w.worker, { name: '社工登记', creditCode: nextCreditCode() }))).toBe('403 FORBIDDEN');
    expect(await code(companies.update(w.worker, company.id, { name: '改名', creditCode: company.credit_code }))).toBe('403 FORBIDDEN');
    expect((await companies.get(w.worker, company.id)).company.name).toBe(company.name);
    expect((await companies.list(w.worker, { page: 1, pageSize: 20 })).items.map((c) => c.id)).toEqual([company.id]);
    // Another district's register is not this one's.
    const other = await estateWorld(t.core);
    expect(await code(companies.get(other.worker, company.id))).toBe('404 NOT_FOUND');
    expect(await code(companies.update(other.districtStaff, company.id, { name: '改名', creditCode: company.credit_code }))).toBe('404 NOT_FOUND');
  });

  it('stores the contact phone encrypted and shows it masked; the full number needs a purpose and is logged', async () => {
    const w = await estateWorld(t.core);
    const company = await companies.create(w.districtStaff, {
      name: '上海德馨物业管理有限公司',
      creditCode: nextCreditCode(),
      contactName: '周丽华',
      phone: '138 0013 4567',
    });
    const stored = await t.core.db.selectFrom('property_company').selectAll().where('id', '=', company.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('13800134567');
    expect(stored.phone_masked).toBe('138****4567');
    const audit = await t.core.db
      .selectFrom('audit_event')
      .select('summary')
      .where('target_type', '=', 'property_company')
      .where('target_id', '=', String(company.id))
      .execute();
    expect(JSON.stringify(audit)).not.toContain('13800134567');
    expect(await code(companies.reveal(w.worker, company.id, ' '))).toBe('400 PURPOSE_REQUIRED');
    expect(await companies.reveal(w.worker, company.id, '联系物业处理漏水')).toBe('13800134567');
    const reads = await t.core.db
      .selectFrom('audit_event')
      .select('purpose')
      .where('action', '=', 'estate.company.reveal')
      .where('target_id', '=', String(company.id))
      .execute();
    expect(reads.map((r) => r.purpose)).toEqual(['联系物业处理漏水']);
    expect(await code(companies.create(w.districtStaff, { name: '号码不对', creditCode: nextCreditCode(), phone: '12345' }))).toBe('400 ESTATE_PHONE_INVALID');
    // An update that leaves the phone out keeps it.
    await companies.update(w.districtStaff, company.id, { name: '上海德馨物业服务有限公司', creditCode: company.credit_code, contactName: '周丽华' });
    expect(await companies.reveal(w.districtStaff, company.id, '核对联系人')).toBe('13800134567');
  });

  it('deletes a company entered by mistake, but not one that has held a contract', async () => {
    const w = await estateWorld(t.core);
    const used = await makeCompany(t.core, w.districtStaff, '上海康桥物业管理有限公司');
    const unused = await makeCompany(t.core, w.districtStaff, '上海错录物业管理有限公司');
    await new ContractService(t.core).create(w.worker, w.compound.id, { companyId: used.id, startDate: '2025-01-01', endDate: '2027-12-31' });
    expect(await code(companies.remove(w.districtStaff, used.id))).toBe('409 COMPANY_IN_USE');
    await companies.remove(w.districtStaff, unused.id);
    expect(await code(companies.get(w.districtStaff, unused.id))).toBe('404 NOT_FOUND');
    const log = await t.core.db
      .selectFrom('audit_event')
      .select('action')
      .where('target_type', '=', 'property_company')
      .where('target_id', '=', String(unused.id))
      .orderBy('seq')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['estate.company.create', 'estate.company.delete']);
  });
});
