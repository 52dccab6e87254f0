import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';
import { systemActor } from '../../platform/actor.js';
import { lastEntry } from '../../platform/audit/audit.repository.js';
import { writeCheckpoint } from '../../platform/audit/audit.checkpoint.js';

let t: TestPlatform;
let admin: Client;
let street: Client;
beforeAll(async () => {
  t = await createTestPlatform();
  const district = await makeUnit(t.core, 'district');
  const s = await makeUnit(t.core, 'street', { parentId: district.id });
  const a = await makeUser(t.core, 'admin', district.id);
  const w = await makeUser(t.core, 'street_staff', s.id);
  const app = await t.app();
  admin = await login(app, a.user.username, FACTORY_PASSWORD);
  street = await login(app, w.user.username, FACTORY_PASSWORD);
  for (let i = 0; i < 3; i++) await t.core.mutate(systemActor(), (wk) => wk.audit({ action: 'test.write', targetType: 'thing', targetId: i }));
});
afterAll(() => t.close());

describe('GET /api/audit/verify', () => {
  it('reports the chain and the checkpoints kept outside the database, to administrators only', async () => {
    expect((await street.get('/api/audit/verify')).status).toBe(403);
    const none = await admin.get('/api/audit/verify');
    expect(none.body).toMatchObject({ ok: true, problem: null, checkpoints: { found: 0, matched: 0, latest: null, invalid: [] } });

    const head = (await lastEntry(t.core.db))!;
    const checkpoint = await writeCheckpoint(t.core, head, () => undefined);
    const ok = await admin.get('/api/audit/verify');
    expect(ok.body).toEqual({
      ok: true,
      checked: head.seq,
      firstBrokenSeq: null,
      problem: null,
      reason: null,
      checkpoints: { found: 1, matched: 1, latest: { seq: head.seq, at: checkpoint.at }, invalid: [] },
    });

    // The last entry cut away: only the checkpoint can tell.
    await sql
      .raw(`alter table audit_event disable trigger user; delete from audit_event where seq = ${head.seq}; alter table audit_event enable trigger user;`)
      .execute(t.core.db);
    const cut = await admin.get('/api/audit/verify');
    expect(cut.body).toMatchObject({ ok: false, checked: head.seq - 1, firstBrokenSeq: head.seq, problem: 'truncated', checkpoints: { found: 1, matched: 0 } });
  });
});

describe('GET /api/audit/events', () => {
  it('names actions, record types and roles instead of showing their codes', async () => {
    const r = await admin.get('/api/audit/events?action=auth.login');
    expect(r.status).toBe(200);
    const e = r.body.items[0];
    expect(e).toMatchObject({
      action: 'auth.login',
      actionLabel: { zh: '登录', en: 'Signed in' },
      targetType: 'user',
      targetLabel: { zh: '用户', en: 'User' },
    });
    expect(e.role === null || !!e.roleLabel?.zh, JSON.stringify(e)).toBe(true);
    // An action nobody labels (written by this test) keeps its code, with no label to show.
    const own = await admin.get('/api/audit/events?action=test.write');
    expect(own.body.items[0]).toMatchObject({ action: 'test.write', actionLabel: null, targetLabel: null });
    const labels = await admin.get('/api/audit/labels');
    expect(labels.body.actions).toContainEqual({ code: 'appeals.order.dispatch', label: { zh: '工单派单', en: 'Order: dispatch' } });
    expect((await street.get('/api/audit/labels')).status).toBe(200);
  });
});
