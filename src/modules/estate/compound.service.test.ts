import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { todayInShanghai } from '../../platform/time.js';
import { UnitService } from '../org/unit.service.js';
import { CompoundService } from './compound.service.js';
import { ContractService } from './contract.service.js';
import { CommitteeService } from './committee.service.js';
import { MemberService } from './member.service.js';
import { addDays, addYears } from './estate.rules.js';
import { code, estateWorld, makeCompany } from './estate.testkit.js';

let t: TestPlatform;
let compounds: CompoundService;
beforeAll(async () => {
  t = await createTestPlatform();
  compounds = new CompoundService(t.core);
});
afterAll(() => t.close());

const base = { sort: 'name' as const, limit: 50, offset: 0 };

/** Four compounds of one committee: under contract and governed; contract running out; term run out; nothing. */
async function street() {
  const w = await estateWorld(t.core, { compoundName: '安远小区' });
  const today = todayInShanghai();
  const company = await makeCompany(t.core, w.districtStaff);
  const contracts = new ContractService(t.core);
  const terms = new CommitteeService(t.core);
  const expiring = await estateWorld(t.core, { committeeId: w.committee.id, compoundName: '延中公寓' });
  const overdue = await estateWorld(t.core, { committeeId: w.committee.id, compoundName: '海防新村' });
  const bare = await estateWorld(t.core, { committeeId: w.committee.id, compoundName: '胶州里' });
  await contracts.create(w.worker, w.compound.id, { companyId: company.id, startDate: addDays(today, -400), endDate: addDays(today, 700) });
  await terms.startTerm(w.worker, w.compound.id, { startDate: addDays(today, -100) });
  await contracts.create(w.worker, expiring.compound.id, { companyId: company.id, startDate: addDays(today, -1000), endDate: addDays(today, 30) });
  await terms.startTerm(w.worker, expiring.compound.id, { startDate: addDays(today, -100) });
  await contracts.create(w.worker, overdue.compound.id, { companyId: company.id, startDate: addDays(today, -1500), endDate: addDays(today, -20) });
  await terms.startTerm(w.worker, overdue.compound.id, { startDate: addDays(addYears(today, -5), -30) });
  return { w, ids: { fine: w.compound.id, expiring: expiring.compound.id, overdue: overdue.compound.id, bare: bare.compound.id }, company };
}

describe("compounds with their property service and owners' committee", () => {
  it('lists the compounds in scope with company, dates and the three warnings, and filters by them', async () => {
    const { w, ids, company } = await street();
    const r = await compounds.list(w.worker, base);
    expect(r.total).toBe(4);
    const byId = new Map(r.items.map((i) => [i.id, i]));
    expect(byId.get(ids.fine)).toMatchObject({ company_name: company.name, service_state: 'active', committee_state: 'current', term_number: 1 });
    expect(byId.get(ids.expiring)).toMatchObject({ service_state: 'expiring', committee_state: 'current' });
    expect(byId.get(ids.overdue)).toMatchObject({
      service_state: 'expired',
      committee_state: 'expired',
      company_id: null,
      lapsed_on: addDays(todayInShanghai(), -20),
    });
    expect(byId.get(ids.bare)).toMatchObject({ service_state: 'none', committee_state: 'none' });
    const only = async (state: NonNullable<Parameters<CompoundService['list']>[1]['state']>) =>
      (await compounds.list(w.worker, { ...base, state })).items.map((i) => i.id).sort();
    expect(await only('contractExpiring')).toEqual([ids.expiring]);
    expect(await only('contractExpired')).toEqual([ids.overdue]);
    expect(await only('noContract')).toEqual([ids.bare]);
    expect(await only('termExpired')).toEqual([ids.overdue]);
    expect(await only('noOwnersCommittee')).toEqual([ids.bare]);
    expect(await only('attention')).toEqual([ids.expiring, ids.overdue, ids.bare].sort());
    expect((await compounds.list(w.worker, { ...base, q: '海防' })).items.map((i) => i.id)).toEqual([ids.overdue]);
    // Most urgent first: no contract, then the earliest end.
    expect((await compounds.list(w.worker, { ...base, sort: 'contractEnd' })).items.map((i) => i.id)).toEqual([ids.bare, ids.overdue, ids.expiring, ids.fine]);
    // Paging keeps the total.
    const page2 = await compounds.list(w.worker, { ...base, limit: 3, offset: 3 });
    expect([page2.items.length, page2.total]).toEqual([1, 4]);
    expect(await compounds.list(w.worker, { ...base, limit: 3, offset: 6 })).toMatchObject({ items: [], total: 4 });
  });

  it('says the same in the list as on each card', async () => {
    const { w } = await street();
    for (const item of (await compounds.list(w.worker, base)).items) {
      const card = await compounds.card(w.worker, item.id);
      expect([card.serviceState, card.committeeState], `compound ${item.name}`).toEqual([item.service_state, item.committee_state]);
    }
  });

  it('shows each role only the compounds of its territory', async () => {
    const { w, ids } = await street();
    const other = await estateWorld(t.core);
    expect((await compounds.list(other.worker, base)).items.map((i) => i.id)).toEqual([other.compound.id]);
    expect(await code(compounds.card(other.worker, ids.fine))).toBe('404 NOT_FOUND');
    // The street, the district and a grid worker of the street read; a resident of the compound does not.
    const streetStaff = await actorFor(t.core, 'street_staff', w.committee.parent_id!);
    expect((await compounds.list(streetStaff, base)).total).toBe(4);
    expect((await compounds.list(w.districtStaff, base)).total).toBe(4);
    expect(await code(compounds.list(w.districtStaff, { ...base, unitId: other.committee.id }))).toBe('404 NOT_FOUND');
    const resident = await actorFor(t.core, 'resident', w.house.id);
    expect(await code(compounds.list(resident, base))).toBe('403 FORBIDDEN');
    // Narrowed to a unit: the committee's compounds only.
    const sibling = await makeUnit(t.core, 'committee', { parentId: w.committee.parent_id! });
    await makeUnit(t.core, 'compound', { parentId: sibling.id, name: '隔壁小区' });
    expect((await compounds.list(streetStaff, base)).total).toBe(5);
    expect((await compounds.list(streetStaff, { ...base, unitId: w.committee.id })).total).toBe(4);
  });

  it("moves a compound's contracts and committee with it when the compound moves to another committee", async () => {
    const { w, ids } = await street();
    const target = await makeUnit(t.core, 'committee', { parentId: w.committee.parent_id! });
    const streetStaff = await actorFor(t.core, 'street_staff', w.committee.parent_id!);
    await new UnitService(t.core).move(streetStaff, ids.fine, target.id, '小区划归新居委会');
    const newWorker = await actorFor(t.core, 'committee_worker', target.id);
    const card = await compounds.card(newWorker, ids.fine);
    expect(card.contracts).toHaveLength(1);
    expect(card.terms).toHaveLength(1);
    // The new committee's worker can now manage what came with it; the old one no longer reaches it.
    expect(await code(new MemberService(t.core).add(newWorker, card.terms[0]!.id, { name: '新成员', role: 'member' }))).toBe('ok');
    expect(await code(new MemberService(t.core).add(w.worker, card.terms[0]!.id, { name: '旧居委会', role: 'member' }))).toBe('404 NOT_FOUND');
    expect((await compounds.list(w.worker, base)).total).toBe(3);
  });
});
