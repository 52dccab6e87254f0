import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../../platform/core.js';
import type { Probe } from '../../platform/http/access.js';
import { IdParams, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { todayInShanghai } from '../../platform/time.js';
import { Day, AddressView, tags } from './people.schemas.js';
import type { VisitService } from './visit.service.js';
import type { CoverageTarget } from './visit.territory.js';
import { addresses } from './person.view.js';

const SinceQuery = Type.Object({ since: Type.Optional(Day) });
const UnvisitedQuery = Type.Intersect([PageQuery, SinceQuery]);
const TerritoryView = Type.Object({
  kind: Type.String({ description: "'grid', a unit type, or 'scope' (several units of one position)" }),
  id: Nullable(Type.Integer()),
  name: Type.String(),
});
const CoverageView = Type.Object({
  territory: Nullable(TerritoryView),
  since: Type.String(),
  households: Type.Integer(), visited: Type.Integer(), visits: Type.Integer(), needs: Type.Integer(), solved: Type.Integer(),
  visitors: Type.Array(Type.Object({ visitorId: Type.Integer(), visitorName: Type.String(), visits: Type.Integer() })),
});
const UnvisitedView = paged(Type.Object({ householdId: Type.Integer(), houseId: Type.Integer(), headPersonId: Nullable(Type.Integer()), lastVisitedAt: Nullable(Type.String()), address: Nullable(AddressView) }));

/** "四百大走访" counts the calendar year unless another start is asked for. */
const yearStart = () => `${todayInShanghai().slice(0, 4)}-01-01`;

/**
 * Visit coverage and the households not yet visited, asked of a unit, of a grid (its committees), or of the
 * caller's own territory: a grid worker's grid, a committee worker's committee, a street's street.
 */
export function visitCoverageRoutes(app: FastifyInstance, core: Core, visits: VisitService) {
  const coverage = (path: string, summary: string, probe: Probe, target: (params: unknown) => CoverageTarget, params?: typeof IdParams) =>
    app.get(path, {
      config: { access: { auth: 'session', probe } },
      schema: { tags, summary, ...(params ? { params } : {}), querystring: SinceQuery, response: { 200: CoverageView } },
    }, async (req) => {
      const since = (req.query as Static<typeof SinceQuery>).since ?? yearStart();
      const r = await visits.coverageOf(actorOf(req), target(req.params), since);
      return {
        territory: r.territory && { kind: r.territory.kind, id: r.territory.id, name: r.territory.name },
        since, households: r.households, visited: r.visited, visits: r.visits, needs: r.needs, solved: r.solved,
        visitors: r.visitors.map((v) => ({ visitorId: v.visitor_id, visitorName: v.visitor_name, visits: v.visits })),
      };
    });

  const unvisited = (path: string, summary: string, probe: Probe, target: (params: unknown) => CoverageTarget, params?: typeof IdParams) =>
    app.get(path, {
      config: { access: { auth: 'session', probe } },
      schema: { tags, summary, ...(params ? { params } : {}), querystring: UnvisitedQuery, response: { 200: UnvisitedView } },
    }, async (req) => {
      const q = req.query as Static<typeof UnvisitedQuery>;
      const { page, pageSize } = pageOf(q);
      const r = await visits.unvisitedOf(actorOf(req), target(req.params), q.since ?? yearStart(), page, pageSize);
      const addr = await addresses(core.db, r.items.map((i) => i.house_id));
      return {
        items: r.items.map((i) => ({ householdId: i.household_id, houseId: i.house_id, headPersonId: i.head_person_id, lastVisitedAt: i.last_visited_at ? new Date(i.last_visited_at).toISOString() : null, address: addr.get(i.house_id) ?? null })),
        total: r.total, page, pageSize,
      };
    });

  const id = (params: unknown) => (params as Static<typeof IdParams>).id;
  coverage('/units/:id/visit-coverage', '走访覆盖率（默认本年） / Visit coverage (this year by default)', { kind: 'record', resource: 'unit' }, (p) => ({ unitId: id(p) }), IdParams);
  unvisited('/units/:id/unvisited', '未走访的户 / Households not visited', { kind: 'record', resource: 'unit' }, (p) => ({ unitId: id(p) }), IdParams);
  coverage('/grids/:id/visit-coverage', '网格走访覆盖率（其居委会的户，默认本年） / Visit coverage of a grid (its committees\' households, this year by default)', { kind: 'record', resource: 'grid' }, (p) => ({ gridId: id(p) }), IdParams);
  unvisited('/grids/:id/unvisited', '网格内未走访的户 / Households of a grid not visited', { kind: 'record', resource: 'grid' }, (p) => ({ gridId: id(p) }), IdParams);
  // The caller's own territory, answered without parameters; territory is null for a position without one
  // (an administrator reaches every district and picks a unit or grid instead).
  coverage('/visits/my-coverage', '我的辖区走访覆盖率（网格员为其网格） / Visit coverage of my own territory (a grid worker\'s grid)', { kind: 'self' }, () => ({ mine: true }));
  unvisited('/visits/my-unvisited', '我的辖区内未走访的户 / Households of my own territory not visited', { kind: 'list', resource: 'unit', idKey: 'houseId' }, () => ({ mine: true }));
}
