import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Core } from '../../platform/core.js';
import type { TypedApp } from '../../platform/http/app.types.js';
import { Id, IdParams, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { SELFGOV } from './selfgov.policy.js';
import { MeetingService } from './meeting.service.js';
import { MeetingTypeService } from './meeting-type.service.js';
import { AttendanceService } from './attendance.service.js';
import { MinutesService } from './minutes.service.js';
import { OutcomeService } from './outcome.service.js';
import * as s from './meeting.schemas.js';

const tags = ['selfgov'];
const Done = Type.Object({ ok: Type.Literal(true) });
const ListQuery = Type.Intersect([PageQuery, Type.Object({ unitId: Type.Optional(Id()) })]);
const record = (body?: Record<string, unknown>, params?: Record<string, string>) => ({
  access: { auth: 'session' as const, probe: { kind: 'record' as const, resource: 'selfgov_meeting', body, params } },
});

export function meetingRoutes(app: TypedApp, core: Core) {
  const meetings = new MeetingService(core);
  const types = new MeetingTypeService(core);
  const attendance = new AttendanceService(core);
  const minutes = new MinutesService(core);
  const outcomes = new OutcomeService(core);
  const detail = async (req: FastifyRequest & { params: { id: number } }) => {
    const actor = actorOf(req);
    const d = await meetings.get(actor, req.params.id);
    return s.detailView(d, { meet: core.can(actor, SELFGOV.meet), approveMinutes: core.can(actor, SELFGOV.approveMinutes) });
  };

  app.get(
    '/units/:id/meeting-types',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: { tags, summary: '单位可召开的会议类型 / Meeting types a unit can hold', params: IdParams, response: { 200: s.MeetingTypesView } },
    },
    async (req) => types.forUnit(actorOf(req), req.params.id),
  );
  app.get(
    '/meetings',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'selfgov_meeting' } } },
      schema: { tags, summary: '会议列表 / Meetings in scope', querystring: ListQuery, response: { 200: paged(s.MeetingView) } },
    },
    async (req) => {
      const { page, pageSize } = pageOf(req.query);
      const r = await meetings.list(actorOf(req), { unitId: req.query.unitId, page, pageSize });
      return { items: r.items.map(s.meetingView), total: r.total, page, pageSize };
    },
  );
  app.get(
    '/meetings/:id',
    { config: record(), schema: { tags, summary: '会议详情 / A meeting', params: IdParams, response: { 200: s.MeetingDetail } } },
    detail,
  );
  app.post(
    '/meetings',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'create',
            resource: 'unit',
            field: 'unitId',
            body: { typeCode: 'MT01', title: '范围探测 / scope probe', startsAt: '2026-05-01T02:00:00Z', mode: 'in_person', place: '活动室' },
          },
        },
      },
      schema: { tags, summary: '召开会议 / Call a meeting', body: s.CreateBody, response: { 201: s.MeetingView } },
    },
    async (req, reply) => {
      const { unitId, startsAt, ...input } = req.body;
      return reply.status(201).send(s.meetingView(await meetings.create(actorOf(req), unitId, { ...input, startsAt: new Date(startsAt) })));
    },
  );
  app.post(
    '/meetings/:id/delete',
    {
      config: record(),
      schema: { tags, summary: '删除会议（未形成决议的） / Delete a meeting that took no decision', params: IdParams, response: { 200: Done } },
    },
    async (req) => {
      await meetings.remove(actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    '/meetings/:id/agenda',
    {
      config: record({ topicId: 1 }),
      schema: { tags, summary: '议程加入议题 / Put a topic on the agenda', params: IdParams, body: s.AgendaBody, response: { 200: s.MeetingDetail } },
    },
    async (req) => {
      await meetings.addAgendaItem(actorOf(req), req.params.id, req.body);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/invitees',
    {
      config: record({ roleKey: 'residentReps', name: '范围探测' }),
      schema: { tags, summary: '按姓名邀请参会人 / Invite a person by name', params: IdParams, body: s.InviteBody, response: { 200: s.MeetingDetail } },
    },
    async (req) => {
      await attendance.addByName(actorOf(req), req.params.id, req.body);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/sign-in',
    {
      config: record({ code: 'ABCDEF' }),
      schema: { tags, summary: '核验签到码 / Validate a sign-in code', params: IdParams, body: s.SignInBody, response: { 200: s.MeetingDetail } },
    },
    async (req) => {
      await attendance.signInByCode(actorOf(req), req.params.id, req.body.code);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/invitees/:inviteeId/present',
    {
      config: record(undefined, { inviteeId: '1' }),
      schema: {
        tags,
        summary: '工作人员代为签到 / Mark an invitee present',
        params: Type.Object({ id: Id(), inviteeId: Id() }),
        response: { 200: s.MeetingDetail },
      },
    },
    async (req) => {
      await attendance.markPresent(actorOf(req), req.params.id, req.params.inviteeId);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/steps',
    {
      config: record({ topicId: 1, step: 'consult' }),
      schema: {
        tags,
        summary: '对议程议题执行步骤 / Perform a step on an agenda topic',
        params: IdParams,
        body: s.StepBody,
        response: { 200: s.MeetingDetail },
      },
    },
    async (req) => {
      await outcomes.performStep(actorOf(req), req.params.id, req.body);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/opinions',
    {
      config: record({ body: '范围探测' }),
      schema: { tags, summary: '记录意见 / Record an opinion', params: IdParams, body: s.OpinionBody, response: { 200: s.MeetingDetail } },
    },
    async (req) => {
      await outcomes.raiseOpinion(actorOf(req), req.params.id, req.body);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/opinions/:opinionId',
    {
      config: record({ resolved: true }, { opinionId: '1' }),
      schema: {
        tags,
        summary: '意见办理结果 / Whether an opinion is resolved',
        params: Type.Object({ id: Id(), opinionId: Id() }),
        body: s.ResolveBody,
        response: { 200: s.MeetingDetail },
      },
    },
    async (req) => {
      await outcomes.resolveOpinion(actorOf(req), req.params.id, req.params.opinionId, req.body);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/decisions',
    {
      config: record({ body: '范围探测', outcome: 'adopted' }),
      schema: { tags, summary: '记录决议 / Record a decision', params: IdParams, body: s.DecisionBody, response: { 200: s.MeetingDetail } },
    },
    async (req) => {
      await outcomes.recordDecision(actorOf(req), req.params.id, req.body);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/follow-ups',
    {
      config: record({ title: '范围探测', ownerName: '探测', dueOn: '2026-06-01' }),
      schema: { tags, summary: '添加跟进任务 / Add a follow-up task', params: IdParams, body: s.FollowUpBody, response: { 200: s.MeetingDetail } },
    },
    async (req) => {
      await outcomes.addFollowUp(actorOf(req), req.params.id, req.body);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/minutes',
    {
      config: record({ text: '范围探测' }),
      schema: { tags, summary: '起草会议纪要 / Draft the minutes', params: IdParams, body: s.MinutesBody, response: { 200: s.MeetingDetail } },
    },
    async (req) => {
      await minutes.draft(actorOf(req), req.params.id, req.body.text);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/minutes/approve',
    { config: record(), schema: { tags, summary: '审定会议纪要 / Approve the minutes', params: IdParams, response: { 200: s.MeetingDetail } } },
    async (req) => {
      await minutes.approve(actorOf(req), req.params.id);
      return detail(req);
    },
  );
  app.post(
    '/meetings/:id/publish',
    { config: record(), schema: { tags, summary: '公开会议结果 / Publish the meeting', params: IdParams, response: { 200: s.MeetingDetail } } },
    async (req) => {
      await meetings.publish(actorOf(req), req.params.id);
      return detail(req);
    },
  );
}
