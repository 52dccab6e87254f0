import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login } from '../../../test/support/http.js';
import { startTestIdp, type TestIdp } from '../../../test/support/oidc-idp.js';
import type { LinliApp } from '../http/app.js';
import { hashToken } from './auth.service.js';

const REDIRECT_URI = 'http://127.0.0.1:3000/api/auth/oidc/callback';
let idp: TestIdp;
let t: TestPlatform;
let app: LinliApp;
let committeeId: number;
let districtUnitId: number;
beforeAll(async () => {
  idp = await startTestIdp({ redirectUri: REDIRECT_URI });
  t = await createTestPlatform({
    config: {
      loginRateLimitPerMinute: 10_000,
      totpRequiredRoles: ['admin', 'district_staff'],
      oidc: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        redirectUri: REDIRECT_URI,
        usernameClaim: 'preferred_username',
        label: '区统一身份认证',
        mfaAmr: ['mfa', 'otp'],
      },
    },
  });
  app = await t.app();
  const committee = await makeUnit(t.core, 'committee');
  committeeId = committee.id;
  districtUnitId = (
    await t.core.db.selectFrom('unit').select('id').where('district_id', '=', committee.district_id).where('type', '=', 'district').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

/** A browser's single sign-on: to Linli's start, through the provider, and back to Linli's callback with its cookie. */
async function signOn(account: { sub: string; username: string; amr?: string[] }, tamper?: (back: URL) => void) {
  idp.signInAs(account);
  const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
  expect(start.statusCode).toBe(302);
  const browser = start.cookies.find((c) => c.name === 'linli_oidc')!;
  const back = await idp.walk(String(start.headers.location));
  expect(back.href.startsWith(REDIRECT_URI)).toBe(true);
  tamper?.(back);
  const callback = await app.inject({ method: 'GET', url: `/api/auth/oidc/callback${back.search}`, headers: { cookie: `linli_oidc=${browser.value}` } });
  const sid = callback.cookies.find((c) => c.name === 'linli_sid' && c.value);
  return { start, browser, back, callback, cookie: sid ? `linli_sid=${sid.value}` : undefined };
}

const session = async (cookie: string) => (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).json();
const lastAudit = (action: string) =>
  t.core.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('seq', 'desc').executeTakeFirstOrThrow();

describe('single sign-on through OpenID Connect', () => {
  it('tells the login page it is on, and with which words', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({ enabled: true, label: '区统一身份认证' });
  });

  it("maps the provider's account to the account of that username, with PKCE, state and nonce, and opens a normal session", async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'sso.worker' });
    const r = await signOn({ sub: 'idp-worker', username: 'SSO.Worker' });
    const asked = new URL(String(r.start.headers.location));
    expect(asked.origin).toBe(idp.issuer);
    expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
    expect(asked.searchParams.get('state')).toBeTruthy();
    expect(asked.searchParams.get('nonce')).toBeTruthy();
    expect(asked.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(r.browser.httpOnly).toBe(true);

    expect(r.callback.statusCode).toBe(302);
    expect(r.callback.headers.location).toBe('/');
    expect(r.cookie).toBeDefined();
    const s = await session(r.cookie!);
    expect(s.user).toMatchObject({ id: user.id, username: 'sso.worker', mustEnrollSecondFactor: false });
    expect(s.csrfToken.length).toBeGreaterThan(20);
    const entry = await lastAudit('auth.login');
    expect(entry.target_id).toBe(String(user.id));
    expect(entry.summary).toMatchObject({ via: 'oidc', issuer: idp.issuer, sub: 'idp-worker', username: 'SSO.Worker' });
    // The sign-on under way is spent: the same answer from the provider cannot be brought back.
    expect(await t.core.db.selectFrom('oidc_login').select('id').where('id', '=', hashToken(r.browser.value)).execute()).toEqual([]);
    const replay = await app.inject({ method: 'GET', url: `/api/auth/oidc/callback${r.back.search}`, headers: { cookie: `linli_oidc=${r.browser.value}` } });
    expect(replay.headers.location).toBe('/login?sso=expired');
  });

  it('refuses an account Linli does not have, or has switched off, creating nothing, and audits it', async () => {
    const before = await t.core.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const r = await signOn({ sub: 'idp-stranger', username: 'nobody.known' });
    expect(r.callback.headers.location).toBe('/login?sso=unknown_account');
    expect(r.cookie).toBeUndefined();
    expect(
      await t.core.db
        .selectFrom('app_user')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ).toEqual(before);
    const entry = await lastAudit('auth.oidc_refused');
    expect(entry.summary).toMatchObject({ reason: 'unknown_account', sub: 'idp-stranger', username: 'nobody.known', issuer: idp.issuer });

    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'sso.off' });
    await t.core.db.updateTable('app_user').set({ active: false }).where('id', '=', user.id).execute();
    expect((await signOn({ sub: 'idp-off', username: 'sso.off' })).callback.headers.location).toBe('/login?sso=unknown_account');
  });

  it('finishes a sign-on only in the browser that started it, and only with the state it was given', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'sso.csrf' });
    idp.signInAs({ sub: 'idp-csrf', username: 'sso.csrf' });
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const back = await idp.walk(String(start.headers.location));
    // Someone else's browser (no cookie, or a cookie of its own sign-on) brought the answer.
    const elsewhere = await app.inject({ method: 'GET', url: `/api/auth/oidc/callback${back.search}` });
    expect(elsewhere.headers.location).toBe('/login?sso=expired');
    expect(elsewhere.cookies.find((c) => c.name === 'linli_sid')).toBeUndefined();
    expect((await lastAudit('auth.oidc_failed')).summary).toMatchObject({ reason: 'expired' });

    const tampered = await signOn({ sub: 'idp-csrf', username: 'sso.csrf' }, (u) => u.searchParams.set('state', 'not-the-state'));
    expect(tampered.callback.headers.location).toBe('/login?sso=failed');
    expect(tampered.cookie).toBeUndefined();
  });

  it("lets the provider's own second factor (amr) count for roles that require one, and asks for nothing more", async () => {
    await makeUser(t.core, 'district_staff', districtUnitId, { username: 'sso.district' });
    const strong = await signOn({ sub: 'idp-district', username: 'sso.district', amr: ['pwd', 'mfa'] });
    const s = await session(strong.cookie!);
    expect(s.user.mustEnrollSecondFactor).toBe(false);
    expect(
      (
        await t.core.db
          .selectFrom('user_session')
          .select('second_factor')
          .where('id', '=', hashToken(strong.cookie!.split('=')[1]!))
          .executeTakeFirstOrThrow()
      ).second_factor,
    ).toBe('idp');
    expect((await lastAudit('auth.login')).summary).toMatchObject({ secondFactor: 'idp', amr: ['pwd', 'mfa'] });
    // A password alone at the provider is one factor: the session leads to enrolling one here.
    const weak = await signOn({ sub: 'idp-district', username: 'sso.district', amr: ['pwd'] });
    expect((await session(weak.cookie!)).user.mustEnrollSecondFactor).toBe(true);
  });

  it('asks an account with a second factor for its code when the provider checked none', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'sso.totp' });
    const c = await login(app, 'sso.totp', FACTORY_PASSWORD);
    const setup = await c.post('/api/auth/totp/setup', {});
    await c.post('/api/auth/totp/confirm', { code: await generate({ secret: setup.body.secret }) });

    const r = await signOn({ sub: 'idp-totp', username: 'sso.totp', amr: ['pwd'] });
    expect(r.callback.headers.location).toBe('/login?step=code');
    expect(r.cookie).toBeUndefined();
    const challenge = r.callback.cookies.find((x) => x.name === 'linli_challenge')!;
    expect(challenge.httpOnly).toBe(true);
    const code = await generate({ secret: setup.body.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const done = await app.inject({
      method: 'POST',
      url: '/api/auth/login/second-factor',
      payload: { code },
      headers: { cookie: `linli_challenge=${challenge.value}` },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().user.username).toBe('sso.totp');
    expect((await lastAudit('auth.login')).summary).toMatchObject({ via: 'oidc', secondFactor: 'totp' });

    const strong = await signOn({ sub: 'idp-totp', username: 'sso.totp', amr: ['otp', 'pwd'] });
    expect(strong.callback.headers.location).toBe('/');
  });
});

describe('single sign-on when no provider is configured', () => {
  it('says it is off, and its routes find nothing', async () => {
    const off = await createTestPlatform();
    try {
      const a = await off.app();
      expect((await a.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({ enabled: false, label: null });
      const start = await a.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(start.statusCode).toBe(404);
      expect(start.json().error.code).toBe('OIDC_DISABLED');
      expect((await a.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=y' })).statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });
});
