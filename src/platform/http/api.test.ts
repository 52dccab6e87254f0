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

  it('refuses ids past int4, pages past any list, impossible days, NUL and half surrogates as field errors, never a 500', async () => {
    const streetId = street.session.positions[0].unitId as number;
    const refused = async (res: { status: number; body: any }, field: string, status = 400) => {
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error.code).toBe('VALIDATION');
      expect(res.body.error.message).toMatch(/^(请求参数有误|Invalid request)/);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await refused(await street.get('/api/org/units/2147483648'), 'params.id');
    await refused(await street.get('/api/org/units/99999999999'), 'params.id');
    await refused(await street.get('/api/org/units/0'), 'params.id');
    expect((await street.get('/api/org/units/2147483647')).status).toBe(404);
    // ajv turns the text "Infinity" into a number and then skips its bounds: refused all the same.
    await refused(await street.get('/api/org/units/Infinity'), 'params.id');
    await refused(await street.get('/api/people/persons?unitId=-Infinity'), 'querystring.unitId');
    await refused(await street.post(`/api/org/units/${streetId}/move`, { newParentId: 'Infinity', reason: '测试' }), 'body.newParentId');
    await refused(await street.get('/api/people/persons?unitId=99999999999'), 'querystring.unitId');
    await refused(await street.post(`/api/org/units/${streetId}/move`, { newParentId: 2 ** 31, reason: '测试' }), 'body.newParentId');
    await refused(await street.get(`/api/org/units/${streetId}/history?page=1e308`), 'querystring.page');
    await refused(await street.get(`/api/people/units/${streetId}/visit-coverage?since=2026-02-30`), 'querystring.since');
    await refused(await street.get('/api/org/units?q=%E5%B1%85%00'), 'querystring.q');
    await refused(await street.get('/api/org/units?%00=1'), 'querystring.\\0');
    await refused(await street.post(`/api/org/units/${streetId}/rename`, { name: '黄浦\u0000', reason: '测试' }), 'body.name');
    const half = await street.post(`/api/org/units/${streetId}/rename`, { name: '黄浦\ud800', reason: '测试' }, { 'accept-language': 'en' });
    await refused(half, 'body.name');
    expect(half.body.error.message).toContain('unpaired surrogate');
    // The router's own refusals carry the usual body too.
    const long = await street.get(`/api/org/units/${'9'.repeat(150)}`);
    expect(long.status).toBe(414);
    expect(long.body.error).toMatchObject({ code: 'URL_PARAM_TOO_LONG', message: '请求地址中的参数过长' });
  });

  it('explains a wrong level, a duplicate code and a cycle in the caller language', async () => {
    const streetId = street.session.positions[0].unitId;
    const wrong = await street.post('/api/org/units', { parentId: streetId, type: 'compound', name: '错层小区' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'UNIT_LEVEL_INVALID', message: '层级不对：小区只能建在居委会之下，不能建在街道之下' });
    const en = await street.post('/api/org/units', { parentId: streetId, type: 'compound', name: 'x' }, { 'accept-language': 'en' });
    expect(en.body.error.message).toBe('Wrong level: a Compound belongs under a Committee, not under a Street');
    const committees = (await street.get(`/api/org/units?parentId=${streetId}&pageSize=2`)).body.items;
    const dup = await street.post('/api/org/units', { parentId: streetId, type: 'committee', name: '重复编码居委会', code: committees[0].code });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe(`编码 ${committees[0].code} 已被“${committees[0].name}”使用`);
    const cycle = await street.post(`/api/org/units/${streetId}/move`, { newParentId: committees[0].id });
    expect([400, 404]).toContain(cycle.status);
    const compound = (await street.get(`/api/org/units?parentId=${committees[0].id}`)).body.items[0];
    const building = (await street.get(`/api/org/units?parentId=${compound.id}`)).body.items[0];
    const loop = await street.post(`/api/org/units/${compound.id}/move`, { newParentId: building.id });
    expect(loop.body.error).toMatchObject({ code: 'UNIT_CYCLE', message: `不能把“${compound.name}”移到它自己或它的下级之下` });
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

  it("gives navigation by role, each entry with its place in the role's phone bottom bar", async () => {
    const nav = (await street.get('/api/nav')).body;
    // The screen picks the layout, not the role.
    expect(nav).not.toHaveProperty('layout');
    expect(nav.items.map((i: { key: string }) => i.key)).toEqual(expect.arrayContaining(['org.units', 'org.grids', 'accounts.users', 'audit.events']));
    const resident = await login(app, 'resident');
    const rnav = (await resident.get('/api/nav')).body;
    expect(rnav.items.map((i: { key: string }) => i.key)).not.toContain('audit.events');
    type Item = { key: string; phoneTab: number | null };
    const tabs = (items: Item[]) =>
      items
        .filter((i) => i.phoneTab !== null)
        .sort((a, b) => a.phoneTab! - b.phoneTab!)
        .map((i) => i.key);
    expect(tabs(rnav.items)).toEqual(['appeals.report', 'appeals.mine']);
    // A grid worker's daily work: visits, work orders, residents; their other entries have no place of their own.
    const grid = await login(app, 'grid');
    const gnav = (await grid.get('/api/nav')).body;
    expect(tabs(gnav.items)).toEqual(['people.visits', 'appeals.orders', 'people.persons']);
    expect(gnav.items.find((i: Item) => i.key === 'org.units').phoneTab).toBeNull();
    // The same entry has another place for another role.
    expect(tabs((await (await login(app, 'worker')).get('/api/nav')).body.items).slice(0, 3)).toEqual(['appeals.orders', 'people.persons', 'people.visits']);
    // The session names what the active position may do; the audit check is the administrator's alone.
    expect(street.session.permissions).toEqual(expect.arrayContaining(['org.unit.read', 'org.unit.manage', 'audit.read']));
    expect(street.session.permissions).not.toContain('audit.verify');
    expect((await login(app, 'admin')).session.permissions).toContain('audit.verify');
    // A resident binds their account, reports appeals and follows their own, and votes where they are eligible: nothing of anybody else's.
    expect([...resident.session.permissions].sort()).toEqual(['appeals.read', 'appeals.report', 'org.place.search', 'people.binding.request', 'selfgov.vote']);
  });
});
