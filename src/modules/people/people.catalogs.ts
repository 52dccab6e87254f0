import { Type } from '@sinclair/typebox';
import type { CatalogDef } from '../../platform/catalog.js';
import { Label } from '../../platform/http/schemas.js';

const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' });
const Age = Type.Integer({ minimum: 0, maximum: 150 });

/** The tags people owns: what tag.catalog.ts reads, a rule tag recomputed from birth dates (age, age living alone). */
export const peopleCatalogs = {
  tags: {
    label: { zh: '标签', en: 'Tags' },
    entry: Type.Object({
      code: Code,
      name: Label,
      level: Type.Union([Type.Literal('city'), Type.Literal('district'), Type.Literal('street')]),
      group: Type.String(),
      target: Type.Union([Type.Literal('person'), Type.Literal('house'), Type.Literal('building'), Type.Literal('compound')]),
      sensitive: Type.Boolean(),
      rule: Type.Optional(Type.Object({ kind: Type.Union([Type.Literal('age'), Type.Literal('ageAlone')]), min: Age, max: Type.Optional(Age) })),
      street: Type.Optional(Type.String()),
    }),
    extra: Type.Object({ groups: Type.Array(Type.Object({ code: Code, name: Label, sensitive: Type.Boolean() })) }),
  },
} satisfies Record<string, CatalogDef>;
