import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { startPlatform, type Platform, type StartOptions } from '../../src/platform/bootstrap.js';
import { seedDistrict } from '../../src/platform/demo.js';
import { buildApp, type LinliApp } from '../../src/platform/http/app.js';
import { modules as allModules } from '../../src/modules/index.js';
import type { ModuleManifest } from '../../src/platform/module.js';
import { copyDatabase, copySeedFiles, migratedTemplate, seededTemplate, type TemplateRun } from './db-templates.js';

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

/** Settings a seed's data depends on: a test changing one seeds its own district instead of copying the run's. */
const SEED_SETTINGS: (keyof Config)[] = ['profilesDir', 'cryptoMode', 'storage', 's3'];

function templateRun(): TemplateRun | undefined {
  try {
    return inject('linliTemplates');
  } catch {
    // Outside a vitest run (a script importing this file): every platform is built from nothing.
    return undefined;
  }
}

export async function createTestPlatform(
  opts: { seed?: { profile: string; scale: number }; modules?: ModuleManifest[]; config?: Partial<Config> } = {},
): Promise<TestPlatform> {
  const modules = opts.modules ?? allModules;
  const run = templateRun();
  // A module set holding every module starts from the migrated template and migrates only what it adds.
  const fromTemplate = !!run && allModules.every((m) => modules.includes(m));
  const seeded = fromTemplate && opts.seed && !SEED_SETTINGS.some((k) => opts.config && k in opts.config) ? await seededTemplate(run, opts.seed) : undefined;
  const copy = await copyDatabase(seeded ?? (fromTemplate ? await migratedTemplate(run) : undefined));
  // Files a test stores go to a folder of its own, removed afterwards, never to the project's ./data.
  const ownDataDir = opts.config?.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'linli-test-'));
  // Factory administrators log in with their password alone in the tests of everything else; the tests of second
  // factors say which roles require one.
  const config: Config = {
    ...loadConfig({}),
    totpRequiredRoles: [],
    databaseUrl: copy.databaseUrl,
    ...(ownDataDir ? { dataDir: ownDataDir } : {}),
    ...opts.config,
  };
  const start: StartOptions = { memory: true, pgliteSnapshot: copy.pgliteSnapshot };
  if (seeded) {
    copySeedFiles(seeded, config.dataDir);
    start.keys = { data: Buffer.from(seeded.dataKey, 'hex'), audit: Buffer.from(seeded.auditKey, 'hex') };
  }
  const platform = await startPlatform(config, modules, start);
  if (opts.seed && !seeded) await seedDistrict(platform.core, opts.seed);
  let app: LinliApp | undefined;
  return {
    ...platform,
    config,
    dbKind: platform.handle.kind,
    app: async () => (app ??= await buildApp(platform.core)),
    async close() {
      await app?.close();
      await platform.close();
      await copy.drop?.();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
