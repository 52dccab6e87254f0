import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { systemActor } from '../actor.js';
import { verifyAudit } from './audit.verify.js';
import { canonicalJson } from './audit.hash.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
  const actor = systemActor('req-audit');
  for (let i = 0; i < 12; i++) {
    await t.core.mutate(actor, (w) => w.audit({ action: 'test.write', targetType: 'thing', targetId: i, unitPath: '/1/', summary: { i, nested: { b: 2, a: [1, '二'] } } }));
  }
});
afterAll(() => t.close());

/** What an attacker with database access does: switch the append-only triggers off first. */
async function tamper(statement: string) {
  await sql.raw(`alter table audit_event disable trigger user; ${statement}; alter table audit_event enable trigger user;`).execute(t.core.db);
}

describe('audit chain', () => {
  it('links every entry to the previous one and verifies', async () => {
    const r = await verifyAudit(t.core.db, 5);
    expect(r).toMatchObject({ ok: true, checked: 12, firstBrokenSeq: null });
    const rows = await t.core.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
    expect(rows.map((x) => x.seq)).toEqual([...Array(12)].map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(rows[0]!.request_id).toBe('req-audit');
  });

  it('stays one unbroken chain when many changes commit at once', async () => {
    const before = (await verifyAudit(t.core.db)).checked;
    await Promise.all([...Array(24)].map((_, i) => t.core.mutate(systemActor(`req-race-${i}`), async (w) => {
      await w.audit({ action: 'test.race', targetType: 'thing', targetId: i });
      // Hold the transaction a moment after the chain's lock, so that the others queue on it.
      await sql`select pg_sleep(0.005)`.execute(w.db);
    })));
    const r = await verifyAudit(t.core.db);
    expect(r).toMatchObject({ ok: true, checked: before + 24, firstBrokenSeq: null });
  });

  it('refuses updates, deletes and truncation', async () => {
    await expect(sql`update audit_event set action = 'x' where seq = 1`.execute(t.core.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event where seq = 1`.execute(t.core.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(t.core.db)).rejects.toThrow(/append-only/);
  });

  it('detects a changed entry', async () => {
    await tamper(`update audit_event set summary = '{"i": 99}' where seq = 4`);
    const r = await verifyAudit(t.core.db);
    expect(r).toMatchObject({ ok: false, firstBrokenSeq: 4, checked: 3 });
    expect(r.reason).toContain('hash');
    await tamper(`update audit_event set summary = '{"i": 3, "nested": {"a": [1, "二"], "b": 2}}' where seq = 4`);
    expect((await verifyAudit(t.core.db)).ok).toBe(true);
  });

  it('detects a deleted entry', async () => {
    await tamper(`delete from audit_event where seq = 7`);
    const r = await verifyAudit(t.core.db);
    expect(r).toMatchObject({ ok: false, firstBrokenSeq: 7 });
    expect(r.reason).toContain('missing');
  });
});

describe('reads of sensitive data', () => {
  it('are logged with their purpose, and refused without one', async () => {
    const actor = { ...systemActor('req-read'), userId: 42, userName: '社工 王芳' };
    await expect(t.core.recordSensitiveRead(actor, { action: 'people.person.reveal', targetType: 'person', targetId: 7, purpose: '  ' })).rejects.toMatchObject({ code: 'PURPOSE_REQUIRED' });
    await t.core.recordSensitiveRead(actor, { action: 'people.person.reveal', targetType: 'person', targetId: 7, summary: { field: 'idNumber' }, purpose: '办理居住证明' });
    const row = await t.core.db.selectFrom('audit_event').selectAll().where('action', '=', 'people.person.reveal').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ purpose: '办理居住证明', actor_id: 42, target_id: '7', request_id: 'req-read' });
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { x: 0, y: 1 }] }, b: 1 }));
  });
});
