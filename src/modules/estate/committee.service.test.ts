import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { type AppError, messageFor } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { todayInShanghai } from '../../platform/time.js';
import { PersonService, type PersonInput } from '../people/person.service.js';
import { makeResidentId } from '../people/id-number.js';
import { CommitteeService, TERM_STARTED } from './committee.service.js';
import { MemberService } from './member.service.js';
import { CompoundService } from './compound.service.js';
import { addDays } from './estate.rules.js';
import { code, estateWorld, withCatalogs } from './estate.testkit.js';

let t: TestPlatform;
let committees: CommitteeService;
let members: MemberService;
const started: DomainEvent[] = [];
let seq = 300;
const resident = (houseId: number, over: Partial<PersonInput> = {}): PersonInput => ({
  name: '陈美娟',
  docType: 'resident_id',
  docNumber: makeResidentId('310106', '1968-05-04', seq++ * 2),
  gender: null,
  birthDate: null,
  ethnicity: '汉族',
  phone: null,
  residence: 'registered_living',
  nationality: null,
  houseId,
  relation: 'owner',
  ...over,
});

beforeAll(async () => {
  t = await createTestPlatform();
  committees = new CommitteeService(t.core);
  members = new MemberService(t.core);
  t.core.bus.subscribe(TERM_STARTED, (e) => void started.push(e));
});
afterAll(() => t.close());

describe("owners' committee terms", () => {
  it('starts the first term (five years by default) and creates the committee with it, announcing the term', async () => {
    const w = await estateWorld(t.core);
    const r = await committees.startTerm(w.worker, w.compound.id, { startDate: '2021-07-01', electionDate: '2021-06-20', electionRef: '业主大会表决 2021-03' });
    expect(r.committee.name).toBe('锦绣苑业主委员会');
    expect(r.term).toMatchObject({ term_number: 1, start_date: '2021-07-01', end_date: '2026-06-30', status: 'current', election_ref: '业主大会表决 2021-03' });
    const event = started.find((e) => e.payload.termId === r.term.id)!;
    expect(event.payload).toMatchObject({
      compoundId: w.compound.id,
      committeeId: r.committee.id,
      termNumber: 1,
      electionRef: '业主大会表决 2021-03',
      previousTermId: null,
    });
  });

  it('re-election ends the previous term on the eve of the new one, and its members leave office with it', async () => {
    const w = await estateWorld(t.core);
    const first = await committees.startTerm(w.worker, w.compound.id, { startDate: '2020-01-01' });
    await members.add(w.worker, first.term.id, { name: '沈国平', role: 'director', phone: '13600001111' });
    await members.add(w.worker, first.term.id, { name: '顾秀珍', role: 'deputy' });
    await members.add(w.worker, first.term.id, { name: '陆卫东', role: 'member', until: '2022-05-31' });
    const second = await committees.startTerm(w.worker, w.compound.id, { startDate: '2024-11-15', carryOverMembers: true });
    expect(second.term.term_number).toBe(2);
    const terms = await t.core.db
      .selectFrom('owners_committee_term')
      .selectAll()
      .where('committee_id', '=', first.committee.id)
      .orderBy('term_number')
      .execute();
    expect(terms.map((x) => [x.status, x.ended_on])).toEqual([
      ['ended', '2024-11-14'],
      ['current', null],
    ]);
    const old = await t.core.db.selectFrom('owners_committee_member').select(['id', 'until']).where('term_id', '=', first.term.id).orderBy('id').execute();
    expect(old.map((m) => m.until)).toEqual(['2024-11-14', '2024-11-14', '2022-05-31']);
    // Re-elected: the two still in office sit again, in their roles, with their (sealed) phones.
    expect(second.members.map((m) => [m.name, m.role, m.since])).toEqual([
      ['沈国平', 'director', '2024-11-15'],
      ['顾秀珍', 'deputy', '2024-11-15'],
    ]);
    expect(await members.reveal(w.worker, second.members[0]!.id, '换届后联系主任')).toBe('13600001111');
    // A third term cannot start before the second did.
    const err = (await committees.startTerm(w.worker, w.compound.id, { startDate: '2024-11-15' }).catch((e) => e)) as AppError;
    expect(messageFor(err.code, err.params, 'zh-CN')).toBe('新一届任期须晚于第 2 届的开始日期（2024-11-15）');
    expect(started.filter((e) => e.payload.committeeId === first.committee.id).map((e) => e.payload.previousTermId)).toEqual([null, first.term.id]);
  });

  it('a term that ran out before the re-election ended on its planned last day', async () => {
    const w = await estateWorld(t.core);
    const first = await committees.startTerm(w.worker, w.compound.id, { startDate: '2018-03-01' });
    const today = todayInShanghai();
    expect((await new CompoundService(t.core).card(w.worker, w.compound.id)).committeeState).toBe('expired');
    await committees.startTerm(w.worker, w.compound.id, { startDate: addDays(today, -10) });
    const ended = await t.core.db.selectFrom('owners_committee_term').selectAll().where('id', '=', first.term.id).executeTakeFirstOrThrow();
    expect(ended.ended_on).toBe('2023-02-28');
    expect((await new CompoundService(t.core).card(w.worker, w.compound.id)).committeeState).toBe('current');
  });

  it("updates a term's end and election details, audited before and after", async () => {
    const w = await estateWorld(t.core);
    const r = await committees.startTerm(w.worker, w.compound.id, { startDate: '2023-01-01' });
    expect(await code(committees.updateTerm(w.worker, r.term.id, { endDate: '2022-12-31' }))).toBe('400 ESTATE_DATE_ORDER');
    await committees.updateTerm(w.worker, r.term.id, { endDate: '2028-06-30', electionDate: '2022-12-18', electionRef: 'vote:17' });
    const log = await t.core.db
      .selectFrom('audit_event')
      .select('summary')
      .where('action', '=', 'estate.term.update')
      .where('target_id', '=', String(r.term.id))
      .executeTakeFirstOrThrow();
    expect(log.summary).toMatchObject({
      before: { endDate: '2027-12-31', electionRef: null },
      after: { endDate: '2028-06-30', electionDate: '2022-12-18', electionRef: 'vote:17' },
    });
  });
});

