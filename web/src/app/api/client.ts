/**
 * The fetch wrapper every page uses.
 * - same-origin cookies; `x-csrf-token` on every non-GET request;
 * - `Accept-Language` follows the UI locale so server errors come back localised;
 * - errors become `ApiError` carrying the HTTP status and `{ code, message, details }`;
 * - a 401 on anything but the login/session calls tells the auth layer the session is gone.
 */
import type { ApiErrorBody } from './types';

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
  let data: unknown = undefined;
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

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POST multipart/form-data (file uploads); CSRF and error handling as for any write. */
  upload: <T>(path: string, form: FormData, query?: Query) => request<T>('POST', path, { body: form, query }),
};
