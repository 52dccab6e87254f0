import type { ModuleManifest } from './module.js';
import { OwnedKeys, RegistryError, requireOwnPrefix } from './owned-keys.js';
import { RoleRegistry } from './roles.js';
import { tableOwners } from './table.registry.js';
import { catalogOwners } from './catalog.registry.js';
import { codesOf } from './errors.js';
import type { CatalogDef } from './catalog.js';

const MODULE_ID = /^[a-z][a-z0-9_-]*$/;

/** What the manifests of a deployment register, once every name in them was found to have one owner. */
export interface ManifestRegistries {
  roles: RoleRegistry;
  tables: OwnedKeys<true>;
  catalogs: OwnedKeys<CatalogDef>;
}

/**
 * Reads the manifests of a deployment and stops the start at the first name two modules claim, or a module
 * takes outside its namespace (decision 0016):
 * - permission keys and navigation keys start with the module's id;
 * - a resource is named `<module>.<name>`, or after the module's own table that holds its records;
 * - roles, tables, catalogs and error codes have one owner each (ids stored in rows and codes read by clients keep their
 *   names: ownership, not a prefix, keeps them apart);
 * - every role a permission or a navigation entry's phone tab names, every permission a navigation entry or a to-do
 *   names, exists; a catalog a module reads belongs to a module it depends on;
 * - to-do keys start with the module's id, and the menu item a to-do's count is shown on is a navigation entry.
 */
export function checkManifests(modules: readonly ModuleManifest[], opts: { totpRequiredRoles?: readonly string[] } = {}): ManifestRegistries {
  const roles = new RoleRegistry(modules);
  const tables = tableOwners(modules);
  const catalogs = catalogOwners(modules);
  const ids = new OwnedKeys<true>('module id');
  const permissions = new OwnedKeys<true>('permission');
  const navigation = new OwnedKeys<true>('navigation key');
  const resources = new OwnedKeys<true>('resource');
  const codes = new OwnedKeys<true>('error code');
  // The platform's own codes were registered as its files loaded: a module taking one would change its text.
  for (const code of codesOf('platform')) codes.add('platform', code, true);
  for (const m of modules) {
    // The id is every key's prefix: "a.b" would share "a.b.read" with module "a".
    if (!MODULE_ID.test(m.id))
      throw new RegistryError(`module id "${m.id}" must be lower-case letters, digits, "-" or "_" / 模块标识 "${m.id}" 只能含小写字母、数字、"-" 或 "_"`);
    ids.add(m.id, m.id, true);
  }
  // Each key is claimed before its prefix is checked, so that a key another module already holds names both.
  for (const m of modules) {
    for (const [key, def] of Object.entries(m.permissions ?? {})) {
      permissions.add(m.id, key, true);
      requireOwnPrefix(m.id, 'permission', key);
      const unknown = def.roles.filter((r) => !roles.has(r));
      if (unknown.length)
        throw new RegistryError(`permission ${key} of module ${m.id} names unknown roles / 权限 ${key} 引用了不存在的角色: ${unknown.join(', ')}`);
    }
    for (const [name, resource] of Object.entries(m.resources ?? {})) {
      resources.add(m.id, name, true);
      const ownTable = resource.table === name && tables.ownerOf(name) === m.id;
      if (!ownTable) requireOwnPrefix(m.id, 'resource', name);
    }
    for (const code of Object.keys(m.messages ?? {})) codes.add(m.id, code, true);
  }
  for (const m of modules) {
    for (const n of m.navigation ?? []) {
      navigation.add(m.id, n.key, true);
      requireOwnPrefix(m.id, 'navigation key', n.key);
      if (!permissions.has(n.permission))
        throw new RegistryError(
          `navigation entry ${n.key} of module ${m.id} needs undeclared permission ${n.permission} / 导航 ${n.key} 所需权限 ${n.permission} 未声明`,
        );
      const unknownTab = Object.keys(n.phoneTab ?? {}).filter((r) => !roles.has(r));
      if (unknownTab.length)
        throw new RegistryError(
          `navigation entry ${n.key} of module ${m.id} gives a phone tab to unknown roles / 导航 ${n.key} 的手机底部栏引用了不存在的角色: ${unknownTab.join(', ')}`,
        );
    }
  }
  const todos = new OwnedKeys<true>('to-do key');
  for (const m of modules) {
    for (const todo of m.todos ?? []) {
      todos.add(m.id, todo.key, true);
      requireOwnPrefix(m.id, 'to-do key', todo.key);
      if (!permissions.has(todo.permission))
        throw new RegistryError(
          `to-do ${todo.key} of module ${m.id} needs undeclared permission ${todo.permission} / 待办 ${todo.key} 所需权限 ${todo.permission} 未声明`,
        );
      if (!navigation.has(todo.nav))
        throw new RegistryError(
          `to-do ${todo.key} of module ${m.id} names unknown navigation entry ${todo.nav} / 待办 ${todo.key} 引用了不存在的导航 ${todo.nav}`,
        );
    }
  }
  const unknownTotp = (opts.totpRequiredRoles ?? []).filter((r) => !roles.has(r));
  if (unknownTotp.length) {
    throw new RegistryError(
      `TOTP_REQUIRED_ROLES names unknown roles / 未知角色: ${unknownTotp.map((r) => `"${r}"`).join(', ')} (known: ${roles.ids().join(', ')})`,
    );
  }
  return { roles, tables, catalogs };
}
