import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteOptions } from 'fastify';
import { createTestPlatform, type TestPlatform } from './support/test-platform.js';
import { login, type Client } from './support/http.js';
import { makeUnit } from './support/factories.js';
import { fingerprint, reaches, sampleRecord } from './support/scope-oracle.js';
import type { Access, NaturalKeyContext, NaturalKeyProbe } from '../src/platform/http/access.js';
import type { Actor } from '../src/platform/actor.js';
import type { LinliApp } from '../src/platform/http/app.js';

/**
 * Walks every registered API route for every role, inside and outside that role's scope — those under /api
 * and those modules mount at a root prefix of their own (Open311's /open311/v2). It reads the routes from
 * the running app, so a module that adds a route is walked without touching this file; a route that names
 * no resource or an unknown one fails here.
 */
let t: TestPlatform;
let app: LinliApp;
const clients = new Map<string, { client: Client; actor: Actor }>();

beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  // A second district, so "outside" also means another tenant.
  const house = await makeUnit(t.core, 'house');
  void house;
  app = await t.app();
  const demo = await t.core.db
    .selectFrom('app_user')
    .innerJoin('position', 'position.user_id', 'app_user.id')
    .select(['app_user.username', 'position.role'])
    .where('app_user.is_demo', '=', true)
    .execute();
  const { AuthService } = await import('../src/platform/auth/auth.service.js');
  for (const d of demo) {
    const client = await login(app, d.username);
    const state = await new AuthService(t.core).resolve(client.cookie.split('=')[1]!);
    clients.set(d.username, {
      client,
      actor: {
        userId: state.userId,
        userName: state.displayName,
        positionId: state.position!.id,
        role: state.position!.role,
        scope: state.scope,
        requestId: 'scope-test',
        locale: 'zh-CN',
      },
    });
  }
}, 300_000);
afterAll(() => t.close());

const routes = () =>
  app.linliRoutes.flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method])
      .filter((m) => m !== 'HEAD')
      .map((method) => ({ method, url: r.url, access: r.config!.access as Access, route: r as RouteOptions })),
  );

