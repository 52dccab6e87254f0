import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login } from '../../../test/support/http.js';
import type { LinliApp } from '../../platform/http/app.js';
import type { AddressDelivery, NotificationChannel } from '../../platform/notify/notification.channel.js';
import { makeResidentId } from '../people/id-number.js';
import { SIGN_UP_CODE_ATTEMPTS, SIGN_UP_SENDS_PER_PHONE_HOUR, SIGN_UP_SENDS_PER_SOURCE_HOUR } from './sign-up.rules.js';

/** The SMS provider of the test: keeps what it was asked to send to whom. */
class SmsRecorder implements NotificationChannel {
  readonly id = 'sms';
  readonly sent: AddressDelivery[] = [];
  async send() {}
  async sendToAddress(d: AddressDelivery) {
    this.sent.push(d);
  }
  lastTo(phone: string) {
    return this.sent.filter((d) => d.to === phone).at(-1);
  }
  codeFor(phone: string) {
    const m = this.lastTo(phone)?.body.zh.match(/验证码 (\d{6})/);
    if (!m) throw new Error(`no code sent to ${phone}`);
    return m[1]!;
  }
}

const PASSWORD = 'Lin-li#Phone8';
let t: TestPlatform;
let app: LinliApp;
let district: string;
const sms = new SmsRecorder();
let phoneSeq = 0;
// Each test its own phones and client address, so that the hourly limits of one do not reach another.
const nextPhone = () => `139${String(10_000_000 + ++phoneSeq * 7919).slice(-8)}`;
let ipSeq = 0;
const nextIp = () => `10.9.${++ipSeq}.1`;

beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 }, config: { loginRateLimitPerMinute: 1000 } });
  t.core.notifier.register(sms);
  app = await t.app();
  district = (await t.core.db.selectFrom('district').select('code').orderBy('id').executeTakeFirstOrThrow()).code;
});
afterAll(() => t.close());

const post = async (url: string, payload: object, ip: string, locale = 'zh-CN') => {
  const r = await app.inject({ method: 'POST', url, payload, remoteAddress: ip, headers: { 'accept-language': locale } });
  return { status: r.statusCode, body: r.json(), cookies: r.cookies };
};
const askCode = (phone: string, ip: string) => post('/api/accounts/sign-up/code', { phone }, ip);
const signUp = (phone: string, code: string, ip: string, more: object = {}) =>
  post('/api/accounts/sign-up', { phone, code, password: PASSWORD, districtCode: district, ...more }, ip);
/** Lets the minute between two codes pass, as the clock would. */
const afterAMinute = (phone: string) =>
  t.core.db
    .updateTable('accounts_sign_up_send')
    .set({ sent_at: sql<Date>`sent_at - interval '61 seconds'` })
    .where('phone_hash', '=', t.core.crypto.lookupHash(phone))
    .execute();

