import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { type AppError, messageFor } from '../../platform/errors.js';
import { MeetingService } from './meeting.service.js';
import { AttendanceService } from './attendance.service.js';
import { MinutesService } from './minutes.service.js';
import { OutcomeService } from './outcome.service.js';
import { TopicService } from './topic.service.js';
import { giveMeetingTypes } from './meeting.testkit.js';
import { SIGN_IN_ALPHABET } from './sign-in.code.js';

let t: TestPlatform;
let meetings: MeetingService;
let attendance: AttendanceService;
let minutes: MinutesService;
let outcomes: OutcomeService;
let topics: TopicService;
beforeAll(async () => {
  t = await createTestPlatform();
  meetings = new MeetingService(t.core);
  attendance = new AttendanceService(t.core);
  minutes = new MinutesService(t.core);
  outcomes = new OutcomeService(t.core);
  topics = new TopicService(t.core);
});
afterAll(() => t.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: AppError) => `${e.status} ${e.code}`,
  );
const error = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: AppError) => e,
  );

/** A street with two committees of a district that has Jing'an's meeting types, and the people who run them. */
async function world() {
  const committee = await makeUnit(t.core, 'committee');
  const neighbour = await makeUnit(t.core, 'committee', { parentId: committee.parent_id! });
  await giveMeetingTypes(t.core, committee.district_id);
  const worker = await actorFor(t.core, 'committee_worker', committee.id);
  const head = await actorFor(t.core, 'committee_head', committee.id);
  const street = await actorFor(t.core, 'street_staff', committee.parent_id!);
  const topic = await topics.create(worker, committee.id, { title: '老旧多层住宅加装电梯' });
  const theirs = await topics.create(street, neighbour.id, { title: '隔壁小区停车' });
  return { committee, neighbour, worker, head, street, topic, theirs };
}

const hearing = {
  typeCode: 'MT01',
  title: '加装电梯听证会',
  startsAt: new Date('2026-04-20T06:00:00Z'),
  mode: 'both' as const,
  place: '居委会会议室',
  onlineUrl: 'https://meet.example.cn/123',
};
const coordination = { ...hearing, typeCode: 'MT02', title: '加装电梯协调会' };

