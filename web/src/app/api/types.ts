/**
 * The API's shapes, taken from the types generated from the OpenAPI document (schema.d.ts, `npm run api-types`):
 * a page names a route (`ApiResponse<'/api/org/units/{id}'>`) rather than copying its shape by hand.
 */
import type { paths } from './schema';

export type { paths };

/** A server label in both languages. */
export interface Label {
  zh: string;
  en: string;
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends keyof paths, M extends HttpMethod> = Extract<paths[P][M], { responses: unknown }>;

/** The paths that answer a method. */
export type ApiPath<M extends HttpMethod = HttpMethod> = {
  [P in keyof paths]: [Operation<P, M>] extends [never] ? never : P;
}[keyof paths];

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : void;
type Ok = 200 | 201 | 202 | 204;
type Success<R> = { [K in keyof R & Ok]: Json<R[K]> }[keyof R & Ok];

/** What a route answers when it succeeds (every 2xx it declares, e.g. a session or a second step for a login). */
export type ApiResponse<P extends ApiPath<M>, M extends HttpMethod = 'get'> = Success<Operation<P, M>['responses']>;

/** The JSON body a route takes (never when it takes none). */
export type ApiBody<P extends ApiPath<M>, M extends HttpMethod = 'post'> = [NonNullable<Operation<P, M>['requestBody']>] extends [never]
  ? never
  : NonNullable<Operation<P, M>['requestBody']> extends { content: { 'application/json': infer B } }
    ? B
    : never;

/** The query a route takes (never when it takes none). */
export type ApiQuery<P extends ApiPath<M>, M extends HttpMethod = 'get'> = NonNullable<Operation<P, M>['parameters']['query']>;

/** The `{name}` parts of a route's path (never when it has none). */
export type ApiPathParams<P extends ApiPath<M>, M extends HttpMethod = 'get'> = NonNullable<Operation<P, M>['parameters']['path']>;

/** Whether a route's body is required. */
export type BodyRequired<P extends ApiPath<M>, M extends HttpMethod> = Operation<P, M> extends { requestBody: unknown } ? true : false;

/** One item of a paged list (`{ items, total, page, pageSize }`) or of an `{ items }` answer. */
export type ApiItem<P extends ApiPath<'get'>> = ApiResponse<P> extends { items: Array<infer I> } ? I : never;

/** The GET routes that answer `{ items: [...] }` and take no path parameter: the lists a remote select can search. */
export type ListPath = {
  [P in ApiPath<'get'>]: ApiResponse<P> extends { items: unknown[] } ? ([ApiPathParams<P>] extends [never] ? P : never) : never;
}[ApiPath<'get'>];

export interface Paged<T> {
  items: T[];
  total: number;
  /** The total is a lower bound: counting stopped there (a large list need not be counted to be paged). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export type Session = ApiResponse<'/api/auth/session'>;
export type Position = Session['positions'][number];
export type SessionUser = Session['user'];
/** The first step of a login whose account has a second factor: no session yet, a code must follow. */
export type SecondStep = Extract<ApiResponse<'/api/auth/login', 'post'>, { secondFactor: unknown }>;

export type Nav = ApiResponse<'/api/nav'>;
export type NavItem = Nav['items'][number];

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
