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
} satisfies Record<string, CatalogDef>;
