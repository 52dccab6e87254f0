import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createFieldCrypto, loadDataKey } from './crypto/field-crypto.js';
import { createAuditSealer, loadAuditKey } from './audit/audit.sealer.js';
import { sealLegacyChain } from './audit/audit.writer.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { AUTH_CHANNEL } from './auth/session.cache.js';
import { migrate, type MigrationSet } from './db/migrator.js';
import { platformMigrations } from './platform.migrations.js';
import { Core } from './core.js';
import { createStorage } from './storage/storage.factory.js';
import { createChannels } from './notify/channel.adapters.js';
import type { Config } from './config.js';
import type { ModuleManifest } from './module.js';
import { checkDeclaredTables, tableOwners } from './table.registry.js';
import { checkTerritoryColumns, territoryColumns } from './territory.registry.js';
import { catalogOwners, checkProfiles } from './catalog.registry.js';
import { syncCatalogs, type CatalogSyncLine } from './catalog.sync.js';

/** Orders modules so that each comes after the modules it depends on; refuses unknown or circular needs. */
export function orderModules(modules: ModuleManifest[]): ModuleManifest[] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const out: ModuleManifest[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (m: ModuleManifest, trail: string[]) => {
    if (state.get(m.id) === 'done') return;
    if (state.get(m.id) === 'visiting') throw new Error(`module dependency cycle: ${[...trail, m.id].join(' → ')}`);
    state.set(m.id, 'visiting');
    for (const dep of m.dependsOn ?? []) {
      const d = byId.get(dep);
      if (!d) throw new Error(`module ${m.id} depends on missing module ${dep}`);
      visit(d, [...trail, m.id]);
    }
    state.set(m.id, 'done');
    out.push(m);
  };
  for (const m of modules) visit(m, []);
  return out;
}

/** What a start migrates: the platform's own tables first, then each module's in the order given. */
export function migrationSets(ordered: ModuleManifest[]): MigrationSet[] {
  return [{ module: 'platform', migrations: platformMigrations }, ...ordered.map((m) => ({ module: m.id, migrations: m.migrations ?? [] }))];
}

export interface Platform {
  core: Core;
  handle: DatabaseHandle;
  migrated: string[];
  /** Unkeyed audit entries sealed under the audit key at this start (the first after upgrading), or null. */
  sealedLegacyEntries: number | null;
  /** What this start changed in districts' catalogs, or kept of their administrators' edits against a changed profile. */
  catalogSync: CatalogSyncLine[];
  close(): Promise<void>;
}

export interface StartOptions {
  /** A throw-away start: in-memory embedded database, and fresh keys unless the environment or `keys` name them. */
  memory?: boolean;
  /** The keys of a throw-away start that opens a copy of data written under them (a test's seeded snapshot). */
  keys?: { data: Buffer; audit: Buffer };
  /** An embedded data folder to start from (PGlite's dumpDataDir), so a test skips creating and migrating a cluster. */
  pgliteSnapshot?: Blob;
}

/** Opens the database (embedded unless DATABASE_URL is set), migrates it, and builds the core. */
export async function startPlatform(config: Config, modules: ModuleManifest[], opts: StartOptions = {}): Promise<Platform> {
  const ordered = orderModules(modules);
  // Before anything is created: two modules claiming one table must not both migrate into it.
  const tables = tableOwners(ordered);
  const territory = territoryColumns(ordered);
  // A profile entry that breaks its catalog's schema would reach every district of that profile: refuse it first.
  checkProfiles(catalogOwners(ordered), config.profilesDir);
  // Tests and throw-away databases get a throw-away key; a real start keeps its key file beside the data.
  const key =
    opts.memory && opts.keys
      ? opts.keys.data
      : opts.memory && !process.env.LINLI_DATA_KEY
        ? randomBytes(32)
        : loadDataKey(join(config.dataDir, 'keys', 'data.key'));
  const auditKey =
    opts.memory && opts.keys
      ? opts.keys.audit
      : opts.memory && !process.env.LINLI_AUDIT_KEY
        ? randomBytes(32)
        : loadAuditKey(join(config.dataDir, 'keys', 'audit.key'));
  // One secret for both would let whoever holds the data key's backup rewrite the audit trail (decision 0014).
  if (auditKey.equals(key)) throw new Error('LINLI_AUDIT_KEY must not be the data key / 审计密钥不能与数据密钥相同');
  const auditSealer = createAuditSealer(auditKey, config.cryptoMode);
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: opts.memory ? undefined : join(config.dataDir, 'pgdata'),
    channels: [AUTH_CHANNEL],
    pgliteSnapshot: opts.memory ? opts.pgliteSnapshot : undefined,
  });
  const migrated = await migrate(handle.db, migrationSets(ordered));
  await checkDeclaredTables(handle.db, tables);
  await checkTerritoryColumns(handle.db, territory).catch(async (e) => {
    await handle.close();
    throw e;
  });
  const storage = createStorage(config);
  const core = new Core(handle.db, handle.kind, config, ordered, createFieldCrypto(key, config.cryptoMode), {
    storage,
    auditSealer,
    channels: createChannels(config),
  });
  const sealedLegacyEntries = await sealLegacyChain(handle.db, auditSealer, storage);
  const catalogSync = await syncCatalogs(core);
  handle.notifications.on(AUTH_CHANNEL, (users) => core.sessions.invalidate(users));
  handle.notifications.onLive((live) => core.sessions.setLive(live));
  return {
    core,
    handle,
    migrated,
    sealedLegacyEntries,
    catalogSync,
    close: async () => {
      storage.close?.();
      await handle.close();
    },
  };
}
