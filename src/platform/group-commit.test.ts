import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../../test/support/test-platform.js';
import { systemActor } from './actor.js';
import { GroupCommit } from './group-commit.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
  await sql`create table group_commit_probe (id int primary key, note text not null)`.execute(t.core.db);
});
afterAll(() => t.close());

describe('group commit', () => {
  it('commits changes together, undoes a failing one alone, and publishes only the kept changes\' events', async () => {
    const seen: unknown[] = [];
    t.core.bus.subscribe('probe.done', (e) => void seen.push(e.payload.id));
    const group = new GroupCommit<number>(t.core, 8);
    const actor = systemActor('group-commit-test');
    const change = (id: number, fail = false) =>
      group.submit(actor, async (w) => {
        await sql`insert into group_commit_probe (id, note) values (${id}, 'x')`.execute(w.db);
        await w.audit({ action: 'probe.insert', targetType: 'probe', targetId: id });
        w.emit('probe.done', { id });
        if (fail) throw new Error(`refused ${id}`);
        return id;
      });
    const auditBefore = Number((await t.core.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const results = await Promise.allSettled([change(1), change(2, true), change(3), change(1), change(4)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    // A duplicate key inside the group is that change's own failure, not the group's.
    expect(String((results[3] as PromiseRejectedResult).reason)).toMatch(/duplicate|unique/i);
    const rows = await sql<{ id: number }>`select id from group_commit_probe order by id`.execute(t.core.db);
    expect(rows.rows.map((r) => r.id)).toEqual([1, 3, 4]);
    const auditAfter = Number((await t.core.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(auditAfter - auditBefore).toBe(3);
    expect(seen.sort()).toEqual([1, 3, 4]);
    const { verifyAudit } = await import('./audit/audit.verify.js');
    expect((await verifyAudit(t.core.db)).ok).toBe(true);
  });
});