describe('sign-up by phone', () => {
  it('refuses what is no mainland mobile number, saying so in either language', async () => {
    for (const phone of ['12345678901', '1381234567', '0211234567', 'abc']) {
      const r = await askCode(phone, nextIp());
      expect(r.status, phone).toBe(400);
      expect(r.body.error.code).toBe('SIGN_UP_PHONE_INVALID');
      expect(r.body.error.message).toContain('11 位中国大陆手机号码');
    }
    const en = await post('/api/accounts/sign-up/code', { phone: '123' }, nextIp(), 'en');
    expect(en.body.error.message).toContain('11-digit mainland China mobile number');
  });

  it('sends a code, signs up with it into a session at the district, and logs in by phone afterwards', async () => {
    const phone = nextPhone();
    const ip = nextIp();
    const asked = await askCode(` ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`, ip);
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ sentTo: `${phone.slice(0, 3)}****${phone.slice(-4)}`, expiresInSeconds: 600, resendAfterSeconds: 60 });
    const code = sms.codeFor(phone);
    const stored = await t.core.db.selectFrom('accounts_sign_up_code').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(JSON.stringify(stored)).not.toContain(phone);

    const wrong = await signUp(phone, code === '000000' ? '111111' : '000000', ip);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('SIGN_UP_CODE_WRONG');
    const weak = await signUp(phone, code, ip, { password: 'password' });
    expect(weak.body.error.code).toBe('PASSWORD_POLICY');
    const closed = await signUp(phone, code, ip, { districtCode: 'nowhere' });
    expect(closed.body.error.code).toBe('SIGN_UP_DISTRICT_CLOSED');

    const done = await signUp(phone, code, ip);
    expect(done.status).toBe(201);
    const cookie = done.cookies.find((c) => c.name === 'linli_sid')!;
    expect(cookie.httpOnly).toBe(true);
    const session = (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `linli_sid=${cookie.value}` } })).json();
    expect(session.user).toMatchObject({ username: done.body.username, displayName: `${phone.slice(0, 3)}****${phone.slice(-4)}` });
    expect(session.positions.map((p: { role: string }) => p.role)).toEqual(['unbound_resident']);
    expect(session.permissions).toEqual(expect.arrayContaining(['people.binding.request', 'appeals.report']));
    expect(session.permissions).not.toContain('people.read');

    // The phone is kept as personal data is: encrypted, masked, found by its keyed hash.
    const row = await t.core.db.selectFrom('user_phone').selectAll().where('phone_hash', '=', t.core.crypto.lookupHash(phone)).executeTakeFirstOrThrow();
    expect(row.phone_enc).not.toContain(phone);
    expect(t.core.crypto.decrypt(row.phone_enc)).toBe(phone);
    const audit = await t.core.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'accounts.sign_up')
      .where('target_id', '=', String(row.user_id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(phone);
    // The code was for one use.
    expect((await signUp(phone, code, ip)).body.error.code).toBe('SIGN_UP_CODE_WRONG');

    const byPhone = await login(app, `+86 ${phone}`, PASSWORD);
    expect(byPhone.session.user.username).toBe(done.body.username);
    const failed = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: phone, password: 'Wrong#Pass99' } });
    expect(failed.statusCode).toBe(401);
    expect(JSON.stringify(await t.core.db.selectFrom('login_failure').selectAll().execute())).not.toContain(phone);
  });

  it('answers a phone that has an account as it answers any other, and tells its owner by SMS instead of sending a code', async () => {
    const phone = nextPhone();
    await askCode(phone, nextIp());
    expect((await signUp(phone, sms.codeFor(phone), nextIp())).status).toBe(201);
    const fresh = nextPhone();
    const ip = nextIp();
    await afterAMinute(phone);
    const a = await askCode(phone, ip);
    const b = await askCode(fresh, ip);
    expect(a.status).toBe(b.status);
    expect(Object.keys(a.body)).toEqual(Object.keys(b.body));
    expect({ ...a.body, sentTo: '' }).toEqual({ ...b.body, sentTo: '' });
    const told = sms.lastTo(phone)!.body.zh;
    expect(told).toContain('已注册');
    expect(told).not.toMatch(/\d{6}/);
    // Any code fails for it, as a wrong one does.
    expect((await signUp(phone, '123456', ip)).body.error.code).toBe('SIGN_UP_CODE_WRONG');
  });

  it('lets a code expire, and spends it after a few wrong tries', async () => {
    const phone = nextPhone();
    const ip = nextIp();
    await askCode(phone, ip);
    const code = sms.codeFor(phone);
    await t.core.db
      .updateTable('accounts_sign_up_code')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('phone_hash', '=', t.core.crypto.lookupHash(phone))
      .execute();
    expect((await signUp(phone, code, ip)).body.error.code).toBe('SIGN_UP_CODE_WRONG');

    await afterAMinute(phone);
    await askCode(phone, ip);
    const next = sms.codeFor(phone);
    const wrong = next === '000000' ? '111111' : '000000';
    const codes = [];
    for (let i = 0; i < SIGN_UP_CODE_ATTEMPTS; i++) codes.push((await signUp(phone, wrong, ip)).body.error.code);
    expect(codes).toEqual([...Array(SIGN_UP_CODE_ATTEMPTS - 1).fill('SIGN_UP_CODE_WRONG'), 'SIGN_UP_CODE_SPENT']);
    // Spent: the right code no longer opens it.
    expect((await signUp(phone, next, ip)).body.error.code).toBe('SIGN_UP_CODE_WRONG');
  });

  it('keeps one live code per phone and limits sends per phone and per client source', async () => {
    const phone = nextPhone();
    const ip = nextIp();
    await askCode(phone, ip);
    const first = sms.codeFor(phone);
    const soon = await askCode(phone, ip);
    expect(soon.status).toBe(429);
    expect(soon.body.error.code).toBe('SIGN_UP_RESEND_WAIT');
    await afterAMinute(phone);
    await askCode(phone, ip);
    const second = sms.codeFor(phone);
    expect(
      await t.core.db.selectFrom('accounts_sign_up_code').select('phone_hash').where('phone_hash', '=', t.core.crypto.lookupHash(phone)).execute(),
    ).toHaveLength(1);
    if (first !== second) expect((await signUp(phone, first, nextIp())).body.error.code).toBe('SIGN_UP_CODE_WRONG');

    for (let i = 2; i < SIGN_UP_SENDS_PER_PHONE_HOUR; i++) {
      await afterAMinute(phone);
      expect((await askCode(phone, nextIp())).status).toBe(202);
    }
    await afterAMinute(phone);
    const tooMany = await askCode(phone, nextIp());
    expect(tooMany.status).toBe(429);
    expect(tooMany.body.error.code).toBe('SIGN_UP_TOO_MANY');

    const crowded = nextIp();
    for (let i = 0; i < SIGN_UP_SENDS_PER_SOURCE_HOUR; i++) expect((await askCode(nextPhone(), crowded)).status).toBe(202);
    expect((await askCode(nextPhone(), crowded)).body.error.code).toBe('SIGN_UP_TOO_MANY');
  });

  it('lists the districts open to sign-up', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/accounts/sign-up/districts' });
    expect(r.json().items.map((d: { code: string }) => d.code)).toContain(district);
  });
});

