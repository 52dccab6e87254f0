import type { TypedApp } from '../../../platform/http/app.types.js';
import type { Core } from '../../../platform/core.js';
import { IdParams, pageOf } from '../../../platform/http/schemas.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { APPEALS } from '../appeals.policy.js';
import { SummonsService } from './summons.service.js';
import type { SummonsStatus, SummonsStep } from './summons.rules.js';
import {
  AnswerBody,
  EvaluateBody,
  Invitees,
  MeetingBody,
  RaiseBody,
  Rates,
  RatesQuery,
  ResultBody,
  SummonsDetail,
  SummonsList,
  SummonsListQuery,
  SummonsStepReply,
  summonsTags as tags,
} from './summons.schemas.js';

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const dayAfter = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

export function summonsRoutes(app: TypedApp, core: Core) {
  const summons = new SummonsService(core);

  app.get(
    '/summons',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'summons' } } },
      schema: {
        tags,
        summary: "约请列表（居委会发起的、约请本单位的） / Summons (raised by a committee, inviting one's unit)",
        querystring: SummonsListQuery,
        response: { 200: SummonsList },
      },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize, offset } = pageOf(q);
      const r = await summons.list(
        actorOf(req),
        {
          view: q.view,
          status: q.status ? (q.status.split(',') as SummonsStatus[]) : undefined,
          overdue: q.overdue,
          departmentId: q.departmentId,
          q: q.q,
          from: q.from ? dayStart(q.from) : undefined,
          to: q.to ? dayAfter(q.to) : undefined,
        },
        offset,
        pageSize,
      );
      return { ...r, page, pageSize };
    },
  );

  app.post(
    '/summons',
    {
      config: {
        access: {
          auth: 'session',
          probe: { kind: 'create', resource: 'unit', field: 'committeeId', body: { subject: '范围测试 {unique}', description: '范围测试' } },
        },
      },
      schema: {
        tags,
        summary: '居委会发起约请（职能部门或街道） / A committee summons a department or its street office',
        body: RaiseBody,
        response: { 201: SummonsStepReply },
      },
    },
    async (req, res) => {
      const r = await summons.raise(actorOf(req), req.body);
      return res.status(201).send({ id: r.id, status: r.status });
    },
  );

  app.get(
    '/summons/invitees',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: APPEALS.summons } } },
      schema: { tags, summary: '可约请的街道与职能部门 / Whom the committee may summon', response: { 200: Invitees } },
    },
    async (req) => summons.invitees(actorOf(req)),
  );

  app.get(
    '/summons/rates',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: APPEALS.indicators } } },
      schema: {
        tags,
        summary: '各部门约请响应与解决率 / Summons response and resolution rates per department',
        querystring: RatesQuery,
        response: { 200: Rates },
      },
    },
    async (req) => {
      const q = req.query;
      return summons.rates(actorOf(req), { from: q.from ? dayStart(q.from) : undefined, to: q.to ? dayAfter(q.to) : undefined, rollup: q.rollup });
    },
  );

  app.get(
    '/summons/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'summons' } } },
      schema: { tags, summary: '约请详情与可执行操作 / A summons with what the caller may do next', params: IdParams, response: { 200: SummonsDetail } },
    },
    async (req) => summons.detail(actorOf(req), req.params.id),
  );

  const step = (
    path: string,
    s: SummonsStep,
    summary: string,
    body: typeof AnswerBody | typeof MeetingBody | typeof ResultBody | typeof EvaluateBody,
    probeBody: Record<string, unknown>,
  ) =>
    app.post(
      `/summons/:id/${path}`,
      {
        config: { access: { auth: 'session', probe: { kind: 'record', resource: 'summons', body: probeBody } } },
        schema: { tags, summary, params: IdParams, body, response: { 200: SummonsStepReply } },
      },
      async (req) => {
        const b = req.body;
        const r = await summons.step(actorOf(req), req.params.id, s, { ...b, meetingAt: 'meetingAt' in b ? new Date(b.meetingAt) : undefined });
        return { id: r.id, status: r.status };
      },
    );

  step('accept', 'accept', '接受约请 / Accept a summons', AnswerBody, { note: '范围测试' });
  step('decline', 'decline', '拒绝约请（须说明理由） / Decline a summons (with a reason)', AnswerBody, { note: '范围测试' });
  step('schedule', 'schedule', '约定现场会商时间与地点 / Schedule the on-site meeting', MeetingBody, {
    meetingAt: '2026-03-02T10:00:00+08:00',
    meetingPlace: '范围测试',
  });
  step('meet', 'meet', '登记现场会商 / Record the on-site meeting', MeetingBody, { meetingAt: '2026-03-02T10:00:00+08:00', meetingPlace: '范围测试' });
  step('result', 'report', '反馈处理结果（解决或未解决） / Report the result (solved or not)', ResultBody, { resolved: true, result: '范围测试' });
  step('evaluate', 'evaluate', '居委会评价约请办理 / The committee evaluates the summons', EvaluateBody, { committeeRating: 4 });
}
