import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Label } from '../../platform/i18n.js';
import { getCatalog } from '../../platform/catalog.js';
import type { CompoundSummaryRow } from './compound.repository.js';
import type { CompanyRow } from './company.repository.js';
import type { MemberRow, TermRow } from './committee.repository.js';
import { flagsOf, ROLE_LABEL, type ContractStatus } from './estate.rules.js';

/** What readers see of estate records: masked phones only, dates as days, states spelled out. */

/** Housing type names of each district's catalog, to label compounds. */
export async function housingLabels(db: Kysely<Database>, districtIds: number[]) {
  const out = new Map<number, Map<string, Label>>();
  for (const id of new Set(districtIds)) {
    const entries = ((await getCatalog(db, id, 'housing-types'))?.entries ?? []) as Array<{ code: string; name: Label }>;
    out.set(id, new Map(entries.map((e) => [e.code, e.name])));
  }
  return out;
}

export const housingType = (labels: Map<number, Map<string, Label>>, districtId: number, code: string | null) =>
  code ? { code, name: labels.get(districtId)?.get(code) ?? { zh: code, en: code } } : null;

export function summaryView(r: CompoundSummaryRow, committees: Map<number, string>, labels: Map<number, Map<string, Label>>) {
  return {
    id: r.id,
    name: r.name,
    code: r.code,
    committee: committees.has(r.parent_id) ? { id: r.parent_id, name: committees.get(r.parent_id)! } : null,
    housingType: housingType(labels, r.district_id, r.housing_type),
    company: r.company_id !== null ? { id: r.company_id, name: r.company_name ?? '' } : null,
    contractId: r.contract_id,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    lapsedOn: r.service_state === 'expired' ? r.lapsed_on : null,
    serviceState: r.service_state,
    ownersCommittee: r.committee_id !== null ? { id: r.committee_id, termId: r.term_id, termNumber: r.term_number, termEnd: r.term_end } : null,
    ownersCommitteeState: r.committee_state,
    flags: flagsOf(r.service_state, r.committee_state),
  };
}

export function contractView(c: {
  id: number;
  compound_id: number;
  company_id: number;
  company_name: string;
  credit_code: string;
  contact_name: string | null;
  phone_masked: string | null;
  start_date: string;
  end_date: string;
  service_scope: string | null;
  fee_fen_per_m2: number | null;
  status: ContractStatus;
}) {
  return {
    id: c.id,
    compoundId: c.compound_id,
    company: { id: c.company_id, name: c.company_name, creditCode: c.credit_code, contactName: c.contact_name, phoneMasked: c.phone_masked },
    startDate: c.start_date,
    endDate: c.end_date,
    serviceScope: c.service_scope,
    feeFenPerM2: c.fee_fen_per_m2,
    status: c.status,
  };
}

export function memberView(m: MemberRow, today: string) {
  return {
    id: m.id,
    name: m.name,
    role: m.role,
    roleLabel: ROLE_LABEL[m.role],
    personId: m.person_id,
    phoneMasked: m.phone_masked,
    since: m.since,
    until: m.until,
    inOffice: m.since <= today && (m.until === null || m.until >= today),
  };
}

export function termView(t: TermRow & { members: MemberRow[] }, today: string) {
  return {
    id: t.id,
    termNumber: t.term_number,
    startDate: t.start_date,
    endDate: t.end_date,
    electionDate: t.election_date,
    electionRef: t.election_ref,
    // A current term past its end is shown as expired: the committee is due for re-election.
    status: t.status === 'current' && t.end_date < today ? ('expired' as const) : t.status,
    endedOn: t.ended_on,
    members: t.members.map((m) => memberView(m, today)),
  };
}

export function companyView(c: CompanyRow) {
  return { id: c.id, name: c.name, creditCode: c.credit_code, contactName: c.contact_name, phoneMasked: c.phone_masked, address: c.address };
}
