import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generate } from 'otplib';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';
import type { LinliApp } from '../http/app.js';
import { hashToken } from './auth.service.js';

let t: TestPlatform;
let app: LinliApp;
let committeeId: number;
let districtUnitId: number;
beforeAll(async () => {
  // Delays and locks of the (name, source) pair are tested where they are made; here they would only slow the steps.
  t = await createTestPlatform({
    config: { loginRateLimitPerMinute: 10_000, loginDelayAfter: 100, lockoutFailures: 100, totpRequiredRoles: ['admin', 'district_staff'] },
  });
  app = await t.app();
  const committee = await makeUnit(t.core, 'committee');
  committeeId = committee.id;
  districtUnitId = (
    await t.core.db.selectFrom('unit').select('id').where('district_id', '=', committee.district_id).where('type', '=', 'district').executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

// Codes belong to 30-second steps and each step opens one login: the tests move the clock on a step at a time.
let clock = Date.now();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
});
afterEach(() => {
  clock = Date.now() + 30_000;
  vi.useRealTimers();
});
const nextStep = () => vi.setSystemTime(Date.now() + 30_000);
const codeNow = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

const inject = (url: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload, headers });
const audits = (action: string, userId: number) =>
  t.core.db
    .selectFrom('audit_event')
    .select(['action', 'summary'])
    .where('action', '=', action)
    .where('target_id', '=', String(userId))
    .orderBy('seq')
    .execute();

async function enroll(c: Client) {
  const setup = await c.post('/api/auth/totp/setup', {});
  expect(setup.status).toBe(200);
  const confirmed = await c.post('/api/auth/totp/confirm', { code: await codeNow(setup.body.secret) });
  expect(confirmed.status).toBe(200);
  return { secret: setup.body.secret as string, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}

/** The password step; its challenge cookie, ready to send with the second step. */
async function passwordStep(username: string, password = FACTORY_PASSWORD) {
  const res = await inject('/api/auth/login', { username, password });
  const cookie = res.cookies.find((c) => c.name === 'linli_challenge');
  return { res, cookie: cookie ? `linli_challenge=${cookie.value}` : '' };
}

const secondStep = (cookie: string, body: object) => inject('/api/auth/login/second-factor', body, { cookie });

describe('enrolling a second factor', () => {
  it('makes a key with its URI and a QR code drawn here, keeps the key encrypted, and turns on with the first right code', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.enroll' });
    const c = await login(app, 'totp.enroll', FACTORY_PASSWORD);
    const other = await login(app, 'totp.enroll', FACTORY_PASSWORD);
    expect((await c.get('/api/auth/totp')).body).toMatchObject({ enabled: false, pending: false, recoveryCodesLeft: 0, required: false });

    const setup = await c.post('/api/auth/totp/setup', {});
    expect(setup.status).toBe(200);
    const { secret, uri, qrCode } = setup.body;
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(uri).searchParams.get('secret')).toBe(secret);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrCode.split(',')[1], 'base64').toString()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const row = await t.core.db.selectFrom('user_totp').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(secret);
    expect(t.core.crypto.decrypt(row.secret)).toBe(secret);
    expect((await c.get('/api/auth/totp')).body).toMatchObject({ enabled: false, pending: true });

    const wrong = await c.post('/api/auth/totp/confirm', { code: (Number(await codeNow(secret)) + 1).toString().padStart(6, '0').slice(-6) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('TOTP_CODE_WRONG');

    const ok = await c.post('/api/auth/totp/confirm', { code: await codeNow(secret) });
    expect(ok.status).toBe(200);
    const codes = ok.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    // Only keyed hashes are kept.
    const kept = await t.core.db.selectFrom('user_recovery_code').select('code_hash').where('user_id', '=', user.id).execute();
    expect(kept).toHaveLength(10);
    for (const k of kept) for (const code of codes) expect(k.code_hash).not.toContain(code.replace('-', ''));
    expect((await c.get('/api/auth/totp')).body).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10 });
    expect(await audits('auth.totp.enabled', user.id)).toHaveLength(1);
    // The session that enrolled goes on; another, opened with the password alone, ends.
    expect((await c.get('/api/auth/session')).status).toBe(200);
    expect((await other.get('/api/auth/session')).status).toBe(401);
    // Once on, a new key cannot quietly replace it.
    expect((await c.post('/api/auth/totp/setup', {})).body.error.code).toBe('TOTP_ALREADY_ENABLED');
  });

  it('is not for an API token to do', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.token' });
    const c = await login(app, 'totp.token', FACTORY_PASSWORD);
    const issued = await c.post('/api/auth/tokens', { name: 'sys', permissions: ['org.unit.read'], days: 1 });
    expect(issued.status).toBe(201);
    const r = await app.inject({ method: 'POST', url: '/api/auth/totp/setup', payload: {}, headers: { authorization: `Bearer ${issued.body.token}` } });
    expect(r.statusCode).toBe(403);
  });
});

