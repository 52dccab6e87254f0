import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import type { LinliApp } from '../http/app.js';
import { AuthService } from './auth.service.js';
import { verifyPassword } from './password.js';

// Every argon2 verify is counted: each way a login can fail must spend exactly one, as a success does.
vi.mock('./password.js', async (original) => {
  const real = await original<typeof import('./password.js')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const verifies = vi.mocked(verifyPassword);

const OWNER = '198.51.100.10';
const STRANGER = '203.0.113.66';

describe('failed logins over HTTP (no waits: LOGIN_DELAY_AFTER is out of reach here)', () => {
  let t: TestPlatform;
  let app: LinliApp;
  let committeeId: number;
  beforeAll(async () => {
    t = await createTestPlatform({ config: { loginRateLimitPerMinute: 1000, loginDelayAfter: 100, lockoutFailures: 5, lockoutMinutes: 30 } });
    app = await t.app();
    committeeId = (await makeUnit(t.core, 'committee')).id;
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, from: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: from });
  const actions = async (userId: number) =>
    (
      await t.core.db
        .selectFrom('audit_event')
        .select(['action', 'summary'])
        .where('target_type', '=', 'user')
        .where('target_id', '=', String(userId))
        .orderBy('seq')
        .execute()
    ).map((a) => [a.action, (a.summary as { ip?: string }).ip]);

  it("a stranger's failures lock the stranger out, not the account's owner at their own address", async () => {
    const { user } = await makeUser(t.core, 'committee_head', committeeId, { username: 'lock.owner' });
    for (let i = 0; i < 7; i++) expect((await login('lock.owner', `Guess#${i}x`, STRANGER)).statusCode).toBe(401);
    // Locked now: the stranger is refused even the right password.
    expect((await login('lock.owner', FACTORY_PASSWORD, STRANGER)).statusCode).toBe(401);
    const owner = await login('lock.owner', FACTORY_PASSWORD, OWNER);
    expect(owner.statusCode).toBe(200);
    expect(owner.json().user.id).toBe(user.id);
    // The audit keeps each attempt with the address it came from; the fifth locked the stranger's pair.
    expect(await actions(user.id)).toEqual([
      ...Array.from({ length: 4 }, () => ['auth.login_failed', STRANGER]),
      ['auth.locked', STRANGER],
      ...Array.from({ length: 3 }, () => ['auth.login_failed', STRANGER]),
      ['auth.login', OWNER],
    ]);
    const pair = await t.core.db.selectFrom('login_failure').selectAll().where('username', '=', 'lock.owner').execute();
    expect(pair).toHaveLength(1);
    expect(pair[0]).toMatchObject({ source: STRANGER, failures: 8 });
    const minutes = (pair[0]!.locked_until!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it('answers an unknown name, a wrong password, a locked pair and an inactive account alike, each after one argon2 verify', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'same.answer' });
    const { user: inactive } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'same.inactive' });
    await t.core.db.updateTable('app_user').set({ active: false }).where('id', '=', inactive.id).execute();
    const { user: locked } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'same.locked' });
    for (let i = 0; i < 5; i++) await login('same.locked', 'Wrong#2026x', STRANGER);

    const tries = {
      unknown: () => login('same.nobody', FACTORY_PASSWORD, STRANGER),
      wrong: () => login('same.answer', 'Wrong#2026x', STRANGER),
      inactive: () => login('same.inactive', FACTORY_PASSWORD, STRANGER),
      lockedRight: () => login('same.locked', FACTORY_PASSWORD, STRANGER),
      lockedWrong: () => login('same.locked', 'Wrong#2026x', STRANGER),
    };
    const answers: Record<string, { status: number; body: string; verifies: number }> = {};
    for (const [what, attempt] of Object.entries(tries)) {
      verifies.mockClear();
      const r = await attempt();
      answers[what] = { status: r.statusCode, body: r.body, verifies: verifies.mock.calls.length };
    }
    const first = answers.unknown!;
    expect(first.status).toBe(401);
    expect(JSON.parse(first.body)).toEqual({ error: { code: 'AUTH_INVALID', message: expect.stringContaining('用户名或密码错误') } });
    for (const [what, a] of Object.entries(answers)) expect(a, what).toEqual({ status: 401, body: first.body, verifies: 1 });

    // A success spends the same one verify.
    verifies.mockClear();
    expect((await login('same.answer', FACTORY_PASSWORD, OWNER)).statusCode).toBe(200);
    expect(verifies).toHaveBeenCalledTimes(1);
    // The locked account's own row says nothing of the lock: it is the pair's.
    expect((await t.core.db.selectFrom('app_user').select('active').where('id', '=', locked.id).executeTakeFirstOrThrow()).active).toBe(true);
  });

  it('audits an unknown name with the name tried and the real address', async () => {
    await login('ghost.user', 'Whatever#1x', STRANGER);
    const row = await t.core.db
      .selectFrom('audit_event')
      .select(['action', 'target_id', 'actor_id', 'summary'])
      .where('action', '=', 'auth.login_failed')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ target_id: null, actor_id: null, summary: { ip: STRANGER, username: 'ghost.user' } });
  });

  it('a lock runs out after LOCKOUT_MINUTES and the pair starts afresh', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'lock.expiry' });
    for (let i = 0; i < 5; i++) await login('lock.expiry', 'Wrong#2026x', STRANGER);
    expect((await login('lock.expiry', FACTORY_PASSWORD, STRANGER)).statusCode).toBe(401);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31 * 60_000);
      expect((await login('lock.expiry', 'Wrong#2026x', STRANGER)).statusCode).toBe(401);
      const pair = await t.core.db.selectFrom('login_failure').selectAll().where('username', '=', 'lock.expiry').executeTakeFirstOrThrow();
      expect(pair).toMatchObject({ failures: 1, locked_until: null });
      expect((await login('lock.expiry', FACTORY_PASSWORD, STRANGER)).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    expect(await t.core.db.selectFrom('login_failure').selectAll().where('username', '=', 'lock.expiry').execute()).toEqual([]);
  });
});

