import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Selectable } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { startPlatform } from '../bootstrap.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrator.js';
import { platformMigrations } from '../platform.migrations.js';
import { loadConfig } from '../config.js';
import { systemActor } from '../actor.js';
import type { Database } from '../db/schema.js';
import { verifyAudit } from './audit.verify.js';
import { canonicalJson, chainHash, GENESIS, type ChainedFields } from './audit.hash.js';
import { createAuditSealer, hasSm3, type AuditSealer } from './audit.sealer.js';
import { recordAudit, sealLegacyChain, SEAL_ACTION } from './audit.writer.js';
import { CHECKPOINT_PREFIX, checkpointKey, readLoggedCheckpoints, signCheckpoint, writeCheckpoint } from './audit.checkpoint.js';
import { checkpointIfDue } from './audit.jobs.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
  const actor = systemActor('req-audit');
  for (let i = 0; i < 12; i++) {
    await t.core.mutate(actor, (w) =>
      w.audit({ action: 'test.write', targetType: 'thing', targetId: i, unitPath: '/1/', summary: { i, nested: { b: 2, a: [1, '二'] } } }),
    );
  }
});
afterAll(() => t.close());

/** What an attacker with database access does: switch the append-only triggers off first. */
async function tamper(statement: string) {
  await sql.raw(`alter table audit_event disable trigger user; ${statement}; alter table audit_event enable trigger user;`).execute(t.core.db);
}

