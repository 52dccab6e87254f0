import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { loadConfig } from '../../src/platform/config.js';
import { migrationSets, orderModules, startPlatform } from '../../src/platform/bootstrap.js';
import { openDatabase } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrator.js';
import { seedDistrict } from '../../src/platform/demo.js';
import { modules as allModules } from '../../src/modules/index.js';

/**
 * Creating and migrating a database, and seeding a demo district, cost each test file far more than its tests.
 * A run does each once: the first file that needs a template builds it (under a lock, as files run in parallel
 * processes), and every file after starts from a copy — a PGlite data folder loaded from a tar, or on PostgreSQL
 * a database created from the template. Each file still gets a database of its own to change as it likes.
 */
export interface TemplateRun {
  /** Folder of the run's templates (tars, keys, files), removed at the end of the run. */
  dir: string;
  /** Part of the template databases' names on PostgreSQL, so the run's end drops exactly its own. */
  id: string;
}

// Declared beside the type so that every file reading the run (through test-platform.ts) sees it, not only the setup.
declare module 'vitest' {
  export interface ProvidedContext {
    linliTemplates: TemplateRun;
  }
}

export const TEMPLATE_PREFIX = 'linli_tpl_';

/** Where a copy starts from: a PGlite tar, or the name of a PostgreSQL template database. */
interface Template {
  tar?: string;
  database?: string;
}

/** A seeded template also carries the keys its data was written under and the files its seed stored. */
export interface SeededTemplate extends Template {
  dataKey: string;
  auditKey: string;
  filesDir: string;
}

/** A database of a test's own: PGlite's starting folder, or the PostgreSQL database created for it. */
export interface DatabaseCopy {
  pgliteSnapshot?: Blob;
  databaseUrl?: string;
}

/** Builds `name` once per run across processes; the others wait for its record. */
async function once<T>(run: TemplateRun, name: string, build: (dir: string) => Promise<T>): Promise<T> {
  const record = join(run.dir, `${name}.json`);
  const lock = join(run.dir, `${name}.lock`);
  for (;;) {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as T;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(200);
      continue;
    }
    try {
      const dir = join(run.dir, name);
      mkdirSync(dir, { recursive: true });
      const value = await build(dir);
      writeFileSync(`${record}.tmp`, JSON.stringify(value));
      renameSync(`${record}.tmp`, record);
      return value;
    } finally {
      // A failed build leaves no record: the next file tries again and reports its own error.
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

const adminUrl = () => process.env.DATABASE_URL as string;

function urlOf(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE … TEMPLATE and renaming refuse while anyone is connected, as for a moment after a builder left. */
async function whenFree(statement: string): Promise<void> {
  await onServer(async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(statement);
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== '55006' || attempt >= 50) throw e;
        await sleep(100);
      }
    }
  });
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`drop database if exists ${name} with (force)`));
}

/** A new database of a test's own, copied from `template` when given, else empty. */
export async function copyDatabase(template?: Template): Promise<DatabaseCopy & { drop?: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const name = `linli_t_${randomBytes(6).toString('hex')}`;
    await whenFree(`create database ${name}${template?.database ? ` template ${template.database}` : ''}`);
    return { databaseUrl: urlOf(name), drop: () => dropDatabase(name) };
  }
  return template?.tar ? { pgliteSnapshot: new Blob([readFileSync(template.tar)]) } : {};
}

/** Every module's migrations run on an empty database, with nothing else in it: no keys, no audit entries. */
export function migratedTemplate(run: TemplateRun): Promise<Template> {
  return once(run, 'migrated', async (dir) => {
    const database = process.env.DATABASE_URL ? `${TEMPLATE_PREFIX}${run.id}_migrated` : undefined;
    if (database) await whenFree(`create database ${database}`);
    const handle = await openDatabase({ databaseUrl: database && urlOf(database) });
    try {
      await migrate(handle.db, migrationSets(orderModules(allModules)));
      return database ? { database } : { tar: await dumpTo(handle.pglite, join(dir, 'data.tar')) };
    } finally {
      await handle.close();
    }
  });
}

/** A demo district seeded by every module on a copy of the migrated template, as a start with --seed makes it. */
export function seededTemplate(run: TemplateRun, seed: { profile: string; scale: number }): Promise<SeededTemplate> {
  return once(run, `seed-${seed.profile}-${seed.scale}`, async (dir) => {
    const source = await copyDatabase(await migratedTemplate(run));
    const keys = { data: randomBytes(32), audit: randomBytes(32) };
    const dataDir = join(dir, 'data');
    const config = { ...loadConfig({}), totpRequiredRoles: [], databaseUrl: source.databaseUrl, dataDir };
    const platform = await startPlatform(config, allModules, { memory: true, keys, pgliteSnapshot: source.pgliteSnapshot });
    let tar: string | undefined;
    try {
      await seedDistrict(platform.core, seed);
      if (!source.databaseUrl) tar = await dumpTo(platform.handle.pglite, join(dir, 'data.tar'));
    } finally {
      await platform.close();
    }
    const stored = { dataKey: keys.data.toString('hex'), auditKey: keys.audit.toString('hex'), filesDir: join(dataDir, 'files') };
    if (!source.databaseUrl) return { ...stored, tar };
    // The seeded copy becomes the template, under the run's prefix so that the run's end drops it.
    const database = `${TEMPLATE_PREFIX}${run.id}_seed_${`${seed.profile}_${seed.scale}`.replace(/\W/g, '_')}`;
    await whenFree(`alter database ${new URL(source.databaseUrl).pathname.slice(1)} rename to ${database}`);
    return { ...stored, database };
  });
}

/** The seed's stored files, copied where the test's storage looks for them. */
export function copySeedFiles(template: SeededTemplate, dataDir: string): void {
  if (existsSync(template.filesDir)) cpSync(template.filesDir, join(dataDir, 'files'), { recursive: true });
}

async function dumpTo(pglite: import('@electric-sql/pglite').PGlite | undefined, file: string): Promise<string> {
  if (!pglite) throw new Error('an embedded template needs the PGlite instance');
  // Written out pages load without replaying the log in every copy.
  await pglite.exec('checkpoint');
  writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  return file;
}