describe('a meeting of a committee', () => {
  it('invites by role within its unit, puts topics of its own territory on the agenda, and hides others behind not found', async () => {
    const w = await world();
    const meeting = await meetings.create(w.worker, w.committee.id, hearing);
    const d = await meetings.get(w.worker, meeting.id);
    expect(
      d.invitees
        .filter((i) => !i.is_group)
        .map((i) => i.user_id)
        .sort(),
    ).toEqual([w.worker.userId, w.head.userId].sort());
    expect(d.invitees.filter((i) => i.is_group).map((i) => i.role_key)).toEqual(['residentReps', 'affectedResidents', 'departments']);
    for (const i of d.invitees.filter((x) => !x.is_group)) expect([...i.sign_in_code!].every((c) => SIGN_IN_ALPHABET.includes(c))).toBe(true);
    // Those with an account are invited in the app; the worker who called the meeting is not told of it.
    const told = await t.core.db
      .selectFrom('notification')
      .select(['user_id', 'title', 'title_en', 'data'])
      .where('kind', '=', 'selfgov.meeting.invited')
      .where('user_id', 'in', [w.head.userId, w.worker.userId])
      .execute();
    expect(told).toEqual([
      { user_id: w.head.userId, title: '会议邀请：加装电梯听证会', title_en: 'Invitation: 加装电梯听证会', data: { meetingId: meeting.id, type: 'MT01' } },
    ]);

    await meetings.addAgendaItem(w.worker, meeting.id, { topicId: w.topic.id, presenter: '王主任', startsAt: '14:00', minutes: 30 });
    expect((await meetings.get(w.worker, meeting.id)).agenda.map((a) => [a.topic_title, a.presenter, a.starts_at, a.minutes])).toEqual([
      ['老旧多层住宅加装电梯', '王主任', '14:00', 30],
    ]);
    // The street sees both committees' topics, and still cannot put the neighbour's on this committee's meeting.
    const foreign = await error(meetings.addAgendaItem(w.street, meeting.id, { topicId: w.theirs.id }));
    const missing = await error(meetings.addAgendaItem(w.street, meeting.id, { topicId: 2_000_000_000 }));
    expect([foreign?.status, foreign?.code, foreign?.params]).toEqual([missing?.status, missing?.code, missing?.params]);
    expect(foreign?.code).toBe('NOT_FOUND');
    expect(await code(meetings.addAgendaItem(w.worker, meeting.id, { topicId: w.topic.id }))).toBe('409 SELFGOV_TOPIC_ON_AGENDA');

    const other = await actorFor(t.core, 'committee_worker', w.neighbour.id);
    expect(await code(meetings.get(other, meeting.id))).toBe('404 NOT_FOUND');
    expect(await code(meetings.addAgendaItem(other, meeting.id, { topicId: w.theirs.id }))).toBe('404 NOT_FOUND');
    expect(await code(meetings.create(other, w.committee.id, hearing))).toBe('404 NOT_FOUND');
    const grid = await actorFor(t.core, 'grid_worker', w.committee.parent_id!);
    expect(await code(meetings.create(grid, w.committee.id, hearing))).toBe('403 FORBIDDEN');
    const audit = await t.core.db
      .selectFrom('audit_event')
      .select('action')
      .where('target_type', '=', 'selfgov_meeting')
      .where('target_id', '=', String(meeting.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['selfgov.meeting.create', 'selfgov.meeting.agenda']);
  });

  it('is held only by a unit of its level, never for an agency, and needs a place and a link as its mode says', async () => {
    const w = await world();
    expect(await code(meetings.create(w.street, w.committee.parent_id!, hearing))).toBe('400 SELFGOV_MEETING_LEVEL');
    expect(await code(meetings.create(w.worker, w.committee.id, { ...hearing, typeCode: 'MT04' }))).toBe('400 SELFGOV_MEETING_TYPE_AGENCY');
    expect(await code(meetings.create(w.worker, w.committee.id, { ...hearing, onlineUrl: null }))).toBe('400 SELFGOV_MEETING_LINK_MISSING');
    expect(await code(meetings.create(w.worker, w.committee.id, { ...hearing, mode: 'in_person', place: ' ' }))).toBe('400 SELFGOV_MEETING_PLACE_MISSING');
    const streetMeeting = await meetings.create(w.street, w.committee.parent_id!, { ...hearing, typeCode: 'MT09', title: '社区代表会议' });
    // A street's meeting takes topics from its committees.
    await meetings.addAgendaItem(w.street, streetMeeting.id, { topicId: w.theirs.id });
    await meetings.addAgendaItem(w.street, streetMeeting.id, { topicId: w.topic.id });
    expect((await meetings.get(w.street, streetMeeting.id)).agenda.map((a) => a.position)).toEqual([1, 2]);
  });

  it('refuses a topic step its type cannot perform, saying which it can in Chinese and English', async () => {
    const w = await world();
    const meeting = await meetings.create(w.worker, w.committee.id, hearing);
    expect(await code(outcomes.performStep(w.worker, meeting.id, { topicId: w.topic.id, step: 'consult' }))).toBe('400 SELFGOV_TOPIC_NOT_ON_AGENDA');
    await meetings.addAgendaItem(w.worker, meeting.id, { topicId: w.topic.id });
    await outcomes.performStep(w.worker, meeting.id, { topicId: w.topic.id, step: 'consult', note: '听取12位居民意见' });
    const refused = (await error(outcomes.performStep(w.worker, meeting.id, { topicId: w.topic.id, step: 'decide' })))!;
    expect([refused.status, refused.code]).toEqual([400, 'SELFGOV_STEP_NOT_ALLOWED']);
    expect(messageFor(refused.code, refused.params, 'zh-CN')).toBe('「听证会」不能对议题执行「决议」，该类会议可执行：协商听证');
    expect(messageFor(refused.code, refused.params, 'en')).toBe('A "Hearing" cannot decide a topic; this type of meeting can: consult');
    expect(await code(outcomes.recordDecision(w.worker, meeting.id, { topicId: w.topic.id, body: '同意加装', outcome: 'adopted' }))).toBe(
      '400 SELFGOV_STEP_NOT_ALLOWED',
    );
    expect((await meetings.get(w.worker, meeting.id)).steps.map((s) => s.step)).toEqual(['consult']);
    const trail = await t.core.db
      .selectFrom('audit_event')
      .select('action')
      .where('target_type', '=', 'selfgov_topic')
      .where('target_id', '=', String(w.topic.id))
      .execute();
    expect(trail.map((a) => a.action)).toContain('selfgov.topic.step');
  });

  it('signs invitees in by their code or by the worker, once each, and counts the quorum against the type', async () => {
    const w = await world();
    const meeting = await meetings.create(w.worker, w.committee.id, hearing);
    const rep1 = await attendance.addByName(w.worker, meeting.id, { roleKey: 'residentReps', name: '李阿姨' });
    await attendance.addByName(w.worker, meeting.id, { roleKey: 'residentReps', name: '张师傅' });
    expect(await code(attendance.addByName(w.worker, meeting.id, { roleKey: 'propertyCompany', name: '物业经理' }))).toBe('400 SELFGOV_INVITEE_ROLE_UNKNOWN');
    let d = await meetings.get(w.worker, meeting.id);
    // Four people invited, half must sign in; two groups are still to be named.
    expect(d.quorum).toMatchObject({ required: true, invited: 4, present: 0, needed: 2, met: false, groupsUnfilled: 2 });

    const typed = rep1.sign_in_code!.toLowerCase().replace(/(...)/, '$1 ');
    await attendance.signInByCode(w.worker, meeting.id, typed);
    expect(await code(attendance.signInByCode(w.worker, meeting.id, rep1.sign_in_code!))).toBe('409 SELFGOV_SIGNED_IN_ALREADY');
    expect(await code(attendance.signInByCode(w.worker, meeting.id, 'OOOO00'))).toBe('400 SELFGOV_SIGN_IN_CODE_UNKNOWN');
    const headRow = d.invitees.find((i) => i.user_id === w.head.userId)!;
    await attendance.markPresent(w.worker, meeting.id, headRow.id);
    const group = d.invitees.find((i) => i.is_group)!;
    expect(await code(attendance.markPresent(w.worker, meeting.id, group.id))).toBe('400 SELFGOV_INVITEE_GROUP');

    d = await meetings.get(w.worker, meeting.id);
    expect(d.quorum).toMatchObject({ invited: 4, present: 2, needed: 2, met: true });
    expect(d.invitees.filter((i) => i.signed_in_at).map((i) => [i.name, i.signed_in_how])).toEqual(
      expect.arrayContaining([
        ['李阿姨', 'code'],
        [headRow.name, 'worker'],
      ]),
    );
    // A code of one meeting does not sign anyone in at another.
    const second = await meetings.create(w.worker, w.committee.id, hearing);
    expect(await code(attendance.signInByCode(w.worker, second.id, rep1.sign_in_code!))).toBe('400 SELFGOV_SIGN_IN_CODE_UNKNOWN');
  });

  it('keeps minutes, opinions, decisions and follow-ups; approved minutes lock the record, publication ends it', async () => {
    const w = await world();
    const meeting = await meetings.create(w.worker, w.committee.id, coordination);
    await meetings.addAgendaItem(w.worker, meeting.id, { topicId: w.topic.id });
    const opinion = await outcomes.raiseOpinion(w.worker, meeting.id, { topicId: w.topic.id, body: '一楼住户担心采光', raisedBy: '101室' });
    const vote = { topicId: w.topic.id, body: '同意启动加装电梯意见征询', outcome: 'adopted' as const, votesFor: 2, votesAgainst: 1, votesAbstain: 0 };
    for (const name of ['业委会主任', '物业经理']) {
      const roleKey = name === '物业经理' ? 'propertyCompany' : 'ownersCommittee';
      await attendance.markPresent(w.worker, meeting.id, (await attendance.addByName(w.worker, meeting.id, { roleKey, name })).id);
    }
    // Two signed in cannot cast three votes.
    const refused = (await error(outcomes.recordDecision(w.worker, meeting.id, vote)))!;
    expect([refused.code, messageFor(refused.code, refused.params, 'zh-CN')]).toEqual(['SELFGOV_VOTES_EXCEED_PRESENT', '表决票数 3 多于签到人数 2，请核对']);
    const decision = await outcomes.recordDecision(w.worker, meeting.id, { ...vote, votesAgainst: 0 });
    await outcomes.addFollowUp(w.worker, meeting.id, { decisionId: decision.id, title: '联系设计单位出方案', ownerName: '王主任', dueOn: '2026-05-15' });
    expect(await code(outcomes.addFollowUp(w.worker, meeting.id, { decisionId: 2_000_000_000, title: 'x', ownerName: 'y', dueOn: '2026-05-15' }))).toBe(
      '400 SELFGOV_DECISION_UNKNOWN',
    );

    expect(await code(meetings.publish(w.worker, meeting.id))).toBe('409 SELFGOV_MINUTES_NOT_APPROVED');
    expect(await code(minutes.approve(w.head, meeting.id))).toBe('409 SELFGOV_MINUTES_NOT_DRAFTED');
    await minutes.draft(w.worker, meeting.id, '会议由王主任主持……');
    await minutes.draft(w.worker, meeting.id, '会议由王主任主持，讨论加装电梯。');
    expect(await code(minutes.approve(w.worker, meeting.id))).toBe('403 FORBIDDEN');
    await minutes.approve(w.head, meeting.id);
    expect(await code(minutes.draft(w.worker, meeting.id, '改'))).toBe('409 SELFGOV_MINUTES_LOCKED');
    expect(await code(outcomes.recordDecision(w.worker, meeting.id, { body: '追加', outcome: 'adopted' }))).toBe('409 SELFGOV_MINUTES_LOCKED');

    await meetings.publish(w.worker, meeting.id);
    // Opinions are followed to their end after publication; nothing else changes.
    await outcomes.resolveOpinion(w.worker, meeting.id, opinion.id, { resolved: true, resolution: '设计方案避开一楼窗户' });
    expect(await code(meetings.addAgendaItem(w.worker, meeting.id, { topicId: w.topic.id }))).toBe('409 SELFGOV_MEETING_PUBLISHED');

    const d = await meetings.get(w.street, meeting.id);
    expect(d.meeting).toMatchObject({ status: 'published', minutes_status: 'approved', minutes: '会议由王主任主持，讨论加装电梯。' });
    expect(d.opinions.map((o) => [o.body, o.resolved, o.resolution])).toEqual([['一楼住户担心采光', true, '设计方案避开一楼窗户']]);
    expect(d.decisions.map((x) => [x.body, x.outcome, x.votes_for, x.votes_against])).toEqual([['同意启动加装电梯意见征询', 'adopted', 2, 0]]);
    expect(d.followUps.map((f) => [f.title, f.owner_name, f.due_on])).toEqual([['联系设计单位出方案', '王主任', '2026-05-15']]);
    expect(d.steps.map((s) => s.step)).toEqual(['decide']);
  });

  it('can be deleted while it took no decision, and not after', async () => {
    const w = await world();
    const empty = await meetings.create(w.worker, w.committee.id, coordination);
    await meetings.addAgendaItem(w.worker, empty.id, { topicId: w.topic.id });
    await meetings.remove(w.worker, empty.id);
    expect(await code(meetings.get(w.worker, empty.id))).toBe('404 NOT_FOUND');

    const decided = await meetings.create(w.worker, w.committee.id, coordination);
    await outcomes.recordDecision(w.worker, decided.id, { body: '暂缓', outcome: 'deferred' });
    const refused = (await error(meetings.remove(w.worker, decided.id)))!;
    expect([refused.status, refused.code, messageFor(refused.code, refused.params, 'zh-CN')]).toEqual([
      409,
      'SELFGOV_MEETING_HAS_DECISIONS',
      '会议已形成 1 项决议，不能删除',
    ]);
    expect((await meetings.get(w.worker, decided.id)).decisions).toHaveLength(1);
  });
});
