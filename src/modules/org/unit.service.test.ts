import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { UnitService } from './unit.service.js';
import { AppError } from '../../platform/errors.js';
import { putCatalog } from '../../platform/catalog.js';

let t: TestPlatform;
let units: UnitService;
beforeAll(async () => {
  t = await createTestPlatform();
  units = new UnitService(t.core);
});
afterAll(() => t.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );

describe('territory units', () => {
  it('creates a compound, building and house under a committee, with paths and history', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const compound = await units.create(worker, {
      parentId: committee.id,
      type: 'compound',
      name: '  锦绣苑 ',
      code: 'C-001',
      attributes: { housingType: 'HT02' },
    });
    expect(compound.name).toBe('锦绣苑');
    expect(compound.path).toBe(`${committee.path}${compound.id}/`);
    expect(compound.depth).toBe(committee.depth + 1);
    const building = await units.create(worker, { parentId: compound.id, type: 'building', name: '1号楼' });
    const house = await units.create(worker, { parentId: building.id, type: 'house', name: '101室' });
    expect(house.path.startsWith(compound.path)).toBe(true);
    const history = await units.history(worker, compound.id, 1, 20);
    expect(history.items.map((h) => h.kind)).toEqual(['created']);
    const audit = await t.core.db.selectFrom('audit_event').selectAll().where('target_id', '=', String(house.id)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('org.unit.create');
    expect(audit[0]!.actor_id).toBe(worker.userId);
  });

  it('refuses a compound under a street, with a message that names the levels', async () => {
    const street = await makeUnit(t.core, 'street');
    const staff = await actorFor(t.core, 'street_staff', street.id);
    const err = await units.create(staff, { parentId: street.id, type: 'compound', name: '错层小区' }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('UNIT_LEVEL_INVALID');
    expect(err.params.childLabel).toBe('小区');
    expect(err.params.expectedLabel).toBe('居委会');
  });

  it('refuses a duplicate code and a malformed national code', async () => {
    const street = await makeUnit(t.core, 'street');
    const staff = await actorFor(t.core, 'street_staff', street.id);
    await units.create(staff, { parentId: street.id, type: 'committee', name: '甲居委会', code: '310106999001' });
    expect(await code(units.create(staff, { parentId: street.id, type: 'committee', name: '乙居委会', code: '310106999001' }))).toBe('409 UNIT_CODE_DUPLICATE');
    expect(await code(units.create(staff, { parentId: street.id, type: 'committee', name: '丙居委会', code: '3101' }))).toBe('400 UNIT_CODE_INVALID');
  });

  it('moves a compound with its whole subtree to another committee and keeps history', async () => {
    const street = await makeUnit(t.core, 'street');
    const a = await makeUnit(t.core, 'committee', { parentId: street.id });
    const b = await makeUnit(t.core, 'committee', { parentId: street.id });
    const compound = await makeUnit(t.core, 'compound', { parentId: a.id });
    const building = await makeUnit(t.core, 'building', { parentId: compound.id });
    const house = await makeUnit(t.core, 'house', { parentId: building.id });
    const staff = await actorFor(t.core, 'street_staff', street.id);
    const moved = await units.move(staff, compound.id, b.id, '小区划转');
    expect(moved.parent_id).toBe(b.id);
    expect(moved.path).toBe(`${b.path}${compound.id}/`);
    const h = await t.core.db.selectFrom('unit').selectAll().where('id', '=', house.id).executeTakeFirstOrThrow();
    expect(h.path).toBe(`${b.path}${compound.id}/${building.id}/${house.id}/`);
    expect(h.depth).toBe(house.depth);
    const history = await units.history(staff, compound.id, 1, 10);
    expect(history.items[0]!.kind).toBe('moved');
    expect(history.items[0]!.reason).toBe('小区划转');
    expect((history.items[0]!.before as { parentId: number }).parentId).toBe(a.id);
    // The committee A worker no longer reaches the compound; B's does.
    const workerA = await actorFor(t.core, 'committee_worker', a.id);
    const workerB = await actorFor(t.core, 'committee_worker', b.id);
    expect(await code(units.get(workerA, compound.id))).toBe('404 NOT_FOUND');
    expect(await code(units.get(workerB, house.id))).toBe('ok');
  });

  it('refuses a cycle, a wrong level and a move outside scope', async () => {
    const street = await makeUnit(t.core, 'street');
    const committee = await makeUnit(t.core, 'committee', { parentId: street.id });
    const compound = await makeUnit(t.core, 'compound', { parentId: committee.id });
    const building = await makeUnit(t.core, 'building', { parentId: compound.id });
    const district = await t.core.db.selectFrom('unit').selectAll().where('id', '=', street.parent_id!).executeTakeFirstOrThrow();
    const admin = await actorFor(t.core, 'admin', district.id);
    expect(await code(units.move(admin, compound.id, building.id, null))).toBe('400 UNIT_CYCLE');
    expect(await code(units.move(admin, compound.id, compound.id, null))).toBe('400 UNIT_CYCLE');
    expect(await code(units.move(admin, building.id, committee.id, null))).toBe('400 UNIT_LEVEL_INVALID');
    const otherStreet = await makeUnit(t.core, 'street');
    const otherCommittee = await makeUnit(t.core, 'committee', { parentId: otherStreet.id });
    const staff = await actorFor(t.core, 'street_staff', street.id);
    expect(await code(units.move(staff, compound.id, otherCommittee.id, null))).toBe('404 NOT_FOUND');
    const unchanged = await t.core.db.selectFrom('unit').select('path').where('id', '=', compound.id).executeTakeFirstOrThrow();
    expect(unchanged.path).toBe(compound.path);
  });

  it('renames and retires, refusing to retire a unit that still has children', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const compound = await makeUnit(t.core, 'compound', { parentId: committee.id, name: '旧名' });
    const building = await makeUnit(t.core, 'building', { parentId: compound.id });
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const renamed = await units.rename(worker, compound.id, '新名', '更名公告');
    expect(renamed.name).toBe('新名');
    expect(await code(units.retire(worker, compound.id, null))).toBe('409 UNIT_HAS_CHILDREN');
    await units.retire(worker, building.id, '拆除');
    const retired = await units.retire(worker, compound.id, '合并');
    expect(retired.retired_at).toBeInstanceOf(Date);
    expect(await code(units.create(worker, { parentId: compound.id, type: 'building', name: 'x' }))).toBe('409 UNIT_RETIRED');
    const kinds = (await units.history(worker, compound.id, 1, 10)).items.map((h) => h.kind);
    expect(kinds).toEqual(['retired', 'renamed']);
    const listed = await units.list(worker, { parentId: committee.id, page: 1, pageSize: 20 });
    expect(listed.items.map((u) => u.id)).not.toContain(compound.id);
    const withRetired = await units.list(worker, { parentId: committee.id, includeRetired: true, page: 1, pageSize: 20 });
    expect(withRetired.items.map((u) => u.id)).toContain(compound.id);
  });

  it('rolls back the unit and its audit entry together when a step fails', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const before = await t.core.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      t.core.mutate(worker, async (w) => {
        await w.audit({ action: 'org.unit.rename', targetType: 'unit', targetId: committee.id, summary: {} });
        await w.db.updateTable('unit').set({ name: '中途失败' }).where('id', '=', committee.id).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await t.core.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const unit = await t.core.db.selectFrom('unit').select('name').where('id', '=', committee.id).executeTakeFirstOrThrow();
    expect(unit.name).toBe(committee.name);
  });

  it('searches by name or code within scope only', async () => {
    const street = await makeUnit(t.core, 'street');
    const mine = await makeUnit(t.core, 'committee', { parentId: street.id, name: '搜索测试居委会甲' });
    await makeUnit(t.core, 'committee', { name: '搜索测试居委会乙' });
    const staff = await actorFor(t.core, 'street_staff', street.id);
    const r = await units.list(staff, { q: '搜索测试', page: 1, pageSize: 20 });
    expect(r.items.map((u) => u.id)).toEqual([mine.id]);
    expect(r.total).toBe(1);
    // A typed % or _ is a character, not a wildcard.
    expect((await units.list(staff, { q: '%', page: 1, pageSize: 20 })).total).toBe(0);
    expect((await units.list(staff, { q: '搜索_试', page: 1, pageSize: 20 })).total).toBe(0);
  });

  it("lists the caller's district's housing types, a draft until the district has its catalog", async () => {
    const committee = await makeUnit(t.core, 'committee');
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    expect(await units.housingTypes(worker)).toEqual({ draft: true, items: [] });
    const entries = [{ code: 'HT01', name: { zh: '售后公房', en: 'Ex-public housing' }, extra: 'not shown' }];
    await putCatalog(t.core.db, committee.district_id, { name: 'housing-types', draft: false, source: null, entries, extra: {} });
    expect(await units.housingTypes(worker)).toEqual({ draft: false, items: [{ code: 'HT01', name: { zh: '售后公房', en: 'Ex-public housing' } }] });
    const resident = await actorFor(t.core, 'resident', committee.id);
    expect(await code(units.housingTypes(resident))).toBe('403 FORBIDDEN');
  });
});
