import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { putCatalog } from '../../platform/catalog.js';
import { loadProfile } from '../../platform/profiles.js';
import { AppError } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { UnitService } from '../org/unit.service.js';
import { PersonService, type PersonInput } from './person.service.js';
import { VisitService } from './visit.service.js';
import { makeResidentId } from './id-number.js';
import { addresses } from './person.view.js';

let t: TestPlatform;
let people: PersonService;
let visits: VisitService;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );
let seq = 100;
const yearsAgo = (n: number, extraDays = 0) => {
  const d = new Date(todayInShanghai());
  d.setUTCFullYear(d.getUTCFullYear() - n);
  d.setUTCDate(d.getUTCDate() - extraDays);
  return d.toISOString().slice(0, 10);
};
const person = (houseId: number, over: Partial<PersonInput> = {}): PersonInput => ({
  name: '王秀兰',
  docType: 'resident_id',
  docNumber: makeResidentId('310106', yearsAgo(50), seq++ * 2),
  gender: null,
  birthDate: null,
  ethnicity: '汉族',
  phone: `139${String(10000000 + seq).slice(-8)}`,
  residence: 'registered_living',
  nationality: null,
  houseId,
  relation: 'owner',
  ...over,
});

async function world() {
  const committee = await makeUnit(t.core, 'committee');
  await putCatalog(t.core.db, committee.district_id, loadProfile('jingan').catalogs.find((c) => c.name === 'tags')!);
  const compound = await makeUnit(t.core, 'compound', { parentId: committee.id, name: '锦绣苑' });
  const building = await makeUnit(t.core, 'building', { parentId: compound.id, name: '3号楼' });
  const house = await makeUnit(t.core, 'house', { parentId: building.id, name: '3号楼201室' });
  const house2 = await makeUnit(t.core, 'house', { parentId: building.id, name: '3号楼202室' });
  const worker = await actorFor(t.core, 'committee_worker', committee.id);
  return { committee, compound, building, house, house2, worker };
}

beforeAll(async () => {
  t = await createTestPlatform();
  people = new PersonService(t.core);
  visits = new VisitService(t.core);
});
afterAll(() => t.close());

