import { Type } from '@sinclair/typebox';
import { Id, Nullable, Page, PageSize } from '../../../platform/http/schemas.js';
import { MAX_RESPOND_DAYS, SUMMONS_STATUSES, SUMMONS_STEPS } from './summons.rules.js';

export const summonsTags = ['appeals'];

export const SummonsStatus = Type.Union(SUMMONS_STATUSES.map((s) => Type.Literal(s)));

export const RaiseBody = Type.Object({
  committeeId: Id(),
  departmentId: Type.Optional(Nullable(Id({ description: "a district department or a team of the committee's street; absent: the street office" }))),
  subject: Type.String({ minLength: 2, maxLength: 100 }),
  description: Type.String({ minLength: 1, maxLength: 4000 }),
  orderId: Type.Optional(Nullable(Id())),
  respondDays: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_RESPOND_DAYS, default: 3 })),
});

const note = Type.Optional(Nullable(Type.String({ maxLength: 2000 })));
export const AnswerBody = Type.Object({ note });
export const MeetingBody = Type.Object({
  meetingAt: Type.String({ format: 'date-time' }),
  meetingPlace: Type.String({ minLength: 1, maxLength: 200 }),
  note,
});
export const ResultBody = Type.Object({ resolved: Type.Boolean(), result: Type.String({ minLength: 1, maxLength: 4000 }) });
export const EvaluateBody = Type.Object({
  committeeRating: Type.Integer({ minimum: 1, maximum: 5 }),
  residentsRating: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
  note,
});

export const SummonsListQuery = Type.Object({
  page: Type.Optional(Page),
  pageSize: Type.Optional(PageSize),
  view: Type.Optional(
    Type.Union([Type.Literal('all'), Type.Literal('inbox')], { description: "inbox: summons inviting the caller's department or street office" }),
  ),
  status: Type.Optional(Type.String({ description: 'comma-separated statuses' })),
  overdue: Type.Optional(Type.Boolean({ description: 'only those unanswered past the response limit' })),
  departmentId: Type.Optional(Id()),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
});

export const RatesQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  rollup: Type.Optional(Type.Boolean({ description: 'count street teams under their district department' })),
});

const Ref = Type.Object({ id: Type.Integer(), name: Type.String() });
const Invitee = Type.Object({ kind: Type.Union([Type.Literal('department'), Type.Literal('street')]), id: Type.Integer(), name: Type.String() });
const Timing = Type.Union([Type.Literal('waiting'), Type.Literal('overdue'), Type.Literal('on_time'), Type.Literal('late')]);

export const SummonsSummary = Type.Object({
  id: Type.Integer(),
  status: SummonsStatus,
  committee: Ref,
  invitee: Invitee,
  subject: Type.String(),
  order: Nullable(Type.Object({ id: Type.Integer(), title: Type.String() })),
  invitedAt: Type.String(),
  respondDueAt: Type.String(),
  respondedAt: Nullable(Type.String()),
  responseTiming: Timing,
  responseHours: Nullable(Type.Number({ description: 'working hours from the invitation to the answer' })),
  meetingAt: Nullable(Type.String()),
  meetingPlace: Nullable(Type.String()),
  resolved: Nullable(Type.Boolean()),
  committeeRating: Nullable(Type.Integer()),
  residentsRating: Nullable(Type.Integer()),
});

export const SummonsList = Type.Object({ items: Type.Array(SummonsSummary), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const SummonsDetail = Type.Composite([
  SummonsSummary,
  Type.Object({
    description: Type.String(),
    createdBy: Nullable(Type.String()),
    respondedBy: Nullable(Type.String()),
    responseNote: Nullable(Type.String()),
    meetingNote: Nullable(Type.String()),
    result: Nullable(Type.String()),
    resultAt: Nullable(Type.String()),
    resultBy: Nullable(Type.String()),
    evaluationNote: Nullable(Type.String()),
    evaluatedAt: Nullable(Type.String()),
    evaluatedBy: Nullable(Type.String()),
    as: Type.Array(Type.Union([Type.Literal('committee'), Type.Literal('invitee')])),
    actions: Type.Array(Type.Union(SUMMONS_STEPS.map((s) => Type.Literal(s)))),
  }),
]);

export const SummonsStepReply = Type.Object({ id: Type.Integer(), status: SummonsStatus });

export const Invitees = Type.Object({
  streets: Type.Array(Ref),
  departments: Type.Array(
    Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String(), parentId: Nullable(Type.Integer()), streetId: Nullable(Type.Integer()) }),
  ),
});

const RateFigures = Type.Object({
  invited: Type.Integer(),
  responded: Type.Integer(),
  respondedOnTime: Type.Integer(),
  overdue: Type.Integer({ description: 'unanswered past the response limit now' }),
  onTimeRate: Nullable(Type.Number({ description: 'answered within the limit / (answered + overdue)' })),
  avgResponseHours: Nullable(Type.Number({ description: 'average working hours from invitation to answer' })),
  declined: Type.Integer(),
  met: Type.Integer(),
  resolved: Type.Integer(),
  unresolved: Type.Integer(),
  resolutionRate: Nullable(Type.Number({ description: 'resolved / (resolved + unresolved)' })),
  avgCommitteeRating: Nullable(Type.Number()),
  avgResidentsRating: Nullable(Type.Number()),
  evaluated: Type.Integer(),
});

export const Rates = Type.Object({
  items: Type.Array(Type.Composite([Type.Object({ invitee: Type.Composite([Invitee, Type.Object({ parentName: Nullable(Type.String()) })]) }), RateFigures])),
  total: RateFigures,
});
