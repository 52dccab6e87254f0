/**
 * The fetch wrapper every page uses, typed by the OpenAPI document (schema.d.ts):
 *   api.get('/api/org/units/{id}', { path: { id } })          → the unit, typed
 *   api.post('/api/org/units/{id}/rename', { path: { id }, body: { name } })
 * A path is one the server declares, its `{name}` parts, query and body are checked, and the answer has the
 * route's type. Besides:
 * - same-origin cookies; `x-csrf-token` on every non-GET request;
 * - `Accept-Language` follows the UI locale so server errors come back localised;
 * - errors become `ApiError` carrying the HTTP status and `{ code, message, details }`;
 * - a 401 on anything but the login/session calls tells the auth layer the session is gone.
 */
import type { ApiBody, ApiErrorBody, ApiPath, ApiPathParams, ApiQuery, ApiResponse, BodyRequired, HttpMethod } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export function isNotFound(e: unknown): boolean {
  return isApiError(e) && e.status === 404;
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | QueryValue[]>;

interface ClientState {
  csrfToken: string | null;
  acceptLanguage: string;
  onUnauthorized: (() => void) | null;
}

const state: ClientState = { csrfToken: null, acceptLanguage: 'zh-CN', onUnauthorized: null };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}
export function setAcceptLanguage(lang: string): void {
  state.acceptLanguage = lang;
}
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  state.onUnauthorized = handler;
}

/** Paths whose 401 is an answer, not an expired session. */
const AUTH_PATHS = ['/api/auth/login', '/api/auth/session', '/api/auth/password'];

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    const values = Array.isArray(v) ? v : [v];
    for (const one of values) {
      if (one === undefined || one === null || one === '') continue;
      params.append(k, String(one));
    }
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** One request, untyped: what the typed `api` below sends everything through. */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': state.acceptLanguage,
    ...opts.headers,
  };
  if (method !== 'GET' && method !== 'HEAD' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    // multipart: the browser sets Content-Type with the boundary.
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', state.acceptLanguage === 'en' ? 'Network error: the server cannot be reached' : '网络错误：无法连接服务器');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!res.ok) {
    const err = (data as Partial<ApiErrorBody> | undefined)?.error;
    const code = err?.code ?? `HTTP_${res.status}`;
    const message = err?.message ?? (res.statusText || `HTTP ${res.status}`);
    if (res.status === 401 && !AUTH_PATHS.some((p) => path.startsWith(p))) state.onUnauthorized?.();
    throw new ApiError(res.status, code, message, err?.details);
  }
  return data as T;
}

/* ---------- typed by the OpenAPI document ---------- */

/** Ids in the browser's URL are strings: a path or query number may be given as one. */
type Loose<T> = T extends number ? number | string : T;

type PathArg<P extends ApiPath<M>, M extends HttpMethod> = [ApiPathParams<P, M>] extends [never]
  ? { path?: undefined }
  : { path: { [K in keyof ApiPathParams<P, M>]: Loose<ApiPathParams<P, M>[K]> } };

/** Query values left empty (undefined, null, '') are left out of the URL. */
type QueryArg<P extends ApiPath<M>, M extends HttpMethod> = [ApiQuery<P, M>] extends [never]
  ? { query?: undefined }
  : { query?: { [K in keyof ApiQuery<P, M>]?: Loose<ApiQuery<P, M>[K]> | null | '' } };

type BodyArg<P extends ApiPath<M>, M extends HttpMethod> = [ApiBody<P, M>] extends [never]
  ? { body?: undefined }
  : BodyRequired<P, M> extends true
    ? { body: ApiBody<P, M> }
    : { body?: ApiBody<P, M> };

export type ApiOptions<P extends ApiPath<M>, M extends HttpMethod> = PathArg<P, M> &
  QueryArg<P, M> &
  BodyArg<P, M> & { signal?: AbortSignal; headers?: Record<string, string> };

/** The options argument: required when the route has path parameters or a required body. */
type Args<O> = object extends O ? [opts?: O] : [opts: O];

/** '/api/org/units/{id}' with { id: 5 } → '/api/org/units/5'. */
export function fillPath(template: string, params?: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined || v === null || v === '') throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(v));
  });
}

function send<T>(
  method: string,
  template: string,
  opts: { path?: object; query?: object; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> } | undefined,
  body?: unknown,
): Promise<T> {
  return request<T>(method, fillPath(template, opts?.path as Record<string, unknown> | undefined), {
    query: opts?.query as Query | undefined,
    body: body ?? opts?.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}),
    signal: opts?.signal,
    headers: opts?.headers,
  });
}

export const api = {
  get: <P extends ApiPath<'get'>>(path: P, ...[opts]: Args<ApiOptions<P, 'get'>>) => send<ApiResponse<P, 'get'>>('GET', path, opts),
  post: <P extends ApiPath<'post'>>(path: P, ...[opts]: Args<ApiOptions<P, 'post'>>) => send<ApiResponse<P, 'post'>>('POST', path, opts),
  put: <P extends ApiPath<'put'>>(path: P, ...[opts]: Args<ApiOptions<P, 'put'>>) => send<ApiResponse<P, 'put'>>('PUT', path, opts),
  patch: <P extends ApiPath<'patch'>>(path: P, ...[opts]: Args<ApiOptions<P, 'patch'>>) => send<ApiResponse<P, 'patch'>>('PATCH', path, opts),
  delete: <P extends ApiPath<'delete'>>(path: P, ...[opts]: Args<ApiOptions<P, 'delete'>>) => send<ApiResponse<P, 'delete'>>('DELETE', path, opts),
  /** POST multipart/form-data (file uploads); CSRF and error handling as for any write. */
  upload: <P extends ApiPath<'post'>>(path: P, form: FormData, ...[opts]: Args<Omit<ApiOptions<P, 'post'>, 'body'>>) =>
    send<ApiResponse<P, 'post'>>('POST', path, opts, form),
  /** The URL of a GET route, for a link or a download the browser fetches itself (cookies suffice for a GET). */
  url: <P extends ApiPath<'get'>>(path: P, ...[opts]: Args<Omit<ApiOptions<P, 'get'>, 'signal' | 'headers'>>) =>
    buildUrl(fillPath(path, opts?.path as Record<string, unknown> | undefined), opts?.query as Query | undefined),
};
