import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { todayInShanghai } from '../../platform/time.js';
import { findVisibleUnit } from '../org/index.js';
import { loadTagCatalog } from './tag.catalog.js';
import { PEOPLE } from './people.policy.js';
import * as repo from './unit-tag.repository.js';

/** Tags on houses, buildings and compounds (出租房屋, 群租房, 高坠隐患 …), with source and period. */
export class UnitTagService {
  constructor(private readonly core: Core) {}

  /** The tags a unit in the caller's scope carries today, with the catalog that names them. */
  async ofUnit(actor: Actor, unitId: number) {
    this.core.assert(actor, PEOPLE.read);
    const unit = await findVisibleUnit(this.core.db, actor.scope, unitId);
    if (!unit) throw notFound('unit');
    const [rows, catalog] = await Promise.all([repo.currentOf(this.core.db, [unit.id]), loadTagCatalog(this.core.db, unit.district_id)]);
    return { rows, catalog };
  }

  async set(actor: Actor, unitId: number, code: string, on: boolean, dates: { start?: string | null; end?: string | null } = {}) {
    this.core.assert(actor, PEOPLE.manage);
    const unit = await findVisibleUnit(this.core.db, actor.scope, unitId);
    if (!unit) throw notFound('unit');
    const catalog = await loadTagCatalog(this.core.db, unit.district_id);
    const tag = catalog.byCode.get(code);
    if (!tag || (tag.target as string) !== unit.type) throw badRequest('TAG_UNKNOWN', { code });
    if (tag.rule) throw badRequest('TAG_RULE_ONLY', { name: localize(tag.name, actor.locale) });
    const today = todayInShanghai();
    return this.core.mutate(actor, async (w) => {
      const changed = on
        ? await repo.start(w.db, unit, code, dates.start ?? today, dates.end ?? null)
        : await repo.end(w.db, unit.id, code, dates.end ?? today);
      if (changed)
        await w.audit({
          action: on ? 'people.unit_tag.add' : 'people.unit_tag.end',
          targetType: 'unit',
          targetId: unit.id,
          unitPath: unit.path,
          districtId: unit.district_id,
          summary: { tag: code },
        });
      return changed;
    });
  }
}
