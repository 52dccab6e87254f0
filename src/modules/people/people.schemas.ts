import { Type, type Static } from '@sinclair/typebox';
import { Day as SharedDay, Id, Label, Nullable, PageQuery } from '../../platform/http/schemas.js';
import { DOC_TYPES, HOUSE_RELATIONS, RESIDENCE } from './people.types.js';
import type { PersonQuery } from './person.repository.js';

/** Schemas the people routes share. */

export const Enum = <T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
export const Day = SharedDay();

export const AddressView = Type.Object({
  houseId: Type.Integer(),
  house: Type.String(),
  compound: Nullable(Type.String()),
  committee: Nullable(Type.String()),
  text: Type.String(),
});
export const TagRef = Type.Object({ code: Type.String(), name: Label, sensitive: Type.Boolean() });
export const PersonView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  gender: Nullable(Type.String()),
  birthDate: Nullable(Type.String()),
  age: Nullable(Type.Integer()),
  ethnicity: Nullable(Type.String()),
  nationality: Nullable(Type.String()),
  docType: Type.String(),
  docTypeLabel: Label,
  docMasked: Type.String(),
  phoneMasked: Nullable(Type.String()),
  residence: Type.String(),
  residenceLabel: Label,
  houseId: Nullable(Type.Integer()),
  address: Nullable(AddressView),
  tags: Type.Array(TagRef),
  /** Moved away or died: no longer living here (null for everyone who is). */
  departed: Nullable(Enum(['moved_out', 'deceased'] as const)),
  departedOn: Nullable(Type.String()),
  updatedAt: Type.String(),
});
export const PersonBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 50 }),
  docType: Enum(DOC_TYPES),
  docNumber: Type.String({ minLength: 1, maxLength: 30 }),
  gender: Type.Optional(Nullable(Enum(['male', 'female'] as const))),
  birthDate: Type.Optional(Nullable(Day)),
  ethnicity: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  nationality: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  residence: Enum(RESIDENCE),
  houseId: Id(),
  relation: Enum(HOUSE_RELATIONS),
  since: Type.Optional(Nullable(Day)),
  headPersonId: Type.Optional(Nullable(Type.Integer())),
  relationToHead: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
});
export const ListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    unitId: Type.Optional(Id()),
    gridId: Type.Optional(Id()),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    tags: Type.Optional(Type.String({ maxLength: 200, description: 'comma-separated tag codes, all required' })),
    ageMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    ageMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    gender: Type.Optional(Enum(['male', 'female'] as const)),
    residence: Type.Optional(Enum(RESIDENCE)),
    noVisitDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
    departed: Type.Optional(Type.Boolean({ description: 'those who moved away or died, instead of those living here' })),
    sort: Type.Optional(Enum(['address', 'name', 'age', 'updated'] as const)),
    desc: Type.Optional(Type.Boolean()),
  }),
]);
export const tags = ['people'];

export const personBody = (b: Static<typeof PersonBody>) => ({
  ...b,
  gender: b.gender ?? null,
  birthDate: b.birthDate ?? null,
  ethnicity: b.ethnicity ?? null,
  nationality: b.nationality ?? null,
  phone: b.phone ?? null,
});

/** The list filters of the query string, as the person queries take them. */
export function listFilters(q: Static<typeof ListQuery>): Omit<PersonQuery, 'today' | 'hiddenTags' | 'limit' | 'offset'> & { unitId?: number } {
  return {
    unitId: q.unitId,
    q: q.q?.trim() || undefined,
    tags: q.tags
      ? q.tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : undefined,
    ageMin: q.ageMin,
    ageMax: q.ageMax,
    gender: q.gender,
    residence: q.residence,
    noVisitDays: q.noVisitDays,
    departed: q.departed,
    sort: q.sort ?? 'address',
    desc: q.desc ?? false,
  };
}
