import { Type, type Static, type TSchema } from '@sinclair/typebox';

/**
 * A record id: a positive PostgreSQL integer. Every id a request carries (path, query or body) is one of these,
 * so that 2147483648 or 1e308 is refused as a field error instead of failing in the database.
 */
export const MAX_ID = 2_147_483_647;
export const Id = (opts: { description?: string } = {}) => Type.Integer({ minimum: 1, maximum: MAX_ID, ...opts });

/** Far past any list's end (200 a page), and low enough that the offset stays a safe integer. */
export const MAX_PAGE = 100_000;
export const Page = Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 });
export const PageSize = Type.Integer({ minimum: 1, maximum: 200, default: 20 });

export const PageQuery = Type.Object({
  page: Type.Optional(Page),
  pageSize: Type.Optional(PageSize),
});

/** A calendar day, YYYY-MM-DD, that exists (2026-02-30 does not), within the years PostgreSQL and people use. */
export const Day = (opts: { description?: string } = {}) => Type.String({ format: 'date', pattern: '^[12]\\d{3}-\\d{2}-\\d{2}$', ...opts });
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

export const IdParams = Type.Object({ id: Id() });