describe('a signed-up person', () => {
  it('asks to be bound, the committee sees the request, and approval seats them at the house', async () => {
    const worker = await login(app, 'worker');
    const committeeId = worker.session.positions[0].unitId as number;
    const house = await t.core.db
      .selectFrom('unit')
      .select('id')
      .where('type', '=', 'house')
      .where('path', 'like', `%/${committeeId}/%`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const docNumber = makeResidentId('310101', '1988-03-09', 17);
    expect(
      (
        await worker.post('/api/people/persons', {
          name: '林新',
          docType: 'resident_id',
          docNumber,
          residence: 'registered_living',
          houseId: house.id,
          relation: 'owner',
        })
      ).status,
    ).toBe(201);

    const phone = nextPhone();
    await askCode(phone, nextIp());
    expect((await signUp(phone, sms.codeFor(phone), nextIp())).status).toBe(201);
    const me = await login(app, phone, PASSWORD);
    // No territory data: the register, units, orders of others.
    for (const url of ['/api/people/persons', '/api/org/units', '/api/people/bindings']) expect((await me.get(url)).status, url).toBe(403);
    expect((await me.get('/api/appeals/orders')).body.items ?? []).toEqual([]);

    const asked = await me.post('/api/people/binding', { name: '林新', docNumber });
    expect(asked.status).toBe(201);
    const pending = (await worker.get('/api/people/bindings')).body.items;
    expect(pending.map((b: { id: number }) => b.id)).toContain(asked.body.id);
    expect((await worker.post(`/api/people/bindings/${asked.body.id}/decide`, { approve: true, note: null })).status).toBe(204);
    const after = await login(app, phone, PASSWORD);
    expect(after.session.positions.map((p: { role: string; unitId: number }) => [p.role, p.unitId])).toEqual([['resident', house.id]]);
  });
});
