import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { getCatalog } from '../../platform/catalog.js';
import type { Label } from '../../platform/i18n.js';
import type { RuleTag } from './tag.repository.js';

export interface TagDef {
  code: string;
  name: Label;
  level: 'city' | 'district' | 'street';
  group: string | null;
  target: 'person' | 'house' | 'compound';
  sensitive: boolean;
  rule: { kind: 'age' | 'ageAlone'; min: number; max?: number } | null;
}

export interface TagCatalog {
  draft: boolean;
  groups: Array<{ code: string; name: Label; sensitive: boolean }>;
  tags: TagDef[];
  byCode: Map<string, TagDef>;
  rules: RuleTag[];
  sensitiveCodes: string[];
}

// Every list request needs the catalog; it changes only when an administrator edits it. A few seconds of
// staleness across processes is the price of not reading and parsing it on every request.
const CACHE_MS = 15_000;
const cache = new WeakMap<object, Map<number, { at: number; catalog: Promise<TagCatalog> }>>();

/** The district's tag catalog (profile data): a tag is sensitive if it or its group says so. */
export function loadTagCatalog(db: Kysely<Database>, districtId: number): Promise<TagCatalog> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(districtId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.catalog;
  const catalog = readTagCatalog(db, districtId);
  perDb.set(districtId, { at: Date.now(), catalog });
  catalog.catch(() => perDb!.delete(districtId));
  return catalog;
}

async function readTagCatalog(db: Kysely<Database>, districtId: number): Promise<TagCatalog> {
  const c = await getCatalog(db, districtId, 'tags');
  const groups = ((c?.extra.groups as TagCatalog['groups'] | undefined) ?? []).map((g) => ({ ...g, sensitive: !!g.sensitive }));
  const sensitiveGroups = new Set(groups.filter((g) => g.sensitive).map((g) => g.code));
  const tags: TagDef[] = ((c?.entries ?? []) as Array<Partial<TagDef> & { code: string; name: Label }>).map((e) => ({
    code: e.code,
    name: e.name,
    level: e.level ?? 'district',
    group: e.group ?? null,
    target: e.target ?? 'person',
    sensitive: !!e.sensitive || (!!e.group && sensitiveGroups.has(e.group)),
    rule: e.rule ?? null,
  }));
  return {
    draft: c?.draft ?? true,
    groups,
    tags,
    byCode: new Map(tags.map((t) => [t.code, t])),
    rules: tags.filter((t) => t.rule && t.target === 'person').map((t) => ({ code: t.code, ...t.rule! })),
    sensitiveCodes: tags.filter((t) => t.sensitive).map((t) => t.code),
  };
}
