import { Type } from '@sinclair/typebox';
import { Id, Label, Nullable } from '../../../platform/http/schemas.js';
import { Count, Day, Period, Subject } from './indicator.schemas.js';

export const HotTopicQuery = Type.Object({
  departmentId: Type.Optional(Id()),
  to: Type.Optional(Day),
  weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 12, description: 'baseline weeks before the last 7 days (default 4)' })),
});

const Rising = Type.Object({ term: Type.String(), count: Count, expected: Type.Number(), ratio: Type.Number(), z: Type.Number() });

export const HotTopics = Type.Object({
  ...Subject,
  window: Period,
  current: Period,
  weeks: Type.Integer(),
  areaLevel: Nullable(Type.Union([Type.Literal('street'), Type.Literal('committee')])),
  categories: Type.Array(Type.Object({ code: Type.String(), name: Label, groupName: Nullable(Label), count: Count, current: Count })),
  terms: Type.Array(Type.Object({ term: Type.String(), count: Count, current: Count })),
  rising: Type.Array(Rising),
  areas: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String(), rising: Type.Array(Rising) })),
});

export const HotTopicHeatQuery = Type.Object({
  ...HotTopicQuery.properties,
  term: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'only the orders with this keyword' })),
  category: Type.Optional(Type.String({ minLength: 1, maxLength: 16, description: 'only the orders of this category code' })),
});

export const HotTopicHeat = Type.Object({
  window: Period,
  term: Nullable(Type.String()),
  category: Nullable(Type.String()),
  cells: Type.Array(Type.Object({ lat: Type.Number(), lng: Type.Number(), count: Count }), {
    description: "counted cells at a compound's point or rounded to about 100 m, never one order's point",
  }),
  total: Count,
  unplaced: Count,
});