const auditCount = async () =>
  Number(
    (
      await t.core.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function fill(url: string, param: string, id: string, others: Record<string, string> = {}) {
  let u = url.replace(`:${param}`, id);
  for (const [k, v] of Object.entries(others)) u = u.replace(`:${k}`, v);
  return u.replace(/:[A-Za-z]+/g, '1');
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let cur = obj;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  cur[keys[keys.length - 1]!] = value;
}

/**
 * The ids a list answered: JSON items at `itemsKey`, or the body itself when it is an array (Open311); an XML
 * list (Open311's other format) by its id elements.
 */
function listedIds(body: unknown, itemsKey: string, idKey: string): string[] {
  if (typeof body === 'string') return [...body.matchAll(new RegExp(`<${idKey}>([^<]*)</${idKey}>`, 'g'))].map((m) => m[1]!);
  const items = (Array.isArray(body) ? body : (body as Record<string, unknown>)[itemsKey]) as Array<Record<string, unknown>>;
  return items.map((item) => String(item[idKey]));
}

const unique = (body: Record<string, unknown>) => JSON.parse(JSON.stringify(body).replaceAll('{unique}', Math.random().toString(36).slice(2, 8)));

describe('scope over every route', () => {
  it('has a demo account for every role', () => {
    const roles = new Set([...clients.values()].map((c) => c.actor.role));
    expect(t.core.roles.ids().filter((r) => !roles.has(r))).toEqual([]);
  });

  it('every API route declares what it reaches, with a known resource', () => {
    const all = routes();
    expect(all.length).toBeGreaterThan(15);
    for (const r of all) {
      expect(r.access, `${r.method} ${r.url}`).toBeDefined();
      const p = r.access.probe;
      if ('resource' in p) expect(t.core.resources.has(p.resource), `${r.method} ${r.url} names unknown resource ${p.resource}`).toBe(true);
    }
  });

  it('walks the routes modules mount outside /api (Open311) with the same declarations', () => {
    const prefixes = t.core.modules.flatMap((m) => (m.rootRoutes ?? []).map((r) => r.prefix));
    expect(prefixes).toContain('/open311/v2');
    for (const prefix of prefixes) {
      const mounted = routes().filter((r) => r.url.startsWith(`${prefix}/`));
      expect(mounted.length, prefix).toBeGreaterThan(0);
      // A root route with a record or list probe is walked below like any /api route.
      expect(
        mounted.some((r) => r.access.probe.kind === 'record' || r.access.probe.kind === 'list'),
        prefix,
      ).toBe(true);
    }
  });

  it('refuses out-of-scope records with 404, filters lists, and writes nothing outside scope', async () => {
    const leaks: string[] = [];
    const served = new Set<string>();
    for (const [username, { client, actor }] of clients) {
      for (const r of routes()) {
        const p = r.access.probe;
        const label = `${username}(${actor.role}) ${r.method} ${r.url}`;
        if (p.kind === 'record' || p.kind === 'create') {
          const resource = t.core.resources.get(p.resource)!;
          const outside = await sampleRecord(t.core.db, resource, actor.scope, false, actor);
          const inside = await sampleRecord(t.core.db, resource, actor.scope, true, actor);
          if (outside) {
            const before = await auditCount();
            let res: Awaited<ReturnType<Client['get']>>;
            if (p.kind === 'record') {
              const url = fill(r.url, p.param ?? 'id', outside, p.params);
              res = r.method === 'GET' ? await client.get(url) : await client.post(url, unique(p.body ?? {}));
            } else {
              const body = unique(p.body);
              setPath(body, p.field, Number(outside));
              res = await client.post(r.url, body);
            }
            const ok = res.status === 404 || (res.status === 403 && res.body?.error?.code === 'FORBIDDEN');
            if (!ok) leaks.push(`${label} outside record ${outside}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
            if ((await auditCount()) !== before) leaks.push(`${label} outside record ${outside}: something was written`);
          }
          if (inside && r.method === 'GET' && p.kind === 'record') {
            const res = await client.get(fill(r.url, p.param ?? 'id', inside, p.params));
            if (res.status >= 500) leaks.push(`${label} inside: ${res.status}`);
            if (res.status === 200) served.add(`${r.method} ${r.url}`);
            if (res.status === 404) leaks.push(`${label} inside record ${inside} answered 404`);
          }
        }
        if (p.kind === 'bulk') {
          const resource = t.core.resources.get(p.resource)!;
          const outside = await sampleRecord(t.core.db, resource, actor.scope, false, actor);
          if (outside) {
            const before = await auditCount();
            const body = unique(p.body ?? {});
            setPath(body, p.field, [Number(outside)]);
            const res = await client.post(fill(r.url, 'id', outside, p.params), body);
            const refused = res.status === 404 || (res.status === 403 && res.body?.error?.code === 'FORBIDDEN');
            const each = res.status === 200 && res.body.items.every((i: { ok: boolean; code?: string }) => !i.ok && i.code === 'NOT_FOUND');
            if (!refused && !each) leaks.push(`${label} outside record ${outside}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
            if ((await auditCount()) !== before) leaks.push(`${label} outside record ${outside}: something was written`);
          }
        }
        if (p.kind === 'list' && r.method === 'GET') {
          const resource = t.core.resources.get(p.resource)!;
          const qs = new URLSearchParams({ pageSize: '200', ...(p.query ?? {}) }).toString();
          const res = await client.get(`${r.url}?${qs}`, p.headers ?? {});
          if (res.status === 200) {
            served.add(`${r.method} ${r.url}`);
            for (const id of listedIds(res.body, p.itemsKey ?? 'items', p.idKey ?? 'id')) {
              if (!(await reaches(t.core.db, resource, actor.scope, id, actor))) leaks.push(`${label}: list shows ${p.resource} ${id} outside scope`);
            }
          } else if (!(res.status === 403 && res.body?.error?.code === 'FORBIDDEN')) {
            leaks.push(`${label}: list answered ${res.status}`);
          }
        }
        if (p.kind === 'export' && r.method === 'GET') {
          const resource = t.core.resources.get(p.resource)!;
          const qs = new URLSearchParams(p.query ?? {}).toString();
          const raw = await app.inject({ method: 'GET', url: `${r.url}${qs ? `?${qs}` : ''}`, headers: { cookie: client.cookie } });
          if (raw.statusCode === 200) {
            served.add(`${r.method} ${r.url}`);
            const book = new ExcelJS.Workbook();
            await book.xlsx.load(raw.rawPayload as unknown as ArrayBuffer);
            const ids: string[] = [];
            book.worksheets[0]!.eachRow((row, n) => void (n > 1 && ids.push(String(row.getCell(1).value))));
            for (const id of ids)
              if (!(await reaches(t.core.db, resource, actor.scope, id, actor))) leaks.push(`${label}: export has ${p.resource} ${id} outside scope`);
          } else if (!(raw.statusCode === 403 && raw.json().error?.code === 'FORBIDDEN')) {
            leaks.push(`${label}: export answered ${raw.statusCode}`);
          }
        }
        if (p.kind === 'permission' && r.method === 'GET') {
          const res = await client.get(r.url);
          const expected = t.core.can(actor, p.permission) ? 200 : 403;
          if (res.status !== expected) leaks.push(`${label}: expected ${expected}, got ${res.status}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    // Every read route served something to somebody: a route that always says 404 would prove nothing.
    const reads = routes().filter((r) => r.method === 'GET' && ['record', 'list', 'export'].includes(r.access.probe.kind));
    expect(reads.map((r) => `${r.method} ${r.url}`).filter((k) => !served.has(k))).toEqual([]);
  }, 600_000);

  it('takes records by natural key only within scope: beyond it, a write changes nothing and an answer names nothing', async () => {
    const probed = routes().filter((r) => r.access.naturalKey);
    // Import, creation with a taken number, binding, and the hotline import at least.
    expect(probed.length).toBeGreaterThanOrEqual(4);
    const problems: string[] = [];
    const exercised = new Set<string>();
    for (const [username, { client, actor }] of clients) {
      for (const r of probed) {
        const nk = r.access.naturalKey as NaturalKeyProbe;
        const resource = t.core.resources.get(nk.resource);
        if (!resource?.naturalKey) {
          problems.push(`${r.method} ${r.url} names ${nk.resource}, which declares no natural key`);
          continue;
        }
        const label = `${username}(${actor.role}) ${r.method} ${r.url}`;
        const outside = await sampleRecord(t.core.db, resource, actor.scope, false, actor, resource.naturalKey.keyed?.(t.core.db));
        if (!outside) continue;
        const { key, secrets } = await resource.naturalKey.of(t.core, outside);
        const ctx = (k: string): NaturalKeyContext => ({
          key: k,
          secrets,
          db: t.core.db,
          scope: actor.scope,
          inside: async (name) => sampleRecord(t.core.db, t.core.resources.get(name)!, actor.scope, true, actor),
          request: (req) => send(client, req),
        });
        const before = await fingerprint(t.core.db, resource, outside);
        const res = await nk.send(ctx(key));
        if (res.status >= 500) problems.push(`${label}: ${res.status}`);
        if (![401, 403].includes(res.status)) exercised.add(`${r.method} ${r.url}`);
        if ((await fingerprint(t.core.db, resource, outside)) !== before) problems.push(`${label}: changed ${nk.resource} ${outside} beyond its scope`);
        const said = JSON.stringify(res.body);
        for (const secret of secrets) if (secret && said.includes(secret)) problems.push(`${label}: the answer names "${secret}" of ${nk.resource} ${outside}`);
        if (nk.sameAsUnknown && nk.unknownKey) {
          const unknown = await nk.send(ctx(nk.unknownKey()));
          if (shape(unknown) !== shape(res))
            problems.push(`${label}: answers ${shape(res)} for a key held beyond scope, ${shape(unknown)} for one nobody holds`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Each probe reached its route's work for somebody: one refused to everyone would prove nothing.
    expect(probed.map((r) => `${r.method} ${r.url}`).filter((k) => !exercised.has(k))).toEqual([]);
  }, 600_000);

  it('a committee worker reaches their committee and nothing of another committee', async () => {
    const worker = clients.get('worker')!;
    const other = clients.get('worker2')!;
    const mine = worker.client.session.positions[0].unitId as number;
    const theirs = other.client.session.positions[0].unitId as number;
    expect((await worker.client.get(`/api/org/units/${mine}`)).status).toBe(200);
    const res = await worker.client.get(`/api/org/units/${theirs}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('未找到');
    const list = await worker.client.get(`/api/org/units?q=${encodeURIComponent('居委会')}&pageSize=200`);
    expect(list.body.items.map((u: { id: number }) => u.id)).toEqual([mine]);
    expect((await worker.client.get(`/api/org/units?parentId=${theirs}`)).status).toBe(404);
  });
});

/** Status, error code and the answer's keys: what a caller can compare between two answers. */
function shape(res: { status: number; body: any }) {
  const b = res.body;
  return JSON.stringify([res.status, b?.error?.code ?? null, b && typeof b === 'object' ? Object.keys(b).sort() : typeof b]);
}

/** A request as the web app sends it (cookie and CSRF token), JSON or one file as multipart. */
async function send(client: Client, req: Parameters<NaturalKeyContext['request']>[0]) {
  const headers: Record<string, string> = { cookie: client.cookie, 'x-csrf-token': client.csrf };
  let payload: string | Buffer | undefined;
  if (req.file) {
    const boundary = `----linli-probe-${Math.random().toString(36).slice(2)}`;
    headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
    payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${req.file.field}"; filename="${req.file.name}"\r\nContent-Type: ${req.file.type}\r\n\r\n`,
      ),
      req.file.bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
  } else if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(req.json);
  }
  const r = await app.inject({ method: req.method, url: req.url, headers, payload });
  let body: unknown = r.body;
  try {
    body = JSON.parse(r.body);
  } catch {
    /* not JSON */
  }
  return { status: r.statusCode, body };
}
