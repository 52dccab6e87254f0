import type { Kysely } from 'kysely';
import type { Core, Work } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { SELFGOV } from './selfgov.policy.js';
import type { DecisionOutcome } from './selfgov.schema.js';
import type { TopicStep } from './meeting-type.catalog.js';
import { topicStepLabels } from './topic-step.labels.js';
import { openMeeting, topicFor } from './meeting.guard.js';
import * as repo from './meeting.repository.js';
import * as records from './meeting-record.repository.js';
import * as invitees from './invitee.repository.js';

export interface DecisionInput {
  topicId?: number | null;
  body: string;
  outcome: DecisionOutcome;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
}

/**
 * What a meeting does and produces: steps on the topics of its agenda (only those its type may perform),
 * opinions tracked to resolved or not, decisions, and the follow-up tasks they give. Once the minutes are
 * approved, the record of what happened is closed; opinions are still followed to their resolution.
 */
export class OutcomeService {
  constructor(private readonly core: Core) {}

  async performStep(actor: Actor, meetingId: number, input: { topicId: number; step: TopicStep; note?: string | null }) {
    this.core.assert(actor, SELFGOV.meet);
    return this.core.mutate(actor, async (w) => {
      const meeting = await this.recording(w.db, actor, meetingId);
      const topic = await this.agendaTopic(w.db, actor, meeting, input.topicId);
      this.allow(meeting, input.step);
      const row = await repo.insertStep(w.db, {
        meeting_id: meeting.id,
        topic_id: topic.id,
        step: input.step,
        note: input.note?.trim() || null,
        performed_by: actor.userId || null,
      });
      await w.audit({
        action: 'selfgov.topic.step',
        targetType: 'selfgov_topic',
        targetId: topic.id,
        districtId: topic.district_id,
        unitPath: topic.unit_path,
        summary: { meeting: meeting.id, step: input.step, note: row.note },
      });
      return row;
    });
  }

  async raiseOpinion(actor: Actor, meetingId: number, input: { topicId?: number | null; body: string; raisedBy?: string | null }) {
    this.core.assert(actor, SELFGOV.meet);
    const body = input.body.trim();
    if (!body) throw badRequest('SELFGOV_OPINION_EMPTY');
    return this.core.mutate(actor, async (w) => {
      const meeting = await this.recording(w.db, actor, meetingId);
      const topic = input.topicId ? await this.agendaTopic(w.db, actor, meeting, input.topicId) : null;
      const row = await records.insertOpinion(w.db, { meeting_id: meeting.id, topic_id: topic?.id ?? null, body, raised_by: input.raisedBy?.trim() || null });
      await this.audit(w, meeting, 'selfgov.opinion.raise', { opinion: row.id, topic: row.topic_id, body });
      return row;
    });
  }

  /** Opinions are followed after the meeting too, published or not: that is what 'tracked to resolved' means. */
  async resolveOpinion(actor: Actor, meetingId: number, opinionId: number, input: { resolved: boolean; resolution?: string | null }) {
    this.core.assert(actor, SELFGOV.meet);
    return this.core.mutate(actor, async (w) => {
      const meeting = await repo.lockVisible(w.db, actor.scope, meetingId);
      if (!meeting) throw notFound('meeting');
      const opinion = await records.findOpinion(w.db, meeting.id, opinionId);
      if (!opinion) throw notFound('opinion');
      const row = await records.resolveOpinion(w.db, opinion.id, input.resolved, input.resolution?.trim() || null);
      await this.audit(w, meeting, 'selfgov.opinion.resolve', { opinion: opinion.id, resolved: row.resolved, resolution: row.resolution });
      return row;
    });
  }

