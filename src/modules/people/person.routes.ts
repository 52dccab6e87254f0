import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { IdParams, Label, Nullable, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { Enum, Day, AddressView, PersonView, PersonBody, ListQuery, tags, personBody, listFilters } from './people.schemas.js';
import { PersonService } from './person.service.js';
import { personView } from './person.view.js';
import { ExportRequestService } from './export-request.service.js';
import { ExportQuery, ExportRequestView } from './export-request.schemas.js';
import { sendXlsx, XlsxFile } from './export.reply.js';
import { RELATION_LABEL, type HouseRelation } from './people.types.js';
import { PEOPLE } from './people.policy.js';
import { createByNumber, renumber } from './people.probes.js';

export function personRoutes(app: TypedApp, core: Core) {
  const people = new PersonService(core);
  const exportRequests = new ExportRequestService(core);
  app.get(
    '/persons',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'person' } } },
      schema: { tags, summary: '实有人口查询 / Query residents', querystring: ListQuery, response: { 200: paged(PersonView) } },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await people.list(actorOf(req), { ...listFilters(q), gridId: q.gridId, limit: pageSize, offset: (page - 1) * pageSize });
      return {
        items: r.items.map((p) => personView(p, r.catalog, r.hidden, p.house_id ? r.addresses.get(p.house_id) : undefined)),
        total: r.total,
        totalCapped: r.totalCapped,
        page,
        pageSize,
      };
    },
  );

  // The scope test walks this export for every demo role: its probe asks for a list that stays under the
  // default approval limit (80 and older), so that it streams; larger lists become export requests.
  app.get(
    '/persons/export',
    {
      config: { access: { auth: 'session', probe: { kind: 'export', resource: 'person', query: { ageMin: '80' } } } },
      schema: {
        tags,
        summary: "导出名单（脱敏，留痕；超过本区限额须说明用途并经审批） / Export the list (masked, logged; above the district's limit: a reason and approval)",
        querystring: ExportQuery,
        response: {
          200: XlsxFile,
          202: {
            description: '须审批：已提交导出申请 / Approval needed: the export request made',
            content: { 'application/json': { schema: ExportRequestView } },
          },
        },
      },
    },
    async (req, reply) => {
      const { reason, ...filters } = req.query;
      const r = await exportRequests.export(actorOf(req), filters, reason);
      if (r.kind === 'file') return sendXlsx(reply, r.stream);
      return reply.status(202).send(r.view);
    },
  );

  const Detail = Type.Intersect([
    PersonView,
    Type.Object({
      houses: Type.Array(
        Type.Object({ houseId: Type.Integer(), relation: Type.String(), relationLabel: Label, since: Nullable(Type.String()), address: Nullable(AddressView) }),
      ),
      tagDetails: Type.Array(Type.Object({ code: Type.String(), name: Label, source: Type.String(), startDate: Type.String(), sensitive: Type.Boolean() })),
      households: Type.Array(
        Type.Object({ id: Type.Integer(), houseId: Type.Integer(), headPersonId: Nullable(Type.Integer()), relationToHead: Nullable(Type.String()) }),
      ),
      movedTo: Nullable(Type.String()),
      can: Type.Object({ edit: Type.Boolean(), reveal: Type.Boolean(), tag: Type.Boolean() }),
    }),
  ]);
  app.get(
    '/persons/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person' } } },
      schema: { tags, summary: '人员详情 / Person', params: IdParams, response: { 200: Detail } },
    },
    async (req) => {
      const actor = actorOf(req);
      const r = await people.get(actor, req.params.id);
      const { catalog, addresses: addr } = r;
      return {
        ...personView(r.person, catalog, r.hidden, r.person.house_id ? addr.get(r.person.house_id) : undefined),
        houses: r.houses.map((h) => ({
          houseId: h.house_id,
          relation: h.relation,
          relationLabel: RELATION_LABEL[h.relation as HouseRelation],
          since: h.since,
          address: addr.get(h.house_id) ?? null,
        })),
        tagDetails: r.tags.map((t) => ({
          code: t.tag_code,
          name: catalog.byCode.get(t.tag_code)?.name ?? { zh: t.tag_code, en: t.tag_code },
          source: t.source,
          startDate: t.start_date,
          sensitive: catalog.byCode.get(t.tag_code)?.sensitive ?? false,
        })),
        households: r.households.map((h) => ({ id: h.id, houseId: h.house_id, headPersonId: h.head_person_id, relationToHead: h.relation_to_head })),
        movedTo: r.person.moved_to,
        can: { edit: core.can(actor, PEOPLE.manage), reveal: core.can(actor, PEOPLE.reveal), tag: core.can(actor, PEOPLE.manage) },
      };
    },
  );

  app.post(
    '/persons',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'create',
            resource: 'unit',
            field: 'houseId',
            body: { name: '探测', docType: 'passport', docNumber: 'PROBE{unique}', residence: 'foreigner', relation: 'resident' },
          },
          naturalKey: createByNumber,
        },
      },
      schema: { tags, summary: '登记人员 / Register a person', body: PersonBody, response: { 201: Type.Object({ id: Type.Integer() }) } },
    },
    async (req, reply) => {
      const row = await people.create(actorOf(req), personBody(req.body));
      return reply.status(201).send({ id: row.id });
    },
  );

  app.post(
    '/persons/:id',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'record',
            resource: 'person',
            body: { name: '探测', docType: 'passport', docNumber: 'PROBE{unique}', residence: 'foreigner', relation: 'resident', houseId: 1 },
          },
          naturalKey: renumber,
        },
      },
      schema: { tags, summary: '修改人员 / Update a person', params: IdParams, body: PersonBody, response: { 200: Type.Object({ id: Type.Integer() }) } },
    },
    async (req) => {
      const row = await people.update(actorOf(req), req.params.id, personBody(req.body));
      return { id: row.id };
    },
  );

  const RevealBody = Type.Object({ field: Enum(['docNumber', 'phone'] as const), purpose: Type.String({ minLength: 2, maxLength: 200 }) });
  app.post(
    '/persons/:id/reveal',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { field: 'docNumber', purpose: '范围探测 probe' } } } },
      schema: {
        tags,
        summary: '查看完整证件号或电话（须说明用途，留痕） / Reveal a full number (purpose required, audited)',
        params: IdParams,
        body: RevealBody,
        response: { 200: Type.Object({ value: Type.String() }) },
      },
    },
    async (req) => {
      const b = req.body;
      return { value: await people.reveal(actorOf(req), req.params.id, b.field, b.purpose) };
    },
  );

  const TagBody = Type.Object({
    code: Type.String({ minLength: 1, maxLength: 20 }),
    on: Type.Boolean(),
    start: Type.Optional(Nullable(Day)),
    end: Type.Optional(Nullable(Day)),
  });
  app.post(
    '/persons/:id/tags',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { code: 'C01', on: true } } } },
      schema: {
        tags,
        summary: '设置或结束人员标签 / Set or end a tag',
        params: IdParams,
        body: TagBody,
        response: { 200: Type.Object({ changed: Type.Boolean() }) },
      },
    },
    async (req) => {
      const b = req.body;
      return { changed: await people.setTag(actorOf(req), req.params.id, b.code, b.on, { start: b.start, end: b.end }) };
    },
  );

  app.get(
    '/tags',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: PEOPLE.read } } },
      schema: {
        tags,
        summary: '标签目录（按权限过滤敏感标签） / Tag catalog (sensitive tags only for those entitled)',
        response: {
          200: Type.Object({
            draft: Type.Boolean(),
            groups: Type.Array(Type.Object({ code: Type.String(), name: Label, sensitive: Type.Boolean() })),
            items: Type.Array(
              Type.Object({
                code: Type.String(),
                name: Label,
                level: Type.String(),
                group: Nullable(Type.String()),
                target: Type.String(),
                sensitive: Type.Boolean(),
                computed: Type.Boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const { catalog, hidden } = await people.tagCatalog(actorOf(req));
      return {
        draft: catalog.draft,
        groups: catalog.groups.filter((g) => !g.sensitive || !hidden.size),
        items: catalog.tags
          .filter((t) => !hidden.has(t.code))
          .map((t) => ({ code: t.code, name: t.name, level: t.level, group: t.group, target: t.target, sensitive: t.sensitive, computed: !!t.rule })),
      };
    },
  );
}
