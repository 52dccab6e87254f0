import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/support/test-platform.js';
import { makeUnit, makeUser } from '../../test/support/factories.js';
import { login } from '../../test/support/http.js';
import { loadConfig } from '../platform/config.js';
import { hashPassword } from '../platform/auth/password.js';
import { DEMO_PASSWORD } from '../modules/accounts/accounts.demo.js';
import { demoExposureWarning } from './demo-accounts.js';

describe('where the server listens', () => {
  it('is this machine only unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('is warned about loudly, in Chinese and English, when others can reach demo accounts with the public password', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(demoExposureWarning(host, 12), host).toEqual([]);
    expect(demoExposureWarning('0.0.0.0', 0)).toEqual([]);
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      const text = demoExposureWarning(host, 12).join('\n');
      expect(text).toContain('警告');
      expect(text).toContain('WARNING');
      expect(text).toContain(host);
      expect(text).toContain(DEMO_PASSWORD);
      expect(text).toContain('12');
    }
  });
});

describe('demo accounts at their first login', () => {
  let exposed: TestPlatform;
  let local: TestPlatform;
  beforeAll(async () => {
    [exposed, local] = await Promise.all([createTestPlatform({ config: { host: '0.0.0.0' } }), createTestPlatform({ config: { host: '127.0.0.1' } })]);
  });
  afterAll(async () => {
    await exposed?.close();
    await local?.close();
  });

  async function demoAccount(t: TestPlatform, username: string, password = DEMO_PASSWORD) {
    const { user } = await makeUser(t.core, 'committee_worker', (await makeUnit(t.core, 'committee')).id, { username });
    await t.core.db
      .updateTable('app_user')
      .set({ is_demo: true, must_change_password: false, password_hash: await hashPassword(password) })
      .where('id', '=', user.id)
      .execute();
    return user;
  }

  it('skip the forced change on a server only this machine reaches', async () => {
    await demoAccount(local, 'demo.local');
    expect((await login(await local.app(), 'demo.local', DEMO_PASSWORD)).session.user.mustChangePassword).toBe(false);
  });

  it('must change the public demo password on a server others reach, and then log in as usual', async () => {
    await demoAccount(exposed, 'demo.exposed');
    const app = await exposed.app();
    const first = await login(app, 'demo.exposed', DEMO_PASSWORD);
    expect(first.session.user.mustChangePassword).toBe(true);
    expect((await first.get('/api/notifications')).body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await first.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Hx7#kd92Lq' })).status).toBe(204);
    expect((await login(app, 'demo.exposed', 'Hx7#kd92Lq')).session.user.mustChangePassword).toBe(false);
  });

  it('are left alone on a server others reach once their password is no longer the demo one', async () => {
    await demoAccount(exposed, 'demo.changed', 'Hx7#kd92Lq');
    expect((await login(await exposed.app(), 'demo.changed', 'Hx7#kd92Lq')).session.user.mustChangePassword).toBe(false);
  });
});
