import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { containsPath } from '../../platform/scope.js';
import { todayInShanghai } from '../../platform/time.js';
import { draftShownTo } from '../../platform/catalog.js';
import { findVisibleUnit, pathsOfVisibleGrid, unitPathsByName, visibleUnitPath } from '../org/index.js';
import * as repo from './person.repository.js';
import { recomputeRuleTags } from './tag.repository.js';
import { loadTagCatalog, type TagCatalog } from './tag.catalog.js';
import { checkPerson } from './person.rules.js';
import { personColumns } from './person.columns.js';
import { addresses } from './person.view.js';
import { PEOPLE } from './people.policy.js';
import { FIELD_LABEL, PROBLEM_LABEL } from './people.messages.js';
import type { HouseRelation, PersonRecord } from './people.types.js';

export interface PersonInput extends PersonRecord {
  houseId: number;
  relation: HouseRelation;
  since?: string | null;
  /** Join the household of this head (in the same house); none: the person heads a new household. */
  headPersonId?: number | null;
  relationToHead?: string | null;
}

export class PersonService {
  constructor(private readonly core: Core) {}

  private get db() {
    return this.core.db;
  }

  /** Tags the actor may not see: filtered out of every answer and every filter. */
  async hiddenTags(actor: Actor, catalog?: TagCatalog) {
    if (this.core.can(actor, PEOPLE.sensitiveTags)) return new Set<string>();
    const c = catalog ?? (await loadTagCatalog(this.db, actor.scope.districtId ?? 0));
    return new Set(c.sensitiveCodes);
  }

