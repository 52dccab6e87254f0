import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { findVisibleUnit, committeesWithHouseCounts } from '../org/index.js';
import { PersonService } from './person.service.js';
import { loadTagCatalog } from './tag.catalog.js';
import { addresses } from './person.view.js';
import * as persons from './person.repository.js';
import { qualityByCommittee } from './quality.repository.js';
import type { HouseUse } from './people.types.js';
import { PEOPLE } from './people.policy.js';

export interface HousePatch {
  use?: HouseUse;
  areaM2?: number | null;
  ownership?: 'private' | 'public_rental' | 'other' | null;
}

/**
 * A unit of the territory seen from the people side: a house with its households and people, and for any unit
 * the people per tag and the data quality of its committees. The unit must lie in the caller's scope (else 404).
 */
export class HouseService {
  private readonly people: PersonService;

  constructor(private readonly core: Core) {
    this.people = new PersonService(core);
  }

  private async visible(actor: Actor, id: number) {
    const unit = await findVisibleUnit(this.core.db, actor.scope, id);
    if (!unit) throw notFound('unit');
    return unit;
  }

  private async visibleHouse(actor: Actor, id: number) {
    const house = await findVisibleUnit(this.core.db, actor.scope, id);
    if (house?.type !== 'house') throw notFound('house');
    return house;
  }

  async detail(actor: Actor, id: number) {
    this.core.assert(actor, PEOPLE.read);
    const db = this.core.db;
    const house = await this.visibleHouse(actor, id);
    const [info, residents, households, catalog, hidden, addr] = await Promise.all([
      persons.houseInfo(db, house.id),
      persons.peopleOfHouse(db, house.id),
      persons.householdsOfHouse(db, house.id),
      loadTagCatalog(db, house.district_id ?? 0),
      this.people.hiddenTags(actor),
      addresses(db, [house.id]),
    ]);
    const members = await persons.membersOf(
      db,
      households.map((h) => h.id),
    );
    return {
      house,
      info,
      residents,
      households,
      members,
      catalog,
      hidden,
      address: addr.get(house.id)!,
      can: { edit: this.core.can(actor, PEOPLE.manage), visit: this.core.can(actor, PEOPLE.visit) },
    };
  }

  async update(actor: Actor, id: number, patch: HousePatch) {
    this.core.assert(actor, PEOPLE.manage);
    const house = await this.visibleHouse(actor, id);
    await this.core.mutate(actor, async (w) => {
      await persons.ensureHouseInfo(w.db, { house_id: house.id, district_id: house.district_id, unit_path: house.path });
      const before = await persons.houseInfo(w.db, house.id);
      const areaM2 = patch.areaM2 === undefined ? undefined : patch.areaM2 === null ? null : String(patch.areaM2);
      const after = await persons.updateHouseInfo(w.db, house.id, { use: patch.use, area_m2: areaM2, ownership: patch.ownership });
      await w.audit({
        action: 'people.house.update',
        targetType: 'unit',
        targetId: house.id,
        unitPath: house.path,
        districtId: house.district_id,
        summary: {
          before: { use: before?.use, areaM2: before?.area_m2, ownership: before?.ownership },
          after: { use: after.use, areaM2: after.area_m2, ownership: after.ownership },
        },
      });
    });
    return house;
  }

  /** People per tag below the unit; tags the caller may not see are left out. */
  async tagCounts(actor: Actor, id: number) {
    this.core.assert(actor, PEOPLE.read);
    const unit = await this.visible(actor, id);
    const [counts, catalog, hidden] = await Promise.all([
      persons.tagCounts(this.core.db, unit.path),
      loadTagCatalog(this.core.db, unit.district_id ?? 0),
      this.people.hiddenTags(actor),
    ]);
    return { counts: counts.filter((c) => !hidden.has(c.code)), catalog };
  }

  /** Each committee below the unit with its houses and the figures of its records' quality. */
  async quality(actor: Actor, id: number) {
    this.core.assert(actor, PEOPLE.quality);
    const unit = await this.visible(actor, id);
    const [committees, figures] = await Promise.all([
      committeesWithHouseCounts(this.core.db, unit.path),
      qualityByCommittee(this.core.db, unit.path, todayInShanghai()),
    ]);
    const byPath = new Map(figures.map((f) => [f.committee_path, f]));
    return committees.map((c) => ({ committee: c, figures: byPath.get(c.path) }));
  }
}
