import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login, type Client } from '../../../test/support/http.js';
import type { LinliApp } from './app.js';

let t: TestPlatform;
let app: LinliApp;
let street: Client;
beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  app = await t.app();
  street = await login(app, 'street');
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('answers health and metrics', async () => {
    const h = await app.inject({ url: '/api/health' });
    expect(h.statusCode).toBe(200);
    expect(h.json()).toMatchObject({ status: 'ok', database: t.dbKind });
    await street.get('/api/org/units');
    const m = await app.inject({ url: '/metrics' });
    expect(m.statusCode).toBe(200);
    expect(m.body).toContain('linli_http_request_duration_seconds_bucket');
    expect(m.body).toContain('route="/api/org/units"');
  });

  it('serves the OpenAPI document and its UI at /docs', async () => {
    const doc = await app.inject({ url: '/docs/json' });
    expect(doc.statusCode).toBe(200);
    const spec = doc.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/org/units', '/api/org/units/{id}', '/api/auth/login', '/api/audit/events']));
    expect((await app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('names each invalid field in the caller language', async () => {
    const zh = await street.post('/api/org/units', { parentId: 'abc', type: 'palace' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('VALIDATION');
    expect(zh.body.error.message).toContain('请求参数有误');
    const fields = zh.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.parentId', 'body.name']));
    const en = await street.post('/api/org/units', { parentId: 1 }, { 'accept-language': 'en' });
    expect(en.body.error.message).toMatch(/^Invalid request: /);
    expect(en.body.error.details.some((d: { field: string; problem: string }) => d.field === 'body.name' || d.problem.includes('name'))).toBe(true);
  });

  it('answers an unknown endpoint with the error shape, and unauthenticated calls with 401', async () => {
    const r = await app.inject({ url: '/api/nope' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('ROUTE_NOT_FOUND');
    const anon = await app.inject({ url: '/api/org/units' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
    const en = await app.inject({ url: '/api/org/units', headers: { 'accept-language': 'en' } });
    expect(en.json().error.message).toBe('Please log in first');
  });

  it('pages lists with total, page and pageSize, and refuses a page size over 200', async () => {
    const p1 = await street.get('/api/org/units?type=committee&pageSize=5&page=1');
    const p2 = await street.get('/api/org/units?type=committee&pageSize=5&page=2');
    expect(p1.body.items).toHaveLength(5);
    expect(p1.body.total).toBeGreaterThan(5);
    expect(p1.body).toMatchObject({ page: 1, pageSize: 5 });
    const ids1 = p1.body.items.map((u: { id: number }) => u.id);
    expect(p2.body.items.every((u: { id: number }) => !ids1.includes(u.id))).toBe(true);
    expect((await street.get('/api/org/units?pageSize=500')).status).toBe(400);
  });

  it('returns what the caller may do next with a unit', async () => {
    const worker = await login(app, 'worker');
    const mine = worker.session.positions[0].unitId;
    const unit = await worker.get(`/api/org/units/${mine}`);
    expect(unit.body.can).toEqual({ create: true, move: false, rename: true, retire: false });
    const leader = await login(app, 'leader');
    const building = await leader.get(`/api/org/units/${leader.session.positions[0].unitId}`);
    expect(building.body.can).toEqual({ create: false, move: false, rename: false, retire: false });
    expect((await leader.post(`/api/org/units/${leader.session.positions[0].unitId}/rename`, { name: 'x' })).status).toBe(403);
  });

  it('gives navigation by role, and a mobile layout to residents and grid workers', async () => {
    const nav = (await street.get('/api/nav')).body;
    expect(nav.layout).toBe('desktop');
    expect(nav.items.map((i: { key: string }) => i.key)).toEqual(expect.arrayContaining(['org.units', 'org.grids', 'accounts.users', 'audit.events']));
    const resident = await login(app, 'resident');
    const rnav = (await resident.get('/api/nav')).body;
    expect(rnav.layout).toBe('mobile');
    expect(rnav.items.map((i: { key: string }) => i.key)).not.toContain('audit.events');
    const grid = await login(app, 'grid');
    expect((await grid.get('/api/nav')).body.layout).toBe('mobile');
    // The session names what the active position may do; the audit check is the administrator's alone.
    expect(street.session.permissions).toEqual(expect.arrayContaining(['org.unit.read', 'org.unit.manage', 'audit.read']));
    expect(street.session.permissions).not.toContain('audit.verify');
    expect((await login(app, 'admin')).session.permissions).toContain('audit.verify');
    expect(resident.session.permissions).toEqual([]);
  });
});
