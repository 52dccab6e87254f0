import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login } from '../../../test/support/http.js';
import type { LinliApp } from '../../platform/http/app.js';

let t: TestPlatform;
let app: LinliApp;
let street: { id: number; path: string };
let committee: { id: number };
let otherCommittee: { id: number };
beforeAll(async () => {
  t = await createTestPlatform({ config: { loginRateLimitPerMinute: 10_000 } });
  app = await t.app();
  street = await makeUnit(t.core, 'street');
  committee = await makeUnit(t.core, 'committee', { parentId: street.id });
  otherCommittee = await makeUnit(t.core, 'committee');
});
afterAll(() => t.close());

async function enrolled(username: string) {
  const { user } = await makeUser(t.core, 'committee_worker', committee.id, { username });
  const c = await login(app, username, FACTORY_PASSWORD);
  const setup = await c.post('/api/auth/totp/setup', {});
  expect((await c.post('/api/auth/totp/confirm', { code: await generate({ secret: setup.body.secret }) })).status).toBe(200);
  return { user, client: c };
}

describe("resetting a user's second factor", () => {
  it('is for whoever manages the account: the factor goes, its sessions end, the audit says who did it where', async () => {
    const { user, client } = await enrolled('sf.target');
    await makeUser(t.core, 'street_staff', street.id, { username: 'sf.manager' });
    const manager = await login(app, 'sf.manager', FACTORY_PASSWORD);
    expect((await manager.get(`/api/accounts/users/${user.id}/second-factor`)).body).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10 });

    expect((await manager.post(`/api/accounts/users/${user.id}/second-factor/reset`, {})).status).toBe(204);
    expect(await t.core.db.selectFrom('user_totp').select('user_id').where('user_id', '=', user.id).execute()).toEqual([]);
    expect(await t.core.db.selectFrom('user_recovery_code').select('user_id').where('user_id', '=', user.id).execute()).toEqual([]);
    expect((await client.get('/api/auth/session')).status).toBe(401);
    const entry = await t.core.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'accounts.user.reset_second_factor')
      .where('target_id', '=', String(user.id))
      .executeTakeFirstOrThrow();
    expect(entry.actor_name).toBeTruthy();
    expect(entry.unit_path).toBe((await t.core.db.selectFrom('unit').select('path').where('id', '=', committee.id).executeTakeFirstOrThrow()).path);
    expect(entry.summary).toEqual({ before: { enabled: true } });
    // The password alone opens the account again, and its holder may enroll anew.
    const again = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sf.target', password: FACTORY_PASSWORD } });
    expect(again.statusCode).toBe(200);
    expect((await manager.get(`/api/accounts/users/${user.id}/second-factor`)).body.enabled).toBe(false);
    expect((await manager.post(`/api/accounts/users/${user.id}/second-factor/reset`, {})).body.error.code).toBe('TOTP_NOT_ENABLED');
  });

  it("is refused beyond the manager's scope (not found) and beyond their authority (a position above them)", async () => {
    const { user } = await enrolled('sf.beyond');
    await makeUser(t.core, 'committee_head', otherCommittee.id, { username: 'sf.stranger' });
    const stranger = await login(app, 'sf.stranger', FACTORY_PASSWORD);
    expect((await stranger.get(`/api/accounts/users/${user.id}/second-factor`)).status).toBe(404);
    expect((await stranger.post(`/api/accounts/users/${user.id}/second-factor/reset`, {})).status).toBe(404);

    await t.core.db
      .insertInto('position')
      .values({ district_id: user.district_id, user_id: user.id, role: 'street_staff', unit_id: street.id, grid_id: null, department_id: null })
      .execute();
    await makeUser(t.core, 'committee_head', committee.id, { username: 'sf.head' });
    const head = await login(app, 'sf.head', FACTORY_PASSWORD);
    const r = await head.post(`/api/accounts/users/${user.id}/second-factor/reset`, {});
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('ACCOUNT_BEYOND_AUTHORITY');
    expect(await t.core.db.selectFrom('user_totp').select('user_id').where('user_id', '=', user.id).execute()).toHaveLength(1);
  });

  it("is not how one turns off one's own", async () => {
    const { user } = await makeUser(t.core, 'street_staff', street.id, { username: 'sf.self' });
    const c = await login(app, 'sf.self', FACTORY_PASSWORD);
    const setup = await c.post('/api/auth/totp/setup', {});
    await c.post('/api/auth/totp/confirm', { code: await generate({ secret: setup.body.secret }) });
    const r = await c.post(`/api/accounts/users/${user.id}/second-factor/reset`, {});
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('SECOND_FACTOR_SELF_RESET');
  });
});
