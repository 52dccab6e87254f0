import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { todayInShanghai } from '../../platform/time.js';
import { findVisibleUnit } from '../org/index.js';
import { loadTagCatalog } from './tag.catalog.js';
import { PEOPLE } from './people.policy.js';

/** Tags on houses, buildings and compounds (出租房屋, 群租房, 高坠隐患 …), with source and period. */
export class UnitTagService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, unitIds: number[]) {
    this.core.assert(actor, PEOPLE.read);
    if (!unitIds.length) return [];
    return this.core.db.selectFrom('unit_tag').selectAll().where('unit_id', 'in', unitIds).where('end_date', 'is', null).orderBy('tag_code').execute();
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
        ? !!(await w.db
            .insertInto('unit_tag')
            .values({ district_id: unit.district_id, unit_id: unit.id, unit_path: unit.path, tag_code: code, source: 'manual', start_date: dates.start ?? today, end_date: dates.end ?? null })
            .onConflict((oc) => oc.columns(['unit_id', 'tag_code']).where('end_date', 'is', null).doNothing())
            .returning('id')
            .executeTakeFirst())
        : !!(await w.db.updateTable('unit_tag').set({ end_date: dates.end ?? today }).where('unit_id', '=', unit.id).where('tag_code', '=', code).where('end_date', 'is', null).returning('id').executeTakeFirst());
      if (changed) await w.audit({ action: on ? 'people.unit_tag.add' : 'people.unit_tag.end', targetType: 'unit', targetId: unit.id, unitPath: unit.path, districtId: unit.district_id, summary: { tag: code } });
      return changed;
    });
  }
}
