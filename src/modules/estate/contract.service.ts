import type { Core, Work } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { conflict, notFound } from '../../platform/errors.js';
import { ESTATE } from './estate.policy.js';
import * as checks from './estate.checks.js';
import * as repo from './contract.repository.js';
import * as companies from './company.repository.js';
import { visibleCompound } from './compound.service.js';

export interface ContractInput {
  companyId: number;
  startDate: string;
  endDate: string;
  serviceScope?: string | null;
  feeFenPerM2?: number | null;
}

/**
 * Property service contracts of compounds. A compound has one contract at a time: no two of its contracts may
 * share a day, so "the contract in force today" is always one or none and its status follows from its dates.
 */
export class ContractService {
  constructor(private readonly core: Core) {}

  async create(actor: Actor, compoundId: number, input: ContractInput) {
    this.core.assert(actor, ESTATE.manage);
    return this.core.mutate(actor, async (w) => {
      const compound = await visibleCompound(w.db, actor.scope, compoundId);
      const row = await this.columns(w, input, compound.district_id);
      await repo.lockCompound(w.db, compound.id);
      await this.assertFree(w, compound.id, compound.name, row, null);
      const contract = await repo.insert(w.db, { district_id: compound.district_id, compound_id: compound.id, unit_path: compound.path, ...row });
      await w.audit({
        action: 'estate.contract.create',
        targetType: 'property_contract',
        targetId: contract.id,
        unitPath: compound.path,
        districtId: compound.district_id,
        summary: { after: summary(contract) },
      });
      w.emit(
        'estate.property_contract.created',
        { contractId: contract.id, compoundId: compound.id, companyId: contract.company_id, startDate: contract.start_date, endDate: contract.end_date },
        compound.district_id,
      );
      return contract;
    });
  }

  async update(actor: Actor, id: number, input: ContractInput) {
    this.core.assert(actor, ESTATE.manage);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findVisible(w.db, actor.scope, id);
      if (!before) throw notFound('contract');
      const compound = await visibleCompound(w.db, actor.scope, before.compound_id);
      const row = await this.columns(w, input, compound.district_id);
      await repo.lockCompound(w.db, compound.id);
      await this.assertFree(w, compound.id, compound.name, row, id);
      const after = await repo.update(w.db, id, row);
      await w.audit({
        action: 'estate.contract.update',
        targetType: 'property_contract',
        targetId: id,
        unitPath: after.unit_path,
        districtId: after.district_id,
        summary: { before: summary(before), after: summary(after) },
      });
      return after;
    });
  }

  /** For a contract entered by mistake; one that ended early is corrected by its end date instead. */
  async remove(actor: Actor, id: number) {
    this.core.assert(actor, ESTATE.manage);
    return this.core.mutate(actor, async (w) => {
      const contract = await repo.findVisible(w.db, actor.scope, id);
      if (!contract) throw notFound('contract');
      await repo.remove(w.db, id);
      await w.audit({
        action: 'estate.contract.delete',
        targetType: 'property_contract',
        targetId: id,
        unitPath: contract.unit_path,
        districtId: contract.district_id,
        summary: { before: summary(contract) },
      });
    });
  }

  private async columns(w: Work, input: ContractInput, districtId: number) {
    const start = checks.day(input.startDate);
    const end = checks.day(input.endDate);
    checks.inOrder(w.actor, { key: 'start', value: start }, { key: 'end', value: end });
    // The company must be in the compound's own district register.
    const company = await companies.findVisible(w.db, w.actor.scope, input.companyId);
    if (!company || company.district_id !== districtId) throw notFound('company');
    return {
      company_id: company.id,
      start_date: start,
      end_date: end,
      service_scope: checks.text(input.serviceScope),
      fee_fen_per_m2: input.feeFenPerM2 ?? null,
    };
  }

  private async assertFree(w: Work, compoundId: number, compoundName: string, row: { start_date: string; end_date: string }, exceptId: number | null) {
    const other = await repo.firstOverlap(w.db, compoundId, row.start_date, row.end_date, exceptId);
    if (other) {
      throw conflict(
        'CONTRACT_OVERLAP',
        { compound: compoundName, company: other.company_name, start: other.start_date, end: other.end_date },
        { contractId: other.id },
      );
    }
  }
}

const summary = (c: repo.ContractRow) => ({
  companyId: c.company_id,
  startDate: c.start_date,
  endDate: c.end_date,
  serviceScope: c.service_scope,
  feeFenPerM2: c.fee_fen_per_m2,
});