describe('logging in with a second factor', () => {
  it('a right password opens no session but a challenge; the code opens it, once', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.login' });
    const { secret } = await enroll(await login(app, 'totp.login', FACTORY_PASSWORD));
    const sessionsBefore = (await t.core.db.selectFrom('user_session').select('id').where('user_id', '=', user.id).execute()).length;
    nextStep();

    const first = await passwordStep('TOTP.LOGIN');
    expect(first.res.statusCode).toBe(202);
    expect(first.res.json()).toEqual({ secondFactor: { methods: ['totp', 'recovery'], expiresAt: expect.any(String) } });
    expect(first.res.cookies.map((c) => c.name)).toEqual(['linli_challenge']);
    const challengeCookie = first.res.cookies[0]!;
    expect(challengeCookie.httpOnly).toBe(true);
    expect(challengeCookie.path).toBe('/api/auth/login');
    expect((await t.core.db.selectFrom('user_session').select('id').where('user_id', '=', user.id).execute()).length).toBe(sessionsBefore);
    // The challenge is no session: it opens nothing else.
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: first.cookie } })).statusCode).toBe(401);

    const wrong = await secondStep(first.cookie, { code: '000000' === (await codeNow(secret)) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'SECOND_FACTOR_INVALID', message: '验证码或恢复码不正确，请重试（还可尝试 4 次）' });

    const code = await codeNow(secret);
    const ok = await secondStep(first.cookie, { code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.id).toBe(user.id);
    const sid = ok.cookies.find((c) => c.name === 'linli_sid')!;
    expect(sid.httpOnly).toBe(true);
    expect(ok.cookies.find((c) => c.name === 'linli_challenge')?.value).toBe('');
    const session = await t.core.db.selectFrom('user_session').select('second_factor').where('id', '=', hashToken(sid.value)).executeTakeFirstOrThrow();
    expect(session.second_factor).toBe('totp');
    const logins = await audits('auth.login', user.id);
    expect(logins.at(-1)!.summary).toMatchObject({ secondFactor: 'totp' });
    expect(await audits('auth.second_factor_failed', user.id)).toHaveLength(1);

    // The challenge is spent, and so is the code's time step: the same code does not open a second login.
    expect((await secondStep(first.cookie, { code })).json().error.code).toBe('LOGIN_CHALLENGE_ENDED');
    const again = await passwordStep('totp.login');
    expect((await secondStep(again.cookie, { code })).json().error.code).toBe('SECOND_FACTOR_INVALID');
    // The next step's code does (a phone's clock a little ahead).
    expect((await secondStep(again.cookie, { code: await codeNow(secret, 1) })).statusCode).toBe(200);
  });

  it('answers a wrong password of an account with a second factor as it answers any wrong password', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.wrongpw' });
    await enroll(await login(app, 'totp.wrongpw', FACTORY_PASSWORD));
    const wrong = await inject('/api/auth/login', { username: 'totp.wrongpw', password: 'Wrong#2026' });
    const unknown = await inject('/api/auth/login', { username: 'totp.nobody', password: 'Wrong#2026' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toEqual([]);
  });

  it('takes a recovery code instead of a code, each once, and says how many are left', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.recovery' });
    const { recoveryCodes } = await enroll(await login(app, 'totp.recovery', FACTORY_PASSWORD));
    const first = await passwordStep('totp.recovery');
    const ok = await secondStep(first.cookie, { recoveryCode: recoveryCodes[3]!.toLowerCase() });
    expect(ok.statusCode).toBe(200);
    const used = await audits('auth.totp.recovery_used', user.id);
    expect(used).toHaveLength(1);
    expect(used[0]!.summary).toMatchObject({ left: 9 });
    const sid = ok.cookies.find((c) => c.name === 'linli_sid')!.value;
    expect((await t.core.db.selectFrom('user_session').select('second_factor').where('id', '=', hashToken(sid)).executeTakeFirstOrThrow()).second_factor).toBe(
      'recovery',
    );

    const again = await passwordStep('totp.recovery');
    expect((await secondStep(again.cookie, { recoveryCode: recoveryCodes[3] })).json().error.code).toBe('SECOND_FACTOR_INVALID');
    expect((await secondStep(again.cookie, { recoveryCode: recoveryCodes[4] })).statusCode).toBe(200);
  });

  it('ends a challenge after five attempts, and after five minutes', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.attempts' });
    const { secret } = await enroll(await login(app, 'totp.attempts', FACTORY_PASSWORD));
    nextStep();
    const first = await passwordStep('totp.attempts');
    const bad = (await codeNow(secret)) === '999999' ? '999998' : '999999';
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await secondStep(first.cookie, { code: bad })).json().error.code);
    expect(answers).toEqual(['SECOND_FACTOR_INVALID', 'SECOND_FACTOR_INVALID', 'SECOND_FACTOR_INVALID', 'SECOND_FACTOR_INVALID', 'LOGIN_CHALLENGE_ENDED']);
    expect((await secondStep(first.cookie, { code: await codeNow(secret) })).json().error.code).toBe('LOGIN_CHALLENGE_ENDED');

    const late = await passwordStep('totp.attempts');
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1000);
    const r = await secondStep(late.cookie, { code: await codeNow(secret) });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.message).toBe('登录验证已超时或尝试次数过多，请重新输入用户名和密码');
    expect((await secondStep('', { code: '123456' })).json().error.code).toBe('LOGIN_CHALLENGE_ENDED');
  });

  it('counts wrong codes against the (name, source) pair like wrong passwords, and a locked pair ends the challenge', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.pair' });
    const { secret } = await enroll(await login(app, 'totp.pair', FACTORY_PASSWORD));
    nextStep();
    const pair = () => t.core.db.selectFrom('login_failure').selectAll().where('username', '=', 'totp.pair').executeTakeFirst();
    const first = await passwordStep('totp.pair');
    await secondStep(first.cookie, { code: (await codeNow(secret)) === '123123' ? '321321' : '123123' });
    // The password step and the wrong code.
    expect((await pair())?.failures).toBe(2);
    expect((await secondStep(first.cookie, { code: await codeNow(secret) })).statusCode).toBe(200);
    expect(await pair()).toBeUndefined();

    nextStep();
    const second = await passwordStep('totp.pair');
    await t.core.db
      .updateTable('login_failure')
      .set({ locked_until: new Date(Date.now() + 60_000) })
      .where('username', '=', 'totp.pair')
      .execute();
    expect((await secondStep(second.cookie, { code: await codeNow(secret) })).json().error.code).toBe('LOGIN_CHALLENGE_ENDED');
  });

  it('gives a system client that asks for a bearer token the challenge in the body, and the token after it', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.bearer' });
    const { secret } = await enroll(await login(app, 'totp.bearer', FACTORY_PASSWORD));
    nextStep();
    const first = await inject('/api/auth/login', { username: 'totp.bearer', password: FACTORY_PASSWORD, bearer: true });
    expect(first.statusCode).toBe(202);
    expect(first.cookies).toEqual([]);
    const second = await inject('/api/auth/login/second-factor', { challenge: first.json().challenge, code: await codeNow(secret), bearer: true });
    expect(second.statusCode).toBe(200);
    expect(second.cookies).toEqual([]);
    const r = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `Bearer ${second.json().token}` } });
    expect(r.statusCode).toBe(200);
  });
});

