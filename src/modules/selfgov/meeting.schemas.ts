import { Type } from '@sinclair/typebox';
import { Day, Id, Label, Nullable } from '../../platform/http/schemas.js';
import { MeetingTypeEntry, TOPIC_STEPS } from './meeting-type.catalog.js';
import type { MeetingRow } from './meeting.repository.js';
import type { InviteeRow } from './invitee.repository.js';
import type { MeetingService } from './meeting.service.js';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Mode = Type.Union([Type.Literal('in_person'), Type.Literal('online'), Type.Literal('both')]);
export const Step = Type.Union(TOPIC_STEPS.map((s) => Type.Literal(s)));
const Outcome = Type.Union([Type.Literal('adopted'), Type.Literal('rejected'), Type.Literal('deferred')]);
const Count = Type.Integer({ minimum: 0, maximum: 100_000 });

export const MeetingTypesView = Type.Object({ types: Type.Array(MeetingTypeEntry), roles: Type.Record(Type.String(), Label) });

export const CreateBody = Type.Object({
  unitId: Id({ description: '召开会议的居委会或街道 / the committee or street holding the meeting' }),
  typeCode: Type.String({ minLength: 1, maxLength: 40 }),
  title: Text(200),
  startsAt: Type.String({ format: 'date-time' }),
  mode: Mode,
  place: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  onlineUrl: Type.Optional(Nullable(Type.String({ maxLength: 500, pattern: '^https?://' }))),
});

export const AgendaBody = Type.Object({
  topicId: Id(),
  presenter: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  startsAt: Type.Optional(Nullable(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: '时段开始 HH:MM / slot start' }))),
  minutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1440 }))),
});

export const SignInBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) });
export const InviteBody = Type.Object({ roleKey: Type.String({ minLength: 1, maxLength: 40 }), name: Text(50) });
export const StepBody = Type.Object({ topicId: Id(), step: Step, note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) });
export const OpinionBody = Type.Object({
  topicId: Type.Optional(Nullable(Id())),
  body: Text(2000),
  raisedBy: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
});
export const ResolveBody = Type.Object({ resolved: Type.Boolean(), resolution: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) });
export const DecisionBody = Type.Object({
  topicId: Type.Optional(Nullable(Id())),
  body: Text(2000),
  outcome: Outcome,
  votesFor: Type.Optional(Nullable(Count)),
  votesAgainst: Type.Optional(Nullable(Count)),
  votesAbstain: Type.Optional(Nullable(Count)),
});
export const FollowUpBody = Type.Object({ decisionId: Type.Optional(Nullable(Id())), title: Text(200), ownerName: Text(50), dueOn: Day() });
export const MinutesBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }) });

export const MeetingView = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  typeCode: Type.String(),
  typeName: Label,
  title: Type.String(),
  startsAt: Type.String(),
  mode: Mode,
  place: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  status: Type.Union([Type.Literal('planned'), Type.Literal('published')]),
  minutesStatus: Type.Union([Type.Literal('none'), Type.Literal('draft'), Type.Literal('approved')]),
  publishedAt: Nullable(Type.String()),
});

const InviteeView = Type.Object({
  id: Type.Integer(),
  roleKey: Type.String(),
  name: Nullable(Type.String()),
  isGroup: Type.Boolean(),
  /** Shown to those who run the meeting only: it is what lets an invitee sign in. */
  signInCode: Nullable(Type.String()),
  signedInAt: Nullable(Type.String()),
  signedInHow: Nullable(Type.String()),
});

