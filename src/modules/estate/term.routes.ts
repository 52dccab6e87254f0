import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { CommitteeService } from './committee.service.js';
import { MemberService } from './member.service.js';
import { Created, MemberBody, TermPatchBody, tags } from './estate.schemas.js';

export function termRoutes(app: TypedApp, core: Core) {
  const committees = new CommitteeService(core);
  const members = new MemberService(core);

  app.post(
    '/terms/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'owners_committee_term', body: { endDate: '2030-12-31' } } } },
      schema: {
        tags,
        summary: '修改任期（结束日期、选举信息） / Update a term (end date, election details)',
        params: IdParams,
        body: TermPatchBody,
        response: { 200: Created },
      },
    },
    async (req) => {
      const row = await committees.updateTerm(actorOf(req), req.params.id, req.body);
      return { id: row.id };
    },
  );

  app.post(
    '/terms/:id/members',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'owners_committee_term', body: { name: '探测', role: 'member' } } } },
      schema: { tags, summary: '增加业委会成员 / Add a committee member', params: IdParams, body: MemberBody, response: { 201: Created } },
    },
    async (req, reply) => {
      const row = await members.add(actorOf(req), req.params.id, req.body);
      return reply.status(201).send({ id: row.id });
    },
  );
}