describe('roles that require a second factor', () => {
  it('limit a session without one to enrolling it, until it is enrolled', async () => {
    await makeUser(t.core, 'district_staff', districtUnitId, { username: 'totp.required' });
    const c = await login(app, 'totp.required', FACTORY_PASSWORD);
    expect(c.session.user.mustEnrollSecondFactor).toBe(true);
    const blocked = await c.get(`/api/org/units/${committeeId}`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error).toEqual({ code: 'SECOND_FACTOR_ENROLL_REQUIRED', message: '您的岗位须使用两步验证：请先在“两步验证”页面完成设置' });
    expect((await c.get('/api/auth/totp')).body).toMatchObject({ required: true, enabled: false });
    const { secret } = await enroll(c);
    expect((await c.get('/api/auth/session')).body.user.mustEnrollSecondFactor).toBe(false);
    expect((await c.get(`/api/org/units/${committeeId}`)).status).toBe(200);
    // It cannot be turned off by its holder: an administrator resets it.
    nextStep();
    const off = await c.post('/api/auth/totp/disable', { password: FACTORY_PASSWORD, code: await codeNow(secret) });
    expect(off.status).toBe(409);
    expect(off.body.error.code).toBe('TOTP_REQUIRED_FOR_ROLE');
  });

  it('hold a holder from the moment a position of such a role is added', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.promoted' });
    const c = await login(app, 'totp.promoted', FACTORY_PASSWORD);
    expect((await c.get(`/api/org/units/${committeeId}`)).status).toBe(200);
    await t.core.db
      .insertInto('position')
      .values({ district_id: user.district_id, user_id: user.id, role: 'district_staff', unit_id: districtUnitId, grid_id: null, department_id: null })
      .execute();
    expect((await c.get(`/api/org/units/${committeeId}`)).body.error.code).toBe('SECOND_FACTOR_ENROLL_REQUIRED');
  });

  it('spare demo accounts while the server listens on this machine only', async () => {
    const { user } = await makeUser(t.core, 'admin', districtUnitId, { username: 'totp.demo' });
    await t.core.db.updateTable('app_user').set({ is_demo: true }).where('id', '=', user.id).execute();
    expect(t.core.config.host).toBe('127.0.0.1');
    const c = await login(app, 'totp.demo', FACTORY_PASSWORD);
    expect(c.session.user.mustEnrollSecondFactor).toBe(false);
    expect((await c.get(`/api/org/units/${committeeId}`)).status).toBe(200);
  });
});