  async recordDecision(actor: Actor, meetingId: number, input: DecisionInput) {
    this.core.assert(actor, SELFGOV.meet);
    const body = input.body.trim();
    if (!body) throw badRequest('SELFGOV_DECISION_EMPTY');
    return this.core.mutate(actor, async (w) => {
      const meeting = await this.recording(w.db, actor, meetingId);
      const topic = input.topicId ? await this.agendaTopic(w.db, actor, meeting, input.topicId) : null;
      this.allow(meeting, 'decide');
      // A show of hands counts those present: more votes than sign-ins is a figure that cannot be true.
      const votes = (input.votesFor ?? 0) + (input.votesAgainst ?? 0) + (input.votesAbstain ?? 0);
      const present = votes > 0 ? await invitees.presentCount(w.db, meeting.id) : 0;
      if (votes > present) throw badRequest('SELFGOV_VOTES_EXCEED_PRESENT', { votes, present });
      const row = await records.insertDecision(w.db, {
        meeting_id: meeting.id,
        topic_id: topic?.id ?? null,
        body,
        outcome: input.outcome,
        votes_for: input.votesFor ?? null,
        votes_against: input.votesAgainst ?? null,
        votes_abstain: input.votesAbstain ?? null,
      });
      // The decision is a step of its topic's trail as well.
      if (topic) await repo.insertStep(w.db, { meeting_id: meeting.id, topic_id: topic.id, step: 'decide', note: body, performed_by: actor.userId || null });
      await this.audit(w, meeting, 'selfgov.decision.record', { decision: row.id, topic: row.topic_id, body, outcome: row.outcome });
      return row;
    });
  }

  async addFollowUp(actor: Actor, meetingId: number, input: { decisionId?: number | null; title: string; ownerName: string; dueOn: string }) {
    this.core.assert(actor, SELFGOV.meet);
    const title = input.title.trim();
    const ownerName = input.ownerName.trim();
    if (!title || !ownerName) throw badRequest('SELFGOV_FOLLOW_UP_EMPTY');
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, meetingId);
      if (input.decisionId && !(await records.findDecision(w.db, meeting.id, input.decisionId)))
        throw badRequest('SELFGOV_DECISION_UNKNOWN', { id: input.decisionId });
      const row = await records.insertFollowUp(w.db, {
        meeting_id: meeting.id,
        decision_id: input.decisionId ?? null,
        title,
        owner_name: ownerName,
        owner_user_id: null,
        due_on: input.dueOn,
      });
      await this.audit(w, meeting, 'selfgov.followUp.add', { followUp: row.id, title, owner: ownerName, dueOn: input.dueOn });
      return row;
    });
  }

  /** A meeting whose record is still open: not published, minutes not yet approved. */
  private async recording(db: Kysely<Database>, actor: Actor, id: number) {
    const meeting = await openMeeting(db, actor, id);
    if (meeting.minutes_status === 'approved') throw conflict('SELFGOV_MINUTES_LOCKED');
    return meeting;
  }

  private async agendaTopic(db: Kysely<Database>, actor: Actor, meeting: repo.MeetingRow, topicId: number) {
    const topic = await topicFor(db, actor, meeting, topicId);
    if (!(await repo.agendaTopic(db, meeting.id, topic.id))) throw badRequest('SELFGOV_TOPIC_NOT_ON_AGENDA');
    return topic;
  }

  private allow(meeting: repo.MeetingRow, step: TopicStep) {
    const type = meeting.type_snapshot;
    if (type.steps.includes(step)) return;
    const allowed = type.steps.map((s) => topicStepLabels[s]);
    throw badRequest('SELFGOV_STEP_NOT_ALLOWED', {
      typeZh: type.name.zh,
      typeEn: type.name.en,
      stepZh: topicStepLabels[step].zh,
      stepEn: topicStepLabels[step].en,
      allowedZh: allowed.map((l) => l.zh).join('、') || '无',
      allowedEn: allowed.map((l) => l.en).join(', ') || 'none',
    });
  }

  private audit(w: Work, meeting: repo.MeetingRow, action: string, summary: Record<string, unknown>) {
    return w.audit({ action, targetType: 'selfgov_meeting', targetId: meeting.id, districtId: meeting.district_id, unitPath: meeting.unit_path, summary });
  }
}
