import type { Core, Work } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { findVisibleUnit } from '../org/index.js';
import { SELFGOV } from './selfgov.policy.js';
import type { MeetingMode } from './selfgov.schema.js';
import { loadMeetingTypes, type MeetingType } from './meeting-type.catalog.js';
import { openMeeting, topicFor } from './meeting.guard.js';
import { inviteesFor } from './invitation.resolver.js';
import { quorumOf } from './meeting.quorum.js';
import * as repo from './meeting.repository.js';
import * as invitees from './invitee.repository.js';
import * as records from './meeting-record.repository.js';

export interface MeetingInput {
  typeCode: string;
  title: string;
  startsAt: Date;
  mode: MeetingMode;
  place?: string | null;
  onlineUrl?: string | null;
}

export interface AgendaInput {
  topicId: number;
  presenter?: string | null;
  startsAt?: string | null;
  minutes?: number | null;
}

const LEVEL = {
  committee: { zh: '居委会', en: "residents' committee" },
  street: { zh: '街道', en: 'street' },
} as const;

/**
 * Meetings of a committee or a street, of one of the district's meeting types: called with the invitees the
 * type names, given an agenda of topics, deleted only while they produced no decision, published once their
 * minutes are approved.
 */
export class MeetingService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, f: { unitId?: number; page: number; pageSize: number }) {
    this.core.assert(actor, SELFGOV.read);
    let unitPath: string | undefined;
    if (f.unitId) {
      const unit = await findVisibleUnit(this.core.db, actor.scope, f.unitId);
      if (!unit) throw notFound('unit');
      unitPath = unit.path;
    }
    return repo.list(this.core.db, actor.scope, { unitPath, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
  }

  /** A meeting as its page shows it: the meeting, its agenda, who is invited and present, then what it produced. */
  async get(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.read);
    const db = this.core.db;
    const meeting = await repo.findVisible(db, actor.scope, id);
    if (!meeting) throw notFound('meeting');
    const [agenda, people, steps, opinions, decisions, followUps] = await Promise.all([
      repo.agendaOf(db, id),
      invitees.ofMeeting(db, id),
      repo.stepsOf(db, id),
      records.opinionsOf(db, id),
      records.decisionsOf(db, id),
      records.followUpsOf(db, id),
    ]);
    const quorum = quorumOf(
      meeting.type_snapshot.quorum,
      people.map((p) => ({ roleKey: p.role_key, isGroup: p.is_group, present: !!p.signed_in_at })),
    );
    return { meeting, agenda, invitees: people, quorum, steps, opinions, decisions, followUps };
  }

  async create(actor: Actor, unitId: number, input: MeetingInput) {
    this.core.assert(actor, SELFGOV.meet);
    const fields = this.fields(input);
    return this.core.mutate(actor, async (w) => {
      const unit = await findVisibleUnit(w.db, actor.scope, unitId);
      if (!unit || unit.retired_at) throw notFound('unit');
      const type = (await loadMeetingTypes(w.db, unit.district_id)).byCode.get(input.typeCode);
      if (!type) throw badRequest('SELFGOV_MEETING_TYPE_UNKNOWN', { code: input.typeCode });
      this.checkType(type, unit.type);
      const meeting = await repo.insert(w.db, {
        district_id: unit.district_id,
        unit_id: unit.id,
        unit_path: unit.path,
        type_code: type.code,
        type_snapshot: JSON.stringify(type),
        created_by: actor.userId || null,
        ...fields,
      });
      const rows = await inviteesFor(w.db, meeting, type);
      await invitees.insertMany(w.db, rows);
      await this.invite(
        w,
        meeting,
        rows.flatMap((r) => (r.user_id ? [r.user_id] : [])),
      );
      await w.audit({
        action: 'selfgov.meeting.create',
        targetType: 'selfgov_meeting',
        targetId: meeting.id,
        districtId: unit.district_id,
        unitPath: unit.path,
        summary: { type: type.code, title: fields.title, startsAt: fields.starts_at, invitees: rows.filter((r) => !r.is_group).length },
      });
      return meeting;
    });
  }