describe('persons', () => {
  it('stores ID numbers and phones encrypted, with masks and lookups, never in clear', async () => {
    const w = await world();
    const input = person(w.house.id, { docNumber: makeResidentId('310106', '1950-03-07', 123) });
    const row = await people.create(w.worker, input);
    const stored = await t.core.db.selectFrom('person').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(input.docNumber);
    expect(JSON.stringify(stored)).not.toContain(input.phone!);
    expect(stored.doc_masked).toBe(`310106********${input.docNumber.slice(-4)}`);
    expect(stored.phone_masked).toMatch(/^139\*\*\*\*\d{4}$/);
    expect(stored.gender).toBe('male');
    expect(stored.birth_date).toBe('1950-03-07');
    const audit = await t.core.db.selectFrom('audit_event').selectAll().where('target_type', '=', 'person').where('target_id', '=', String(row.id)).execute();
    expect(JSON.stringify(audit)).not.toContain(input.docNumber);
    expect(await code(people.create(w.worker, { ...input, name: '重复' }))).toBe('409 PERSON_EXISTS');
  });

  it('answers a number registered beyond the caller without saying who or where, and changes nothing', async () => {
    const w = await world();
    const street = await t.core.db.selectFrom('unit').selectAll().where('id', '=', w.committee.parent_id!).executeTakeFirstOrThrow();
    const otherCommittee = await makeUnit(t.core, 'committee', { parentId: street.id, name: '奉贤居委会' });
    const otherHouse = await makeUnit(t.core, 'house', {
      parentId: (await makeUnit(t.core, 'building', { parentId: (await makeUnit(t.core, 'compound', { parentId: otherCommittee.id })).id })).id,
    });
    const otherWorker = await actorFor(t.core, 'committee_worker', otherCommittee.id);
    const theirs = await people.create(otherWorker, person(otherHouse.id, { name: '奉贤人' }));
    const docNumber = t.core.crypto.decrypt(theirs.doc_enc);
    const refused = await people.create(w.worker, person(w.house.id, { name: '冒名', docNumber })).catch((e) => e);
    expect(refused).toMatchObject({ status: 409, code: 'PERSON_DOC_UNAVAILABLE' });
    expect(JSON.stringify(refused.params ?? {})).not.toContain('奉贤');
    // An update of one's own resident to that number: the same answer.
    const mine = await people.create(w.worker, person(w.house.id));
    expect(await code(people.update(w.worker, mine.id, person(w.house.id, { docNumber })))).toBe('409 PERSON_DOC_UNAVAILABLE');
    const after = await t.core.db.selectFrom('person').selectAll().where('id', '=', theirs.id).executeTakeFirstOrThrow();
    expect([after.name, after.house_id, after.unit_path]).toEqual([theirs.name, theirs.house_id, theirs.unit_path]);
    // Within one's own scope the name helps to find the record.
    const err = await people.create(w.worker, person(w.house.id, { docNumber: t.core.crypto.decrypt(mine.doc_enc) })).catch((e) => e);
    expect(err).toMatchObject({ code: 'PERSON_EXISTS', params: { name: mine.name } });
  });

  it('hangs a household only on a head who lives at the same house and whom the caller may see', async () => {
    const w = await world();
    const street = await t.core.db.selectFrom('unit').selectAll().where('id', '=', w.committee.parent_id!).executeTakeFirstOrThrow();
    const otherCommittee = await makeUnit(t.core, 'committee', { parentId: street.id });
    const otherHouse = await makeUnit(t.core, 'house', {
      parentId: (await makeUnit(t.core, 'building', { parentId: (await makeUnit(t.core, 'compound', { parentId: otherCommittee.id })).id })).id,
    });
    const stranger = await people.create(await actorFor(t.core, 'committee_worker', otherCommittee.id), person(otherHouse.id));
    const neighbour = await people.create(w.worker, person(w.house2.id));
    const head = await people.create(w.worker, person(w.house.id));
    for (const headPersonId of [stranger.id, neighbour.id, 2_000_000_000]) {
      expect(await code(people.create(w.worker, person(w.house.id, { headPersonId, relationToHead: '子女' })))).toBe('400 HEAD_NOT_IN_HOUSE');
    }
    expect(
      await code(people.update(w.worker, head.id, person(w.house.id, { docNumber: t.core.crypto.decrypt(head.doc_enc), headPersonId: stranger.id }))),
    ).toBe('400 HEAD_NOT_IN_HOUSE');
    const child = await people.create(w.worker, person(w.house.id, { headPersonId: head.id, relationToHead: '子女' }));
    const household = await t.core.db
      .selectFrom('household_member')
      .innerJoin('household', 'household.id', 'household_member.household_id')
      .select('household.head_person_id')
      .where('person_id', '=', child.id)
      .executeTakeFirstOrThrow();
    expect(household.head_person_id).toBe(head.id);
    expect(await t.core.db.selectFrom('household').select('id').where('head_person_id', '=', stranger.id).where('house_id', '=', w.house.id).execute()).toEqual(
      [],
    );
  });

  it('refuses a bad check digit with a message naming the field', async () => {
    const w = await world();
    const good = makeResidentId('310106', '1980-01-01', 11);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const err = await people.create(w.worker, person(w.house.id, { docNumber: bad })).catch((e) => e);
    expect(err.code).toBe('PERSON_INVALID');
    expect(err.params.summary).toBe('证件号码：校验位错误');
  });

  it('reveals a full number only with a purpose, audited with it', async () => {
    const w = await world();
    const input = person(w.house.id);
    const row = await people.create(w.worker, input);
    expect(await code(people.reveal(w.worker, row.id, 'docNumber', ' '))).toBe('400 PURPOSE_REQUIRED');
    expect(await people.reveal(w.worker, row.id, 'docNumber', '开具居住证明')).toBe(input.docNumber);
    expect(await people.reveal(w.worker, row.id, 'phone', '联系走访')).toBe(input.phone);
    const reads = await t.core.db
      .selectFrom('audit_event')
      .select(['purpose', 'summary'])
      .where('action', '=', 'people.person.reveal')
      .where('target_id', '=', String(row.id))
      .execute();
    expect(reads.map((r) => r.purpose)).toEqual(['开具居住证明', '联系走访']);
    const grid = await actorFor(t.core, 'grid_worker', w.committee.parent_id!);
    expect(await code(people.reveal(grid, row.id, 'docNumber', '好奇'))).toBe('403 FORBIDDEN');
  });

  it('computes 高龄 and 独居老人 from the data and recomputes when the household changes', async () => {
    const w = await world();
    const old = await people.create(w.worker, person(w.house.id, { docNumber: makeResidentId('310106', yearsAgo(82), 4) }));
    const tagsOf = async (id: number) => (await t.core.db.selectFrom('person').select('tags').where('id', '=', id).executeTakeFirstOrThrow()).tags;
    expect(await tagsOf(old.id)).toEqual(expect.arrayContaining(['C08', 'C09', 'C11', 'D05']));
    // A daughter moves in: no longer alone.
    await people.create(
      w.worker,
      person(w.house.id, { docNumber: makeResidentId('310106', yearsAgo(50), 6), relation: 'family', headPersonId: old.id, relationToHead: '女' }),
    );
    const now = await tagsOf(old.id);
    expect(now).toEqual(expect.arrayContaining(['C08', 'C09']));
    expect(now).not.toContain('C11');
    const ended = await t.core.db
      .selectFrom('person_tag')
      .select(['tag_code', 'end_date'])
      .where('person_id', '=', old.id)
      .where('tag_code', '=', 'C11')
      .executeTakeFirstOrThrow();
    expect(ended.end_date).toBe(todayInShanghai());
    // Someone registered here but living elsewhere does not keep anyone company.
    const w2 = await world();
    const alone = await people.create(w2.worker, person(w2.house.id, { docNumber: makeResidentId('310106', yearsAgo(70), 8) }));
    await people.create(
      w2.worker,
      person(w2.house.id, { docNumber: makeResidentId('310106', yearsAgo(40), 10), residence: 'registered_away', relation: 'family', headPersonId: alone.id }),
    );
    expect(await tagsOf(alone.id)).toContain('C11');
  });

  it('hides sensitive tags from those who may not see them, in lists, details and filters', async () => {
    const w = await world();
    const row = await people.create(w.worker, person(w.house.id));
    const catalog = loadProfile('jingan').catalogs.find((c) => c.name === 'tags')!;
    const groups = new Set((catalog.extra.groups as Array<{ code: string; sensitive: boolean }>).filter((g) => g.sensitive).map((g) => g.code));
    const sensitive = (catalog.entries as Array<{ code: string; sensitive?: boolean; group: string; rule?: unknown; target: string }>).find(
      (e) => (e.sensitive || groups.has(e.group)) && !e.rule && e.target === 'person',
    )!;
    expect(await people.setTag(w.worker, row.id, sensitive.code, true)).toBe(true);
    expect((await people.get(w.worker, row.id)).tags.map((x) => x.tag_code)).toContain(sensitive.code);
    const grid = await actorFor(t.core, 'grid_worker', w.committee.parent_id!, {});
    const leader = await actorFor(t.core, 'building_leader', w.building.id);
    const seen = await people.get(leader, row.id);
    expect(seen.tags.map((x) => x.tag_code)).not.toContain(sensitive.code);
    expect(seen.hidden.has(sensitive.code)).toBe(true);
    expect(await code(people.list(leader, { tags: [sensitive.code], sort: 'name', desc: false, limit: 20, offset: 0 }))).toBe('404 NOT_FOUND');
    void grid;
  });

  it('lists within scope with filters: territory, tags, age, no visit in N days, pinyin and last digits', async () => {
    const w = await world();
    const a = await people.create(w.worker, person(w.house.id, { name: '张秀英', docNumber: makeResidentId('310106', yearsAgo(85), 20) }));
    const b = await people.create(w.worker, person(w.house2.id, { name: '李明', docNumber: makeResidentId('310106', yearsAgo(30), 22) }));
    const other = await world();
    await people.create(other.worker, person(other.house.id, { name: '张秀英', docNumber: makeResidentId('310106', yearsAgo(85), 24) }));
    const ids = async (q: Parameters<PersonService['list']>[1]) => (await people.list(w.worker, q)).items.map((p) => p.id).sort();
    const base = { sort: 'name' as const, desc: false, limit: 50, offset: 0 };
    expect(await ids({ ...base })).toEqual([a.id, b.id].sort());
    // Each row's address comes with the page, the same as the lookup of the houses gives.
    const listed = await people.list(w.worker, { ...base });
    expect([...listed.addresses.entries()].sort()).toEqual([...(await addresses(t.core.db, [w.house.id, w.house2.id])).entries()].sort());
    expect(listed.addresses.get(w.house2.id)!.text).toContain('锦绣苑');
    expect(await ids({ ...base, q: 'zxy' })).toEqual([a.id]);
    expect(await ids({ ...base, q: 'zhangxiu' })).toEqual([a.id]);
    expect(await ids({ ...base, q: '秀英' })).toEqual([a.id]);
    // An address finds the residents: the house, and the compound for everyone in it.
    expect(await ids({ ...base, q: '3号楼202' })).toEqual([b.id]);
    expect(await ids({ ...base, q: '锦绣苑' })).toEqual([a.id, b.id].sort());
    const last4 = (await t.core.db.selectFrom('person').select('doc_last4').where('id', '=', b.id).executeTakeFirstOrThrow()).doc_last4;
    expect(await ids({ ...base, q: last4 })).toContain(b.id);
    expect(await ids({ ...base, tags: ['C11'] })).toEqual([a.id]);
    expect(await ids({ ...base, ageMin: 80 })).toEqual([a.id]);
    expect(await ids({ ...base, ageMax: 40 })).toEqual([b.id]);
    expect(await ids({ ...base, tags: ['C11'], noVisitDays: 90 })).toEqual([a.id]);
    await visits.record(w.worker, {
      clientId: `v-${w.house.id}-1`,
      houseId: w.house.id,
      visitedAt: new Date().toISOString(),
      kind: 'care',
      findings: '身体尚可',
      needs: [],
    });
    expect(await ids({ ...base, tags: ['C11'], noVisitDays: 90 })).toEqual([]);
    expect(await ids({ ...base, unitId: w.house2.id })).toEqual([b.id]);
    expect(await code(people.list(w.worker, { ...base, unitId: other.house.id }))).toBe('404 NOT_FOUND');
  });
});

