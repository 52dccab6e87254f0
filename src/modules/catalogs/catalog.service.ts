import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import * as repo from '../../platform/catalog.repository.js';
import { catalogProblems, describeProblem } from '../../platform/catalog.registry.js';
import { catalogDifference, type CatalogDifference } from '../../platform/catalog.sync.js';
import { catalogDigest, listProfiles, loadProfile, type Profile } from '../../platform/profiles.js';

export const CATALOGS = { read: 'catalogs.read', edit: 'catalogs.edit' } as const;

export interface CatalogEdit {
  baseVersion: number;
  draft: boolean;
  entries: unknown[];
  extra: Record<string, unknown>;
  note: string | null;
}

/**
 * A district's catalogs for its administrators: each with its owner and versions, and, where they edited one
 * and its profile changed since, what the profile would change. Every save is a new version, checked against
 * the owner's schema and audited; nothing is ever overwritten.
 */
export class CatalogService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor) {
    this.core.assert(actor, CATALOGS.read);
    const rows = await repo.listCatalogs(this.core.db, actor.scope);
    const profiles = this.profiles();
    return Promise.all(
      rows.map(async (r) => ({
        ...r,
        owner: this.core.catalogs.ownerOf(r.name) ?? null,
        label: this.core.catalogs.get(r.name)?.label ?? null,
        profileChange: await this.profileChange(r, profiles),
      })),
    );
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, CATALOGS.read);
    const row = await this.find(actor, id);
    const versions = await repo.listVersions(this.core.db, row.district_id, row.name);
    const def = this.core.catalogs.get(row.name);
    return {
      ...row,
      owner: this.core.catalogs.ownerOf(row.name) ?? null,
      label: def?.label ?? null,
      schema: def ? { entry: def.entry, extra: def.extra ?? null } : null,
      profileChange: await this.profileChange(row, this.profiles()),
      versions,
    };
  }

  async version(actor: Actor, id: number, version: number) {
    this.core.assert(actor, CATALOGS.read);
    const row = await this.find(actor, id);
    const v = await repo.findVersion(this.core.db, row.district_id, row.name, version);
    if (!v) throw notFound('catalog_version');
    return { id: row.id, name: row.name, ...v };
  }

  async save(actor: Actor, id: number, edit: CatalogEdit) {
    this.core.assert(actor, CATALOGS.edit);
    const row = await this.find(actor, id);
    const def = this.core.catalogs.get(row.name);
    // A catalog no module of this deployment declares has no schema to keep an edit honest.
    if (!def) throw conflict('CATALOG_UNDECLARED', { catalog: row.name });
    const problems = catalogProblems(def, edit);
    if (problems.length)
      throw badRequest('CATALOG_INVALID', { catalog: row.name, summary: problems.slice(0, 3).map(describeProblem).join('; ') }, { problems });
    const difference = catalogDifference({ entries: row.entries as unknown[], extra: row.extra as Record<string, unknown> }, edit);
    const version = await this.core.mutate(actor, async (w) => {
      const v = await repo.putCatalog(
        w.db,
        row.district_id,
        { name: row.name, draft: edit.draft, source: row.source, entries: edit.entries, extra: edit.extra },
        { origin: 'edit', authorId: actor.userId || null, note: edit.note, expectVersion: edit.baseVersion },
      );
      if (v === undefined) throw conflict('CATALOG_VERSION_STALE', { catalog: row.name, version: edit.baseVersion });
      await w.audit({
        action: 'catalogs.catalog.save',
        targetType: 'catalog',
        targetId: row.id,
        districtId: row.district_id,
        summary: { name: row.name, from: edit.baseVersion, version: v, note: edit.note, ...difference },
      });
      return v;
    });
    return { id: row.id, version };
  }

  private async find(actor: Actor, id: number) {
    const row = await repo.findCatalog(this.core.db, actor.scope, id);
    if (!row) throw notFound('catalog');
    return row;
  }

  /** The profiles as they are on disk now, read once per request and only when asked. */
  private profiles() {
    const known = new Set(listProfiles(this.core.config.profilesDir));
    const cache = new Map<string, Profile>();
    return (id: string): Profile | undefined => {
      if (!known.has(id)) return undefined;
      if (!cache.has(id)) cache.set(id, loadProfile(id, this.core.config.profilesDir));
      return cache.get(id);
    };
  }

  /**
   * For a catalog its administrator edited: what its profile would change, when the profile moved on since the
   * edit's base. A catalog still as its profile gave it is brought up to date at start and needs no word here.
   */
  private async profileChange(
    row: { district_id: number; name: string; origin: string; profile_digest: string | null; profile: string },
    profiles: (id: string) => Profile | undefined,
  ): Promise<CatalogDifference | null> {
    if (row.origin !== 'edit') return null;
    const fromProfile = profiles(row.profile)?.catalogs.find((c) => c.name === row.name);
    if (!fromProfile || catalogDigest(fromProfile) === row.profile_digest) return null;
    const current = await repo.getCatalog(this.core.db, row.district_id, row.name);
    return current ? catalogDifference(current, fromProfile) : null;
  }
}

export const catalogMessages = {
  CATALOG_INVALID: { zh: '目录 {catalog} 的内容不符合其结构：{summary}', en: 'Catalog {catalog} does not fit its schema: {summary}' },
  CATALOG_VERSION_STALE: {
    zh: '目录 {catalog} 已有比第 {version} 版更新的版本，请刷新后再改',
    en: 'Catalog {catalog} has moved on from version {version}; reload it and edit again',
  },
  CATALOG_UNDECLARED: {
    zh: '目录 {catalog} 不属于本系统的任何模块，不能在此修改',
    en: 'Catalog {catalog} belongs to no module of this deployment and cannot be edited here',
  },
};
