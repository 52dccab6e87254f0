import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { Nullable } from '../../platform/http/schemas.js';
import { MapService } from './map.service.js';
import { orgCatalogs } from './org.catalogs.js';

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3 });
const Boundary = Type.Union([
  Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position)) }),
  Type.Object({ type: Type.Literal('MultiPolygon'), coordinates: Type.Array(Type.Array(Type.Array(Position))) }),
]);

const TerritoryMap = Type.Object({
  district: Type.Object({ id: Type.Integer(), name: Type.String(), code: Nullable(Type.String()) }),
  layers: Type.Array(orgCatalogs.map.entry),
  units: Type.Array(
    Type.Object({
      id: Type.Integer(),
      parentId: Nullable(Type.Integer()),
      type: Type.Union([Type.Literal('district'), Type.Literal('street'), Type.Literal('committee'), Type.Literal('compound')]),
      name: Type.String(),
      lat: Type.Number(),
      lng: Type.Number(),
      boundary: Nullable(Boundary),
    }),
  ),
});

export function mapRoutes(app: TypedApp, core: Core) {
  const maps = new MapService(core);
  app.get(
    '/map',
    {
      // Public geography: the offline base layer of every map, the public pages' included (no building or house in it).
      config: { access: { auth: 'public', probe: { kind: 'none' } } },
      schema: {
        tags: ['org'],
        summary:
          "区的地图：底图来源与街道、居委会、小区的位置和边界 / A district's map: tile sources and the points and boundaries of its streets, committees and compounds",
        querystring: Type.Object({
          district: Type.Optional(Type.String({ maxLength: 12, pattern: '^[0-9A-Za-z-]+$', description: '区划代码 / district code' })),
        }),
        response: { 200: TerritoryMap },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'private, max-age=300');
      return maps.territory(req.actor, req.query.district);
    },
  );
}
