/**
 * A key owned by exactly one module. Every registry the manifests fill (permissions, navigation, resources,
 * catalogs, roles, tables, error codes) goes through one of these, so that two modules choosing the same name
 * stop the start with both of them named, instead of the later one silently replacing the earlier.
 */
export class OwnedKeys<T> {
  private readonly entries = new Map<string, { owner: string; value: T }>();

  /** `kind` names the registry in messages: "permission", "table" … */
  constructor(readonly kind: string) {}

  add(owner: string, key: string, value: T): void {
    const prev = this.entries.get(key);
    if (prev) {
      throw new RegistryError(
        prev.owner === owner
          ? `${this.kind} "${key}" is declared twice by module ${owner} / 模块 ${owner} 重复声明了 ${this.kind} "${key}"`
          : `${this.kind} "${key}" is declared by both module ${prev.owner} and module ${owner} / ${this.kind} "${key}" 同时由模块 ${prev.owner} 和 ${owner} 声明`,
      );
    }
    this.entries.set(key, { owner, value });
  }

  get(key: string): T | undefined {
    return this.entries.get(key)?.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  ownerOf(key: string): string | undefined {
    return this.entries.get(key)?.owner;
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  values(): T[] {
    return [...this.entries.values()].map((e) => e.value);
  }

  entriesOf(owner: string): Array<[string, T]> {
    return [...this.entries].filter(([, e]) => e.owner === owner).map(([k, e]) => [k, e.value]);
  }
}

/** A manifest that contradicts another, or itself: the start stops with this. */
export class RegistryError extends Error {
  override name = 'RegistryError';
}

/**
 * Keys a module chooses freely (permissions, navigation entries) start with its id, `people.read`, so that a
 * module never takes a name another module will want; the module's id alone is allowed for a single entry.
 */
export function requireOwnPrefix(owner: string, kind: string, key: string): void {
  if (key !== owner && !key.startsWith(`${owner}.`)) {
    throw new RegistryError(`${kind} "${key}" of module ${owner} must start with "${owner}." / 模块 ${owner} 的 ${kind} "${key}" 须以 "${owner}." 开头`);
  }
}
