import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { todayInShanghai } from '../../platform/time.js';
import { notFound } from '../../platform/errors.js';
import { visibleUnitPath } from '../org/index.js';
import * as repo from './person.repository.js';
import { loadTagCatalog } from './tag.catalog.js';
import { PEOPLE } from './people.policy.js';

/**
 * Data sharing (数据共享): departments and streets query the base data they are entitled to instead of
 * collecting it again. Same scope rules as everywhere, numbers masked, sensitive tags withheld unless the
 * position may see them, and every call logged with the purpose the caller states.
 */
export class ShareService {
  constructor(private readonly core: Core) {}

  async persons(actor: Actor, purpose: string, q: Omit<repo.PersonQuery, 'today' | 'hiddenTags'> & { unitId?: number }) {
    this.core.assert(actor, PEOPLE.share);
    let within = q.within;
    if (q.unitId) {
      const path = await visibleUnitPath(this.core.db, actor.scope, q.unitId);
      if (!path) throw notFound('unit');
      within = [path];
    }
    const catalog = await loadTagCatalog(this.core.db, actor.scope.districtId ?? 0);
    const hidden = new Set(this.core.can(actor, PEOPLE.sensitiveTags) ? [] : catalog.sensitiveCodes);
    if (q.tags?.some((t) => hidden.has(t))) throw notFound('tag');
    const r = await repo.list(this.core.db, actor.scope, { ...q, within, today: todayInShanghai() });
    await this.core.recordSensitiveRead(actor, {
      action: 'people.share.query',
      targetType: 'person_list',
      unitPath: within?.[0] ?? actor.scope.paths[0] ?? null,
      summary: { filters: { ...q, within: undefined }, rows: r.items.length, total: r.total },
      purpose,
    });
    return { ...r, hidden, catalog };
  }
}
