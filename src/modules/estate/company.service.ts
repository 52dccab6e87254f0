import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { todayInShanghai } from '../../platform/time.js';
import { unitNames } from '../org/index.js';
import { ESTATE } from './estate.policy.js';
import { CREDIT_CODE_PROBLEM } from './estate.messages.js';
import { checkCreditCode } from './credit-code.js';
import { sealPhone } from './contact.js';
import { contractStatus } from './estate.rules.js';
import * as checks from './estate.checks.js';
import * as repo from './company.repository.js';
import * as contracts from './contract.repository.js';

export interface CompanyInput {
  name: string;
  creditCode: string;
  contactName?: string | null;
  phone?: string | null;
  address?: string | null;
}

/** The district's register of property companies: read by all who read estate data, kept by the district. */
export class CompanyService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, q: { q?: string; page: number; pageSize: number }) {
    this.core.assert(actor, ESTATE.read);
    return repo.list(this.core.db, actor.scope, { q: q.q, today: todayInShanghai(), limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  }

  /** A company and the contracts it holds inside the caller's scope, with their compounds' names. */
  async get(actor: Actor, id: number) {
    this.core.assert(actor, ESTATE.read);
    const company = await repo.findVisible(this.core.db, actor.scope, id);
    if (!company) throw notFound('company');
    const rows = await contracts.ofCompany(this.core.db, actor.scope, id);
    const names = new Map((await unitNames(this.core.db, [...new Set(rows.map((r) => r.compound_id))])).map((u) => [u.id, u.name]));
    const today = todayInShanghai();
    return { company, contracts: rows.map((r) => ({ ...r, compound_name: names.get(r.compound_id) ?? '', status: contractStatus(r, today) })) };
  }

  async create(actor: Actor, input: CompanyInput) {
    this.core.assert(actor, ESTATE.companies);
    const districtId = actor.scope.districtId;
    if (districtId === null) throw notFound('district');
    const row = this.columns(actor, input);
    return this.core.mutate(actor, async (w) => {
      await this.assertCodeFree(w.db, districtId, row.credit_code, null);
      const company = await repo.insert(w.db, { district_id: districtId, ...row, ...sealPhone(this.core.crypto, input.phone) });
      await w.audit({
        action: 'estate.company.create',
        targetType: 'property_company',
        targetId: company.id,
        districtId,
        summary: { after: this.summary(company) },
      });
      return company;
    });
  }

  async update(actor: Actor, id: number, input: CompanyInput) {
    this.core.assert(actor, ESTATE.companies);
    const row = this.columns(actor, input);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findVisible(w.db, actor.scope, id);
      if (!before) throw notFound('company');
      await this.assertCodeFree(w.db, before.district_id, row.credit_code, id);
      // A phone left out keeps the stored one: the edit form never holds the clear number to send back.
      const phone = input.phone === undefined ? {} : sealPhone(this.core.crypto, input.phone);
      const after = await repo.update(w.db, id, { ...row, ...phone });
      await w.audit({
        action: 'estate.company.update',
        targetType: 'property_company',
        targetId: id,
        districtId: before.district_id,
        summary: { before: this.summary(before), after: this.summary(after) },
      });
      return after;
    });
  }

  /** Only a company entered by mistake goes: one that has held a contract stays in the register as history. */
  async remove(actor: Actor, id: number) {
    this.core.assert(actor, ESTATE.companies);
    return this.core.mutate(actor, async (w) => {
      const company = await repo.findVisible(w.db, actor.scope, id);
      if (!company) throw notFound('company');
      const count = await repo.contractCount(w.db, id);
      if (count > 0) throw conflict('COMPANY_IN_USE', { name: company.name, count });
      await repo.remove(w.db, id);
      await w.audit({
        action: 'estate.company.delete',
        targetType: 'property_company',
        targetId: id,
        districtId: company.district_id,
        summary: { before: this.summary(company) },
      });
    });
  }

  async reveal(actor: Actor, id: number, purpose: string) {
    this.core.assert(actor, ESTATE.reveal);
    const company = await repo.findVisible(this.core.db, actor.scope, id);
    if (!company) throw notFound('company');
    if (!company.phone_enc) throw notFound('phone');
    await this.core.recordSensitiveRead(actor, {
      action: 'estate.company.reveal',
      targetType: 'property_company',
      targetId: id,
      districtId: company.district_id,
      summary: { field: 'phone', name: company.name },
      purpose,
    });
    return this.core.crypto.decrypt(company.phone_enc);
  }

  private columns(actor: Actor, input: CompanyInput) {
    const code = checkCreditCode(input.creditCode);
    if (!code.ok) throw badRequest('CREDIT_CODE_INVALID', { code: code.code, reason: localize(CREDIT_CODE_PROBLEM[code.problem]!, actor.locale) });
    return {
      name: checks.name(input.name),
      credit_code: code.code,
      contact_name: checks.text(input.contactName),
      address: checks.text(input.address),
    };
  }

  private async assertCodeFree(db: Core['db'], districtId: number, code: string, exceptId: number | null) {
    const other = await repo.findByCode(db, districtId, code);
    if (other && other.id !== exceptId) throw conflict('COMPANY_CODE_TAKEN', { code, name: other.name });
  }

  private summary(c: repo.CompanyRow) {
    return { name: c.name, creditCode: c.credit_code, contactName: c.contact_name, phone: c.phone_masked, address: c.address };
  }
}
