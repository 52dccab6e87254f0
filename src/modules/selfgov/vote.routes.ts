import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import type { TypedApp } from '../../platform/http/app.types.js';
import { IdParams, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { VoteService } from './vote.service.js';
import { CastBody, CreateVoteBody, MyBallot, Receipt, ResultView, VoteView, voteView } from './vote.schemas.js';

const tags = ['selfgov'];
const record = { auth: 'session', probe: { kind: 'record', resource: 'selfgov_vote' } } as const;

export function voteRoutes(app: TypedApp, core: Core) {
  const service = new VoteService(core);

  app.get(
    '/votes',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'selfgov_vote' } } },
      schema: { tags, summary: '投票列表 / Votes I can see', querystring: PageQuery, response: { 200: paged(VoteView) } },
    },
    async (req) => {
      const { page, pageSize } = pageOf(req.query);
      const r = await service.list(actorOf(req), { page, pageSize });
      return { items: r.items.map(voteView), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/votes/:id',
    { config: { access: record }, schema: { tags, summary: '投票详情 / A vote', params: IdParams, response: { 200: VoteView } } },
    async (req) => voteView(await service.get(actorOf(req), req.params.id)),
  );

  app.post(
    '/votes',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'create',
            resource: 'unit',
            field: 'unitId',
            body: {
              question: '范围探测 / scope probe',
              kind: 'poll',
              options: ['甲', '乙'],
              quorum: { num: 1, den: 2 },
              majority: 'simple',
              eligibility: 'household',
              secret: true,
              opensAt: '2026-01-01T00:00:00Z',
              closesAt: '2026-01-02T00:00:00Z',
            },
          },
        },
      },
      schema: { tags, summary: '发起投票 / Draft a vote', body: CreateVoteBody, response: { 201: VoteView } },
    },
    async (req, reply) => {
      const { unitId, opensAt, closesAt, ...rest } = req.body;
      const row = await service.create(actorOf(req), unitId, { ...rest, opensAt: new Date(opensAt), closesAt: new Date(closesAt) });
      return reply.status(201).send(voteView(row));
    },
  );

  for (const [step, summary] of [
    ['open', '开始投票并冻结名册 / Open the vote and freeze its register'],
    ['close', '结束投票 / Close the vote'],
    ['publish', '审核并公布结果（本人为审核人） / Validate and publish the result, signed by the caller'],
  ] as const) {
    app.post(`/votes/:id/${step}`, { config: { access: record }, schema: { tags, summary, params: IdParams, response: { 200: VoteView } } }, async (req) =>
      voteView(await service[step](actorOf(req), req.params.id)),
    );
  }

  app.post(
    '/votes/:id/ballots',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'selfgov_vote', body: { choice: 0, idempotencyKey: 'scope-probe-key' } } } },
      schema: {
        tags,
        summary: '投票（每位投票人一次，重试返回同一回执） / Cast a ballot (once per voter; a retry gets the same receipt)',
        params: IdParams,
        body: CastBody,
        response: { 200: Receipt },
      },
    },
    async (req) => {
      const r = await service.cast(actorOf(req), req.params.id, req.body);
      return { receipt: r.receipt, castAt: r.castAt.toISOString() };
    },
  );

  app.get(
    '/votes/:id/my-ballot',
    {
      config: { access: record },
      schema: { tags, summary: '我是否已投票（不含选择） / Whether I have voted (never my choice)', params: IdParams, response: { 200: MyBallot } },
    },
    async (req) => {
      const r = await service.myBallot(actorOf(req), req.params.id);
      return { ...r, castAt: r.castAt?.toISOString() ?? null };
    },
  );

  app.get(
    '/votes/:id/result',
    {
      config: { access: record },
      schema: { tags, summary: '投票结果（结束后） / The result, once the vote has closed', params: IdParams, response: { 200: ResultView } },
    },
    async (req) => {
      const r = await service.result(actorOf(req), req.params.id);
      return { vote: voteView(r.vote), owners: r.owners, poll: r.poll };
    },
  );

  app.get(
    '/votes/:id/receipts',
    {
      config: { access: record },
      schema: {
        tags,
        summary: '已计票回执码 / Receipt codes of the ballots counted',
        params: IdParams,
        response: { 200: Type.Object({ receipts: Type.Array(Type.String()) }) },
      },
    },
    async (req) => ({ receipts: await service.receipts(actorOf(req), req.params.id) }),
  );
}