describe('the wait before each further attempt', () => {
  let t: TestPlatform;
  let auth: AuthService;
  let waits: number[];
  beforeAll(async () => {
    t = await createTestPlatform({ config: { loginDelayAfter: 2, loginDelayMaxSeconds: 8, lockoutFailures: 5 } });
    const committeeId = (await makeUnit(t.core, 'committee')).id;
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'delay.user' });
    auth = new AuthService(t.core);
    auth.pause = async (ms) => void waits.push(ms);
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string, ip: string) =>
    auth.login(username, password, { ip, requestId: 'delay-test', locale: 'zh-CN' }).then(
      () => 'ok',
      (e: { code?: string }) => e.code,
    );

  it('grows with the failures of the (name, source) pair, up to its cap, the same for a name that does not exist', async () => {
    for (const name of ['delay.user', 'delay.nobody']) {
      waits = [];
      for (let i = 0; i < 7; i++) expect(await attempt(name, 'Wrong#2026x', STRANGER)).toBe('AUTH_INVALID');
      expect(waits, name).toEqual([1000, 2000, 4000, 8000, 8000]);
    }
  });

  it('is not paid by the same name from another source, and ends with a success', async () => {
    waits = [];
    expect(await attempt('delay.user', 'Wrong#2026x', OWNER)).toBe('AUTH_INVALID');
    expect(await attempt('delay.user', 'Wrong#2026x', OWNER)).toBe('AUTH_INVALID');
    expect(await attempt('delay.user', FACTORY_PASSWORD, OWNER)).toBe('ok');
    expect(waits).toEqual([1000]);
    waits = [];
    expect(await attempt('delay.user', 'Wrong#2026x', OWNER)).toBe('AUTH_INVALID');
    expect(waits).toEqual([]);
  });

  it('counts an attempt before its password is checked, so that guesses sent together all count', async () => {
    await makeUser(t.core, 'committee_worker', (await makeUnit(t.core, 'committee')).id, { username: 'delay.held' });
    for (let i = 0; i < 2; i++) await attempt('delay.held', 'Wrong#2026x', '192.0.2.1');
    let release!: () => void;
    waits = [];
    auth.pause = (ms) => new Promise<void>((resolve) => void ((release = resolve), waits.push(ms)));
    try {
      verifies.mockClear();
      const held = attempt('delay.held', 'Wrong#2026x', '192.0.2.1');
      await vi.waitFor(() => expect(waits).toEqual([1000]));
      // Waiting, not yet checked, and already counted.
      expect(verifies).not.toHaveBeenCalled();
      expect((await t.core.db.selectFrom('login_failure').select('failures').where('username', '=', 'delay.held').executeTakeFirstOrThrow()).failures).toBe(3);
      release();
      expect(await held).toBe('AUTH_INVALID');
      expect(verifies).toHaveBeenCalledTimes(1);
    } finally {
      auth.pause = async (ms) => void waits.push(ms);
    }
  });
});