describe('committee members', () => {
  it('links a member to a resident who lives in the compound or owns a house there, and no one else', async () => {
    const w = await estateWorld(t.core);
    await withCatalogs(t.core, w.committee.district_id);
    const people = new PersonService(t.core);
    const term = (await committees.startTerm(w.worker, w.compound.id, { startDate: '2024-01-01' })).term;
    const living = await people.create(w.worker, resident(w.house.id, { name: '施建华', relation: 'family' }));
    const linked = await members.add(w.worker, term.id, { role: 'director', personId: living.id });
    expect(linked).toMatchObject({ name: '施建华', person_id: living.id });

    // A resident of another compound of the same committee is not an owner here…
    const elsewhere = await estateWorld(t.core, { committeeId: w.committee.id, compoundName: '梅园新村' });
    const neighbour = await people.create(w.worker, resident(elsewhere.house.id, { name: '钱立新' }));
    const err = (await members.add(w.worker, term.id, { role: 'member', personId: neighbour.id }).catch((e) => e)) as AppError;
    expect(err.code).toBe('MEMBER_PERSON_NOT_HERE');
    expect(messageFor(err.code, err.params, 'zh-CN')).toBe('“钱立新”既不住在锦绣苑，也不是该小区的业主，不能关联为业委会成员');
    // …until they own a flat in it (an owner living elsewhere may sit on the committee).
    await t.core.db
      .insertInto('person_house')
      .values({
        district_id: w.committee.district_id,
        person_id: neighbour.id,
        house_id: w.house2.id,
        relation: 'owner',
        since: '2020-01-01',
        until: null,
        unit_path: w.house2.path,
      })
      .execute();
    expect(await code(members.add(w.worker, term.id, { role: 'member', personId: neighbour.id }))).toBe('ok');
    // A person the caller cannot see is not found, whatever they own.
    const far = await estateWorld(t.core);
    await withCatalogs(t.core, far.committee.district_id);
    const stranger = await people.create(far.worker, resident(far.house.id, { name: '外区居民' }));
    expect(await code(members.add(w.worker, term.id, { role: 'member', personId: stranger.id }))).toBe('404 NOT_FOUND');
  });

  it('keeps one director in office at a time and office dates within the term', async () => {
    const w = await estateWorld(t.core);
    const term = (await committees.startTerm(w.worker, w.compound.id, { startDate: '2024-01-01' })).term;
    const first = await members.add(w.worker, term.id, { name: '蒋德明', role: 'director' });
    const err = (await members.add({ ...w.worker, locale: 'en' }, term.id, { name: '姚美娟', role: 'director' }).catch((e) => e)) as AppError;
    expect(messageFor(err.code, err.params, 'en')).toBe('Term 1 already has a director, "蒋德明" (since 2024-01-01)');
    // The first director steps down; the next one takes over the following day.
    await members.update(w.worker, first.id, { role: 'director', until: '2025-03-31' });
    expect(await code(members.add(w.worker, term.id, { name: '姚美娟', role: 'director', since: '2025-04-01' }))).toBe('ok');
    expect(await code(members.add(w.worker, term.id, { name: '早于任期', role: 'member', since: '2023-12-31' }))).toBe('400 MEMBER_OUTSIDE_TERM');
    expect(await code(members.add(w.worker, term.id, { name: '', role: 'member' }))).toBe('400 ESTATE_NAME_EMPTY');
  });

  it("never keeps a member's phone in clear, shows it masked, and reveals it only with a purpose", async () => {
    const w = await estateWorld(t.core);
    const term = (await committees.startTerm(w.worker, w.compound.id, { startDate: '2024-01-01' })).term;
    const m = await members.add(w.worker, term.id, { name: '唐春花', role: 'member', phone: '15800001234' });
    const stored = await t.core.db.selectFrom('owners_committee_member').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('15800001234');
    const card = await new CompoundService(t.core).card(w.worker, w.compound.id);
    expect(JSON.stringify(card)).not.toContain('15800001234');
    expect(card.terms[0]!.members[0]!.phone_masked).toBe('158****1234');
    const audit = await t.core.db.selectFrom('audit_event').select('summary').where('target_type', '=', 'owners_committee_member').execute();
    expect(JSON.stringify(audit)).not.toContain('15800001234');
    const grid = await actorFor(t.core, 'grid_worker', w.committee.parent_id!);
    expect(await code(members.reveal(grid, m.id, '想看看'))).toBe('403 FORBIDDEN');
    expect(await code(members.reveal(w.worker, m.id, ''))).toBe('400 PURPOSE_REQUIRED');
    expect(await members.reveal(w.worker, m.id, '通知业委会会议')).toBe('15800001234');
  });

  it("refuses terms and members outside the caller's scope", async () => {
    const w = await estateWorld(t.core);
    const term = (await committees.startTerm(w.worker, w.compound.id, { startDate: '2024-01-01' })).term;
    const m = await members.add(w.worker, term.id, { name: '严志强', role: 'member' });
    const neighbour = await actorFor(t.core, 'committee_worker', (await makeUnit(t.core, 'committee', { parentId: w.committee.parent_id! })).id);
    expect(await code(committees.startTerm(neighbour, w.compound.id, { startDate: '2025-01-01' }))).toBe('404 NOT_FOUND');
    expect(await code(committees.updateTerm(neighbour, term.id, { endDate: '2030-01-01' }))).toBe('404 NOT_FOUND');
    expect(await code(members.add(neighbour, term.id, { name: '越界', role: 'member' }))).toBe('404 NOT_FOUND');
    expect(await code(members.update(neighbour, m.id, { name: '越界', role: 'member' }))).toBe('404 NOT_FOUND');
    expect(await code(members.remove(neighbour, m.id))).toBe('404 NOT_FOUND');
    expect(await code(members.reveal(neighbour, m.id, '越界查看'))).toBe('404 NOT_FOUND');
    expect(await code(new CompoundService(t.core).card(neighbour, w.compound.id))).toBe('404 NOT_FOUND');
  });
});
