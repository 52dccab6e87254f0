import { sql, type Kysely } from 'kysely';
import type { ModuleManifest } from './module.js';
import { OwnedKeys, RegistryError } from './owned-keys.js';

/** The tables of the core itself (platform.migrations.ts): owner "platform". */
export const PLATFORM_TABLES = [
  'linli_migration',
  'district',
  'app_user',
  'position',
  'scope_grant',
  'user_session',
  'job_lock',
  'audit_event',
  'catalog',
  'api_token',
  'notification',
  'login_failure',
  'user_totp',
  'user_recovery_code',
  'login_challenge',
  'oidc_login',
  'domain_event_failure',
  'catalog_version',
  'user_phone',
] as const;

/**
 * Names several modules of the spec would each want (meetings of self-governance and of streets, projects of
 * funds and of pilots, tasks between levels and of volunteers …). A bare one is refused: the table is named for
 * what it is, `selfgov_meeting`, `fund_project`, so that the second module never finds its name taken or, worse,
 * reads rows of another meaning.
 */
const GENERIC = new Set([
  'project',
  'task',
  'meeting',
  'item',
  'record',
  'event',
  'entry',
  'log',
  'file',
  'attachment',
  'document',
  'message',
  'comment',
  'note',
  'category',
  'type',
  'kind',
  'status',
  'state',
  'setting',
  'config',
  'request',
  'order',
  'application',
  'member',
  'group',
  'team',
  'activity',
  'report',
  'vote',
  'poll',
  'topic',
  'notice',
  'fund',
  'account',
  'role',
  'tag',
  'history',
  'rule',
  'template',
  'list',
  'contact',
  'address',
  'schedule',
  'plan',
  'review',
  'evaluation',
  'survey',
  'organisation',
  'organization',
  'step',
  'stage',
  'period',
  'service',
  'data',
  'info',
]);

const singular = (name: string) =>
  name.endsWith('ies')
    ? `${name.slice(0, -3)}y`
    : name.endsWith('ses') || name.endsWith('xes')
      ? name.slice(0, -2)
      : name.endsWith('s') && !name.endsWith('ss')
        ? name.slice(0, -1)
        : name;

export function isGenericTableName(name: string): boolean {
  return GENERIC.has(name) || GENERIC.has(singular(name));
}

/**
 * Who owns each table: the platform's, then each module's `tables`. Stops the start when two owners claim one
 * table or a module claims a bare generic name.
 */
export function tableOwners(modules: readonly ModuleManifest[]): OwnedKeys<true> {
  const owners = new OwnedKeys<true>('table');
  for (const t of PLATFORM_TABLES) owners.add('platform', t, true);
  for (const m of modules) {
    for (const t of m.tables ?? []) {
      if (isGenericTableName(t)) {
        throw new RegistryError(
          `table "${t}" of module ${m.id} is too generic: name it for what it is (e.g. "${m.id}_${t}") / 模块 ${m.id} 的表名 "${t}" 过于笼统，请加前缀（如 "${m.id}_${t}"）`,
        );
      }
      owners.add(m.id, t, true);
    }
  }
  return owners;
}

/** The ordinary tables of the current schema (partitions count as their parent). */
export async function tablesInDatabase(db: Kysely<any>): Promise<string[]> {
  const r = await sql<{ name: string }>`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition order by 1`.execute(db);
  return r.rows.map((x) => x.name);
}

/** A declared table the migrations did not create is a typo in a manifest: it would hide the real table's owner. */
export async function checkDeclaredTables(db: Kysely<any>, owners: OwnedKeys<true>): Promise<void> {
  const present = new Set(await tablesInDatabase(db));
  const missing = owners.keys().filter((t) => !present.has(t));
  if (missing.length) {
    throw new RegistryError(
      `declared tables missing from the database / 声明的表在数据库中不存在: ${missing.map((t) => `${t} (${owners.ownerOf(t)})`).join(', ')}`,
    );
  }
}
