import type { Label } from '../../app/api/types';

/** Shapes of the estate API (server module `estate`). Dates are days, 'YYYY-MM-DD'. */

export const SERVICE_STATES = ['active', 'expiring', 'expired', 'upcoming', 'none'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];
export const COMMITTEE_STATES = ['current', 'expired', 'none'] as const;
export type CommitteeState = (typeof COMMITTEE_STATES)[number];
export const LIST_STATES = ['attention', 'contractExpiring', 'contractExpired', 'noContract', 'termExpired', 'noOwnersCommittee'] as const;
export type ListState = (typeof LIST_STATES)[number];
export const LIST_SORTS = ['name', 'contractEnd', 'termEnd'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const ROLES = ['director', 'deputy', 'member'] as const;
export type CommitteeRole = (typeof ROLES)[number];
export type ContractStatus = 'active' | 'expired' | 'upcoming';
export type TermStatus = 'current' | 'expired' | 'ended';

export interface Ref {
  id: number;
  name: string;
}

export interface Flags {
  contractExpiring: boolean;
  termExpired: boolean;
  noOwnersCommittee: boolean;
}

export interface HousingType {
  code: string;
  name: Label;
}

export interface CompoundSummary {
  id: number;
  name: string;
  code: string | null;
  committee: Ref | null;
  housingType: HousingType | null;
  company: Ref | null;
  contractId: number | null;
  contractStart: string | null;
  contractEnd: string | null;
  lapsedOn: string | null;
  serviceState: ServiceState;
  ownersCommittee: { id: number; termId: number | null; termNumber: number | null; termEnd: string | null } | null;
  ownersCommitteeState: CommitteeState;
  flags: Flags;
}

export interface CompanyRef {
  id: number;
  name: string;
  creditCode: string;
  contactName: string | null;
  phoneMasked: string | null;
}

export interface Contract {
  id: number;
  compoundId: number;
  company: CompanyRef;
  startDate: string;
  endDate: string;
  serviceScope: string | null;
  feeFenPerM2: number | null;
  status: ContractStatus;
}

export interface Member {
  id: number;
  name: string;
  role: CommitteeRole;
  roleLabel: Label;
  personId: number | null;
  phoneMasked: string | null;
  since: string;
  until: string | null;
  inOffice: boolean;
}

export interface Term {
  id: number;
  termNumber: number;
  startDate: string;
  endDate: string;
  electionDate: string | null;
  electionRef: string | null;
  status: TermStatus;
  endedOn: string | null;
  members: Member[];
}

export interface CompoundCard {
  compound: { id: number; name: string; code: string | null; housingType: HousingType | null; committee: Ref | null };
  serviceState: ServiceState;
  ownersCommitteeState: CommitteeState;
  flags: Flags;
  contracts: Contract[];
  ownersCommittee: Ref | null;
  terms: Term[];
  can: { manage: boolean; reveal: boolean };
}

export interface Company {
  id: number;
  name: string;
  creditCode: string;
  contactName: string | null;
  phoneMasked: string | null;
  address: string | null;
}

export interface CompanyListItem extends Company {
  serving: number;
}

export interface CompanyDetail extends Company {
  contracts: Array<{ id: number; compoundId: number; compoundName: string; startDate: string; endDate: string; serviceScope: string | null; feeFenPerM2: number | null; status: ContractStatus }>;
  can: { manage: boolean; reveal: boolean };
}
