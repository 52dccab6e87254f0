import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { IdParams, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import type { FailedEventRow } from '../../platform/failed-events/failed-event.repository.js';
import { FAILED_EVENTS, FailedEventService } from './failed-event.service.js';

const Status = Type.Union([Type.Literal('retrying'), Type.Literal('failed'), Type.Literal('done'), Type.Literal('resolved')]);
const FailedEventView = Type.Object({
  id: Type.Integer(),
  module: Type.String({ description: '处理程序所属模块 / the module whose handler failed' }),
  eventType: Type.String(),
  districtId: Nullable(Type.Integer()),
  payload: Type.Unknown(),
  occurredAt: Type.String(),
  error: Type.String(),
  attempts: Type.Integer(),
  status: Status,
  nextAt: Nullable(Type.String()),
  firstFailedAt: Type.String(),
  lastFailedAt: Type.String(),
  resolvedAt: Nullable(Type.String()),
  resolvedBy: Nullable(Type.Integer()),
  resolutionNote: Nullable(Type.String()),
});
const Query = Type.Intersect([
  PageQuery,
  Type.Object({ status: Type.Optional(Status), open: Type.Optional(Type.Boolean({ description: '只列未完结的（retrying、failed）/ only those still open' })) }),
]);
const access = { auth: 'session', probe: { kind: 'permission', permission: FAILED_EVENTS } } as const;
const tags = ['audit'];

const view = (r: FailedEventRow) => ({
  id: Number(r.id),
  module: r.module,
  eventType: r.event_type,
  districtId: r.district_id,
  payload: r.payload,
  occurredAt: r.occurred_at.toISOString(),
  error: r.error,
  attempts: r.attempts,
  status: r.status,
  nextAt: r.next_at?.toISOString() ?? null,
  firstFailedAt: r.first_failed_at.toISOString(),
  lastFailedAt: r.last_failed_at.toISOString(),
  resolvedAt: r.resolved_at?.toISOString() ?? null,
  resolvedBy: r.resolved_by,
  resolutionNote: r.resolution_note,
});

/** Failed domain events for administrators: list, retry now, mark resolved. */
export function failedEventRoutes(app: TypedApp, core: Core) {
  const svc = new FailedEventService(core);

  app.get(
    '/failed-events',
    {
      config: { access },
      schema: { tags, summary: '失败的事件处理 / Failed domain-event handlers', querystring: Query, response: { 200: paged(FailedEventView) } },
    },
    async (req) => {
      const { page, pageSize } = pageOf(req.query);
      const r = await svc.list(actorOf(req), { status: req.query.status, open: req.query.open, page, pageSize });
      return { items: r.items.map(view), total: r.total, page, pageSize };
    },
  );

  app.post(
    '/failed-events/:id/retry',
    {
      config: { access },
      schema: { tags, summary: '立即重试 / Run the handler again now', params: IdParams, response: { 200: FailedEventView } },
    },
    async (req) => view(await svc.retry(actorOf(req), req.params.id)),
  );

  app.post(
    '/failed-events/:id/resolve',
    {
      config: { access },
      schema: {
        tags,
        summary: '标记为已处理 / Mark resolved without a retry',
        params: IdParams,
        body: Type.Object({ note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }),
        response: { 200: FailedEventView },
      },
    },
    async (req) => view(await svc.resolve(actorOf(req), req.params.id, req.body.note?.trim() || null)),
  );
}
