import { Type } from '@sinclair/typebox';
import type { CatalogDef } from '../../platform/catalog.js';
import { Label } from '../../platform/http/schemas.js';

const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

const Subcategory = Type.Object({
  code: Code,
  name: Label,
  acceptHours: Type.Number({ minimum: 0 }),
  resolveDays: Type.Integer({ minimum: 0 }),
  public: Type.Boolean(),
  handler: Type.String({ minLength: 1 }),
  urgent: Type.Optional(Type.Boolean()),
  private: Type.Optional(Type.Boolean()),
});

/**
 * The catalogs appeals owns: problem categories with their time limits and handlers (what an order is about and
 * how long it may take), and the working-day calendar its clocks count on.
 */
export const appealsCatalogs = {
  'problem-categories': {
    label: { zh: '问题分类及时限', en: 'Problem categories and time limits' },
    entry: Type.Object({ code: Code, name: Label, private: Type.Optional(Type.Boolean()), subcategories: Type.Array(Subcategory, { minItems: 1 }) }),
    extra: Type.Object({
      defaults: Type.Optional(
        Type.Object({
          acceptHours: Type.Number({ minimum: 0 }),
          urgentAcceptMinutes: Type.Optional(Type.Integer({ minimum: 0 })),
          warnAtShare: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
        }),
      ),
      publicView: Type.Optional(
        Type.Object({ placeLevel: Type.Union([Type.Literal('compound'), Type.Literal('street')]), privateCategories: Type.Array(Type.String()) }),
      ),
    }),
  },
  calendar: {
    label: { zh: '工作日历', en: 'Working-day calendar' },
    // Its content is its years, not a list: no entry is expected.
    entry: Type.Never(),
    extra: Type.Object({
      timezone: Type.String({ minLength: 1 }),
      weekend: Type.Array(Type.Integer({ minimum: 0, maximum: 6 })),
      workingHours: Type.Optional(Type.Object({ start: Clock, end: Clock })),
      years: Type.Record(Type.String({ pattern: '^\\d{4}$' }), Type.Object({ holidays: Type.Array(Day), workdays: Type.Array(Day) })),
    }),
  },
} satisfies Record<string, CatalogDef>;