describe('audit chain', () => {
  it('links every entry to the previous one and verifies', async () => {
    const r = await verifyAudit(t.core, { batchSize: 5 });
    expect(r).toMatchObject({ ok: true, checked: 12, firstBrokenSeq: null });
    const rows = await t.core.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
    expect(rows.map((x) => x.seq)).toEqual([...Array(12)].map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(rows[0]!.request_id).toBe('req-audit');
  });

  it('stays one unbroken chain when many changes commit at once', async () => {
    const before = (await verifyAudit(t.core)).checked;
    await Promise.all(
      [...Array(24)].map((_, i) =>
        t.core.mutate(systemActor(`req-race-${i}`), async (w) => {
          await w.audit({ action: 'test.race', targetType: 'thing', targetId: i });
          // Hold the transaction a moment after the chain's lock, so that the others queue on it.
          await sql`select pg_sleep(0.005)`.execute(w.db);
        }),
      ),
    );
    const r = await verifyAudit(t.core);
    expect(r).toMatchObject({ ok: true, checked: before + 24, firstBrokenSeq: null });
  });

  it('refuses updates, deletes and truncation', async () => {
    await expect(sql`update audit_event set action = 'x' where seq = 1`.execute(t.core.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event where seq = 1`.execute(t.core.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(t.core.db)).rejects.toThrow(/append-only/);
  });

  it('detects a changed entry', async () => {
    await tamper(`update audit_event set summary = '{"i": 99}' where seq = 4`);
    const r = await verifyAudit(t.core);
    expect(r).toMatchObject({ ok: false, firstBrokenSeq: 4, checked: 3 });
    expect(r.reason).toContain('hash');
    await tamper(`update audit_event set summary = '{"i": 3, "nested": {"a": [1, "二"], "b": 2}}' where seq = 4`);
    expect((await verifyAudit(t.core)).ok).toBe(true);
  });

  it('detects a deleted entry', async () => {
    await tamper(`delete from audit_event where seq = 7`);
    const r = await verifyAudit(t.core);
    expect(r).toMatchObject({ ok: false, firstBrokenSeq: 7 });
    expect(r.reason).toContain('missing');
  });
});

describe('reads of sensitive data', () => {
  it('are logged with their purpose, and refused without one', async () => {
    const actor = { ...systemActor('req-read'), userId: 42, userName: '社工 王芳' };
    await expect(t.core.recordSensitiveRead(actor, { action: 'people.person.reveal', targetType: 'person', targetId: 7, purpose: '  ' })).rejects.toMatchObject(
      { code: 'PURPOSE_REQUIRED' },
    );
    await t.core.recordSensitiveRead(actor, {
      action: 'people.person.reveal',
      targetType: 'person',
      targetId: 7,
      summary: { field: 'idNumber' },
      purpose: '办理居住证明',
    });
    const row = await t.core.db.selectFrom('audit_event').selectAll().where('action', '=', 'people.person.reveal').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ purpose: '办理居住证明', actor_id: 42, target_id: '7', request_id: 'req-read' });
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { x: 0, y: 1 }] }, b: 1 }));
  });
});

// ---- A rewrite by someone with database access (the owner's account: triggers off, any statement) -------------

type Row = Selectable<Database['audit_event']>;

/** What the chain covers of a row: the verifier's view, rebuilt by the attacker. */
const fieldsOf = (r: Row): ChainedFields => ({
  seq: r.seq,
  districtId: r.district_id,
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorName: r.actor_name,
  positionId: r.position_id,
  role: r.role,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  unitPath: r.unit_path,
  summary: r.summary,
  purpose: r.purpose,
  requestId: r.request_id,
});

const rowsOf = (p: TestPlatform) => p.core.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();

/** Replaces the whole table in one go, as the database's owner can. */
async function replaceChain(p: TestPlatform, rows: Row[]) {
  await p.core.db.transaction().execute(async (trx) => {
    await sql`alter table audit_event disable trigger user`.execute(trx);
    await sql`delete from audit_event`.execute(trx);
    if (rows.length)
      await trx
        .insertInto('audit_event')
        .values(rows.map((r) => ({ ...r, summary: JSON.stringify(r.summary) })))
        .execute();
    await sql`alter table audit_event enable trigger user`.execute(trx);
  });
}

/**
 * Numbers the rows 1, 2, 3 … and links them again, each hash made by `rehash` from entry `from` on (the entries
 * before it are kept as they are): what an attacker does after deleting entries.
 */
function rechain(rows: Row[], rehash: (prev: string, fields: ChainedFields) => { hash: string; alg: string }, from = 1): Row[] {
  let prev = GENESIS;
  return rows.map((r, i) => {
    const seq = i + 1;
    if (seq < from) return ((prev = r.hash), r);
    const renumbered = { ...r, seq, prev_hash: prev };
    const { hash, alg } = rehash(prev, fieldsOf(renumbered));
    prev = hash;
    return { ...renumbered, hash, alg };
  });
}

const withoutSeq = (rows: Row[], ...seqs: number[]) => rows.filter((r) => !seqs.includes(r.seq));
const plainSha256 = (keepAlg: string) => (prev: string, f: ChainedFields) => ({ hash: chainHash(prev, f), alg: keepAlg });
/** The chain as the first releases wrote it: unkeyed SHA-256, marked as such. */
const oldCodePath = (prev: string, f: ChainedFields) => ({ hash: chainHash(prev, f), alg: 'sha256' });
const underKey = (sealer: AuditSealer) => (prev: string, f: ChainedFields) => ({ hash: sealer.entryHash(sealer.alg, prev, f)!, alg: sealer.alg });

describe('a rewrite of the audit chain', () => {
  let a: TestPlatform;
  let baseline: Row[];
  const logged: string[] = [];
  const checkpointsIn = async (p: TestPlatform) => p.core.storage.list(CHECKPOINT_PREFIX);

  beforeAll(async () => {
    a = await createTestPlatform({ config: { auditCheckpointEntries: 5 } });
    for (let i = 0; i < 12; i++) {
      await a.core.mutate(systemActor(`req-a-${i}`), (w) =>
        w.audit({ action: 'test.write', targetType: 'thing', targetId: i, unitPath: '/1/', summary: { i, who: '居民 李四' } }),
      );
    }
    baseline = await rowsOf(a);
  });
  afterAll(() => a.close());
  beforeEach(async () => {
    await replaceChain(a, baseline);
    for (const key of await checkpointsIn(a)) await a.core.storage.delete(key);
    await a.core.db.deleteFrom('job_lock').where('name', '=', 'audit.checkpoint').execute();
    logged.length = 0;
  });

  it('is keyed: each entry names its HMAC, and each test platform has a key of its own', async () => {
    expect(baseline.map((r) => r.alg)).toEqual(Array(12).fill('hmac-sha256'));
    expect(baseline[0]!.hash).not.toBe(chainHash(GENESIS, fieldsOf(baseline[0]!)));
    expect(a.core.auditSealer.sign('x')).not.toBe(t.core.auditSealer.sign('x'));
    expect(await verifyAudit(a.core)).toMatchObject({ ok: true, checked: 12, problem: null });
  });

  it('deleting entries, renumbering and recomputing the chain is detected, however it is recomputed', async () => {
    const cut = withoutSeq(baseline, 3, 4, 5);
    // Plain SHA-256 in place of the HMAC: the first entry recomputed no longer matches.
    await replaceChain(a, rechain(cut, plainSha256('hmac-sha256'), 3));
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 3, problem: 'hash' });
    // The old code path from the cut on, entries marked unkeyed: accepted nowhere after a keyed entry.
    await replaceChain(a, rechain(cut, oldCodePath, 3));
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 3, problem: 'unkeyed' });
    // The whole chain rebuilt by the old code path, as if the deployment had never been keyed.
    await replaceChain(a, rechain(cut, oldCodePath));
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 1, problem: 'unkeyed' });
    // Before the keyed chain, the same rewrite went unnoticed: the old verifier only recomputed SHA-256.
    const old = rechain(cut, oldCodePath);
    expect(old.every((r, i) => r.hash === chainHash(i ? old[i - 1]!.hash : GENESIS, fieldsOf(r)))).toBe(true);
  });

  it('cannot be forged without the key: another key, or a seal made up for an unkeyed chain, does not verify', async () => {
    const mine = createAuditSealer(randomBytes(32), 'aes');
    await replaceChain(a, rechain(withoutSeq(baseline, 3, 4, 5), underKey(mine), 3));
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 3, problem: 'hash' });
    // One entry changed and sealed again under a guessed key.
    const changed = baseline.map((r) => (r.seq === 7 ? { ...r, summary: { i: 6, who: '居民 王五' } } : r));
    changed[6] = { ...changed[6]!, hash: mine.entryHash('hmac-sha256', changed[5]!.hash, fieldsOf(changed[6]!))! };
    await replaceChain(a, changed);
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 7, problem: 'hash' });
    // An unkeyed chain with a seal of the attacker's making at its end.
    const legacy = rechain(withoutSeq(baseline, 12), oldCodePath);
    const head = legacy[legacy.length - 1]!;
    const seal = { ...baseline[11]!, action: SEAL_ACTION, summary: { legacyHeadSeq: head.seq, legacyHeadHash: head.hash, alg: 'hmac-sha256' } };
    await replaceChain(a, [...legacy, ...rechain([...legacy, seal], underKey(mine), 12).slice(11)]);
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 12, problem: 'hash' });
  });

  it('entries removed from the end are caught by a checkpoint, kept in the store and in the log', async () => {
    await writeCheckpoint(a.core, baseline[11]!, (line) => logged.push(line));
    expect(await checkpointsIn(a)).toEqual([checkpointKey(12)]);
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: 30, auditCheckpoint: { seq: 12, hash: baseline[11]!.hash, alg: 'hmac-sha256' } });
    await replaceChain(a, baseline.slice(0, 10));
    // The chain alone still looks whole: only what was kept outside the database can tell.
    expect(await verifyAudit({ db: a.core.db, auditSealer: a.core.auditSealer })).toMatchObject({ ok: true, checked: 10 });
    const r = await verifyAudit(a.core);
    expect(r).toMatchObject({ ok: false, checked: 10, firstBrokenSeq: 11, problem: 'truncated', checkpoints: { found: 1, matched: 0, latest: { seq: 12 } } });
    expect(r.reason).toContain('entries 11 to 12 are missing');
    // The log line alone is enough, should the store's copy be gone as well.
    await a.core.storage.delete(checkpointKey(12));
    const fromLog = readLoggedCheckpoints(a.core.auditSealer, ['{"level":30,"msg":"listening"}', ...logged].join('\n'), 'server.log');
    expect(await verifyAudit(a.core, { extraCheckpoints: fromLog })).toMatchObject({ ok: false, firstBrokenSeq: 11, problem: 'truncated' });
  });

  it('a rewrite made with the key itself is caught by the checkpoints written before it', async () => {
    await writeCheckpoint(a.core, baseline[5]!, (line) => logged.push(line));
    await writeCheckpoint(a.core, baseline[11]!, (line) => logged.push(line));
    expect(await verifyAudit(a.core)).toMatchObject({ ok: true, checkpoints: { found: 2, matched: 2, latest: { seq: 12 } } });
    await replaceChain(a, rechain(withoutSeq(baseline, 3, 4, 5), underKey(a.core.auditSealer), 3));
    const r = await verifyAudit(a.core);
    expect(r).toMatchObject({ ok: false, checked: 5, firstBrokenSeq: 6, problem: 'checkpoint' });
    expect(r.reason).toContain('entry 6 differs from the checkpoint');
  });

  it('a forged or unreadable checkpoint file is reported, and does not count', async () => {
    const other = createAuditSealer(randomBytes(32), 'aes');
    await a.core.storage.put(checkpointKey(99), Buffer.from(JSON.stringify(signCheckpoint(other, { seq: 99, hash: 'ab'.repeat(32) }))), {
      contentType: 'application/json',
    });
    await a.core.storage.put(`${CHECKPOINT_PREFIX}junk.json`, Buffer.from('{"seq": 3'), { contentType: 'application/json' });
    // A genuine checkpoint whose hash was changed afterwards no longer matches its signature.
    const genuine = signCheckpoint(a.core.auditSealer, baseline[3]!);
    await a.core.storage.put(checkpointKey(4), Buffer.from(JSON.stringify({ ...genuine, hash: 'cd'.repeat(32) })), { contentType: 'application/json' });
    const r = await verifyAudit(a.core);
    expect(r).toMatchObject({
      ok: false,
      checked: 12,
      firstBrokenSeq: null,
      problem: 'invalid_checkpoint',
      checkpoints: { found: 0, matched: 0, latest: null },
    });
    expect(r.checkpoints.invalid).toEqual([
      { source: checkpointKey(4), fault: 'signature' },
      { source: checkpointKey(99), fault: 'signature' },
      { source: `${CHECKPOINT_PREFIX}junk.json`, fault: 'format' },
    ]);
    expect(r.reason).toContain(checkpointKey(4));
  });

  it('checkpoints come at every multiple of the entry interval and once per time interval across processes', async () => {
    const log = (line: string) => logged.push(line);
    const memo = { lastMark: 0 };
    expect((await checkpointIfDue(a.core, memo, log)).map((c) => c.seq)).toEqual([10, 12]);
    expect(await checkpointIfDue(a.core, memo, log)).toEqual([]);
    for (let i = 0; i < 4; i++) await a.core.mutate(systemActor(), (w) => w.audit({ action: 'test.more', targetType: 'thing', targetId: i }));
    // Entry 15 is a multiple; the time interval's turn is taken until it expires.
    expect((await checkpointIfDue(a.core, memo, log)).map((c) => c.seq)).toEqual([15]);
    // Another process that has not seen it finds it in the store.
    expect(await checkpointIfDue(a.core, { lastMark: 0 }, log)).toEqual([]);
    expect(logged).toHaveLength(3);
    expect(await checkpointsIn(a)).toEqual([checkpointKey(10), checkpointKey(12), checkpointKey(15)]);
    expect(await verifyAudit(a.core)).toMatchObject({ ok: true, checked: 16, checkpoints: { found: 3, matched: 3, latest: { seq: 15 } } });
  });

  it('an unkeyed chain of an earlier release is sealed once under the key, and stays protected by the seal', async () => {
    const legacy = rechain(baseline, oldCodePath);
    await replaceChain(a, legacy);
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 1, problem: 'unkeyed' });
    expect(await sealLegacyChain(a.core.db, a.core.auditSealer, a.core.storage)).toBe(12);
    expect(await sealLegacyChain(a.core.db, a.core.auditSealer, a.core.storage)).toBeNull();
    const sealed = await rowsOf(a);
    expect(sealed[12]).toMatchObject({
      seq: 13,
      action: SEAL_ACTION,
      alg: 'hmac-sha256',
      prev_hash: legacy[11]!.hash,
      summary: { legacyHeadSeq: 12, legacyHeadHash: legacy[11]!.hash },
    });
    await a.core.mutate(systemActor(), (w) => w.audit({ action: 'test.after', targetType: 'thing' }));
    expect(await verifyAudit(a.core)).toMatchObject({ ok: true, checked: 14 });
    // Rewriting the unkeyed part (by its own rules) breaks the seal, which cannot be made again without the key.
    const rewritten = rechain(withoutSeq(sealed.slice(0, 12), 2), oldCodePath);
    await replaceChain(a, [
      ...rewritten,
      ...rechain([...rewritten, ...sealed.slice(12)], () => ({ hash: sealed[12]!.hash, alg: 'hmac-sha256' }), 12).slice(11),
    ]);
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 12, problem: 'hash' });
    // Once checkpoints exist the chain was keyed: an unkeyed chain then is a rewrite, and is not sealed.
    await replaceChain(a, legacy);
    await writeCheckpoint(a.core, baseline[11]!, (line) => logged.push(line));
    expect(await sealLegacyChain(a.core.db, a.core.auditSealer, a.core.storage)).toBeNull();
    expect(await verifyAudit(a.core)).toMatchObject({ ok: false, firstBrokenSeq: 12, problem: 'checkpoint' });
  });

  it('refuses an entry that does not say how it was sealed (a server of the previous release)', async () => {
    const r = baseline[0]!;
    await expect(
      sql`insert into audit_event (seq, at, action, target_type, summary, prev_hash, hash) values (13, now(), 'old.write', 'thing', '{}', ${baseline[11]!.hash}, ${r.hash})`.execute(
        a.core.db,
      ),
    ).rejects.toThrow(/alg/);
  });

  it('will not start with the data key as the audit key', async () => {
    const key = randomBytes(32).toString('hex');
    const before = { data: process.env.LINLI_DATA_KEY, audit: process.env.LINLI_AUDIT_KEY };
    Object.assign(process.env, { LINLI_DATA_KEY: key, LINLI_AUDIT_KEY: key });
    try {
      await expect(startPlatform({ ...loadConfig({}), dataDir: a.config.dataDir }, [], { memory: true })).rejects.toThrow(/must not be the data key/);
    } finally {
      for (const [name, value] of [
        ['LINLI_DATA_KEY', before.data],
        ['LINLI_AUDIT_KEY', before.audit],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe('upgrading a deployment whose log was chained unkeyed', () => {
  it('keeps its entries, marks them unkeyed, refuses the old writer, and seals them at the first start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'linli-upgrade-'));
    let databaseUrl: string | undefined;
    let drop: (() => Promise<void>) | undefined;
    if (process.env.DATABASE_URL) {
      const admin = process.env.DATABASE_URL;
      const name = `linli_t_${randomBytes(6).toString('hex')}`;
      const run = async (statement: string) => {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(statement);
        await c.end();
      };
      await run(`create database ${name}`);
      drop = () => run(`drop database if exists ${name} with (force)`);
      const url = new URL(admin);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    }
    try {
      // The previous release: the platform's migrations up to 0007, and its writer's rows (no alg, plain SHA-256).
      const old = await openDatabase({ databaseUrl, pgliteDir: join(dataDir, 'pgdata') });
      await migrate(old.db, [{ module: 'platform', migrations: platformMigrations.filter((m) => m.name < '0008') }]);
      let prev = GENESIS;
      for (let seq = 1; seq <= 3; seq++) {
        const fields: ChainedFields = {
          seq,
          districtId: null,
          at: new Date(Date.UTC(2026, 0, seq)).toISOString(),
          actorId: null,
          actorName: 'system',
          positionId: null,
          role: null,
          action: 'old.write',
          targetType: 'thing',
          targetId: String(seq),
          unitPath: null,
          summary: { seq },
          purpose: null,
          requestId: 'old',
        };
        const hash = chainHash(prev, fields);
        await sql`insert into audit_event (seq, at, actor_name, action, target_type, target_id, summary, request_id, prev_hash, hash)
          values (${seq}, ${fields.at}, 'system', 'old.write', 'thing', ${String(seq)}, ${JSON.stringify(fields.summary)}, 'old', ${prev}, ${hash})`.execute(
          old.db,
        );
        prev = hash;
      }
      await old.close();

      // No module here declares a role, so none can be required to use a second factor.
      const p = await startPlatform({ ...loadConfig({}), totpRequiredRoles: [], dataDir, databaseUrl }, []);
      try {
        expect(p.sealedLegacyEntries).toBe(3);
        const rows = await p.core.db.selectFrom('audit_event').select(['seq', 'alg', 'action']).orderBy('seq').execute();
        expect(rows).toEqual([
          { seq: 1, alg: 'sha256', action: 'old.write' },
          { seq: 2, alg: 'sha256', action: 'old.write' },
          { seq: 3, alg: 'sha256', action: 'old.write' },
          { seq: 4, alg: 'hmac-sha256', action: SEAL_ACTION },
        ]);
        await expect(
          sql`insert into audit_event (seq, at, action, target_type, summary, prev_hash, hash) values (5, now(), 'old.write', 'thing', '{}', 'x', 'y')`.execute(
            p.core.db,
          ),
        ).rejects.toThrow(/alg/);
        await p.core.mutate(systemActor(), (w) => w.audit({ action: 'new.write', targetType: 'thing' }));
        expect(await verifyAudit(p.core)).toMatchObject({ ok: true, checked: 5 });
      } finally {
        await p.close();
      }
      // The key was kept beside the data; the next start finds nothing more to seal.
      const again = await startPlatform({ ...loadConfig({}), totpRequiredRoles: [], dataDir, databaseUrl }, []);
      try {
        expect(again.sealedLegacyEntries).toBeNull();
        expect(await verifyAudit(again.core)).toMatchObject({ ok: true, checked: 5 });
      } finally {
        await again.close();
      }
    } finally {
      await drop?.();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasSm3())('the national-cryptography mode (skipped where this runtime offers no SM3)', () => {
  let s: TestPlatform;
  beforeAll(async () => {
    s = await createTestPlatform({ config: { cryptoMode: 'sm' } });
  });
  afterAll(() => s.close());

  it('keys the chain and signs checkpoints with HMAC-SM3', async () => {
    for (let i = 0; i < 3; i++) await s.core.mutate(systemActor(), (w) => w.audit({ action: 'test.sm', targetType: 'thing', targetId: i }));
    const rows = await rowsOf(s);
    expect(rows.map((r) => r.alg)).toEqual(['hmac-sm3', 'hmac-sm3', 'hmac-sm3']);
    const c = await writeCheckpoint(s.core, rows[2]!, () => undefined);
    expect(c.alg).toBe('hmac-sm3');
    expect(await verifyAudit(s.core)).toMatchObject({ ok: true, checked: 3, checkpoints: { found: 1, matched: 1 } });
    await replaceChain(s, rechain(withoutSeq(rows, 2), plainSha256('hmac-sm3'), 2));
    expect(await verifyAudit(s.core)).toMatchObject({ ok: false, firstBrokenSeq: 2, problem: 'hash' });
  });

  it('keeps verifying across a change of mode: each entry names the HMAC that sealed it', async () => {
    await replaceChain(s, []);
    const key = randomBytes(32);
    const sm = createAuditSealer(key, 'sm');
    const aes = createAuditSealer(key, 'aes');
    for (const sealer of [sm, sm, aes, aes, sm]) {
      await s.core.db.transaction().execute((trx) => recordAudit(trx, sealer, systemActor(), { action: 'test.switch', targetType: 'thing' }));
    }
    expect((await rowsOf(s)).map((r) => r.alg)).toEqual(['hmac-sm3', 'hmac-sm3', 'hmac-sha256', 'hmac-sha256', 'hmac-sm3']);
    const checkpoint = signCheckpoint(sm, (await rowsOf(s))[4]!);
    for (const sealer of [sm, aes]) {
      expect(await verifyAudit({ db: s.core.db, auditSealer: sealer }, { extraCheckpoints: [{ source: 'log', checkpoint }] })).toMatchObject({
        ok: true,
        checked: 5,
        checkpoints: { matched: 1 },
      });
    }
    // The alg is part of what is sealed: relabelling an entry does not pass.
    await sql
      .raw(
        `alter table audit_event disable trigger user; update audit_event set alg = 'hmac-sha256' where seq = 1; alter table audit_event enable trigger user;`,
      )
      .execute(s.core.db);
    expect(await verifyAudit({ db: s.core.db, auditSealer: aes })).toMatchObject({ ok: false, firstBrokenSeq: 1, problem: 'hash' });
  });
});
