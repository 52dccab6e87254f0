import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, actorFor, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login } from '../../../test/support/http.js';
import type { Actor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import type { RoleId } from '../../platform/roles.js';
import { UserService } from './user.service.js';

let t: TestPlatform;
let users: UserService;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );

/**
 * A district with a street and two committees; the committee head of A manages accounts. `mixed()` is a worker
 * of committee A who also holds a district position (the account a head must not take over); `plain()` is a
 * worker of A only.
 */
let districtUnitId: number;
let committeeA: number;
let committeeB: number;
let head: Actor;
let street: Actor;

beforeAll(async () => {
  t = await createTestPlatform({ config: { loginRateLimitPerMinute: 1000 } });
  users = new UserService(t.core);
  const s = await makeUnit(t.core, 'street');
  districtUnitId = s.parent_id!;
  committeeA = (await makeUnit(t.core, 'committee', { parentId: s.id })).id;
  committeeB = (await makeUnit(t.core, 'committee', { parentId: s.id })).id;
  head = await actorFor(t.core, 'committee_head', committeeA);
  street = await actorFor(t.core, 'street_staff', s.id);
});
afterAll(() => t.close());

async function addPositionRow(userId: number, role: RoleId, unitId: number) {
  const unit = await t.core.db.selectFrom('unit').select('district_id').where('id', '=', unitId).executeTakeFirstOrThrow();
  return t.core.db
    .insertInto('position')
    .values({ district_id: unit.district_id, user_id: userId, role, unit_id: unitId, department_id: null, grid_id: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function plain() {
  const { user, position } = await makeUser(t.core, 'committee_worker', committeeA);
  return { user, position };
}

async function mixed() {
  const { user, position } = await makeUser(t.core, 'committee_worker', committeeA);
  const district = await addPositionRow(user.id, 'district_staff', districtUnitId);
  return { user, position, district };
}

const auditCount = async (userId: number) =>
  Number(
    (
      await t.core.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('target_type', '=', 'user')
        .where('target_id', '=', String(userId))
        .executeTakeFirstOrThrow()
    ).n,
  );

const userRow = (id: number) => t.core.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const activePositions = (id: number) =>
  t.core.db.selectFrom('position').select(['id', 'role']).where('user_id', '=', id).where('ended_at', 'is', null).orderBy('id').execute();

describe('managing an account needs authority over every position it holds', () => {
  it('reset password: refused on an account that also holds a district position, allowed on one within reach', async () => {
    const m = await mixed();
    const before = (await userRow(m.user.id)).password_hash;
    expect(await code(users.resetPassword(head, m.user.id, 'Another#2026'))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect((await userRow(m.user.id)).password_hash).toBe(before);
    expect(await auditCount(m.user.id)).toBe(0);

    const p = await plain();
    expect(await code(users.resetPassword(head, p.user.id, 'Another#2026'))).toBe('ok');
    expect((await userRow(p.user.id)).must_change_password).toBe(true);
  });

  it('unlock: refused on the mixed account, allowed on one within reach', async () => {
    const lockedUntil = new Date(Date.now() + 30 * 60_000);
    const m = await mixed();
    const p = await plain();
    // A source locked out of each account, as five failed logins from it leave it.
    const pairs = (username: string) => t.core.db.selectFrom('login_failure').select('source').where('username', '=', username.toLowerCase()).execute();
    for (const u of [m.user, p.user]) {
      await t.core.db
        .insertInto('login_failure')
        .values({
          username: u.username.toLowerCase(),
          source: '203.0.113.9',
          failures: 5,
          first_failed_at: new Date(),
          last_failed_at: new Date(),
          locked_until: lockedUntil,
        })
        .execute();
    }
    expect(await code(users.unlock(head, m.user.id))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect(await pairs(m.user.username)).toHaveLength(1);
    expect(await code(users.unlock(head, p.user.id))).toBe('ok');
    expect(await pairs(p.user.username)).toEqual([]);
  });

  it('disable and enable: refused on the mixed account; within reach the account is disabled, its sessions end, and it is enabled again', async () => {
    const m = await mixed();
    expect(await code(users.setActive(head, m.user.id, false))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect((await userRow(m.user.id)).active).toBe(true);
    await t.core.db.updateTable('app_user').set({ active: false }).where('id', '=', m.user.id).execute();
    expect(await code(users.setActive(head, m.user.id, true))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect((await userRow(m.user.id)).active).toBe(false);

    const p = await plain();
    expect(await code(users.setActive(head, p.user.id, false))).toBe('ok');
    expect((await userRow(p.user.id)).active).toBe(false);
    expect(await code(users.setActive(head, p.user.id, true))).toBe('ok');
    expect((await userRow(p.user.id)).active).toBe(true);
    const actions = await t.core.db.selectFrom('audit_event').select('action').where('target_id', '=', String(p.user.id)).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['accounts.user.disable', 'accounts.user.enable']);
  });

  it('edit: refused on the mixed account, allowed on one within reach', async () => {
    const m = await mixed();
    expect(await code(users.update(head, m.user.id, { displayName: '冒名' }))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect((await userRow(m.user.id)).display_name).toBe(m.user.display_name);

    const p = await plain();
    expect(await code(users.update(head, p.user.id, { displayName: '  王小红 ' }))).toBe('ok');
    expect((await userRow(p.user.id)).display_name).toBe('王小红');
    expect(await code(users.update(head, p.user.id, { displayName: '   ' }))).toBe('400 DISPLAY_NAME_REQUIRED');
  });

  it('add and end positions: refused on the mixed account, even for a position the head could grant', async () => {
    const m = await mixed();
    expect(await code(users.addPosition(head, m.user.id, { role: 'committee_worker', unitId: committeeA }))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect(await code(users.endPosition(head, m.user.id, m.position.id))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect((await activePositions(m.user.id)).map((p) => p.role)).toEqual(['committee_worker', 'district_staff']);

    const p = await plain();
    expect(
      await code(
        users.addPosition(head, p.user.id, {
          role: 'building_leader',
          unitId: (await makeUnit(t.core, 'building', { parentId: (await makeUnit(t.core, 'compound', { parentId: committeeA })).id })).id,
        }),
      ),
    ).toBe('ok');
    expect(await code(users.endPosition(head, p.user.id, p.position.id))).toBe('ok');
    expect((await activePositions(p.user.id)).map((x) => x.role)).toEqual(['building_leader']);
  });

  it('counts a position in another committee, or of a role above the manager, as beyond; the street above reaches both committees', async () => {
    const other = await plain();
    await addPositionRow(other.user.id, 'committee_worker', committeeB);
    expect(await code(users.resetPassword(head, other.user.id, 'Another#2026'))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect(await code(users.resetPassword(street, other.user.id, 'Another#2026'))).toBe('ok');

    const peer = await makeUser(t.core, 'committee_head', committeeA);
    expect(await code(users.unlock(head, peer.user.id))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
    expect(await code(users.unlock(street, peer.user.id))).toBe('ok');

    const m = await mixed();
    expect(await code(users.unlock(street, m.user.id))).toBe('403 ACCOUNT_BEYOND_AUTHORITY');
  });

  it('answers 404 for an account out of sight, before any authority question', async () => {
    const b = await makeUser(t.core, 'committee_worker', committeeB);
    expect(await code(users.resetPassword(head, b.user.id, 'Another#2026'))).toBe('404 NOT_FOUND');
    expect(await code(users.setActive(head, b.user.id, false))).toBe('404 NOT_FOUND');
    expect(await code(users.update(head, b.user.id, { displayName: 'x' }))).toBe('404 NOT_FOUND');
  });

  it('does not let a manager disable their own account', async () => {
    const admin = await actorFor(t.core, 'admin', districtUnitId);
    expect(await code(users.setActive(admin, admin.userId, false))).toBe('409 ACCOUNT_SELF_DISABLE');
  });
});

describe('over HTTP', () => {
  it('refuses the head in both languages without naming the position, says the account is not manageable, and a disabled account loses its session', async () => {
    const app = await t.app();
    const { user: headUser } = await makeUser(t.core, 'committee_head', committeeA, { username: `head.${Date.now()}` });
    const client = await login(app, headUser.username, FACTORY_PASSWORD);
    const m = await mixed();

    const detail = await client.get(`/api/accounts/users/${m.user.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.manageable).toBe(false);
    const zh = await client.post(`/api/accounts/users/${m.user.id}/reset-password`, { initialPassword: 'Another#2026' });
    expect(zh.status).toBe(403);
    expect(zh.body.error.code).toBe('ACCOUNT_BEYOND_AUTHORITY');
    expect(zh.body.error.message).toContain('超出您权限的岗位');
    expect(zh.body.error.message).not.toMatch(/区级|district_staff/);
    const en = await client.post(`/api/accounts/users/${m.user.id}/disable`, {}, { 'accept-language': 'en' });
    expect(en.status).toBe(403);
    expect(en.body.error.message).toContain('beyond your authority');
    expect(en.body.error.message).not.toMatch(/district/i);

    const { user: worker } = await makeUser(t.core, 'committee_worker', committeeA, { username: `worker.${Date.now()}` });
    const workerClient = await login(app, worker.username, FACTORY_PASSWORD);
    expect((await workerClient.get('/api/auth/session')).status).toBe(200);
    expect((await client.get(`/api/accounts/users/${worker.id}`)).body.manageable).toBe(true);
    const disabled = await client.post(`/api/accounts/users/${worker.id}/disable`, {});
    expect(disabled.status).toBe(200);
    expect(disabled.body.active).toBe(false);
    expect((await workerClient.get('/api/auth/session')).status).toBe(401);
    const renamed = await client.post(`/api/accounts/users/${worker.id}`, { displayName: '李四' });
    expect(renamed.body.displayName).toBe('李四');
    expect((await client.post(`/api/accounts/users/${worker.id}/enable`, {})).body.active).toBe(true);
  });
});
