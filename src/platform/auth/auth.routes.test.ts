import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { createTestPlatform, onPostgres, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login } from '../../../test/support/http.js';
import type { LinliApp } from '../http/app.js';

let t: TestPlatform;
let app: LinliApp;
let committeeId: number;
beforeAll(async () => {
  t = await createTestPlatform({ config: { loginRateLimitPerMinute: 1000 } });
  app = await t.app();
  committeeId = (await makeUnit(t.core, 'committee')).id;
});
afterAll(() => t.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload, headers });

describe('login and sessions', () => {
  it('logs in with an httpOnly cookie and returns positions and a CSRF token', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.ok' });
    const res = await post('/api/auth/login', { username: 'LOGIN.OK', password: FACTORY_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'linli_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user.id).toBe(user.id);
    expect(body.positions[0].role).toBe('committee_worker');
    expect(body.positions[0].roleLabel.zh).toBe('社区工作者（社工）');
    expect(body.csrfToken.length).toBeGreaterThan(20);
    // The browser's session stays in its httpOnly cookie: page scripts never see it.
    expect(body.token).toBeUndefined();
    expect(res.body).not.toContain(cookie.value);
    // The session row stores a hash, never the token itself.
    const rows = await t.core.db.selectFrom('user_session').select('id').where('user_id', '=', user.id).execute();
    expect(rows.map((r) => r.id)).not.toContain(cookie.value);
  });

  it('answers a wrong password in the caller language without saying which part was wrong', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.wrong' });
    const zh = await post('/api/auth/login', { username: 'login.wrong', password: 'nope' });
    expect(zh.statusCode).toBe(401);
    expect(zh.json().error).toEqual({ code: 'AUTH_INVALID', message: '用户名或密码错误；连续失败多次后，本设备的登录将暂停一段时间' });
    const en = await post('/api/auth/login', { username: 'nobody.here', password: 'nope' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().error.message).toBe('Wrong username or password; after repeated failures, logging in from this device pauses for a while');
  });

  it('ends a session idle for longer than the timeout', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.idle' });
    const c = await login(app, 'login.idle', FACTORY_PASSWORD);
    expect((await c.get('/api/auth/session')).status).toBe(200);
    // Thirty-one minutes pass: the server's clock moves on, the session was last seen before them.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31 * 60_000);
      const r = await c.get('/api/auth/session');
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('SESSION_EXPIRED');
      expect((await c.get('/api/auth/session')).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
    expect(await t.core.db.selectFrom('user_session').select('ended_at').where('user_id', '=', user.id).executeTakeFirstOrThrow()).toMatchObject({
      ended_at: expect.any(Date),
    });
  });

  it('answers from the session it keeps, and hears at once of a position ended or an account switched off', async () => {
    const { user, position } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.kept' });
    const c = await login(app, 'login.kept', FACTORY_PASSWORD);
    expect((await c.get('/api/auth/session')).body.positions).toHaveLength(1);
    expect(t.core.sessions.size).toBeGreaterThan(0);
    // Changed in the database by hand, not through a route: the tables' triggers tell the server.
    await t.core.db.updateTable('position').set({ ended_at: new Date() }).where('id', '=', position.id).execute();
    expect((await c.get('/api/auth/session')).body.positions).toHaveLength(0);
    await t.core.db.updateTable('app_user').set({ active: false }).where('id', '=', user.id).execute();
    expect((await c.get('/api/auth/session')).status).toBe(401);
  });

  it.runIf(onPostgres())('hears of a change another server process makes', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.other' });
    const c = await login(app, 'login.other', FACTORY_PASSWORD);
    expect((await c.get('/api/auth/session')).status).toBe(200);
    const other = new pg.Client({ connectionString: t.config.databaseUrl });
    await other.connect();
    try {
      await other.query('update app_user set active = false where id = $1', [user.id]);
    } finally {
      await other.end();
    }
    // The message comes on the server's listening connection, a moment after the other process commits.
    let status = 200;
    for (let i = 0; i < 50 && status === 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await c.get('/api/auth/session')).status;
    }
    expect(status).toBe(401);
  });

  it('refuses a write without the CSRF token when the browser cookie authenticates it', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.csrf' });
    const c = await login(app, 'login.csrf', FACTORY_PASSWORD);
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/auth/position',
      payload: { positionId: c.session.activePositionId },
      headers: { cookie: c.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_INVALID');
    const ok = await c.post('/api/auth/position', { positionId: c.session.activePositionId });
    expect(ok.status).toBe(200);
  });

  it('answers a system client that asks for it with a bearer token (and no cookie), accepted without CSRF', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.bearer' });
    const res = await post('/api/auth/login', { username: 'login.bearer', password: FACTORY_PASSWORD, bearer: true });
    expect(res.cookies).toEqual([]);
    const token = res.json().token as string;
    expect(token.length).toBeGreaterThan(20);
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/position',
      payload: { positionId: res.json().activePositionId },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.statusCode).toBe(200);
  });

  it('forces a first password change before anything else, with the policy explained', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.first', mustChange: true });
    const c = await login(app, 'login.first', FACTORY_PASSWORD);
    expect(c.session.user.mustChangePassword).toBe(true);
    const blocked = await c.get(`/api/org/units/${committeeId}`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await c.post('/api/auth/password', { currentPassword: FACTORY_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('PASSWORD_POLICY');
    expect(weak.body.error.message).toContain('至少 8 位');
    expect(weak.body.error.details.problems).toContain('length');
    const same = await c.post('/api/auth/password', { currentPassword: FACTORY_PASSWORD, newPassword: FACTORY_PASSWORD });
    expect(same.body.error.code).toBe('PASSWORD_REUSED');
    const wrong = await c.post('/api/auth/password', { currentPassword: 'Wrong#2026', newPassword: 'Better#2026x' });
    expect(wrong.body.error.code).toBe('PASSWORD_WRONG');
    expect((await c.post('/api/auth/password', { currentPassword: FACTORY_PASSWORD, newPassword: 'Better#2026x' })).status).toBe(204);
    expect((await c.get(`/api/org/units/${committeeId}`)).status).toBe(200);
    const again = await login(app, 'login.first', 'Better#2026x');
    expect(again.session.user.mustChangePassword).toBe(false);
  });

  it('asks for rotation when a password is older than the policy allows', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.old' });
    await t.core.db
      .updateTable('app_user')
      .set({ password_changed_at: new Date(Date.now() - 91 * 86_400_000) })
      .where('id', '=', user.id)
      .execute();
    const c = await login(app, 'login.old', FACTORY_PASSWORD);
    expect(c.session.user.mustChangePassword).toBe(true);
  });

  it('logs out: the cookie no longer opens a session', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'login.out' });
    const c = await login(app, 'login.out', FACTORY_PASSWORD);
    expect((await c.post('/api/auth/logout', {})).status).toBe(204);
    expect((await c.get('/api/auth/session')).status).toBe(401);
  });
});

describe('login rate limit', () => {
  it('answers 429 with a localised error once the limit is reached', async () => {
    const limited = await createTestPlatform({ config: { loginRateLimitPerMinute: 3 } });
    try {
      const a = await limited.app();
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[4]).toBe(429);
      const r = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } });
      expect(r.json().error.code).toBe('RATE_LIMITED');
      expect(r.json().error.message).toContain('请求过于频繁');
    } finally {
      await limited.close();
    }
  });
});