  async list(actor: Actor, q: Omit<repo.PersonQuery, 'today' | 'hiddenTags'> & { unitId?: number; gridId?: number }) {
    this.core.assert(actor, PEOPLE.read);
    let within = q.within;
    if (q.gridId) {
      const paths = await pathsOfVisibleGrid(this.db, actor.scope, q.gridId);
      if (!paths) throw notFound('grid');
      within = paths;
    }
    if (q.unitId) {
      const path = await visibleUnitPath(this.db, actor.scope, q.unitId);
      if (!path) throw notFound('unit');
      within = [path];
    }
    const catalog = await this.catalog(actor.scope.districtId);
    const hidden = await this.hiddenTags(actor, catalog);
    // Filtering by a tag one may not see would reveal who carries it.
    if (q.tags?.some((t) => hidden.has(t))) throw notFound('tag');
    // Text that is not digits or pinyin may be a name or an address: "锦绣苑" finds the compound's residents.
    const text = q.q?.trim();
    const addressPaths = text && !/^[\dXx]{4}$/.test(text) && !/^[a-z]+$/i.test(text) ? await unitPathsByName(this.db, actor.scope, text) : undefined;
    const r = await repo.list(this.db, actor.scope, { ...q, within, addressPaths, today: todayInShanghai() });
    return { ...r, hidden, catalog };
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, PEOPLE.read);
    const person = await repo.findVisible(this.db, actor.scope, id);
    if (!person) throw notFound('person');
    const catalog = await this.catalog(person.district_id);
    const hidden = await this.hiddenTags(actor, catalog);
    const [houses, tags, households] = await Promise.all([repo.housesOf(this.db, id), repo.activeTags(this.db, id), repo.householdsOf(this.db, id)]);
    const addr = await addresses(this.db, [...houses.map((h) => h.house_id), ...(person.house_id ? [person.house_id] : [])]);
    return { person, houses, tags: tags.filter((t) => !hidden.has(t.tag_code)), households, hidden, catalog, addresses: addr };
  }

  /** The district's tag catalog as the caller may see it: tags they may not see are in hidden. */
  async tagCatalog(actor: Actor) {
    this.core.assert(actor, PEOPLE.read);
    const catalog = await this.catalog(actor.scope.districtId);
    return { catalog: { ...catalog, draft: draftShownTo(this.core, actor, catalog.draft) }, hidden: await this.hiddenTags(actor, catalog) };
  }

  private catalog(districtId: number | null) {
    return loadTagCatalog(this.db, districtId ?? 0);
  }

  async create(actor: Actor, input: PersonInput) {
    this.core.assert(actor, PEOPLE.manage);
    const person = this.valid(actor, input);
    const house = await this.house(actor, input.houseId);
    await this.checkHead(actor, house.id, input.headPersonId);
    const docHash = this.core.crypto.lookupHash(person.docNumber);
    return this.core.mutate(actor, async (w) => {
      const existing = await repo.findByDocHash(w.db, house.district_id, docHash);
      if (existing) throw taken(actor, existing);
      const row = await repo.insertPerson(w.db, { district_id: house.district_id, ...personColumns(this.core.crypto, person, house) });
      await this.tie(w.db, row.id, house, input);
      await this.recompute(w.db, house.district_id, [house.id]);
      await w.audit({
        action: 'people.person.create',
        targetType: 'person',
        targetId: row.id,
        unitPath: house.path,
        districtId: house.district_id,
        summary: { after: { name: row.name, doc: row.doc_masked, houseId: house.id, relation: input.relation, residence: row.residence } },
      });
      w.emit('people.person.created', { personId: row.id, houseId: house.id }, house.district_id);
      return row;
    });
  }

  async update(actor: Actor, id: number, input: PersonInput) {
    this.core.assert(actor, PEOPLE.manage);
    const before = await repo.findVisible(this.db, actor.scope, id);
    if (!before) throw notFound('person');
    const person = this.valid(actor, input);
    const house = await this.house(actor, input.houseId);
    await this.checkHead(actor, house.id, input.headPersonId, id);
    const docHash = this.core.crypto.lookupHash(person.docNumber);
    return this.core.mutate(actor, async (w) => {
      const other = await repo.findByDocHash(w.db, before.district_id, docHash);
      if (other && other.id !== id) throw taken(actor, other);
      const row = await repo.updatePerson(w.db, id, personColumns(this.core.crypto, person, house));
      await this.tie(w.db, id, house, input);
      await this.recompute(w.db, house.district_id, [...new Set([house.id, before.house_id ?? house.id])]);
      const changed = (['name', 'doc_masked', 'phone_masked', 'residence', 'house_id', 'birth_date', 'gender'] as const).filter((k) => before[k] !== row[k]);
      await w.audit({
        action: 'people.person.update',
        targetType: 'person',
        targetId: id,
        unitPath: house.path,
        districtId: house.district_id,
        summary: { before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, row[k]])) },
      });
      w.emit('people.person.updated', { personId: id, houseId: house.id, fromHouseId: before.house_id }, house.district_id);
      return row;
    });
  }

  /** The full document number or phone, for someone entitled who says why; the read is audited first. */
  async reveal(actor: Actor, id: number, field: 'docNumber' | 'phone', purpose: string) {
    this.core.assert(actor, PEOPLE.reveal);
    const person = await repo.findVisible(this.db, actor.scope, id);
    if (!person) throw notFound('person');
    const stored = field === 'docNumber' ? person.doc_enc : person.phone_enc;
    if (!stored) throw badRequest('REVEAL_FIELD_EMPTY');
    await this.core.recordSensitiveRead(actor, {
      action: 'people.person.reveal',
      targetType: 'person',
      targetId: id,
      unitPath: person.unit_path,
      districtId: person.district_id,
      summary: { field },
      purpose,
    });
    return this.core.crypto.decrypt(stored);
  }

  async setTag(actor: Actor, id: number, code: string, on: boolean, dates: { start?: string | null; end?: string | null } = {}) {
    this.core.assert(actor, PEOPLE.manage);
    const person = await repo.findVisible(this.db, actor.scope, id);
    if (!person) throw notFound('person');
    const catalog = await loadTagCatalog(this.db, person.district_id);
    const tag = catalog.byCode.get(code);
    const hidden = await this.hiddenTags(actor, catalog);
    if (tag?.target !== 'person' || hidden.has(code)) throw badRequest('TAG_UNKNOWN', { code });
    if (tag.rule) throw badRequest('TAG_RULE_ONLY', { name: localize(tag.name, actor.locale) });
    const today = todayInShanghai();
    return this.core.mutate(actor, async (w) => {
      const changed = on
        ? await repo.addTag(w.db, {
            district_id: person.district_id,
            person_id: id,
            tag_code: code,
            source: 'manual',
            source_ref: `user:${actor.userId}`,
            start_date: dates.start ?? today,
            end_date: dates.end ?? null,
          })
        : !!(await repo.endTag(w.db, id, code, dates.end ?? today));
      if (changed) {
        await repo.refreshTagArrays(w.db, [id]);
        await w.audit({
          action: on ? 'people.tag.add' : 'people.tag.end',
          targetType: 'person',
          targetId: id,
          unitPath: person.unit_path,
          districtId: person.district_id,
          summary: { tag: code },
        });
      }
      return changed;
    });
  }

  private valid(actor: Actor, input: PersonInput): PersonRecord {
    const r = checkPerson(input);
    if (r.ok) return r.person;
    const summary = r.problems
      .map(
        (p) =>
          `${localize(FIELD_LABEL[p.field] ?? { zh: p.field, en: p.field }, actor.locale)}：${localize(PROBLEM_LABEL[p.code] ?? { zh: p.code, en: p.code }, actor.locale)}`,
      )
      .join('；');
    throw new AppError('PERSON_INVALID', 400, { summary }, { problems: r.problems });
  }

  private async house(actor: Actor, houseId: number) {
    const house = await findVisibleUnit(this.db, actor.scope, houseId);
    if (!house) throw notFound('unit');
    if (house.type !== 'house') throw badRequest('NOT_A_HOUSE', { name: house.name });
    return house;
  }

  /**
   * A head named for the household must be someone the caller may see who lives at (or is tied to) the same
   * house: a household cannot be hung on a stranger, nor on a person of another committee.
   */
  private async checkHead(actor: Actor, houseId: number, headPersonId: number | null | undefined, selfId?: number) {
    if (!headPersonId || headPersonId === selfId) return;
    const head = await repo.findVisible(this.db, actor.scope, headPersonId);
    if (!head || !(await repo.livesOrTiedAt(this.db, headPersonId, houseId))) throw badRequest('HEAD_NOT_IN_HOUSE');
  }

  private async tie(db: Core['db'], personId: number, house: { id: number; district_id: number; path: string }, input: PersonInput) {
    await repo.ensureHouseInfo(db, { house_id: house.id, district_id: house.district_id, unit_path: house.path });
    await repo.tieToHouse(db, {
      district_id: house.district_id,
      person_id: personId,
      house_id: house.id,
      relation: input.relation,
      since: input.since ?? null,
      unit_path: house.path,
    });
    await repo.joinHousehold(db, {
      districtId: house.district_id,
      houseId: house.id,
      unitPath: house.path,
      personId,
      headPersonId: input.headPersonId ?? null,
      relationToHead: input.relationToHead ?? (input.headPersonId ? null : '户主'),
      since: input.since ?? null,
    });
  }

  private async recompute(db: Core['db'], districtId: number, houseIds: number[]) {
    const catalog = await loadTagCatalog(db, districtId);
    const changed = await recomputeRuleTags(db, districtId, catalog.rules, todayInShanghai(), houseIds);
    await repo.refreshTagArrays(db, changed);
  }
}

/**
 * The answer when a document number is taken: the name of a person the caller may see, so they can open the
 * record; for anyone beyond their scope, words that say neither who nor where (decision 0012).
 */
function taken(actor: Actor, existing: { name: string; unit_path: string | null }) {
  return containsPath(actor.scope, existing.unit_path) ? conflict('PERSON_EXISTS', { name: existing.name }) : conflict('PERSON_DOC_UNAVAILABLE');
}
