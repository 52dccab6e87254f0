import type { Kysely } from 'kysely';
import type { Core } from './core.js';
import type { Database } from './db/schema.js';
import type { CatalogDef, CatalogRecord } from './catalog.js';
import type { OwnedKeys } from './owned-keys.js';
import { catalogDigest, listProfiles, loadProfile, type Profile } from './profiles.js';
import { catalogStates, districtProfiles, getCatalog, putCatalog } from './catalog.repository.js';
import { systemActor } from './actor.js';

/** How a district's catalog differs from its profile's: entries by code, and the other fields by name. */
export interface CatalogDifference {
  added: string[];
  removed: string[];
  changed: string[];
  fields: string[];
}

export interface CatalogSyncLine {
  districtId: number;
  profile: string;
  catalog: string;
  /** added: new to the district; updated: the profile's new content became a version; kept: an edit was kept. */
  outcome: 'added' | 'updated' | 'kept';
  version: number | null;
  /** For a kept edit: what the profile's content would change. */
  difference?: CatalogDifference;
}

const keyOf = (e: unknown, i: number) => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : `#${i}`;
};

/** JSON with keys in one order: jsonb keeps an object's keys in an order of its own, the profile's file another. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** What taking `to` in place of `from` would change (entries without a code are compared by position). */
export function catalogDifference(from: Pick<CatalogRecord, 'entries' | 'extra'>, to: Pick<CatalogRecord, 'entries' | 'extra'>): CatalogDifference {
  const a = new Map(from.entries.map((e, i) => [keyOf(e, i), canonical(e)]));
  const b = new Map(to.entries.map((e, i) => [keyOf(e, i), canonical(e)]));
  const fields = [...new Set([...Object.keys(from.extra), ...Object.keys(to.extra)])].filter((k) => canonical(from.extra[k]) !== canonical(to.extra[k]));
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)),
    fields: fields.sort(),
  };
}

/**
 * Brings one district's declared catalogs to its profile's content. A catalog the district's administrator
 * edited since it was last copied keeps the edit (the district knows its list better than the profile's
 * authors); the difference is reported instead. Undeclared catalogs of the profile stay out: no module of this
 * deployment would read them, and a module added later gets them at its first start.
 */
export async function syncDistrictCatalogs(
  db: Kysely<Database>,
  catalogs: OwnedKeys<CatalogDef>,
  districtId: number,
  profile: Profile,
): Promise<CatalogSyncLine[]> {
  const states = new Map((await catalogStates(db, districtId)).map((s) => [s.name, s]));
  const out: CatalogSyncLine[] = [];
  for (const c of profile.catalogs) {
    if (!catalogs.has(c.name)) continue;
    const digest = catalogDigest(c);
    const state = states.get(c.name);
    if (state?.profile_digest === digest) continue;
    const line = { districtId, profile: profile.id, catalog: c.name };
    if (state?.origin === 'edit') {
      const current = (await getCatalog(db, districtId, c.name))!;
      out.push({ ...line, outcome: 'kept', version: state.version, difference: catalogDifference(current, c) });
      continue;
    }
    // Another process starting at the same moment may have written it: then its version stands, once.
    const version = await putCatalog(db, districtId, c, {
      origin: 'profile',
      profileDigest: digest,
      expectVersion: state?.version ?? 0,
      note: `profile ${profile.id}`,
    });
    if (version !== undefined) out.push({ ...line, outcome: state ? 'updated' : 'added', version });
  }
  return out;
}

/**
 * At start: every district's declared catalogs against its profile as the profiles directory holds it now.
 * Writes are audited as the system's; a district whose profile is gone is left as it is.
 */
export async function syncCatalogs(core: Core): Promise<CatalogSyncLine[]> {
  const known = new Set(listProfiles(core.config.profilesDir));
  const profiles = new Map<string, Profile>();
  const out: CatalogSyncLine[] = [];
  for (const d of await districtProfiles(core.db)) {
    if (!known.has(d.profile)) continue;
    let profile = profiles.get(d.profile);
    if (!profile) profiles.set(d.profile, (profile = loadProfile(d.profile, core.config.profilesDir)));
    const lines = await core.mutate(systemActor('catalog-sync'), async (w) => {
      const lines = await syncDistrictCatalogs(w.db, core.catalogs, d.id, profile);
      const written = lines.filter((l) => l.outcome !== 'kept');
      if (written.length) {
        await w.audit({
          action: 'platform.catalog.sync',
          targetType: 'district',
          targetId: d.id,
          districtId: d.id,
          summary: { profile: d.profile, catalogs: written.map((l) => ({ name: l.catalog, outcome: l.outcome, version: l.version })) },
        });
      }
      return lines;
    });
    out.push(...lines);
  }
  return out;
}

/** One line of the start's log for a sync line, in both languages. */
export function describeSyncLine(l: CatalogSyncLine): string {
  if (l.outcome !== 'kept')
    return `catalog ${l.catalog} of district ${l.districtId}: ${l.outcome} from profile ${l.profile} as version ${l.version} / 区 ${l.districtId} 的目录 ${l.catalog} 已按区配置${l.outcome === 'added' ? '添加' : '更新'}为第 ${l.version} 版`;
  const d = l.difference!;
  const parts = [
    d.added.length && `+${d.added.join(',')}`,
    d.removed.length && `-${d.removed.join(',')}`,
    d.changed.length && `~${d.changed.join(',')}`,
    d.fields.length && `fields ${d.fields.join(',')}`,
  ]
    .filter(Boolean)
    .join(' ');
  return `catalog ${l.catalog} of district ${l.districtId} was edited there; profile ${l.profile} changed (${parts || 'order only'}) and the edit is kept / 区 ${l.districtId} 的目录 ${l.catalog} 已由本区修改，区配置 ${l.profile} 有变化（${parts || '仅顺序'}），保留本区修改`;
}
