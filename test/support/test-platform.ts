import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { startPlatform, type Platform } from '../../src/platform/bootstrap.js';
import { seedDistrict } from '../../src/platform/demo.js';
import { buildApp, type LinliApp } from '../../src/platform/http/app.js';
import { modules as allModules } from '../../src/modules/index.js';
import type { ModuleManifest } from '../../src/platform/module.js';

/**
 * A fresh database per test file: an in-memory PGlite by default, or a new database on the PostgreSQL
 * server named by DATABASE_URL (dropped afterwards). The same tests run on both.
 */
export interface TestPlatform extends Platform {
  config: Config;
  app: () => Promise<LinliApp>;
  dbKind: 'pglite' | 'postgres';
}

export const onPostgres = () => !!process.env.DATABASE_URL;

export async function createTestPlatform(
  opts: { seed?: { profile: string; scale: number }; modules?: ModuleManifest[]; config?: Partial<Config> } = {},
): Promise<TestPlatform> {
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    const name = `linli_t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  // Files a test stores go to a folder of its own, removed afterwards, never to the project's ./data.
  const ownDataDir = opts.config?.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'linli-test-'));
  // Factory administrators log in with their password alone in the tests of everything else; the tests of second
  // factors say which roles require one.
  const config: Config = { ...loadConfig({}), totpRequiredRoles: [], databaseUrl, ...(ownDataDir ? { dataDir: ownDataDir } : {}), ...opts.config };
  const platform = await startPlatform(config, opts.modules ?? allModules, { memory: true });
  if (opts.seed) await seedDistrict(platform.core, opts.seed);
  let app: LinliApp | undefined;
  return {
    ...platform,
    config,
    dbKind: platform.handle.kind,
    app: async () => (app ??= await buildApp(platform.core)),
    async close() {
      await app?.close();
      await platform.close();
      await dropDatabase?.();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
