import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { loadConfig } from '../config.js';
import type { LinliApp } from './app.js';

/** The address each failed login of `username` was audited with, oldest first. */
async function auditedAddresses(t: TestPlatform, userId: number) {
  const rows = await t.core.db
    .selectFrom('audit_event')
    .select('summary')
    .where('target_type', '=', 'user')
    .where('target_id', '=', String(userId))
    .where('action', '=', 'auth.login_failed')
    .orderBy('seq')
    .execute();
  return rows.map((r) => (r.summary as { ip?: string }).ip);
}

const login = (app: LinliApp, payload: object, opts: { from?: string; headers?: Record<string, string> } = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: opts.headers ?? {}, remoteAddress: opts.from ?? '127.0.0.1' });

describe('TRUST_PROXY', () => {
  it('is a checked list of addresses and CIDRs, empty by default', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: ' 127.0.0.1, 10.0.0.0/8,::1,fd00::/8, 192.168.0.0/255.255.0.0,loopback' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      '192.168.0.0/255.255.0.0',
      'loopback',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: '127.0.0.1,proxy.example' })).toThrow(/TRUST_PROXY.*proxy\.example/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/255.0.255.0' })).toThrow(/TRUST_PROXY/);
  });
});

describe('without trusted proxies', () => {
  let t: TestPlatform;
  let app: LinliApp;
  let committeeId: number;
  beforeAll(async () => {
    t = await createTestPlatform({ config: { loginRateLimitPerMinute: 3 } });
    app = await t.app();
    committeeId = (await makeUnit(t.core, 'committee')).id;
  });
  afterAll(() => t.close());

  it('a spoofed X-Forwarded-For neither escapes the login rate limit nor reaches the audit', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'proxy.none' });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await login(
        app,
        { username: 'proxy.none', password: 'Wrong#2026' },
        { from: '203.0.113.7', headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } },
      );
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    expect(await auditedAddresses(t, user.id)).toEqual(['203.0.113.7', '203.0.113.7', '203.0.113.7']);
  });

  it('a spoofed X-Forwarded-Proto does not make the cookie Secure; COOKIE_SECURE does', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'proxy.cookie' });
    const r = await login(app, { username: 'proxy.cookie', password: FACTORY_PASSWORD }, { from: '203.0.113.8', headers: { 'x-forwarded-proto': 'https' } });
    expect(r.statusCode).toBe(200);
    expect(r.cookies.find((c) => c.name === 'linli_sid')!.secure).toBeFalsy();

    const secure = await createTestPlatform({ config: { cookieSecure: true } });
    try {
      await makeUser(secure.core, 'committee_worker', (await makeUnit(secure.core, 'committee')).id, { username: 'proxy.secure' });
      const s = await login(await secure.app(), { username: 'proxy.secure', password: FACTORY_PASSWORD });
      expect(s.cookies.find((c) => c.name === 'linli_sid')!.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });
});

describe('behind a trusted proxy (TRUST_PROXY=127.0.0.1)', () => {
  let t: TestPlatform;
  let app: LinliApp;
  let committeeId: number;
  beforeAll(async () => {
    t = await createTestPlatform({ config: { loginRateLimitPerMinute: 2, trustProxy: ['127.0.0.1'] } });
    app = await t.app();
    committeeId = (await makeUnit(t.core, 'committee')).id;
  });
  afterAll(() => t.close());

  it('takes the client address the proxy names, and only from the proxy', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'proxy.trusted' });
    const wrong = { username: 'proxy.trusted', password: 'Wrong#2026' };
    const viaProxy = (client: string) => login(app, wrong, { from: '127.0.0.1', headers: { 'x-forwarded-for': client } });
    // Each client address the proxy names has its own rate limit.
    expect([(await viaProxy('198.51.100.1')).statusCode, (await viaProxy('198.51.100.1')).statusCode, (await viaProxy('198.51.100.1')).statusCode]).toEqual([
      401, 401, 429,
    ]);
    expect((await viaProxy('198.51.100.2')).statusCode).toBe(401);
    // A client that is not the proxy cannot name an address for itself.
    expect((await login(app, wrong, { from: '203.0.113.9', headers: { 'x-forwarded-for': '198.51.100.3' } })).statusCode).toBe(401);
    expect(await auditedAddresses(t, user.id)).toEqual(['198.51.100.1', '198.51.100.1', '198.51.100.2', '203.0.113.9']);
  });

  it('sets a Secure cookie when the proxy says the browser came over HTTPS', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'proxy.https' });
    const viaProxy = await login(
      app,
      { username: 'proxy.https', password: FACTORY_PASSWORD },
      { from: '127.0.0.1', headers: { 'x-forwarded-for': '198.51.100.4', 'x-forwarded-proto': 'https' } },
    );
    expect(viaProxy.cookies.find((c) => c.name === 'linli_sid')!.secure).toBe(true);
    const plain = await login(
      app,
      { username: 'proxy.https', password: FACTORY_PASSWORD },
      { from: '127.0.0.1', headers: { 'x-forwarded-for': '198.51.100.4' } },
    );
    expect(plain.cookies.find((c) => c.name === 'linli_sid')!.secure).toBeFalsy();
    const notProxy = await login(
      app,
      { username: 'proxy.https', password: FACTORY_PASSWORD },
      { from: '203.0.113.10', headers: { 'x-forwarded-proto': 'https' } },
    );
    expect(notProxy.cookies.find((c) => c.name === 'linli_sid')!.secure).toBeFalsy();
  });
});
