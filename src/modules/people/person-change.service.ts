import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { todayInShanghai } from '../../platform/time.js';
import { findVisibleUnit } from '../org/index.js';
import * as repo from './person.repository.js';
import { recomputeRuleTags } from './tag.repository.js';
import { loadTagCatalog } from './tag.catalog.js';
import { sealedPhone } from './person.columns.js';
import { checkDay, checkDeparture, checkDetails, type ChangeProblem, type Departure, type DetailsChange } from './person-change.rules.js';
import { PEOPLE } from './people.policy.js';
import { FIELD_LABEL, PROBLEM_LABEL } from './people.messages.js';
import type { HouseRelation } from './people.types.js';

export interface HouseMove {
  houseId: number;
  relation: HouseRelation;
  /** YYYY-MM-DD of the move; today when not given. */
  since?: string | null;
  /** Join the household of this head at the new house; none: the person heads a new household there. */
  headPersonId?: number | null;
  relationToHead?: string | null;
}

/**
 * The changes a committee makes to a resident's record as life goes on, each one its own audited step: a
 * corrected phone or residence, a move to another house, moving away or death, a new head of household.
 * Every record touched — the person, the house they move to, a head they join — must be one the caller reaches;
 * anything else reads as not found.
 */
export class PersonChangeService {
  constructor(private readonly core: Core) {}

  private get db() {
    return this.core.db;
  }

  /** Phone, residence, ethnicity, nationality: what a worker corrects without the person's document in hand. */
  async correct(actor: Actor, id: number, input: DetailsChange) {
    this.core.assert(actor, PEOPLE.manage);
    const before = await this.visiblePerson(actor, id);
    const checked = checkDetails(input, { docType: before.doc_type });
    if (!checked.ok) throw invalid(actor, checked.problems);
    const c = checked.change;
    const patch = {
      ...(c.phone !== undefined ? sealedPhone(this.core.crypto, c.phone) : {}),
      ...(c.residence !== undefined ? { residence: c.residence } : {}),
      ...(c.ethnicity !== undefined ? { ethnicity: c.ethnicity } : {}),
      ...(c.nationality !== undefined ? { nationality: c.nationality } : {}),
    };
    // A phone is compared by its keyed hash: the same number typed again changes nothing.
    const changed = (['phone_hash', 'residence', 'ethnicity', 'nationality'] as const).filter(
      (k) => k in patch && patch[k as keyof typeof patch] !== before[k],
    );
    if (!changed.length) return { id, changed: false };
    return this.core.mutate(actor, async (w) => {
      const row = await repo.updatePerson(w.db, id, patch);
      // The audit names the masked phone, never the number.
      const shown = (k: (typeof changed)[number]) => (k === 'phone_hash' ? 'phone_masked' : k);
      await w.audit({
        action: 'people.person.update',
        targetType: 'person',
        targetId: id,
        unitPath: before.unit_path ?? undefined,
        districtId: before.district_id,
        summary: {
          before: Object.fromEntries(changed.map((k) => [shown(k), before[shown(k)]])),
          after: Object.fromEntries(changed.map((k) => [shown(k), row[shown(k)]])),
        },
      });
      if (changed.includes('residence') && before.house_id) await this.recompute(w.db, before.district_id, [before.house_id]);
      w.emit('people.person.updated', { personId: id, houseId: row.house_id, fromHouseId: before.house_id }, before.district_id);
      return { id, changed: true };
    });
  }

  /**
   * Moved away or died: the person no longer lives anywhere here. Their ties to houses and their households end,
   * their tags end, and they leave the lists and counts; the record stays with the committee that kept it.
   * Death may follow a move away; nothing follows death.
   */
  async depart(actor: Actor, id: number, input: Departure) {
    this.core.assert(actor, PEOPLE.manage);
    const before = await this.visiblePerson(actor, id);
    if (before.departed === 'deceased') throw conflict('PERSON_DECEASED', { name: before.name });
    if (before.departed === 'moved_out' && input.kind === 'moved_out') throw conflict('PERSON_MOVED_OUT', { name: before.name });
    const checked = checkDeparture(input, before.birth_date, todayInShanghai());
    if (!checked.ok) throw invalid(actor, checked.problems);
    const d = checked.departure;
    return this.core.mutate(actor, async (w) => {
      await repo.endAllTies(w.db, id, d.date);
      const households = await repo.leaveHouseholds(w.db, id);
      await repo.endAllTags(w.db, id, d.date);
      await repo.refreshTagArrays(w.db, [id]);
      await repo.updatePerson(w.db, id, {
        departed: d.kind,
        departed_on: d.date,
        moved_to: d.kind === 'moved_out' ? (d.movedTo ?? null) : before.moved_to,
        house_id: null,
      });
      // Those who stay may now live alone (独居老人).
      if (before.house_id) await this.recompute(w.db, before.district_id, [before.house_id]);
      await w.audit({
        action: d.kind === 'deceased' ? 'people.person.deceased' : 'people.person.move_out',
        targetType: 'person',
        targetId: id,
        unitPath: before.unit_path ?? undefined,
        districtId: before.district_id,
        summary: {
          before: { houseId: before.house_id, departed: before.departed },
          after: { departed: d.kind, date: d.date, movedTo: d.movedTo ?? null },
          households,
        },
      });
      w.emit('people.person.updated', { personId: id, houseId: null, fromHouseId: before.house_id }, before.district_id);
      return { id };
    });
  }

