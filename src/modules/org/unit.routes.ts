import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { Id, Label, PageQuery, pageOf, paged, Nullable, IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { UnitService } from './unit.service.js';
import type { UnitRow } from './unit.repository.js';
import { typeLabel, UNIT_TYPES } from './unit.rules.js';
import { GridService } from './grid.service.js';

const UnitType = Type.Unsafe<(typeof UNIT_TYPES)[number]>({ type: 'string', enum: UNIT_TYPES });

export const UnitView = Type.Object({
  id: Type.Integer(),
  districtId: Type.Integer(),
  parentId: Nullable(Type.Integer()),
  type: UnitType,
  kind: Nullable(Type.String()),
  typeLabel: Label,
  code: Nullable(Type.String()),
  name: Type.String(),
  path: Type.String(),
  depth: Type.Integer(),
  retiredAt: Nullable(Type.String()),
  attributes: Type.Record(Type.String(), Type.Unknown()),
  childCount: Type.Integer(),
  can: Type.Object({ create: Type.Boolean(), move: Type.Boolean(), rename: Type.Boolean(), retire: Type.Boolean() }),
});

const UnitDetail = Type.Intersect([
  UnitView,
  Type.Object({
    ancestors: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String() })),
    grids: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), code: Type.String(), kind: Type.String() })),
  }),
]);

const Reason = Type.Optional(Nullable(Type.String({ maxLength: 500 })));
const CreateBody = Type.Object({
  parentId: Id(),
  type: UnitType,
  kind: Type.Optional(Nullable(Type.String())),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  code: Type.Optional(Nullable(Type.String({ maxLength: 32 }))),
  attributes: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
const ListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    parentId: Type.Optional(Id()),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    type: Type.Optional(UnitType),
    includeRetired: Type.Optional(Type.Boolean()),
  }),
]);

const tags = ['org'];

export function unitRoutes(app: TypedApp, core: Core) {
  const units = new UnitService(core);
  const grids = new GridService(core);
  const view = (actor: Actor, u: UnitRow & { child_count?: number | string | null }, childCount?: number) => ({
    id: u.id,
    districtId: u.district_id,
    parentId: u.parent_id,
    type: u.type,
    kind: u.kind,
    typeLabel: typeLabel(u.type, u.kind),
    code: u.code,
    name: u.name,
    path: u.path,
    depth: u.depth,
    retiredAt: u.retired_at ? u.retired_at.toISOString() : null,
    attributes: u.attributes ?? {},
    childCount: childCount ?? Number(u.child_count ?? 0),
    can: units.abilities(actor, u),
  });

  app.get(
    '/units',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'unit' } } },
      schema: { tags, summary: '单位列表与搜索 / List and search units', querystring: ListQuery, response: { 200: paged(UnitView) } },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await units.list(actor, { parentId: q.parentId, q: q.q?.trim() || undefined, type: q.type, includeRetired: q.includeRetired, page, pageSize });
      return { items: r.items.map((u) => view(actor, u)), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/units/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: { tags, summary: '单位详情 / Unit detail', params: IdParams, response: { 200: UnitDetail } },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id } = req.params;
      const r = await units.get(actor, id);
      const covering = await grids.coveringUnit(actor, r.unit);
      return { ...view(actor, r.unit, r.childCount), ancestors: r.ancestors, grids: covering };
    },
  );

  app.get(
    '/units/:id/history',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: {
        tags,
        summary: '单位变更历史 / Unit history',
        params: IdParams,
        querystring: PageQuery,
        response: {
          200: paged(
            Type.Object({
              id: Type.Integer(),
              at: Type.String(),
              kind: Type.String(),
              before: Type.Unknown(),
              after: Type.Unknown(),
              reason: Nullable(Type.String()),
              actorName: Nullable(Type.String()),
            }),
          ),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      const { page, pageSize } = pageOf(req.query);
      const r = await units.history(actorOf(req), id, page, pageSize);
      return {
        items: r.items.map((h) => ({
          id: h.id,
          at: h.at.toISOString(),
          kind: h.kind,
          before: h.before,
          after: h.after,
          reason: h.reason,
          actorName: h.actor_name,
        })),
        total: r.total,
        page,
        pageSize,
      };
    },
  );

  app.post(
    '/units',
    {
      config: { access: { auth: 'session', probe: { kind: 'create', resource: 'unit', field: 'parentId', body: { type: 'house', name: '探测房屋 probe' } } } },
      schema: { tags, summary: '新建单位 / Create a unit', body: CreateBody, response: { 201: UnitView } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const unit = await units.create(actor, req.body);
      return reply.status(201).send(view(actor, unit, 0));
    },
  );

  app.post(
    '/units/:id/rename',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit', body: { name: '更名探测 probe' } } } },
      schema: {
        tags,
        summary: '单位更名 / Rename a unit',
        params: IdParams,
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), reason: Reason }),
        response: { 200: UnitView },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id } = req.params;
      const { name, reason } = req.body;
      return view(actor, await units.rename(actor, id, name, reason ?? null));
    },
  );

  app.post(
    '/units/:id/move',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit', body: { newParentId: 1 } } } },
      schema: {
        tags,
        summary: '迁移单位 / Move a unit',
        params: IdParams,
        body: Type.Object({ newParentId: Id(), reason: Reason }),
        response: { 200: UnitView },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id } = req.params;
      const { newParentId, reason } = req.body;
      return view(actor, await units.move(actor, id, newParentId, reason ?? null));
    },
  );

  app.post(
    '/units/:id/retire',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit', body: {} } } },
      schema: {
        tags,
        summary: '撤销单位 / Retire a unit',
        params: IdParams,
        body: Type.Optional(Type.Object({ reason: Reason })),
        response: { 200: UnitView },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id } = req.params;
      return view(actor, await units.retire(actor, id, req.body?.reason ?? null));
    },
  );
}
