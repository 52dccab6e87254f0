import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { putCatalog } from '../../platform/catalog.js';
import { loadProfile } from '../../platform/profiles.js';
import { AppError } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { PersonService, type PersonInput } from './person.service.js';
import { PersonChangeService } from './person-change.service.js';
import { makeResidentId } from './id-number.js';
import { loadTagCatalog } from './tag.catalog.js';
import { recomputeRuleTags } from './tag.repository.js';

let t: TestPlatform;
let people: PersonService;
let changes: PersonChangeService;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );
let seq = 300;
const yearsAgo = (n: number) => {
  const d = new Date(todayInShanghai());
  d.setUTCFullYear(d.getUTCFullYear() - n);
  return d.toISOString().slice(0, 10);
};
const person = (houseId: number, over: Partial<PersonInput> = {}): PersonInput => ({
  name: '李建国',
  docType: 'resident_id',
  docNumber: makeResidentId('310106', yearsAgo(45), seq++ * 2),
  gender: null,
  birthDate: null,
  ethnicity: '汉族',
  phone: `138${String(20000000 + seq).slice(-8)}`,
  residence: 'registered_living',
  nationality: null,
  houseId,
  relation: 'owner',
  ...over,
});

async function world() {
  const committee = await makeUnit(t.core, 'committee');
  await putCatalog(t.core.db, committee.district_id, loadProfile('jingan').catalogs.find((c) => c.name === 'tags')!);
  const compound = await makeUnit(t.core, 'compound', { parentId: committee.id });
  const building = await makeUnit(t.core, 'building', { parentId: compound.id });
  const house = await makeUnit(t.core, 'house', { parentId: building.id, name: '5号楼101室' });
  const house2 = await makeUnit(t.core, 'house', { parentId: building.id, name: '5号楼102室' });
  const worker = await actorFor(t.core, 'committee_worker', committee.id);
  // A committee of the same street that this worker does not reach.
  const other = await makeUnit(t.core, 'committee', { parentId: committee.parent_id! });
  const otherHouse = await makeUnit(t.core, 'house', {
    parentId: (await makeUnit(t.core, 'building', { parentId: (await makeUnit(t.core, 'compound', { parentId: other.id })).id })).id,
  });
  const otherWorker = await actorFor(t.core, 'committee_worker', other.id);
  return { committee, house, house2, worker, otherHouse, otherWorker };
}

const row = (id: number) => t.core.db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditOf = (id: number, action: string) =>
  t.core.db
    .selectFrom('audit_event')
    .selectAll()
    .where('target_type', '=', 'person')
    .where('target_id', '=', String(id))
    .where('action', '=', action)
    .execute();
