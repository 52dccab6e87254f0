import type { Kysely } from 'kysely';
import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/scope.js';
import { notFound } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { findVisibleUnit, unitNames } from '../org/index.js';
import { ESTATE } from './estate.policy.js';
import { addDays, committeeState, contractStatus, EXPIRY_WARNING_DAYS, serviceState } from './estate.rules.js';
import * as compounds from './compound.repository.js';
import * as contracts from './contract.repository.js';
import * as committees from './committee.repository.js';
import { housingLabels } from './estate.view.js';

/** A live compound the scope reaches, or not found: out of scope, not a compound and missing look the same. */
export async function visibleCompound(db: Kysely<Database>, scope: Scope, id: number) {
  const unit = await findVisibleUnit(db, scope, id);
  if (unit?.type !== 'compound' || unit.retired_at) throw notFound('compound');
  return unit;
}

/** The committee (居委会) each compound sits under, by name. */
export async function committeeNames(db: Kysely<Database>, parentIds: number[]) {
  return new Map((await unitNames(db, [...new Set(parentIds)])).map((u) => [u.id, u.name]));
}

export class CompoundService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, q: Omit<compounds.CompoundQuery, 'today' | 'warnUntil' | 'within'> & { unitId?: number }) {
    this.core.assert(actor, ESTATE.read);
    let within: string | undefined;
    if (q.unitId) {
      const unit = await findVisibleUnit(this.core.db, actor.scope, q.unitId);
      if (!unit) throw notFound('unit');
      within = unit.path;
    }
    const today = todayInShanghai();
    const r = await compounds.listSummaries(this.core.db, actor.scope, { ...q, within, today, warnUntil: addDays(today, EXPIRY_WARNING_DAYS) });
    const [names, labels] = await Promise.all([
      committeeNames(
        this.core.db,
        r.items.map((i) => i.parent_id),
      ),
      housingLabels(
        this.core.db,
        r.items.map((i) => i.district_id),
      ),
    ]);
    return { ...r, committeeNames: names, housingLabels: labels };
  }

  /** One compound's estate card: every contract, the owners' committee with every term and its members. */
  async card(actor: Actor, id: number) {
    this.core.assert(actor, ESTATE.read);
    const compound = await visibleCompound(this.core.db, actor.scope, id);
    const today = todayInShanghai();
    const [allContracts, committee] = await Promise.all([contracts.ofCompound(this.core.db, id), committees.committeeOf(this.core.db, id)]);
    const terms = committee ? await committees.termsOf(this.core.db, committee.id) : [];
    const members = await committees.membersOf(
      this.core.db,
      terms.map((t) => t.id),
    );
    const current = terms.find((t) => t.status === 'current') ?? null;
    return {
      compound,
      housingLabels: await housingLabels(this.core.db, [compound.district_id]),
      committeeName: (await committeeNames(this.core.db, compound.parent_id ? [compound.parent_id] : [])).get(compound.parent_id ?? -1) ?? null,
      contracts: allContracts.map((c) => ({ ...c, status: contractStatus(c, today) })),
      serviceState: serviceState(allContracts, today),
      committee: committee ?? null,
      committeeState: committeeState(current, today),
      terms: terms.map((t) => ({ ...t, members: members.filter((m) => m.term_id === t.id) })),
      today,
    };
  }
}
