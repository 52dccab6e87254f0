import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { Id, IdParams, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { ESTATE } from './estate.policy.js';
import { flagsOf } from './estate.rules.js';
import { CompoundService } from './compound.service.js';
import { ContractService } from './contract.service.js';
import { CommitteeService } from './committee.service.js';
import { CompoundCard, CompoundSummary, ContractBody, Created, Enum, TermBody, tags } from './estate.schemas.js';
import { contractView, housingType, summaryView, termView } from './estate.view.js';

const ListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    unitId: Type.Optional(Id({ description: "a street or committee inside the caller's scope" })),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    state: Type.Optional(Enum(['attention', 'contractExpiring', 'contractExpired', 'noContract', 'termExpired', 'noOwnersCommittee'] as const)),
    sort: Type.Optional(Enum(['name', 'contractEnd', 'termEnd'] as const)),
  }),
]);

export function compoundRoutes(app: TypedApp, core: Core) {
  const compounds = new CompoundService(core);
  const contracts = new ContractService(core);
  const committees = new CommitteeService(core);

  app.get(
    '/compounds',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'estate.compound' } } },
      schema: {
        tags,
        summary: "小区的物业与业委会一览（含提醒） / Compounds with property service and owners' committee (with warnings)",
        querystring: ListQuery,
        response: { 200: paged(CompoundSummary) },
      },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await compounds.list(actorOf(req), {
        unitId: q.unitId,
        q: q.q?.trim() || undefined,
        state: q.state,
        sort: q.sort ?? 'name',
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: r.items.map((i) => summaryView(i, r.committeeNames, r.housingLabels)), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/compounds/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'estate.compound' } } },
      schema: { tags, summary: "小区物业与业委会档案 / A compound's estate card", params: IdParams, response: { 200: CompoundCard } },
    },
    async (req) => {
      const actor = actorOf(req);
      const c = await compounds.card(actor, req.params.id);
      const labels = c.housingLabels;
      return {
        compound: {
          id: c.compound.id,
          name: c.compound.name,
          code: c.compound.code,
          housingType: housingType(labels, c.compound.district_id, (c.compound.attributes as { housingType?: string }).housingType ?? null),
          committee: c.committeeName !== null && c.compound.parent_id !== null ? { id: c.compound.parent_id, name: c.committeeName } : null,
        },
        serviceState: c.serviceState,
        ownersCommitteeState: c.committeeState,
        flags: flagsOf(c.serviceState, c.committeeState),
        contracts: c.contracts.map(contractView),
        ownersCommittee: c.committee ? { id: c.committee.id, name: c.committee.name } : null,
        terms: c.terms.map((t) => termView(t, c.today)),
        can: { manage: core.can(actor, ESTATE.manage), reveal: core.can(actor, ESTATE.reveal) },
      };
    },
  );

  app.post(
    '/compounds/:id/contracts',
    {
      config: {
        access: {
          auth: 'session',
          probe: { kind: 'record', resource: 'estate.compound', body: { companyId: 1, startDate: '2026-01-01', endDate: '2028-12-31' } },
        },
      },
      schema: { tags, summary: '登记物业服务合同 / Record a property service contract', params: IdParams, body: ContractBody, response: { 201: Created } },
    },
    async (req, reply) => {
      const row = await contracts.create(actorOf(req), req.params.id, req.body);
      return reply.status(201).send({ id: row.id });
    },
  );

  app.post(
    '/compounds/:id/terms',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'estate.compound', body: { startDate: '2026-01-01' } } } },
      schema: {
        tags,
        summary: "业委会新一届任期（首届或换届，上一届随之结束） / Start an owners' committee term (first election or re-election; the previous term ends)",
        params: IdParams,
        body: TermBody,
        response: { 201: Type.Object({ id: Type.Integer(), termNumber: Type.Integer(), previousTermId: Type.Union([Type.Integer(), Type.Null()]) }) },
      },
    },
    async (req, reply) => {
      const r = await committees.startTerm(actorOf(req), req.params.id, req.body);
      return reply.status(201).send({ id: r.term.id, termNumber: r.term.term_number, previousTermId: r.previous?.id ?? null });
    },
  );
}