describe('visits', () => {
  it('are idempotent by client id (an offline phone syncing twice) and cover households', async () => {
    const w = await world();
    await people.create(w.worker, person(w.house.id));
    const input = {
      clientId: `offline-${w.house.id}-abc`,
      houseId: w.house.id,
      visitedAt: new Date(Date.now() - 3600_000).toISOString(),
      kind: 'routine' as const,
      findings: '楼道堆物',
      needs: [{ text: '清理楼道堆物', category: 'environment' }],
    };
    const first = await visits.record(w.worker, input);
    const again = await visits.record(w.worker, input);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.visit.id).toBe(first.visit.id);
    const n = await t.core.db
      .selectFrom('visit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('client_id', '=', input.clientId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    expect(await code(visits.record(w.worker, { ...input, houseId: w.house2.id }))).toBe('409 VISIT_CONFLICT');
    const cov = await visits.coverage(w.worker, w.committee.id, `${todayInShanghai().slice(0, 4)}-01-01`);
    expect(cov).toMatchObject({ households: 1, visited: 1, visits: 1, needs: 1, solved: 0 });
    await people.create(w.worker, person(w.house2.id));
    const un = await visits.unvisited(w.worker, w.committee.id, `${todayInShanghai().slice(0, 4)}-01-01`, 1, 20);
    expect(un.items.map((i) => i.house_id)).toEqual([w.house2.id]);
  });

  it('emits an event per need, after commit, for appeals and topics to take up', async () => {
    const w = await world();
    const seen: unknown[] = [];
    t.core.bus.subscribe('people.visit.need_recorded', (e) => void seen.push(e.payload));
    await visits.record(w.worker, {
      clientId: `ev-${w.house.id}`,
      houseId: w.house.id,
      visitedAt: new Date().toISOString(),
      kind: 'care',
      findings: '',
      needs: [{ text: '需要助餐服务', category: 'elderly' }],
    });
    expect(seen).toEqual([expect.objectContaining({ text: '需要助餐服务', category: 'elderly', houseId: w.house.id })]);
  });
});

