import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';
import type { LinliApp } from '../http/app.js';

let t: TestPlatform;
let app: LinliApp;
let alice: Client;
let bob: Client;
let aliceId: number;
let bobId: number;
const ids: number[] = [];

beforeAll(async () => {
  t = await createTestPlatform({ config: { loginRateLimitPerMinute: 1000 } });
  app = await t.app();
  const committee = await makeUnit(t.core, 'committee');
  aliceId = (await makeUser(t.core, 'committee_worker', committee.id, { username: 'notify.alice' })).user.id;
  // Same committee, same role: nothing but the user id keeps their lists apart.
  bobId = (await makeUser(t.core, 'committee_worker', committee.id, { username: 'notify.bob' })).user.id;
  alice = await login(app, 'notify.alice', FACTORY_PASSWORD);
  bob = await login(app, 'notify.bob', FACTORY_PASSWORD);
  const send = (userId: number, n: number, title: string | { zh: string; en: string }) =>
    t.core.notify(t.core.db, {
      userIds: [userId],
      kind: 'test.routes',
      title,
      body: { zh: `第 ${n} 条`, en: `Number ${n}` },
      link: `/appeals/${n}`,
      data: { n },
    });
  await send(aliceId, 1, '一');
  await send(aliceId, 2, { zh: '二', en: 'Two' });
  await send(bobId, 3, '鲍勃的');
  await send(aliceId, 4, { zh: '四', en: 'Four' });
  ids.push(...(await t.core.db.selectFrom('notification').select('id').where('user_id', '=', aliceId).orderBy('id').execute()).map((r) => r.id));
});
afterAll(() => t.close());

const bobsId = async () => (await t.core.db.selectFrom('notification').select('id').where('user_id', '=', bobId).executeTakeFirstOrThrow()).id;

describe('my notifications', () => {
  it('lists mine newest first, paged, with the unread count, in my language', async () => {
    const all = await alice.get('/api/notifications');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 20 });
    expect(all.body.items.map((i: { title: string }) => i.title)).toEqual(['四', '二', '一']);
    expect(all.body.items[0]).toMatchObject({ id: ids[2], kind: 'test.routes', body: '第 4 条', link: '/appeals/4', data: { n: 4 }, readAt: null });
    expect(Date.parse(all.body.items[0].createdAt)).toBeGreaterThan(0);
    const en = await alice.get('/api/notifications', { 'accept-language': 'en' });
    // A single text reads the same in both languages; a pair reads in the reader's.
    expect(en.body.items.map((i: { title: string; body: string }) => `${i.title}|${i.body}`)).toEqual(['Four|Number 4', 'Two|Number 2', '一|Number 1']);
    const page2 = await alice.get('/api/notifications?pageSize=2&page=2');
    expect(page2.body).toMatchObject({ total: 3, unread: 3, page: 2, pageSize: 2 });
    expect(page2.body.items.map((i: { id: number }) => i.id)).toEqual([ids[0]]);
  });

  it("never shows or touches another user's notifications", async () => {
    const mine = await bob.get('/api/notifications?pageSize=200');
    expect(mine.body).toMatchObject({ total: 1, unread: 1 });
    expect(mine.body.items.map((i: { title: string }) => i.title)).toEqual(['鲍勃的']);
    for (const id of ids) {
      const res = await bob.post(`/api/notifications/${id}/read`, {});
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await alice.get('/api/notifications')).body.unread).toBe(3);
    // Bob marking all of his read leaves Alice's unread.
    expect((await bob.post('/api/notifications/read-all', {})).body).toEqual({ updated: 1, unread: 0 });
    expect((await alice.get('/api/notifications')).body.unread).toBe(3);
    // And the other way round.
    expect((await alice.post(`/api/notifications/${await bobsId()}/read`, {})).status).toBe(404);
  });

  it('marks one read, keeping the first reading time, then all', async () => {
    const first = await alice.post(`/api/notifications/${ids[1]}/read`, {});
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ unread: 2 });
    const readAt = (await alice.get('/api/notifications')).body.items.find((i: { id: number }) => i.id === ids[1]).readAt;
    expect(readAt).not.toBeNull();
    expect((await alice.post(`/api/notifications/${ids[1]}/read`, {})).body).toEqual({ unread: 2 });
    expect((await alice.get('/api/notifications')).body.items.find((i: { id: number }) => i.id === ids[1]).readAt).toBe(readAt);
    const unread = await alice.get('/api/notifications?unread=true');
    expect(unread.body).toMatchObject({ total: 2, unread: 2 });
    expect(unread.body.items.map((i: { id: number }) => i.id)).toEqual([ids[2], ids[0]]);
    expect((await alice.post('/api/notifications/read-all', {})).body).toEqual({ updated: 2, unread: 0 });
    expect((await alice.get('/api/notifications?unread=true')).body).toMatchObject({ total: 0, unread: 0, items: [] });
    expect((await alice.post('/api/notifications/999999/read', {})).status).toBe(404);
  });

  it('needs a session of a person: not anonymous, not an API token', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/notifications' });
    expect(anonymous.statusCode).toBe(401);
    const permission = [...t.core.permissions.entries()].find(([, roles]) => roles.has('committee_worker'))![0];
    const issued = await alice.post('/api/auth/tokens', { name: 'system', permissions: [permission], days: 1 });
    expect(issued.status).toBe(201);
    const viaToken = await app.inject({ method: 'GET', url: '/api/notifications', headers: { authorization: `Bearer ${issued.body.token}` } });
    expect(viaToken.statusCode).toBe(403);
    expect(viaToken.json().error.code).toBe('FORBIDDEN');
  });

  it("declares every route as the caller's own, behind a session", () => {
    const routes = app.linliRoutes.filter((r) => r.url.startsWith('/api/notifications') && r.method !== 'HEAD');
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/notifications',
      'POST /api/notifications/:id/read',
      'POST /api/notifications/read-all',
    ]);
    for (const r of routes) expect(r.config?.access).toEqual({ auth: 'session', probe: { kind: 'self' } });
  });
});
