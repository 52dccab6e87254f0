import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';
import type { LinliApp } from '../../platform/http/app.js';

const STRANGER = '203.0.113.66';
const OTHER = '203.0.113.77';

/**
 * A street with committees A and B. The head of A manages A's accounts; the street's staff manage both. A
 * stranger has locked themselves out of an account of each committee, and failed once at another of A.
 */
let t: TestPlatform;
let app: LinliApp;
let head: Client;
let street: Client;
let inA: { id: number; username: string };
let inB: { id: number; username: string };
let countingA: { id: number; username: string };

const attempt = (username: string, password: string, from: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: from });

beforeAll(async () => {
  t = await createTestPlatform({ config: { loginRateLimitPerMinute: 1000, loginDelayAfter: 100, lockoutFailures: 5 } });
  app = await t.app();
  const s = await makeUnit(t.core, 'street');
  const a = await makeUnit(t.core, 'committee', { parentId: s.id });
  const b = await makeUnit(t.core, 'committee', { parentId: s.id });
  await makeUser(t.core, 'committee_head', a.id, { username: 'locks.head' });
  await makeUser(t.core, 'street_staff', s.id, { username: 'locks.street' });
  inA = (await makeUser(t.core, 'committee_worker', a.id, { username: 'locks.a' })).user;
  inB = (await makeUser(t.core, 'committee_worker', b.id, { username: 'locks.b' })).user;
  countingA = (await makeUser(t.core, 'committee_worker', a.id, { username: 'locks.a2' })).user;
  for (let i = 0; i < 5; i++) {
    await attempt('locks.a', 'Wrong#2026x', STRANGER);
    await attempt('locks.b', 'Wrong#2026x', STRANGER);
  }
  await attempt('locks.a2', 'Wrong#2026x', OTHER);
  head = await login(app, 'locks.head', FACTORY_PASSWORD);
  street = await login(app, 'locks.street', FACTORY_PASSWORD);
});
afterAll(() => t.close());

describe('login locks for managers', () => {
  it('lists the counters and locks of the accounts in scope, locked ones first, and says so on the account', async () => {
    const r = await head.get('/api/accounts/login-locks');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { username: string; source: string; failures: number }) => [i.username, i.source, i.failures])).toEqual([
      ['locks.a', STRANGER, 5],
      ['locks.a2', OTHER, 1],
    ]);
    expect(r.body.items[0].lockedUntil).toEqual(expect.any(String));
    expect(r.body.items[1].lockedUntil).toBeNull();
    expect(r.body.total).toBe(2);
    expect((await street.get('/api/accounts/login-locks')).body.items.map((i: { username: string }) => i.username)).toEqual(['locks.b', 'locks.a', 'locks.a2']);
    expect((await head.get(`/api/accounts/users/${inA.id}`)).body.lockedUntil).toEqual(r.body.items[0].lockedUntil);
    expect((await head.get(`/api/accounts/users/${countingA.id}`)).body.lockedUntil).toBeNull();
  });

  it('a committee head cannot clear a lock on an account outside their scope', async () => {
    const r = await head.post(`/api/accounts/users/${inB.id}/unlock`, {});
    expect(r.status).toBe(404);
    expect(await t.core.db.selectFrom('login_failure').select('failures').where('username', '=', 'locks.b').executeTakeFirstOrThrow()).toEqual({ failures: 5 });
  });

  it('clears one source, audited with what it cleared; the source may log in again', async () => {
    expect((await attempt('locks.a', FACTORY_PASSWORD, STRANGER)).statusCode).toBe(401);
    expect((await head.post(`/api/accounts/users/${inA.id}/unlock`, { source: STRANGER })).status).toBe(204);
    expect((await head.get('/api/accounts/login-locks')).body.items.map((i: { username: string }) => i.username)).toEqual(['locks.a2']);
    const entry = await t.core.db
      .selectFrom('audit_event')
      .select(['actor_name', 'summary'])
      .where('action', '=', 'accounts.user.unlock')
      .where('target_id', '=', String(inA.id))
      .executeTakeFirstOrThrow();
    expect(entry.summary).toEqual({ source: STRANGER, before: [{ source: STRANGER, failures: 6, lockedUntil: expect.any(String) }] });
    expect((await attempt('locks.a', FACTORY_PASSWORD, STRANGER)).statusCode).toBe(200);
  });

  it('the street clears every source of an account at once', async () => {
    await attempt('locks.b', 'Wrong#2026x', OTHER);
    expect((await street.post(`/api/accounts/users/${inB.id}/unlock`, {})).status).toBe(204);
    expect(await t.core.db.selectFrom('login_failure').select('source').where('username', '=', 'locks.b').execute()).toEqual([]);
  });
});
