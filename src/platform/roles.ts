import type { Label } from './i18n.js';
import type { ModuleManifest } from './module.js';
import { OwnedKeys, RegistryError } from './owned-keys.js';

/**
 * How a position's territory is found: subtree — its unit and all below; grid — the units its grid covers;
 * grants — only explicit grants; deployment — every district (administrator).
 */
export type ScopeKind = 'subtree' | 'grid' | 'grants' | 'deployment';

/**
 * The ids of the roles, filled by the modules that declare them, as the Database interface is by the modules'
 * tables: `declare module '…/platform/roles.js' { interface RoleIds extends Record<MyRole, true> {} }`. The
 * compiler then checks every role a permission or a test names; the start checks the same against the registry.
 */
// biome-ignore lint/suspicious/noEmptyInterface: modules add their role ids to it by declaration merging, which a type alias cannot take
export interface RoleIds {}
export type RoleId = keyof RoleIds & string;

/** A role as a module declares it in its manifest (`roles`). The core keeps the mechanism, never the list. */
export interface RoleDef {
  id: string;
  label: Label;
  scopeKind: ScopeKind;
  /** The unit types a position of this role is anchored to. */
  unitTypes: readonly string[];
  /**
   * The roles whose holders may hand this one out. Together they must never let a manager reach above their own
   * role, even through an account they create (the start checks that).
   */
  assignableBy: readonly string[];
  /** What a position of this role is tied to besides its unit: a grid worker's grid, a department's staff's department. */
  anchor?: 'grid' | 'department';
  /** Its holders must use a second factor unless the deployment names its own list (TOTP_REQUIRED_ROLES). */
  requiresSecondFactor?: boolean;
}

/** The roles of a deployment, from its manifests, checked once at start. */
export class RoleRegistry {
  private readonly defs = new OwnedKeys<RoleDef>('role');

  constructor(modules: readonly ModuleManifest[]) {
    for (const m of modules) for (const r of m.roles ?? []) this.defs.add(m.id, r.id, r);
    this.check();
  }

  has(id: string): id is RoleId {
    return this.defs.has(id);
  }

  /** The role's declaration; a role the deployment does not know is a programming error. */
  get(id: string): RoleDef {
    const def = this.defs.get(id);
    if (!def) throw new Error(`unknown role ${id}`);
    return def;
  }

  /** The role's name; a position of a role no module declares any more is shown by its id. */
  labelOf(id: string): Label {
    return this.defs.get(id)?.label ?? { zh: id, en: id };
  }

  ids(): RoleId[] {
    return this.defs.keys() as RoleId[];
  }

  list(): RoleDef[] {
    return this.defs.values();
  }

  /** The roles whose declarations require a second factor of their holders. */
  secondFactorRoles(): RoleId[] {
    return this.list()
      .filter((r) => r.requiresSecondFactor)
      .map((r) => r.id as RoleId);
  }

  ownerOf(id: string): string | undefined {
    return this.defs.ownerOf(id);
  }

  /** Whether a holder of `manager` may give a position of `role`. */
  mayAssign(manager: string | null, role: string): boolean {
    return !!manager && !!this.defs.get(role)?.assignableBy.includes(manager);
  }

  /** Refuses declarations that would let someone hand out more than they hold. */
  private check() {
    const defs = this.defs.values();
    for (const r of defs) {
      for (const by of r.assignableBy) {
        if (!this.defs.has(by))
          throw new RegistryError(`role ${r.id} (${this.defs.ownerOf(r.id)}) is assignable by unknown role ${by} / 角色 ${r.id} 的授予者 ${by} 不存在`);
        // Only a deployment-wide role may create another: a district's manager never makes an administrator.
        if (r.scopeKind === 'deployment' && this.defs.get(by)!.scopeKind !== 'deployment') {
          throw new RegistryError(`role ${r.id} reaches every district and cannot be assigned by ${by} / 全部署角色 ${r.id} 不能由 ${by} 授予`);
        }
      }
    }
    // A manager who may create an account of role R can log in as it and hand out what R may: so whatever R may
    // assign, the manager must be allowed to assign directly, or the rule "never above your own" has a back door.
    for (const r of defs) {
      for (const manager of r.assignableBy) {
        for (const s of defs) {
          if (s.assignableBy.includes(r.id) && !s.assignableBy.includes(manager)) {
            throw new RegistryError(
              `role ${manager} may assign ${r.id}, which may assign ${s.id}, but ${manager} may not assign ${s.id} itself: add ${manager} to ${s.id}'s assignableBy or remove it from ${r.id}'s / ` +
                `${manager} 可授予 ${r.id}，${r.id} 可授予 ${s.id}，但 ${manager} 不能直接授予 ${s.id}`,
            );
          }
        }
      }
    }
  }
}