  /**
   * Moves a person to another house the caller reaches: their ties to the old house end (ownership stays: an
   * owner who moves still owns it), they leave its household and join one at the new house, and their place in
   * the territory follows. A person recorded as moved away comes back this way; the dead do not.
   */
  async move(actor: Actor, id: number, input: HouseMove) {
    this.core.assert(actor, PEOPLE.manage);
    const before = await this.visiblePerson(actor, id);
    if (before.departed === 'deceased') throw conflict('PERSON_DECEASED', { name: before.name });
    const house = await findVisibleUnit(this.db, actor.scope, input.houseId);
    if (!house) throw notFound('unit');
    if (house.type !== 'house') throw badRequest('NOT_A_HOUSE', { name: house.name });
    if (house.id === before.house_id) throw badRequest('PERSON_SAME_HOUSE');
    const since = input.since ?? todayInShanghai();
    const day = checkDay(since, before.birth_date, todayInShanghai());
    if (day) throw invalid(actor, [{ field: 'since', code: day }]);
    if (input.headPersonId && input.headPersonId !== id) {
      const head = await repo.findVisible(this.db, actor.scope, input.headPersonId);
      if (!head || !(await repo.livesOrTiedAt(this.db, input.headPersonId, house.id))) throw badRequest('HEAD_NOT_IN_HOUSE');
    }
    return this.core.mutate(actor, async (w) => {
      if (before.house_id) {
        await repo.endTies(w.db, id, before.house_id, since, true);
        await repo.leaveHouseholds(w.db, id, before.house_id);
      }
      await repo.ensureHouseInfo(w.db, { house_id: house.id, district_id: house.district_id, unit_path: house.path });
      await repo.tieToHouse(w.db, {
        district_id: house.district_id,
        person_id: id,
        house_id: house.id,
        relation: input.relation,
        since,
        unit_path: house.path,
      });
      const household = await repo.joinHousehold(w.db, {
        districtId: house.district_id,
        houseId: house.id,
        unitPath: house.path,
        personId: id,
        headPersonId: input.headPersonId && input.headPersonId !== id ? input.headPersonId : null,
        relationToHead: input.headPersonId && input.headPersonId !== id ? input.relationToHead?.trim() || null : '户主',
        since,
      });
      await repo.updatePerson(w.db, id, { house_id: house.id, unit_path: house.path, departed: null, departed_on: null, moved_to: null });
      await this.recompute(w.db, house.district_id, [...new Set([house.id, ...(before.house_id ? [before.house_id] : [])])]);
      await w.audit({
        action: 'people.person.move',
        targetType: 'person',
        targetId: id,
        unitPath: house.path,
        districtId: house.district_id,
        summary: {
          before: { houseId: before.house_id, departed: before.departed },
          after: { houseId: house.id, relation: input.relation, since, householdId: household.id },
        },
      });
      w.emit('people.person.updated', { personId: id, houseId: house.id, fromHouseId: before.house_id }, house.district_id);
      return { id, houseId: house.id };
    });
  }

  /** Names the person head of a household they belong to; the former head stays a member. */
  async makeHead(actor: Actor, id: number, householdId: number) {
    this.core.assert(actor, PEOPLE.manage);
    const person = await this.visiblePerson(actor, id);
    const household = await repo.householdOfMember(this.db, householdId, id);
    // A household the person is not in reads as not found: the id says nothing about households elsewhere.
    if (!household) throw notFound('household');
    if (household.head_person_id === id) return { householdId, changed: false };
    return this.core.mutate(actor, async (w) => {
      await repo.setHead(w.db, householdId, id, household.head_person_id);
      await w.audit({
        action: 'people.household.head',
        targetType: 'person',
        targetId: id,
        unitPath: household.unit_path,
        districtId: person.district_id,
        summary: { householdId, before: { headPersonId: household.head_person_id }, after: { headPersonId: id } },
      });
      return { householdId, changed: true };
    });
  }

  private async visiblePerson(actor: Actor, id: number) {
    const person = await repo.findVisible(this.db, actor.scope, id);
    if (!person) throw notFound('person');
    return person;
  }

  private async recompute(db: Core['db'], districtId: number, houseIds: number[]) {
    const catalog = await loadTagCatalog(db, districtId);
    const changed = await recomputeRuleTags(db, districtId, catalog.rules, todayInShanghai(), houseIds);
    await repo.refreshTagArrays(db, changed);
  }
}

/** PERSON_INVALID with each problem naming its field, as a registration's refusal does. */
function invalid(actor: Actor, problems: ChangeProblem[]) {
  const summary = problems
    .map(
      (p) =>
        `${localize(FIELD_LABEL[p.field] ?? { zh: p.field, en: p.field }, actor.locale)}：${localize(PROBLEM_LABEL[p.code] ?? { zh: p.code, en: p.code }, actor.locale)}`,
    )
    .join('；');
  return new AppError('PERSON_INVALID', 400, { summary }, { problems });
}