const householdOf = (personId: number) =>
  t.core.db
    .selectFrom('household_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .select(['h.id', 'h.house_id', 'h.head_person_id', 'm.relation_to_head'])
    .where('m.person_id', '=', personId)
    .where('h.dissolved_at', 'is', null)
    .execute();

beforeAll(async () => {
  t = await createTestPlatform();
  people = new PersonService(t.core);
  changes = new PersonChangeService(t.core);
});
afterAll(() => t.close());

describe('changing a resident record', () => {
  it('corrects a phone sealed like a registration, audited with masks only, and refuses a bad one naming the field', async () => {
    const w = await world();
    const p = await people.create(w.worker, person(w.house.id));
    expect(await changes.correct(w.worker, p.id, { phone: '139 1234 5678' })).toEqual({ id: p.id, changed: true });
    const after = await row(p.id);
    expect(after.phone_masked).toBe('139****5678');
    expect(after.phone_last4).toBe('5678');
    expect(after.phone_hash).toBe(t.core.crypto.lookupHash('13912345678'));
    expect(t.core.crypto.decrypt(after.phone_enc!)).toBe('13912345678');
    expect(JSON.stringify(after)).not.toContain('13912345678');
    const [audit] = await auditOf(p.id, 'people.person.update');
    expect(audit!.summary).toEqual({ before: { phone_masked: p.phone_masked }, after: { phone_masked: '139****5678' } });
    expect(JSON.stringify(audit)).not.toContain('13912345678');
    // The same number again changes nothing and writes no audit.
    expect(await changes.correct(w.worker, p.id, { phone: '13912345678' })).toEqual({ id: p.id, changed: false });
    expect(await auditOf(p.id, 'people.person.update')).toHaveLength(1);

    const bad = await changes.correct(w.worker, p.id, { phone: '12345' }).catch((e) => e);
    expect(bad).toMatchObject({ status: 400, code: 'PERSON_INVALID', params: { summary: '联系电话：应为 11 位手机号或带区号的固定电话' } });
    expect(bad.details).toEqual({ problems: [{ field: 'phone', code: 'PHONE_FORMAT' }] });
    expect(await code(changes.correct(w.worker, p.id, { residence: 'foreigner' }))).toBe('400 PERSON_INVALID');
    // Cleared: no phone any more.
    await changes.correct(w.worker, p.id, { phone: '  ', residence: 'registered_away' });
    expect(await row(p.id)).toMatchObject({ phone_enc: null, phone_masked: null, phone_hash: null, residence: 'registered_away' });
  });

  it('reaches only records in scope: a person beyond it is not found, and a grid worker may not edit', async () => {
    const w = await world();
    const theirs = await people.create(w.otherWorker, person(w.otherHouse.id));
    expect(await code(changes.correct(w.worker, theirs.id, { phone: '13900000000' }))).toBe('404 NOT_FOUND');
    expect(await code(changes.depart(w.worker, theirs.id, { kind: 'deceased', date: todayInShanghai() }))).toBe('404 NOT_FOUND');
    expect(await code(changes.move(w.worker, theirs.id, { houseId: w.house.id, relation: 'resident' }))).toBe('404 NOT_FOUND');
    const grid = await actorFor(t.core, 'grid_worker', w.committee.id);
    const mine = await people.create(w.worker, person(w.house.id));
    expect(await code(changes.correct(grid, mine.id, { phone: '13900000000' }))).toBe('403 FORBIDDEN');
    expect((await row(theirs.id)).phone_masked).toBe(theirs.phone_masked);
  });

  it('moves a person to another house: old ties and household end, ownership stays, the target house must be in reach', async () => {
    const w = await world();
    const p = await people.create(w.worker, person(w.house.id, { relation: 'owner' }));
    const spouse = await people.create(w.worker, person(w.house.id, { relation: 'family', headPersonId: p.id, relationToHead: '配偶' }));
    const host = await people.create(w.worker, person(w.house2.id, { relation: 'tenant' }));
    // A house beyond the caller, or a unit that is not a house: refused, nothing changed.
    expect(await code(changes.move(w.worker, p.id, { houseId: w.otherHouse.id, relation: 'resident' }))).toBe('404 NOT_FOUND');
    expect(await code(changes.move(w.worker, p.id, { houseId: w.committee.id, relation: 'resident' }))).toBe('400 NOT_A_HOUSE');
    expect(await code(changes.move(w.worker, p.id, { houseId: w.house.id, relation: 'resident' }))).toBe('400 PERSON_SAME_HOUSE');
    const theirs = await people.create(w.otherWorker, person(w.otherHouse.id));
    expect(await code(changes.move(w.worker, p.id, { houseId: w.house2.id, relation: 'family', headPersonId: theirs.id }))).toBe('400 HEAD_NOT_IN_HOUSE');
    expect((await row(p.id)).house_id).toBe(w.house.id);

    const since = yearsAgo(0);
    expect(await changes.move(w.worker, p.id, { houseId: w.house2.id, relation: 'family', headPersonId: host.id, relationToHead: '兄弟姐妹', since })).toEqual({
      id: p.id,
      houseId: w.house2.id,
    });
    const after = await row(p.id);
    expect(after.house_id).toBe(w.house2.id);
    expect(after.unit_path).toBe(w.house2.path);
    const ties = await t.core.db.selectFrom('person_house').select(['house_id', 'relation', 'until']).where('person_id', '=', p.id).orderBy('id').execute();
    expect(ties).toEqual([
      { house_id: w.house.id, relation: 'owner', until: null },
      { house_id: w.house2.id, relation: 'family', until: null },
    ]);
    expect(await householdOf(p.id)).toEqual([expect.objectContaining({ house_id: w.house2.id, head_person_id: host.id, relation_to_head: '兄弟姐妹' })]);
    // The household left behind keeps its member, headless until one is named.
    expect(await householdOf(spouse.id)).toEqual([expect.objectContaining({ house_id: w.house.id, head_person_id: null })]);
    const [audit] = await auditOf(p.id, 'people.person.move');
    expect(audit!.summary).toMatchObject({ before: { houseId: w.house.id }, after: { houseId: w.house2.id, relation: 'family', since } });
  });

  it('names a new head of household; a household the person is not in is not found', async () => {
    const w = await world();
    const head = await people.create(w.worker, person(w.house.id));
    const son = await people.create(w.worker, person(w.house.id, { relation: 'family', headPersonId: head.id, relationToHead: '子女' }));
    const [household] = await householdOf(son.id);
    const elsewhere = await people.create(w.worker, person(w.house2.id));
    const [other] = await householdOf(elsewhere.id);
    expect(await code(changes.makeHead(w.worker, son.id, other!.id))).toBe('404 NOT_FOUND');
    expect(await changes.makeHead(w.worker, son.id, household!.id)).toEqual({ householdId: household!.id, changed: true });
    expect(await householdOf(son.id)).toEqual([expect.objectContaining({ head_person_id: son.id, relation_to_head: '户主' })]);
    expect(await householdOf(head.id)).toEqual([expect.objectContaining({ head_person_id: son.id, relation_to_head: null })]);
    expect(await changes.makeHead(w.worker, son.id, household!.id)).toEqual({ householdId: household!.id, changed: false });
    expect(await auditOf(son.id, 'people.household.head')).toHaveLength(1);
  });

  it('records a move away and a death: ties, household and tags end, the lists and kept counts leave them out, the record stays', async () => {
    const w = await world();
    const old = await people.create(w.worker, person(w.house.id, { docNumber: makeResidentId('310106', yearsAgo(85), seq++ * 2) }));
    const wife = await people.create(
      w.worker,
      person(w.house.id, { docNumber: makeResidentId('310106', yearsAgo(83), seq++ * 2 + 1), relation: 'family', headPersonId: old.id }),
    );
    const tagsOf = async (id: number) => (await row(id)).tags;
    expect(await tagsOf(old.id)).toContain('C08');
    expect(await tagsOf(wife.id)).not.toContain('C11');
    const kept = async () =>
      Number(
        (
          await t.core.db
            .selectFrom('person_tag_count')
            .select((eb) => eb.fn.sum<number>('n').as('n'))
            .where('committee_path', '=', w.committee.path)
            .where('tag_code', '=', '*')
            .executeTakeFirst()
        )?.n ?? 0,
      );
    expect(await kept()).toBe(2);

    const tomorrow = new Date(Date.parse(`${todayInShanghai()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await changes.depart(w.worker, old.id, { kind: 'deceased', date: tomorrow }).catch((e) => e);
    expect(future).toMatchObject({ code: 'PERSON_INVALID', details: { problems: [{ field: 'date', code: 'DATE_INVALID' }] } });
    expect(await code(changes.depart(w.worker, old.id, { kind: 'deceased', date: '1900-01-01' }))).toBe('400 PERSON_INVALID');

    const day = todayInShanghai();
    await changes.depart(w.worker, old.id, { kind: 'moved_out', date: day, movedTo: ' 上海市闵行区 ' });
    const gone = await row(old.id);
    expect(gone).toMatchObject({ departed: 'moved_out', departed_on: day, moved_to: '上海市闵行区', house_id: null, unit_path: old.unit_path, tags: [] });
    expect(await t.core.db.selectFrom('person_house').select('until').where('person_id', '=', old.id).execute()).toEqual([{ until: day }]);
    expect(await householdOf(old.id)).toEqual([]);
    // His wife now lives alone; the household is hers to head.
    expect(await tagsOf(wife.id)).toContain('C11');
    expect(await kept()).toBe(1);
    const listed = await people.list(w.worker, { sort: 'address', desc: false, limit: 20, offset: 0, unitId: w.committee.id });
    expect(listed.items.map((p) => p.id)).toEqual([wife.id]);
    const departed = await people.list(w.worker, { sort: 'address', desc: false, limit: 20, offset: 0, unitId: w.committee.id, departed: true });
    expect(departed.items.map((p) => [p.id, p.departed])).toEqual([[old.id, 'moved_out']]);
    // The committee still opens the record.
    expect((await people.get(w.worker, old.id)).person.departed).toBe('moved_out');
    expect(await code(changes.depart(w.worker, old.id, { kind: 'moved_out', date: day }))).toBe('409 PERSON_MOVED_OUT');
    expect(await auditOf(old.id, 'people.person.move_out')).toHaveLength(1);

    // The daily rule pass does not tag them again.
    await recomputeRuleTags(t.core.db, w.committee.district_id, (await loadTagCatalog(t.core.db, w.committee.district_id)).rules, day);
    expect(await t.core.db.selectFrom('person_tag').select('tag_code').where('person_id', '=', old.id).where('end_date', 'is', null).execute()).toEqual([]);

    await changes.depart(w.worker, wife.id, { kind: 'deceased', date: day });
    expect(await row(wife.id)).toMatchObject({ departed: 'deceased', house_id: null, tags: [] });
    expect(await kept()).toBe(0);
    expect(await code(changes.depart(w.worker, wife.id, { kind: 'moved_out', date: day }))).toBe('409 PERSON_DECEASED');
    expect(await code(changes.move(w.worker, wife.id, { houseId: w.house2.id, relation: 'resident' }))).toBe('409 PERSON_DECEASED');
    expect(await auditOf(wife.id, 'people.person.deceased')).toHaveLength(1);

    // One who moved away comes back by moving into a house: living here again, counted again.
    await changes.move(w.worker, old.id, { houseId: w.house2.id, relation: 'owner' });
    expect(await row(old.id)).toMatchObject({ departed: null, departed_on: null, moved_to: null, house_id: w.house2.id });
    expect(await tagsOf(old.id)).toContain('C08');
    expect(await kept()).toBe(1);
  });
});
