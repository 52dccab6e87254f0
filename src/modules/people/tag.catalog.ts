import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { cachedCatalog, type CatalogRecord } from '../../platform/catalog.js';
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

/** The district's tag catalog (profile data): a tag is sensitive if it or its group says so. */
export function loadTagCatalog(db: Kysely<Database>, districtId: number): Promise<TagCatalog> {
  return cachedCatalog(db, districtId, 'tags', readTagCatalog);
}

function readTagCatalog(c: CatalogRecord | undefined): TagCatalog {
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
