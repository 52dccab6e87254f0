import type { TypedApp } from '../../platform/http/app.types.js';
import { Type, type Static } from '@sinclair/typebox';
import type { Actor } from '../../platform/actor.js';
import { IdParams, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { todayInShanghai } from '../../platform/time.js';
import { Day, AddressView, tags } from './people.schemas.js';
import type { VisitService } from './visit.service.js';
import type { CoverageTarget } from './visit.territory.js';

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
  households: Type.Integer(),
  visited: Type.Integer(),
  visits: Type.Integer(),
  needs: Type.Integer(),
  solved: Type.Integer(),
  visitors: Type.Array(Type.Object({ visitorId: Type.Integer(), visitorName: Type.String(), visits: Type.Integer() })),
});
const UnvisitedView = paged(
  Type.Object({
    householdId: Type.Integer(),
    houseId: Type.Integer(),
    headPersonId: Nullable(Type.Integer()),
    lastVisitedAt: Nullable(Type.String()),
    address: Nullable(AddressView),
  }),
);

/** "四百大走访" counts the calendar year unless another start is asked for. */
const yearStart = () => `${todayInShanghai().slice(0, 4)}-01-01`;

/**
 * Visit coverage and the households not yet visited, asked of a unit, of a grid (its committees), or of the
 * caller's own territory: a grid worker's grid, a committee worker's committee, a street's street.
 */
export function visitCoverageRoutes(app: TypedApp, visits: VisitService) {
  const coverageAnswer = async (actor: Actor, target: CoverageTarget, since = yearStart()) => {
    const r = await visits.coverageOf(actor, target, since);
    return {
      territory: r.territory && { kind: r.territory.kind, id: r.territory.id, name: r.territory.name },
      since,
      households: r.households,
      visited: r.visited,
      visits: r.visits,
      needs: r.needs,
      solved: r.solved,
      visitors: r.visitors.map((v) => ({ visitorId: v.visitor_id, visitorName: v.visitor_name, visits: v.visits })),
    };
  };
  const unvisitedAnswer = async (actor: Actor, target: CoverageTarget, q: Static<typeof UnvisitedQuery>) => {
    const { page, pageSize } = pageOf(q);
    const r = await visits.unvisitedOf(actor, target, q.since ?? yearStart(), page, pageSize);
    return {
      items: r.items.map((i) => ({
        householdId: i.household_id,
        houseId: i.house_id,
        headPersonId: i.head_person_id,
        lastVisitedAt: i.last_visited_at ? new Date(i.last_visited_at).toISOString() : null,
        address: r.addresses.get(i.house_id) ?? null,
      })),
      total: r.total,
      page,
      pageSize,
    };
  };

  // A unit's or a grid's households, the record named by the id in the path.
  const ofRecord = (path: string, resource: 'unit' | 'grid', target: (id: number) => CoverageTarget, summary: { coverage: string; unvisited: string }) => {
    const access = { auth: 'session' as const, probe: { kind: 'record' as const, resource } };
    app.get(
      `${path}/visit-coverage`,
      {
        config: { access },
        schema: { tags, summary: summary.coverage, params: IdParams, querystring: SinceQuery, response: { 200: CoverageView } },
      },
      async (req) => coverageAnswer(actorOf(req), target(req.params.id), req.query.since),
    );
    app.get(
      `${path}/unvisited`,
      {
        config: { access },
        schema: { tags, summary: summary.unvisited, params: IdParams, querystring: UnvisitedQuery, response: { 200: UnvisitedView } },
      },
      async (req) => unvisitedAnswer(actorOf(req), target(req.params.id), req.query),
    );
  };
  ofRecord('/units/:id', 'unit', (unitId) => ({ unitId }), {
    coverage: '走访覆盖率（默认本年） / Visit coverage (this year by default)',
    unvisited: '未走访的户 / Households not visited',
  });
  ofRecord('/grids/:id', 'grid', (gridId) => ({ gridId }), {
    coverage: "网格走访覆盖率（其居委会的户，默认本年） / Visit coverage of a grid (its committees' households, this year by default)",
    unvisited: '网格内未走访的户 / Households of a grid not visited',
  });

  // The caller's own territory, answered without parameters; territory is null for a position without one
  // (an administrator reaches every district and picks a unit or grid instead).
  app.get(
    '/visits/my-coverage',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags,
        summary: "我的辖区走访覆盖率（网格员为其网格） / Visit coverage of my own territory (a grid worker's grid)",
        querystring: SinceQuery,
        response: { 200: CoverageView },
      },
    },
    async (req) => coverageAnswer(actorOf(req), { mine: true }, req.query.since),
  );
  app.get(
    '/visits/my-unvisited',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'unit', idKey: 'houseId' } } },
      schema: {
        tags,
        summary: '我的辖区内未走访的户 / Households of my own territory not visited',
        querystring: UnvisitedQuery,
        response: { 200: UnvisitedView },
      },
    },
    async (req) => unvisitedAnswer(actorOf(req), { mine: true }, req.query),
  );
}
