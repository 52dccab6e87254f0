import { Value } from '@sinclair/typebox/value';
import type { CatalogDef, CatalogRecord } from './catalog.js';
import type { ModuleManifest } from './module.js';
import { OwnedKeys, RegistryError } from './owned-keys.js';
import { listProfiles, loadProfile } from './profiles.js';

/**
 * Who owns each catalog: the module whose manifest declares it with its schema. Catalog names are stored in
 * rows and named by profile files, so they keep their names; ownership, not a prefix, keeps them apart. A module
 * reading another's catalog declares it in `readsCatalogs` and depends on the owner, so the owner is always
 * there to define what the entries mean.
 */
export function catalogOwners(modules: readonly ModuleManifest[]): OwnedKeys<CatalogDef> {
  const owners = new OwnedKeys<CatalogDef>('catalog');
  for (const m of modules) for (const [name, def] of Object.entries(m.catalogs ?? {})) owners.add(m.id, name, def);
  for (const m of modules) {
    for (const name of m.readsCatalogs ?? []) {
      const owner = owners.ownerOf(name);
      if (!owner) throw new RegistryError(`module ${m.id} reads catalog "${name}", which no module declares / 模块 ${m.id} 读取的目录 "${name}" 没有模块声明`);
      if (owner === m.id)
        throw new RegistryError(
          `module ${m.id} lists its own catalog "${name}" in readsCatalogs / 模块 ${m.id} 不必在 readsCatalogs 中列出自己的目录 "${name}"`,
        );
      if (!m.dependsOn?.includes(owner)) {
        throw new RegistryError(
          `module ${m.id} reads catalog "${name}" of module ${owner} without depending on it / 模块 ${m.id} 读取模块 ${owner} 的目录 "${name}"，须在 dependsOn 中声明 ${owner}`,
        );
      }
    }
  }
  return owners;
}

/** One thing wrong with a catalog: the entry (by index in `entries`, null for the other fields) and the field. */
export interface CatalogProblem {
  entry: number | null;
  field: string;
  message: string;
}

const MAX_PROBLEMS = 50;
const fieldOf = (pointer: string) => pointer.replace(/^\//, '').split('/').join('.') || '(entry)';

/**
 * Checks a catalog's content against its owner's schemas: each entry, then the other fields; and that codes are
 * unique among the entries, since rows elsewhere keep an entry's code, not its place.
 */
export function catalogProblems(def: CatalogDef, c: Pick<CatalogRecord, 'entries' | 'extra'>): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  if (!Array.isArray(c.entries)) return [{ entry: null, field: 'entries', message: 'Expected array' }];
  const codes = new Map<unknown, number>();
  c.entries.forEach((entry, i) => {
    const seen = new Set<string>();
    for (const e of Value.Errors(def.entry, entry)) {
      const field = fieldOf(e.path);
      // A union reports each branch it tried; the first word on a field is the useful one.
      if (out.length < MAX_PROBLEMS && !seen.has(field)) out.push({ entry: i, field, message: e.message });
      seen.add(field);
    }
    const code = (entry as { code?: unknown } | null)?.code;
    if (code !== undefined) {
      const first = codes.get(code);
      if (first !== undefined && out.length < MAX_PROBLEMS)
        out.push({ entry: i, field: 'code', message: `Duplicate code ${String(code)} (also entry ${first})` });
      else codes.set(code, i);
    }
  });
  if (def.extra) {
    const seen = new Set<string>();
    for (const e of Value.Errors(def.extra, c.extra ?? {})) {
      const field = fieldOf(e.path);
      if (out.length < MAX_PROBLEMS && !seen.has(field)) out.push({ entry: null, field, message: e.message });
      seen.add(field);
    }
  }
  return out;
}

export const describeProblem = (p: CatalogProblem) => `${p.entry === null ? '' : `entry ${p.entry}, `}field ${p.field}: ${p.message}`;

/**
 * Every profile's copy of every declared catalog must fit its schema: a profile that does not would reach a
 * district at its next start. Catalogs no module of this deployment declares are left alone (they belong to
 * modules it does not run). Stops the start naming profile, catalog, entry and field.
 */
export function checkProfiles(catalogs: OwnedKeys<CatalogDef>, profilesDir: string): void {
  for (const id of listProfiles(profilesDir)) {
    for (const c of loadProfile(id, profilesDir).catalogs) {
      const def = catalogs.get(c.name);
      if (!def) continue;
      const problems = catalogProblems(def, c);
      if (problems.length) {
        const shown = problems.slice(0, 5).map(describeProblem).join('; ');
        throw new RegistryError(
          `profile ${id}, catalog ${c.name} (module ${catalogs.ownerOf(c.name)}) does not fit its schema / 区配置 ${id} 的目录 ${c.name} 不符合其结构: ${shown}${problems.length > 5 ? ` (+${problems.length - 5})` : ''}`,
        );
      }
    }
  }
}
