import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { MemberService } from './member.service.js';
import { Created, MemberBody, RevealBody, Revealed, tags } from './estate.schemas.js';

export function memberRoutes(app: TypedApp, core: Core) {
  const members = new MemberService(core);

  app.post(
    '/members/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'owners_committee_member', body: { name: '探测', role: 'member' } } } },
      schema: {
        tags,
        summary: '修改业委会成员（职务、电话、任职起止） / Update a committee member (role, phone, office dates)',
        params: IdParams,
        body: MemberBody,
        response: { 200: Created },
      },
    },
    async (req) => {
      const row = await members.update(actorOf(req), req.params.id, req.body);
      return { id: row.id };
    },
  );

  app.post(
    '/members/:id/delete',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'owners_committee_member', body: {} } } },
      schema: { tags, summary: '删除误录的业委会成员 / Delete a member entered by mistake', params: IdParams },
    },
    async (req, reply) => {
      await members.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/members/:id/reveal',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'owners_committee_member', body: { purpose: '范围探测 probe' } } } },
      schema: {
        tags,
        summary: "查看成员完整电话（须说明用途，留痕） / Reveal a member's full phone (purpose required, audited)",
        params: IdParams,
        body: RevealBody,
        response: { 200: Revealed },
      },
    },
    async (req) => {
      return { value: await members.reveal(actorOf(req), req.params.id, req.body.purpose) };
    },
  );
}