describe('turning a second factor off', () => {
  it('needs the password and a code, or a recovery code', async () => {
    const { user } = await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.off' });
    const c = await login(app, 'totp.off', FACTORY_PASSWORD);
    const { secret, recoveryCodes } = await enroll(c);
    nextStep();
    const wrongPassword = await c.post('/api/auth/totp/disable', { password: 'Wrong#2026', code: await codeNow(secret) });
    expect(wrongPassword.body.error.code).toBe('PASSWORD_WRONG');
    const wrongCode = await c.post('/api/auth/totp/disable', { password: FACTORY_PASSWORD, code: 'ABCDE-FGHJK' });
    expect(wrongCode.body.error.code).toBe('TOTP_CODE_WRONG');
    expect((await c.post('/api/auth/totp/disable', { password: FACTORY_PASSWORD, code: recoveryCodes[0] })).status).toBe(204);
    expect((await audits('auth.totp.disabled', user.id))[0]!.summary).toMatchObject({ with: 'recovery' });
    expect(await t.core.db.selectFrom('user_recovery_code').select('code_hash').where('user_id', '=', user.id).execute()).toEqual([]);
    // The password alone opens the account again.
    expect((await inject('/api/auth/login', { username: 'totp.off', password: FACTORY_PASSWORD })).statusCode).toBe(200);
  });

  it('renews the recovery codes for a current code; the old ones stop working', async () => {
    await makeUser(t.core, 'committee_worker', committeeId, { username: 'totp.renew' });
    const c = await login(app, 'totp.renew', FACTORY_PASSWORD);
    const { secret, recoveryCodes } = await enroll(c);
    nextStep();
    const renewed = await c.post('/api/auth/totp/recovery-codes', { code: await codeNow(secret) });
    expect(renewed.status).toBe(200);
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    const first = await passwordStep('totp.renew');
    expect((await secondStep(first.cookie, { recoveryCode: recoveryCodes[0] })).statusCode).toBe(401);
    expect((await secondStep(first.cookie, { recoveryCode: renewed.body.recoveryCodes[0] })).statusCode).toBe(200);
  });
});
