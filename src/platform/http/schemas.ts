import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const PageQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
});
export type PageQuery = Static<typeof PageQuery>;

export const paged = <T extends import('@sinclair/typebox').TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    /** True when counting stopped at a cap: `total` is then a lower bound. */
    totalCapped: Type.Optional(Type.Boolean()),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });

export function pageOf(q: { page?: number; pageSize?: number }) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
});

export const Label = Type.Object({ zh: Type.String(), en: Type.String() });

// Null first: request bodies are validated with type coercion, and a number tried first turns null into 0.
export const Nullable = <T extends TSchema>(t: T) => Type.Union([Type.Null(), t]);

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
