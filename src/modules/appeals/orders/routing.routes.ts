import type { TypedApp } from '../../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../../platform/core.js';
import { Id, IdParams, Label, Nullable } from '../../../platform/http/schemas.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { APPEALS } from '../appeals.policy.js';
import { RoutingService } from './routing.service.js';
import { tags } from '../appeals.schemas.js';

const Rule = Type.Object({
  id: Type.Integer(),
  categoryCode: Type.String(),
  areaPath: Nullable(Type.String()),
  handlerKind: Type.String(),
  departmentCode: Nullable(Type.String()),
  active: Type.Boolean(),
  note: Nullable(Type.String()),
});
const RuleBody = Type.Object({
  categoryCode: Type.String({ minLength: 1, maxLength: 20 }),
  areaUnitId: Type.Optional(Nullable(Id())),
  handlerKind: Type.Union([Type.Literal('committee'), Type.Literal('street'), Type.Literal('department'), Type.Literal('ops')]),
  departmentCode: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  note: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
});
const Sub = Type.Object({
  code: Type.String(),
  name: Label,
  acceptMinutes: Type.Integer(),
  urgentAcceptMinutes: Type.Integer(),
  resolveDays: Type.Integer(),
  public: Type.Boolean(),
  private: Type.Boolean(),
  handler: Nullable(Type.String()),
});
const Categories = Type.Object({
  draft: Type.Boolean(),
  source: Nullable(Type.String()),
  // What public pages show of a request, so that the report form can say so before it is sent.
  publicView: Type.Object({ placeLevel: Type.Union([Type.Literal('compound'), Type.Literal('street')]) }),
  groups: Type.Array(Type.Object({ code: Type.String(), name: Label, subcategories: Type.Array(Sub) })),
  /** What the street-team codes a handler or rule may name (HMO, GRO …) are called: the team of the order's own street. */
  teams: Type.Array(Type.Object({ code: Type.String(), name: Label })),
});
const Handlers = Type.Object({
  departments: Type.Array(
    Type.Object({ id: Type.Integer(), name: Type.String(), code: Type.String(), street_id: Nullable(Type.Integer()), parent_id: Nullable(Type.Integer()) }),
  ),
  units: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String(), parent_id: Nullable(Type.Integer()) })),
});

const view = (r: Awaited<ReturnType<RoutingService['list']>>[number]) => ({
  id: r.id,
  categoryCode: r.category_code,
  areaPath: r.area_path,
  handlerKind: r.handler_kind,
  departmentCode: r.department_code,
  active: r.active,
  note: r.note,
});

export function routingRoutes(app: TypedApp, core: Core) {
  const routing = new RoutingService(core);

  app.get(
    '/categories',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: APPEALS.read } } },
      schema: { tags, summary: '问题分类与处置时限（草案标注） / Problem catalogue with time limits (draft marked)', response: { 200: Categories } },
    },
    async (req) => {
      const [c, teams] = await Promise.all([routing.categories(actorOf(req)), routing.streetTeams(actorOf(req))]);
      return {
        teams,
        draft: c.draft,
        source: c.source,
        publicView: c.publicView,
        groups: c.groups.map((g) => ({
          code: g.code,
          name: g.name,
          subcategories: g.subcategories.map((s) => ({
            code: s.code,
            name: s.name,
            acceptMinutes: s.acceptMinutes,
            urgentAcceptMinutes: s.urgentAcceptMinutes,
            resolveDays: s.resolveDays,
            public: s.public,
            private: s.private,
            handler: s.handler,
          })),
        })),
      };
    },
  );

  app.get(
    '/handlers',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: APPEALS.read } } },
      schema: {
        tags,
        summary: '可派单的承办单位 / Units and departments an order can be sent to',
        querystring: Type.Object({ streetId: Type.Optional(Id()) }),
        response: { 200: Handlers },
      },
    },
    async (req) => routing.handlers(actorOf(req), req.query.streetId),
  );

  app.get(
    '/routing-rules',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'appeal_routing_rule' } } },
      schema: {
        tags,
        summary: '派单规则（类别 × 区域 → 承办单位） / Routing rules (category × area → handler)',
        response: { 200: Type.Object({ items: Type.Array(Rule) }) },
      },
    },
    async (req) => ({ items: (await routing.list(actorOf(req))).map(view) }),
  );

  app.post(
    '/routing-rules',
    {
      config: { access: { auth: 'session', probe: { kind: 'none' } } },
      schema: { tags, summary: '新增派单规则 / Add a routing rule', body: RuleBody, response: { 201: Rule } },
    },
    async (req, res) => res.status(201).send(view(await routing.create(actorOf(req), req.body))),
  );

  app.post(
    '/routing-rules/:id/active',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_routing_rule', body: { active: false } } } },
      schema: {
        tags,
        summary: '启用或停用派单规则 / Enable or disable a routing rule',
        params: IdParams,
        body: Type.Object({ active: Type.Boolean() }),
        response: { 200: Rule },
      },
    },
    async (req) => view(await routing.setActive(actorOf(req), req.params.id, req.body.active)),
  );
}
