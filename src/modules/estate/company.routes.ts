import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { IdParams, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { ESTATE } from './estate.policy.js';
import { CompanyService } from './company.service.js';
import { CompanyBody, Created, Enum, RevealBody, Revealed, tags } from './estate.schemas.js';
import { companyView } from './estate.view.js';

const CompanyView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  creditCode: Type.String(),
  contactName: Nullable(Type.String()),
  phoneMasked: Nullable(Type.String()),
  address: Nullable(Type.String()),
});
const CompanyListItem = Type.Intersect([
  CompanyView,
  Type.Object({ serving: Type.Integer({ description: "compounds in the caller's scope under a contract in force today" }) }),
]);
const CompanyDetail = Type.Intersect([
  CompanyView,
  Type.Object({
    contracts: Type.Array(
      Type.Object({
        id: Type.Integer(),
        compoundId: Type.Integer(),
        compoundName: Type.String(),
        startDate: Type.String(),
        endDate: Type.String(),
        serviceScope: Nullable(Type.String()),
        feeFenPerM2: Nullable(Type.Integer()),
        status: Enum(['active', 'expired', 'upcoming'] as const),
      }),
    ),
    can: Type.Object({ manage: Type.Boolean(), reveal: Type.Boolean() }),
  }),
]);
const ListQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 50 })) })]);

export function companyRoutes(app: TypedApp, core: Core) {
  const companies = new CompanyService(core);

  app.get(
    '/companies',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'property_company' } } },
      schema: { tags, summary: '物业企业名录 / Register of property companies', querystring: ListQuery, response: { 200: paged(CompanyListItem) } },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await companies.list(actorOf(req), { q: q.q?.trim() || undefined, page, pageSize });
      return { items: r.items.map((c) => ({ ...companyView(c), serving: Number(c.serving ?? 0) })), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/companies/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'property_company' } } },
      schema: { tags, summary: '物业企业及其在管小区 / A property company and the compounds it serves', params: IdParams, response: { 200: CompanyDetail } },
    },
    async (req) => {
      const actor = actorOf(req);
      const r = await companies.get(actor, req.params.id);
      return {
        ...companyView(r.company),
        contracts: r.contracts.map((c) => ({
          id: c.id,
          compoundId: c.compound_id,
          compoundName: c.compound_name,
          startDate: c.start_date,
          endDate: c.end_date,
          serviceScope: c.service_scope,
          feeFenPerM2: c.fee_fen_per_m2,
          status: c.status,
        })),
        can: { manage: core.can(actor, ESTATE.companies), reveal: core.can(actor, ESTATE.reveal) },
      };
    },
  );

  app.post(
    '/companies',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: ESTATE.companies } } },
      schema: { tags, summary: '登记物业企业 / Register a property company', body: CompanyBody, response: { 201: Created } },
    },
    async (req, reply) => {
      const row = await companies.create(actorOf(req), req.body);
      return reply.status(201).send({ id: row.id });
    },
  );

  app.post(
    '/companies/:id',
    {
      config: {
        access: { auth: 'session', probe: { kind: 'record', resource: 'property_company', body: { name: '探测物业', creditCode: '91350100M000100Y43' } } },
      },
      schema: { tags, summary: '修改物业企业 / Update a property company', params: IdParams, body: CompanyBody, response: { 200: Created } },
    },
    async (req) => {
      const row = await companies.update(actorOf(req), req.params.id, req.body);
      return { id: row.id };
    },
  );

  app.post(
    '/companies/:id/delete',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'property_company', body: {} } } },
      schema: { tags, summary: '删除误录的物业企业 / Delete a company entered by mistake', params: IdParams },
    },
    async (req, reply) => {
      await companies.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/companies/:id/reveal',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'property_company', body: { purpose: '范围探测 probe' } } } },
      schema: {
        tags,
        summary: "查看物业联系人完整电话（须说明用途，留痕） / Reveal a company contact's full phone (purpose required, audited)",
        params: IdParams,
        body: RevealBody,
        response: { 200: Revealed },
      },
    },
    async (req) => {
      return { value: await companies.reveal(actorOf(req), req.params.id, req.body.purpose) };
    },
  );
}
