import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { type AppError, messageFor } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { ContractService } from './contract.service.js';
import { CompoundService } from './compound.service.js';
import { addDays } from './estate.rules.js';
import { code, estateWorld, makeCompany } from './estate.testkit.js';

let t: TestPlatform;
let contracts: ContractService;
beforeAll(async () => {
  t = await createTestPlatform();
  contracts = new ContractService(t.core);
});
afterAll(() => t.close());

describe('property service contracts', () => {
  it('refuses a contract that shares a day with another of the compound, naming it in both languages', async () => {
    const w = await estateWorld(t.core);
    const a = await makeCompany(t.core, w.districtStaff, '上海恒安物业管理有限公司');
    const b = await makeCompany(t.core, w.districtStaff, '上海宏信物业服务有限公司');
    const first = await contracts.create(w.worker, w.compound.id, {
      companyId: a.id,
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      serviceScope: '保洁、秩序维护',
      feeFenPerM2: 250,
    });
    const err = (await contracts
      .create(w.worker, w.compound.id, { companyId: b.id, startDate: '2026-12-31', endDate: '2029-12-30' })
      .catch((e) => e)) as AppError;
    expect(err.status).toBe(409);
    expect(err.code).toBe('CONTRACT_OVERLAP');
    expect(err.details).toEqual({ contractId: first.id });
    expect(messageFor(err.code, err.params, 'zh-CN')).toBe(
      '锦绣苑在 2024-01-01 至 2026-12-31 已有与“上海恒安物业管理有限公司”的物业服务合同；同一小区同一时间只能有一份合同，请先调整该合同的起止日期',
    );
    expect(messageFor(err.code, err.params, 'en')).toContain('one property contract at a time');
    // The day after is free; an edit that would reach back into the first is refused too.
    const next = await contracts.create(w.worker, w.compound.id, { companyId: b.id, startDate: '2027-01-01', endDate: '2029-12-31' });
    expect(await code(contracts.update(w.worker, next.id, { companyId: b.id, startDate: '2026-06-01', endDate: '2029-12-31' }))).toBe('409 CONTRACT_OVERLAP');
    expect(await code(contracts.update(w.worker, first.id, { companyId: a.id, startDate: '2024-01-01', endDate: '2026-12-31', feeFenPerM2: 260 }))).toBe('ok');
    // Another compound is another matter.
    const other = await estateWorld(t.core, { committeeId: w.committee.id, compoundName: '梅园新村' });
    expect(await code(contracts.create(w.worker, other.compound.id, { companyId: a.id, startDate: '2024-01-01', endDate: '2026-12-31' }))).toBe('ok');
  });

  it('lets only one of two simultaneous overlapping contracts in', async () => {
    const w = await estateWorld(t.core);
    const a = await makeCompany(t.core, w.districtStaff);
    const results = await Promise.all(
      [1, 2, 3].map((i) => code(contracts.create(w.worker, w.compound.id, { companyId: a.id, startDate: `2025-0${i}-01`, endDate: '2027-12-31' }))),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === '409 CONTRACT_OVERLAP')).toHaveLength(2);
  });

  it("derives each contract's status from its dates and flags one running out within 90 days", async () => {
    const w = await estateWorld(t.core);
    const a = await makeCompany(t.core, w.districtStaff);
    const today = todayInShanghai();
    await contracts.create(w.worker, w.compound.id, { companyId: a.id, startDate: addDays(today, -1000), endDate: addDays(today, -366) });
    await contracts.create(w.worker, w.compound.id, { companyId: a.id, startDate: addDays(today, -365), endDate: addDays(today, 60) });
    const card = await new CompoundService(t.core).card(w.worker, w.compound.id);
    expect(card.contracts.map((c) => c.status)).toEqual(['active', 'expired']);
    expect(card.serviceState).toBe('expiring');
    // Signing the next contract settles it.
    await contracts.create(w.worker, w.compound.id, { companyId: a.id, startDate: addDays(today, 61), endDate: addDays(today, 61 + 3 * 365) });
    const after = await new CompoundService(t.core).card(w.worker, w.compound.id);
    expect(after.contracts.map((c) => c.status)).toEqual(['upcoming', 'active', 'expired']);
    expect(after.serviceState).toBe('active');
  });

  it('checks dates and the company, and writes nothing when refused', async () => {
    const w = await estateWorld(t.core);
    const a = await makeCompany(t.core, w.districtStaff);
    const err = (await contracts
      .create({ ...w.worker, locale: 'en' }, w.compound.id, { companyId: a.id, startDate: '2026-05-01', endDate: '2026-04-30' })
      .catch((e) => e)) as AppError;
    expect(messageFor(err.code, err.params, 'en')).toBe('The end date (2026-04-30) cannot be before the start date (2026-05-01)');
    expect(await code(contracts.create(w.worker, w.compound.id, { companyId: a.id, startDate: '2026-02-30', endDate: '2027-01-01' }))).toBe(
      '400 ESTATE_DATE_INVALID',
    );
    const elsewhere = await estateWorld(t.core);
    const foreign = await makeCompany(t.core, elsewhere.districtStaff);
    expect(await code(contracts.create(w.worker, w.compound.id, { companyId: foreign.id, startDate: '2026-01-01', endDate: '2027-01-01' }))).toBe(
      '404 NOT_FOUND',
    );
    expect(await t.core.db.selectFrom('property_contract').select('id').where('compound_id', '=', w.compound.id).execute()).toEqual([]);
  });

  it("is refused outside the caller's scope and to those who only read", async () => {
    const w = await estateWorld(t.core);
    const a = await makeCompany(t.core, w.districtStaff);
    const mine = await contracts.create(w.worker, w.compound.id, { companyId: a.id, startDate: '2026-01-01', endDate: '2028-12-31' });
    // A worker of the neighbouring committee in the same street.
    const street = w.committee.parent_id!;
    const neighbour = await actorFor(t.core, 'committee_worker', (await makeUnit(t.core, 'committee', { parentId: street })).id);
    expect(await code(contracts.create(neighbour, w.compound.id, { companyId: a.id, startDate: '2030-01-01', endDate: '2031-12-31' }))).toBe('404 NOT_FOUND');
    expect(await code(contracts.update(neighbour, mine.id, { companyId: a.id, startDate: '2026-01-01', endDate: '2027-12-31' }))).toBe('404 NOT_FOUND');
    expect(await code(contracts.remove(neighbour, mine.id))).toBe('404 NOT_FOUND');
    expect(await code(contracts.create(w.worker, w.house.id, { companyId: a.id, startDate: '2030-01-01', endDate: '2031-12-31' }))).toBe('404 NOT_FOUND');
    const grid = await actorFor(t.core, 'grid_worker', street);
    expect(await code(contracts.create(grid, w.compound.id, { companyId: a.id, startDate: '2030-01-01', endDate: '2031-12-31' }))).toBe('403 FORBIDDEN');
    const streetStaff = await actorFor(t.core, 'street_staff', street);
    expect(await code(contracts.remove(streetStaff, mine.id))).toBe('ok');
  });
});