export const MeetingDetail = Type.Intersect([
  MeetingView,
  Type.Object({
    minutes: Nullable(Type.String()),
    type: MeetingTypeEntry,
    agenda: Type.Array(
      Type.Object({
        id: Type.Integer(),
        topicId: Type.Integer(),
        topicTitle: Type.String(),
        position: Type.Integer(),
        presenter: Nullable(Type.String()),
        startsAt: Nullable(Type.String()),
        minutes: Nullable(Type.Integer()),
      }),
    ),
    invitees: Type.Array(InviteeView),
    quorum: Type.Object({
      required: Type.Boolean(),
      of: Nullable(Type.String()),
      invited: Type.Integer(),
      present: Type.Integer(),
      needed: Type.Integer(),
      met: Type.Boolean(),
      groupsUnfilled: Type.Integer(),
    }),
    steps: Type.Array(
      Type.Object({ id: Type.Integer(), topicId: Type.Integer(), step: Type.String(), note: Nullable(Type.String()), performedAt: Type.String() }),
    ),
    opinions: Type.Array(
      Type.Object({
        id: Type.Integer(),
        topicId: Nullable(Type.Integer()),
        body: Type.String(),
        raisedBy: Nullable(Type.String()),
        resolved: Type.Boolean(),
        resolution: Nullable(Type.String()),
      }),
    ),
    decisions: Type.Array(
      Type.Object({
        id: Type.Integer(),
        topicId: Nullable(Type.Integer()),
        body: Type.String(),
        outcome: Outcome,
        votesFor: Nullable(Type.Integer()),
        votesAgainst: Nullable(Type.Integer()),
        votesAbstain: Nullable(Type.Integer()),
      }),
    ),
    followUps: Type.Array(
      Type.Object({
        id: Type.Integer(),
        decisionId: Nullable(Type.Integer()),
        title: Type.String(),
        ownerName: Type.String(),
        dueOn: Type.String(),
        done: Type.Boolean(),
      }),
    ),
    can: Type.Object({ meet: Type.Boolean(), approveMinutes: Type.Boolean() }),
  }),
]);

export const meetingView = (m: MeetingRow) => ({
  id: m.id,
  unitId: m.unit_id,
  typeCode: m.type_code,
  typeName: m.type_snapshot.name,
  title: m.title,
  startsAt: m.starts_at.toISOString(),
  mode: m.mode,
  place: m.place,
  onlineUrl: m.online_url,
  status: m.status,
  minutesStatus: m.minutes_status,
  publishedAt: m.published_at?.toISOString() ?? null,
});

export const inviteeView = (i: InviteeRow, showCode: boolean) => ({
  id: i.id,
  roleKey: i.role_key,
  name: i.name,
  isGroup: i.is_group,
  signInCode: showCode ? i.sign_in_code : null,
  signedInAt: i.signed_in_at?.toISOString() ?? null,
  signedInHow: i.signed_in_how,
});

export function detailView(d: Awaited<ReturnType<MeetingService['get']>>, can: { meet: boolean; approveMinutes: boolean }) {
  return {
    ...meetingView(d.meeting),
    minutes: d.meeting.minutes,
    type: d.meeting.type_snapshot,
    agenda: d.agenda.map((a) => ({
      id: a.id,
      topicId: a.topic_id,
      topicTitle: a.topic_title,
      position: a.position,
      presenter: a.presenter,
      startsAt: a.starts_at,
      minutes: a.minutes,
    })),
    invitees: d.invitees.map((i) => inviteeView(i, can.meet)),
    quorum: d.quorum,
    steps: d.steps.map((s) => ({ id: s.id, topicId: s.topic_id, step: s.step, note: s.note, performedAt: s.performed_at.toISOString() })),
    opinions: d.opinions.map((o) => ({ id: o.id, topicId: o.topic_id, body: o.body, raisedBy: o.raised_by, resolved: o.resolved, resolution: o.resolution })),
    decisions: d.decisions.map((x) => ({
      id: x.id,
      topicId: x.topic_id,
      body: x.body,
      outcome: x.outcome,
      votesFor: x.votes_for,
      votesAgainst: x.votes_against,
      votesAbstain: x.votes_abstain,
    })),
    followUps: d.followUps.map((f) => ({ id: f.id, decisionId: f.decision_id, title: f.title, ownerName: f.owner_name, dueOn: f.due_on, done: !!f.done_at })),
    can,
  };
}