describe('territory changes', () => {
  it('moves people with their compound: the new committee sees them, the old one no longer does', async () => {
    const w = await world();
    const row = await people.create(w.worker, person(w.house.id));
    const otherCommittee = await makeUnit(t.core, 'committee', { parentId: w.committee.parent_id! });
    const street = await actorFor(t.core, 'street_staff', w.committee.parent_id!);
    await new UnitService(t.core).move(street, w.compound.id, otherCommittee.id, '划转');
    const newWorker = await actorFor(t.core, 'committee_worker', otherCommittee.id);
    expect(await code(people.get(newWorker, row.id))).toBe('ok');
    expect(await code(people.get(w.worker, row.id))).toBe('404 NOT_FOUND');
    const list = await people.list(newWorker, { sort: 'name', desc: false, limit: 10, offset: 0 });
    expect(list.items.map((p) => p.id)).toContain(row.id);
  });
});

describe('tag counts kept per committee', () => {
  // Runs after the tests above have created, tagged, re-tagged and moved people: the counts kept by the
  // triggers must equal a live count, committee by committee.
  it('equal a live count after every kind of change', async () => {
    const w = await world();
    const old = await people.create(w.worker, person(w.house.id, { docNumber: makeResidentId('310106', yearsAgo(85), 901) }));
    await people.create(w.worker, person(w.house2.id, { docNumber: makeResidentId('310106', yearsAgo(70), 902) }));
    // No route deletes a person (records end, they are not erased); a database administrator may.
    for (const table of ['person_tag', 'person_house', 'household_member'] as const)
      await t.core.db.deleteFrom(table).where('person_id', '=', old.id).execute();
    await t.core.db.updateTable('household').set({ head_person_id: null }).where('head_person_id', '=', old.id).execute();
    await t.core.db.deleteFrom('person').where('id', '=', old.id).execute();
    const live = (
      await sql<{ path: string; code: string; n: number }>`
        select linli_committee_path(p.unit_path) as path, t.code, count(*)::int as n
        from person p cross join unnest(array_append(p.tags, '*')) as t(code) group by 1, 2`.execute(t.core.db)
    ).rows;
    const kept = await t.core.db.selectFrom('person_tag_count').select(['committee_path as path', 'tag_code as code', 'n']).where('n', '<>', 0).execute();
    const key = (r: { path: string | null; code: string; n: number | string }) => `${r.path} ${r.code} ${Number(r.n)}`;
    expect(kept.map(key).sort()).toEqual(live.map(key).sort());
    expect(live.length).toBeGreaterThan(3);
  });
});
