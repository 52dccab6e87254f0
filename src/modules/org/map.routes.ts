import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { Nullable } from '../../platform/http/schemas.js';
import { MapService } from './map.service.js';
import { LocationService } from './location.service.js';
import { PlaceSearchService } from './place-search.service.js';
import { IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { orgCatalogs } from './org.catalogs.js';

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3 });
const Boundary = Type.Union([
  Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position)) }),
  Type.Object({ type: Type.Literal('MultiPolygon'), coordinates: Type.Array(Type.Array(Type.Array(Position))) }),
]);

const Location = Type.Object({
  lat: Type.Number({ minimum: -90, maximum: 90, description: 'WGS-84' }),
  lng: Type.Number({ minimum: -180, maximum: 180, description: 'WGS-84' }),
  boundary: Type.Optional(Nullable(Boundary)),
});
const LocationView = Type.Object({
  lat: Type.Number(),
  lng: Type.Number(),
  boundary: Nullable(Boundary),
  source: Type.String(),
  updatedAt: Type.String(),
});
const toView = (l: { lat: number; lng: number; boundary: unknown; source: string; updated_at: Date }) => ({
  lat: l.lat,
  lng: l.lng,
  boundary: l.boundary as never,
  source: l.source,
  updatedAt: l.updated_at.toISOString(),
});

const FoundPlace = Type.Object({
  id: Type.Integer(),
  type: Type.Union([Type.Literal('street'), Type.Literal('committee'), Type.Literal('compound'), Type.Literal('building')]),
  name: Type.String(),
  within: Nullable(Type.String({ description: "the unit it lies in: a building's compound, a compound's committee" })),
  address: Nullable(Type.String({ description: "a compound's address (弄/号)" })),
  committee: Nullable(Type.String({ description: 'the committee a compound or building is in' })),
  lat: Type.Number({ description: 'WGS-84' }),
  lng: Type.Number({ description: 'WGS-84' }),
  pointOf: Type.Integer({ description: "the unit whose point this is (a building's compound when the building has none)" }),
});

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
  const locations = new LocationService(core);
  const places = new PlaceSearchService(core);

  app.get(
    '/units/:id/location',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: {
        tags: ['org'],
        summary: "单位的地图位置与边界（未设置时为 null） / A unit's point and boundary (null when not placed)",
        params: IdParams,
        response: { 200: Nullable(LocationView) },
      },
    },
    async (req) => {
      const l = await locations.get(actorOf(req), req.params.id);
      return l ? toView(l) : null;
    },
  );

  app.post(
    '/units/:id/location',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit', body: { lat: 31.23, lng: 121.45 } } } },
      schema: {
        tags: ['org'],
        summary: '设置单位的地图位置（WGS-84）与边界（GeoJSON） / Place a unit on the map (WGS-84 point, GeoJSON boundary)',
        params: IdParams,
        body: Location,
        response: { 200: LocationView },
      },
    },
    async (req) => toView(await locations.set(actorOf(req), req.params.id, req.body)),
  );

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

  app.get(
    '/map/places',
    {
      config: { access: { auth: 'session', probe: { kind: 'none' } } },
      schema: {
        tags: ['org'],
        summary:
          '按名称或地址查找本区的小区、楼栋、居委会与街道及其地图位置（不含房屋） / Find compounds, buildings, committees and streets of the district by name or address, with their points (never a house)',
        querystring: Type.Object({
          q: Type.String({ maxLength: 60, description: '名称或地址，空格分隔多个词 / name or address; words separated by spaces' }),
          district: Type.Optional(Type.String({ maxLength: 12, pattern: '^[0-9A-Za-z-]+$', description: '区划代码 / district code' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(FoundPlace) }) },
      },
    },
    async (req) => ({ items: await places.search(actorOf(req), req.query.q, req.query.district) }),
  );
}
