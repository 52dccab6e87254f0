import type { LinliApp } from '../../src/platform/http/app.js';
import { DEMO_PASSWORD } from '../../src/modules/accounts/accounts.demo.js';

export interface Client {
  cookie: string;
  csrf: string;
  session: Record<string, any>;
  get(url: string, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

/** Logs in through the real route and returns a client that sends the cookie and CSRF token like the web app. */
export async function login(app: LinliApp, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const session = res.json();
  const parse = (body: string) => {
    try {
      return JSON.parse(body);
    } catch {
      return body;
    }
  };
  return {
    cookie,
    csrf: session.csrfToken,
    session,
    async get(url, headers = {}) {
      const r = await app.inject({ method: 'GET', url, headers: { cookie, ...headers } });
      return { status: r.statusCode, body: parse(r.body) };
    },
    async post(url, payload, headers = {}) {
      const r = await app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie, 'x-csrf-token': session.csrfToken, ...headers } });
      return { status: r.statusCode, body: parse(r.body) };
    },
  };
}