  async addAgendaItem(actor: Actor, meetingId: number, input: AgendaInput) {
    this.core.assert(actor, SELFGOV.meet);
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, meetingId);
      const topic = await topicFor(w.db, actor, meeting, input.topicId);
      if (await repo.agendaTopic(w.db, meeting.id, topic.id)) throw conflict('SELFGOV_TOPIC_ON_AGENDA');
      const item = await repo.appendAgendaItem(w.db, {
        meeting_id: meeting.id,
        topic_id: topic.id,
        presenter: input.presenter?.trim() || null,
        starts_at: input.startsAt ?? null,
        minutes: input.minutes ?? null,
      });
      await w.audit({
        action: 'selfgov.meeting.agenda',
        targetType: 'selfgov_meeting',
        targetId: meeting.id,
        districtId: meeting.district_id,
        unitPath: meeting.unit_path,
        summary: { topic: topic.id, title: topic.title, position: item.position },
      });
      return item;
    });
  }

  /** A meeting that took decisions is part of the record those decisions stand on: it stays. */
  async remove(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.meet);
    await this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, id);
      const count = await records.countDecisions(w.db, meeting.id);
      if (count > 0) throw conflict('SELFGOV_MEETING_HAS_DECISIONS', { count });
      await repo.remove(w.db, meeting.id);
      await w.audit({
        action: 'selfgov.meeting.delete',
        targetType: 'selfgov_meeting',
        targetId: meeting.id,
        districtId: meeting.district_id,
        unitPath: meeting.unit_path,
        summary: { type: meeting.type_code, title: meeting.title, startsAt: meeting.starts_at.toISOString() },
      });
    });
  }

  async publish(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.meet);
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, id);
      if (meeting.minutes_status !== 'approved') throw conflict('SELFGOV_MINUTES_NOT_APPROVED');
      const after = await repo.update(w.db, meeting.id, { status: 'published', published_at: new Date() });
      await w.audit({
        action: 'selfgov.meeting.publish',
        targetType: 'selfgov_meeting',
        targetId: meeting.id,
        districtId: meeting.district_id,
        unitPath: meeting.unit_path,
        summary: { title: meeting.title },
      });
      return after;
    });
  }

  /** In-app invitations to those with an account; the worker reaches the named ones and the groups. */
  private async invite(w: Work, meeting: repo.MeetingRow, userIds: number[]) {
    const when = meeting.starts_at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
    const where = [meeting.place, meeting.online_url].filter(Boolean).join(' / ');
    await this.core.notifier.notify(w, {
      userIds: userIds.filter((u) => u !== w.actor.userId),
      kind: 'selfgov.meeting.invited',
      title: { zh: `会议邀请：${meeting.title}`, en: `Invitation: ${meeting.title}` },
      body: { zh: `${when}，${where}`, en: `${when}, ${where}` },
      // The meeting desk and its phone page come with the module's pages; until then the invitation says it all.
      link: null,
      data: { meetingId: meeting.id, type: meeting.type_code },
    });
  }

  private checkType(type: MeetingType, unitType: string) {
    const names = { typeZh: type.name.zh, typeEn: type.name.en };
    if (type.kind === 'agency') throw badRequest('SELFGOV_MEETING_TYPE_AGENCY', names);
    if (unitType !== type.level) {
      const level = LEVEL[type.level];
      throw badRequest('SELFGOV_MEETING_LEVEL', { ...names, levelZh: level.zh, levelEn: level.en });
    }
  }

  private fields(input: MeetingInput) {
    const title = input.title.trim();
    if (!title) throw badRequest('SELFGOV_MEETING_TITLE_EMPTY');
    const place = input.place?.trim() || null;
    const onlineUrl = input.onlineUrl?.trim() || null;
    if (input.mode !== 'online' && !place) throw badRequest('SELFGOV_MEETING_PLACE_MISSING');
    if (input.mode !== 'in_person' && !onlineUrl) throw badRequest('SELFGOV_MEETING_LINK_MISSING');
    return { title, starts_at: input.startsAt, mode: input.mode, place, online_url: input.mode === 'in_person' ? null : onlineUrl };
  }
}
