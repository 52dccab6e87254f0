import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import type { TypedApp } from '../../platform/http/app.types.js';
import { Id, IdParams, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { SELFGOV } from './selfgov.policy.js';
import { TopicService } from './topic.service.js';
import type { TopicRow } from './topic.repository.js';

const tags = ['selfgov'];
const TopicView = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  title: Type.String(),
  body: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const TopicBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  body: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
});
const CreateBody = Type.Intersect([Type.Object({ unitId: Id({ description: '所属单位（居委会、小区等）/ the unit it belongs to' }) }), TopicBody]);
const ListQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 50 })), unitId: Type.Optional(Id()) })]);

const view = (r: TopicRow) => ({
  id: r.id,
  unitId: r.unit_id,
  title: r.title,
  body: r.body,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export function topicRoutes(app: TypedApp, core: Core) {
  const service = new TopicService(core);

  app.get(
    '/topics',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'selfgov_topic' } } },
      schema: { tags, summary: '议题列表 / Topics in scope', querystring: ListQuery, response: { 200: paged(TopicView) } },
    },
    async (req) => {
      const { page, pageSize } = pageOf(req.query);
      const r = await service.list(actorOf(req), { q: req.query.q?.trim() || undefined, unitId: req.query.unitId, page, pageSize });
      return { items: r.items.map(view), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/topics/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'selfgov_topic' } } },
      schema: {
        tags,
        summary: '议题详情 / A topic',
        params: IdParams,
        response: { 200: Type.Intersect([TopicView, Type.Object({ can: Type.Object({ manage: Type.Boolean() }) })]) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return { ...view(await service.get(actor, req.params.id)), can: { manage: core.can(actor, SELFGOV.manage) } };
    },
  );

  app.post(
    '/topics',
    {
      config: { access: { auth: 'session', probe: { kind: 'create', resource: 'unit', field: 'unitId', body: { title: '范围探测 / scope probe' } } } },
      schema: { tags, summary: '登记议题 / Record a topic', body: CreateBody, response: { 201: TopicView } },
    },
    async (req, reply) => {
      const { unitId, ...input } = req.body;
      return reply.status(201).send(view(await service.create(actorOf(req), unitId, input)));
    },
  );

  app.post(
    '/topics/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'selfgov_topic', body: { title: '范围探测 / scope probe' } } } },
      schema: { tags, summary: '修改议题 / Change a topic', params: IdParams, body: TopicBody, response: { 200: TopicView } },
    },
    async (req) => view(await service.update(actorOf(req), req.params.id, req.body)),
  );
}
