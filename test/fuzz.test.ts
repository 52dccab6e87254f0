import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteOptions } from 'fastify';
import { createTestPlatform, type TestPlatform } from './support/test-platform.js';
import { login } from './support/http.js';
import { FACTORY_PASSWORD, makeUser } from './support/factories.js';
import { fromSchema, garbage, queryString, rawTail, segment } from './support/fuzz.js';
import { buildApp, type LinliApp } from '../src/platform/http/app.js';
import type { RoleId } from '../src/platform/roles.js';

/**
 * Throws random requests at every route the running app has (read from app.linliRoutes, as the scope test
 * does, so a new route is fuzzed without touching this file): path parameters, query strings and JSON bodies
 * shaped from the route's own schemas, with edge values and garbage mixed in, for an anonymous caller, a
 * committee worker, district staff and an administrator. No answer may be a 500, and an /api answer that
 * refuses must carry the usual error body. The seed is fixed and the runs per route bounded: the same
 * requests every time, a few seconds' work.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260105);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/** The server's own account of each 500 (the error it logged), to name the cause beside the request. */
const serverErrors: string[] = [];
const logStream = { write: (line: string) => void serverErrors.push(line) };

let t: TestPlatform;
let app: LinliApp;

interface Caller {
  name: string;
  /** The demo account whose position a fresh caller copies. */
  like?: string;
  cookie?: string;
  csrf?: string;
}
const callers: Caller[] = [{ name: 'anonymous' }, { name: 'worker', like: 'worker' }, { name: 'district', like: 'district' }, { name: 'admin', like: 'admin' }];

/**
 * Signs in a user of its own with the same position as the demo account, so that a fuzzed request that signs
 * out, disables or resets an account never takes a demo account (or the next caller) with it.
 */
async function signIn(c: Caller) {
  const pos = await t.core.db
    .selectFrom('position')
    .innerJoin('app_user', 'app_user.id', 'position.user_id')
    .select(['position.role', 'position.unit_id', 'position.grid_id', 'position.department_id'])
    .where('app_user.username', '=', c.like!)
    .executeTakeFirstOrThrow();
  const { user } = await makeUser(t.core, pos.role as RoleId, pos.unit_id!, { gridId: pos.grid_id ?? undefined, departmentId: pos.department_id ?? undefined });
  const client = await login(app, user.username, FACTORY_PASSWORD);
  c.cookie = client.cookie;
  c.csrf = client.csrf;
}

beforeAll(async () => {
  // Fuzzed logins with random names must not lock the callers out of signing in again.
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 }, config: { loginRateLimitPerMinute: 100_000 } });
  app = await buildApp(t.core, { logger: { level: 'error', stream: logStream } });
  for (const c of callers) if (c.like) await signIn(c);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await t?.close();
});

const routes = () =>
  app.linliRoutes.flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD').map((method) => ({ method, url: r.url, route: r as RouteOptions })),
  );

interface Request {
  params: Record<string, unknown>;
  query: unknown;
  body: unknown;
  tail: string;
}

/** The requests of one route: its path parameters, query and body from its schemas. */
function requestsOf(route: RouteOptions, url: string): fc.Arbitrary<Request> {
  const schema = (route.schema ?? {}) as Record<string, any>;
  const names = [...url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
  const params = fc.record(Object.fromEntries(names.map((n) => [n, schema.params?.properties?.[n] ? fromSchema(schema.params.properties[n]) : garbage])));
  const query = schema.querystring
    ? fromSchema(schema.querystring)
    : fc.option(fc.dictionary(fc.string({ maxLength: 6 }), garbage, { maxKeys: 2 }), { nil: undefined });
  const body = schema.body ? fromSchema(schema.body) : fc.option(garbage, { nil: undefined });
  return fc.record({ params, query, body, tail: rawTail });
}

const MULTIPART_BOUNDARY = '----linlifuzz';
/** A multipart upload of random bytes behind a picture's first bytes, for routes that take files. */
function multipart(bytes: Uint8Array): Buffer {
  const head = `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(bytes), Buffer.from(`\r\n--${MULTIPART_BOUNDARY}--\r\n`)]);
}

async function send(c: Caller, method: string, url: string, req: Request, route: RouteOptions, upload?: Uint8Array) {
  let path = url;
  for (const [k, v] of Object.entries(req.params)) path = path.replace(`:${k}`, segment(v));
  const qs = queryString(req.query) + req.tail;
  const headers: Record<string, string> = {};
  if (c.cookie) headers.cookie = c.cookie;
  if (c.csrf && method !== 'GET') headers['x-csrf-token'] = c.csrf;
  const takesFiles = ((route.schema as { consumes?: string[] } | undefined)?.consumes ?? []).includes('multipart/form-data');
  let payload: string | Buffer | undefined;
  if (method !== 'GET') {
    if (takesFiles && upload) {
      headers['content-type'] = `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`;
      payload = multipart(upload);
    } else if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(req.body);
    }
  }
  return app.inject({ method: method as 'GET', url: qs ? `${path}?${qs}` : path, headers, payload });
}

/** What is wrong with an answer, or null: a 500, or an /api refusal without the usual error body. */
function problemWith(url: string, status: number, body: string, contentType: string | undefined): string | null {
  if (status >= 500) {
    const logged = serverErrors
      .splice(0)
      .map((l) => JSON.parse(l) as { err?: { message?: string; stack?: string } })
      .find((l) => l.err);
    return `answered ${status}: ${logged?.err?.stack?.split('\n').slice(0, 4).join(' | ') ?? body.slice(0, 300)}`;
  }
  if (status >= 400 && url.startsWith('/api/') && status !== 429) {
    if (!contentType?.startsWith('application/json')) return `answered ${status} as ${contentType}`;
    const e = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof e?.code !== 'string' || typeof e.message !== 'string' || !e.message) return `answered ${status} without the error body: ${body.slice(0, 200)}`;
  }
  return null;
}

describe('random requests to every route', () => {
  it('never answer 500, and refuse with the usual error body', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const c of callers) {
      for (const { method, url, route } of routes()) {
        const takesFiles = ((route.schema as { consumes?: string[] } | undefined)?.consumes ?? []).includes('multipart/form-data');
        const arb = fc.tuple(requestsOf(route, url), takesFiles ? fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }) : fc.constant(undefined));
        let last = '';
        const details = await fc.check(
          fc.asyncProperty(arb, async ([req, upload]) => {
            const res = await send(c, method, url, req, route, upload);
            sent++;
            // A request that signed the caller out, disabled or reset them: the next one starts with a new user.
            if (c.like && (res.statusCode === 401 || (res.statusCode === 403 && res.body.includes('PASSWORD_CHANGE_REQUIRED')))) await signIn(c);
            const problem = problemWith(url, res.statusCode, res.body, res.headers['content-type'] as string | undefined);
            if (problem) last = problem;
            return problem === null;
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
        if (details.failed)
          failures.push(
            `${c.name} ${method} ${url} ${JSON.stringify(details.counterexample?.[0])}: ${last}${details.errorInstance ? ` ${String(details.errorInstance)}` : ''}`,
          );
      }
    }
    expect(sent).toBeGreaterThan(routes().length * callers.length);
    expect(failures).toEqual([]);
  }, 600_000);
});
