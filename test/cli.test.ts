import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/database.js';

const ROOT = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'linli-cli-'));
let databaseUrl = '';
let dropDb: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (!process.env.DATABASE_URL) return;
  const admin = process.env.DATABASE_URL;
  const name = `linli_cli_${process.pid}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`drop database if exists ${name} with (force)`);
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dropDb = async () => {
    const d = new pg.Client({ connectionString: admin });
    await d.connect();
    await d.query(`drop database if exists ${name} with (force)`);
    await d.end();
  };
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await dropDb?.();
});

function linli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/linli.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('the linli command', () => {
  it('migrates, seeds a district, and verifies the audit chain; a tampered entry fails verification', async () => {
    const m = linli('migrate');
    expect(m.status, m.out).toBe(0);
    expect(m.out).toContain('org/0001_territory');
    expect(linli('migrate').out).toContain('数据库已是最新');
    const s = linli('seed', '--profile', 'huangpu', '--scale', '0.001');
    expect(s.status, s.out).toBe(0);
    expect(s.out).toContain('170 committees');
    expect(s.out).toContain('admin');
    const again = linli('seed', '--profile', 'huangpu', '--scale', '0.001');
    expect(again.status).toBe(1);
    expect(again.out).toContain('已存在');
    const ok = linli('audit', 'verify');
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toMatch(/audit chain intact: \d+ entries/);
    expect(ok.out).toContain('no checkpoint yet');
    expect(readFileSync(join(dataDir, 'keys', 'audit.key'), 'utf8')).not.toBe(readFileSync(join(dataDir, 'keys', 'data.key'), 'utf8'));

    const forge = async (statement: string) => {
      const h = await openDatabase({ databaseUrl: databaseUrl || undefined, pgliteDir: join(dataDir, 'pgdata') });
      await sql.raw(`alter table audit_event disable trigger user; ${statement}; alter table audit_event enable trigger user;`).execute(h.db);
      await h.close();
    };
    await forge(`update audit_event set action = 'forged' where seq = 1`);
    const bad = linli('audit', 'verify');
    expect(bad.status).toBe(2);
    expect(bad.out).toContain('BROKEN at entry 1');
    await forge(`update audit_event set action = 'platform.district.seed' where seq = 1`);
    expect(linli('audit', 'verify').status).toBe(0);

    // A checkpoint outside the database, then the last entry deleted: the chain alone would still look whole.
    const cp = linli('audit', 'checkpoint');
    expect(cp.status, cp.out).toBe(0);
    const last = Number(cp.out.match(/checkpoint written: entry (\d+)/)![1]);
    const log = join(dataDir, 'server.log');
    writeFileSync(log, cp.out);
    await forge(`delete from audit_event where seq = ${last}`);
    const cut = linli('audit', 'verify');
    expect(cut.status, cut.out).toBe(2);
    expect(cut.out).toContain(`BROKEN at entry ${last}: entry ${last} is missing: the checkpoint written at`);
    // With the store's copy gone too, the log line still tells.
    rmSync(join(dataDir, 'files', 'audit'), { recursive: true, force: true });
    expect(linli('audit', 'verify').status).toBe(0);
    const fromLog = linli('audit', 'verify', '--checkpoints', log);
    expect(fromLog.status, fromLog.out).toBe(2);
    expect(fromLog.out).toContain(`BROKEN at entry ${last}`);
  }, 300_000);

  it('explains itself and refuses an unknown profile', () => {
    expect(linli('help').out).toContain('linli <command>');
    const r = linli('seed', '--profile', 'atlantis');
    expect(r.status).toBe(1);
    expect(r.out).toContain('unknown profile');
  });
});
