import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../../platform/core.js';
import { IdParams, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { todayInShanghai } from '../../platform/time.js';
import { Enum, Day, AddressView, tags } from './people.schemas.js';
import { VisitService, VISIT_KINDS } from './visit.service.js';
import { addresses } from './person.view.js';

export function visitRoutes(app: FastifyInstance, core: Core) {
  const visits = new VisitService(core);

  const VisitBody = Type.Object({
    clientId: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }),
    houseId: Type.Integer({ minimum: 1 }),
    visitedAt: Type.String({ format: 'date-time' }),
    kind: Enum(VISIT_KINDS),
    findings: Type.String({ maxLength: 2000 }),
    needs: Type.Array(Type.Object({ text: Type.String({ maxLength: 500 }), category: Type.String({ maxLength: 30 }) }), { maxItems: 20 }),
  });
  const VisitView = Type.Object({
    id: Type.Integer(), clientId: Type.String(), houseId: Type.Integer(), visitedAt: Type.String(), kind: Type.String(), findings: Type.String(), visitorName: Type.String(),
    needs: Type.Array(Type.Object({ id: Type.Integer(), text: Type.String(), category: Type.String(), status: Type.String(), linkType: Nullable(Type.String()), linkId: Nullable(Type.String()) })),
  });
  type V = { id: number; client_id: string; house_id: number; visited_at: Date; kind: string; findings: string; visitor_name: string };
  type N = { id: number; visit_id: number; text: string; category: string; status: string; link_type: string | null; link_id: string | null };
  const visitView = (v: V, needs: N[]) => ({
    id: v.id, clientId: v.client_id, houseId: v.house_id, visitedAt: v.visited_at.toISOString(), kind: v.kind, findings: v.findings, visitorName: v.visitor_name,
    needs: needs.filter((n) => n.visit_id === v.id).map((n) => ({ id: n.id, text: n.text, category: n.category, status: n.status, linkType: n.link_type, linkId: n.link_id })),
  });
  app.post('/visits', {
    config: { access: { auth: 'session', probe: { kind: 'create', resource: 'unit', field: 'houseId', body: { clientId: 'probe-{unique}', visitedAt: '2026-01-05T02:00:00.000Z', kind: 'routine', findings: '探测', needs: [] } } } },
    schema: { tags, summary: '记录走访（离线补传按 clientId 去重） / Record a visit (offline sync deduplicated by clientId)', body: VisitBody, response: { 200: VisitView, 201: VisitView } },
  }, async (req, reply) => {
    const r = await visits.record(actorOf(req), req.body as Static<typeof VisitBody>);
    return reply.status(r.created ? 201 : 200).send(visitView(r.visit, r.needs));
  });

  const VisitQuery = Type.Intersect([PageQuery, Type.Object({ unitId: Type.Optional(Type.Integer({ minimum: 1 })), houseId: Type.Optional(Type.Integer({ minimum: 1 })) })]);
  app.get('/visits', {
    config: { access: { auth: 'session', probe: { kind: 'list', resource: 'visit' } } },
    schema: { tags, summary: '走访记录 / Visits', querystring: VisitQuery, response: { 200: paged(VisitView) } },
  }, async (req) => {
    const q = req.query as Static<typeof VisitQuery>;
    const { page, pageSize } = pageOf(q);
    const r = await visits.list(actorOf(req), { unitId: q.unitId, houseId: q.houseId, page, pageSize });
    return { items: r.items.map((v) => visitView(v, r.needs)), total: r.total, page, pageSize };
  });

  const SinceQuery = Type.Object({ since: Type.Optional(Day) });
  const yearStart = () => `${todayInShanghai().slice(0, 4)}-01-01`;
  app.get('/units/:id/visit-coverage', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
    schema: {
      tags, summary: '走访覆盖率（默认本年） / Visit coverage (this year by default)', params: IdParams, querystring: SinceQuery,
      response: { 200: Type.Object({ since: Type.String(), households: Type.Integer(), visited: Type.Integer(), visits: Type.Integer(), needs: Type.Integer(), solved: Type.Integer(), visitors: Type.Array(Type.Object({ visitorId: Type.Integer(), visitorName: Type.String(), visits: Type.Integer() })) }) },
    },
  }, async (req) => {
    const since = (req.query as Static<typeof SinceQuery>).since ?? yearStart();
    const r = await visits.coverage(actorOf(req), (req.params as Static<typeof IdParams>).id, since);
    return { since, households: r.households, visited: r.visited, visits: r.visits, needs: r.needs, solved: r.solved, visitors: r.visitors.map((v) => ({ visitorId: v.visitor_id, visitorName: v.visitor_name, visits: v.visits })) };
  });

  const UnvisitedQuery = Type.Intersect([PageQuery, SinceQuery]);
  app.get('/units/:id/unvisited', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
    schema: {
      tags, summary: '未走访的户 / Households not visited', params: IdParams, querystring: UnvisitedQuery,
      response: { 200: paged(Type.Object({ householdId: Type.Integer(), houseId: Type.Integer(), headPersonId: Nullable(Type.Integer()), lastVisitedAt: Nullable(Type.String()), address: Nullable(AddressView) })) },
    },
  }, async (req) => {
    const q = req.query as Static<typeof UnvisitedQuery>;
    const { page, pageSize } = pageOf(q);
    const r = await visits.unvisited(actorOf(req), (req.params as Static<typeof IdParams>).id, q.since ?? yearStart(), page, pageSize);
    const addr = await addresses(core.db, r.items.map((i) => i.house_id));
    return {
      items: r.items.map((i) => ({ householdId: i.household_id, houseId: i.house_id, headPersonId: i.head_person_id, lastVisitedAt: i.last_visited_at ? new Date(i.last_visited_at).toISOString() : null, address: addr.get(i.house_id) ?? null })),
      total: r.total, page, pageSize,
    };
  });

}
