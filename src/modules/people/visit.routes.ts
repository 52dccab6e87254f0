import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { Id, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { Enum, tags } from './people.schemas.js';
import { VisitService, VISIT_KINDS } from './visit.service.js';
import { visitCoverageRoutes } from './visit.coverage.routes.js';

export function visitRoutes(app: TypedApp, core: Core) {
  const visits = new VisitService(core);

  const VisitBody = Type.Object({
    clientId: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }),
    houseId: Id(),
    visitedAt: Type.String({ format: 'date-time' }),
    kind: Enum(VISIT_KINDS),
    findings: Type.String({ maxLength: 2000 }),
    needs: Type.Array(Type.Object({ text: Type.String({ maxLength: 500 }), category: Type.String({ maxLength: 30 }) }), { maxItems: 20 }),
  });
  const VisitView = Type.Object({
    id: Type.Integer(),
    clientId: Type.String(),
    houseId: Type.Integer(),
    visitedAt: Type.String(),
    kind: Type.String(),
    findings: Type.String(),
    visitorName: Type.String(),
    needs: Type.Array(
      Type.Object({
        id: Type.Integer(),
        text: Type.String(),
        category: Type.String(),
        status: Type.String(),
        linkType: Nullable(Type.String()),
        linkId: Nullable(Type.String()),
      }),
    ),
  });
  type V = { id: number; client_id: string; house_id: number; visited_at: Date; kind: string; findings: string; visitor_name: string };
  type N = { id: number; visit_id: number; text: string; category: string; status: string; link_type: string | null; link_id: string | null };
  const visitView = (v: V, needs: N[]) => ({
    id: v.id,
    clientId: v.client_id,
    houseId: v.house_id,
    visitedAt: v.visited_at.toISOString(),
    kind: v.kind,
    findings: v.findings,
    visitorName: v.visitor_name,
    needs: needs
      .filter((n) => n.visit_id === v.id)
      .map((n) => ({ id: n.id, text: n.text, category: n.category, status: n.status, linkType: n.link_type, linkId: n.link_id })),
  });
  app.post(
    '/visits',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'create',
            resource: 'unit',
            field: 'houseId',
            body: { clientId: 'probe-{unique}', visitedAt: '2026-01-05T02:00:00.000Z', kind: 'routine', findings: '探测', needs: [] },
          },
        },
      },
      schema: {
        tags,
        summary: '记录走访（离线补传按 clientId 去重） / Record a visit (offline sync deduplicated by clientId)',
        body: VisitBody,
        response: { 200: VisitView, 201: VisitView },
      },
    },
    async (req, reply) => {
      const r = await visits.record(actorOf(req), req.body);
      return reply.status(r.created ? 201 : 200).send(visitView(r.visit, r.needs));
    },
  );

  const VisitQuery = Type.Intersect([PageQuery, Type.Object({ unitId: Type.Optional(Id()), houseId: Type.Optional(Id()) })]);
  app.get(
    '/visits',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'visit' } } },
      schema: { tags, summary: '走访记录 / Visits', querystring: VisitQuery, response: { 200: paged(VisitView) } },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await visits.list(actorOf(req), { unitId: q.unitId, houseId: q.houseId, page, pageSize });
      return { items: r.items.map((v) => visitView(v, r.needs)), total: r.total, page, pageSize };
    },
  );

  // Coverage and the households still to visit, per unit, per grid and for the caller's own territory.
  visitCoverageRoutes(app, visits);
}
