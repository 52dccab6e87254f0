import { Type } from '@sinclair/typebox';
import type { CatalogDef } from '../../platform/catalog.js';
import { Label } from '../../platform/http/schemas.js';

const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' });

/** A body placed in every street: `{street}` in its name stands for the street's. */
const PerStreet = Type.Object({ code: Code, name: Label, perStreet: Type.Optional(Type.Boolean()) });

/**
 * The catalogs org owns: the housing types a house unit is of, and the district's departments with the teams
 * and offices each street has (the departments org creates, and where appeals route orders).
 */
/**
 * The district's map: the tile sources it has licensed (天地图 WMTS with its key, or another provider), each in the
 * coordinate system its tiles are drawn in, and how far a reported point may lie from a compound or committee and
 * still be placed in it. No source means the offline base layer drawn from the district's own units.
 */
const MapLayer = Type.Object({
  code: Code,
  name: Label,
  kind: Type.Union([Type.Literal('wmts'), Type.Literal('xyz')]),
  /** A tile URL template with {z} {x} {y} (and {s} for subdomains); a key goes in it as the provider asks. */
  url: Type.String({ minLength: 8, maxLength: 500, pattern: '^https://' }),
  crs: Type.Union([Type.Literal('WGS84'), Type.Literal('GCJ02'), Type.Literal('BD09')]),
  attribution: Type.Optional(Type.String({ maxLength: 200 })),
  subdomains: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 10 })),
  maxZoom: Type.Optional(Type.Integer({ minimum: 1, maximum: 22 })),
  overlay: Type.Optional(Type.Boolean()),
});

export const orgCatalogs = {
  'housing-types': {
    label: { zh: '房屋类型', en: 'Housing types' },
    entry: Type.Object({ code: Code, name: Label, description: Type.Optional(Label) }),
  },
  departments: {
    label: { zh: '职能部门', en: 'Departments' },
    entry: Type.Object({
      code: Code,
      name: Label,
      kind: Type.Union(['department', 'centre', 'court', 'congress', 'military', 'peopleOrg'].map((k) => Type.Literal(k))),
      functions: Type.Array(Type.String()),
    }),
    extra: Type.Object({
      streetTeams: Type.Optional(
        Type.Array(
          Type.Intersect([PerStreet, Type.Object({ department: Type.Optional(Type.String()), management: Type.Optional(Type.Union([Type.Null(), Label])) })]),
        ),
      ),
      streetOffices: Type.Optional(Type.Array(Type.Intersect([PerStreet, Type.Object({ role: Type.Optional(Type.String()) })]))),
    }),
  },
  map: {
    label: { zh: '地图与定位', en: 'Map and placement' },
    entry: MapLayer,
    extra: Type.Object({
      compoundRadiusM: Type.Optional(Type.Integer({ minimum: 0, maximum: 5000 })),
      committeeRadiusM: Type.Optional(Type.Integer({ minimum: 0, maximum: 20000 })),
    }),
  },
} satisfies Record<string, CatalogDef>;
