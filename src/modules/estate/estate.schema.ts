import type { Generated } from 'kysely';

export type CommitteeRole = 'director' | 'deputy' | 'member';

/**
 * Owners' committees and property companies. Every row that belongs to a compound carries the compound's
 * territory path (unit_path), so scope is one prefix match, as everywhere else.
 */
export interface EstateTables {
  /** The district's register of property companies (物业服务企业). */
  property_company: {
    id: Generated<number>;
    district_id: number;
    name: string;
    /** 统一社会信用代码, normalised (upper case, no spaces). */
    credit_code: string;
    contact_name: string | null;
    phone_enc: string | null;
    phone_masked: string | null;
    address: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  /** A property service contract between a compound and a company; its status follows from its dates. */
  property_contract: {
    id: Generated<number>;
    district_id: number;
    compound_id: number;
    unit_path: string;
    company_id: number;
    start_date: string;
    end_date: string;
    service_scope: string | null;
    /** Service fee in fen per m² of floor area per month (money is integer fen). */
    fee_fen_per_m2: number | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  /** A compound's owners' committee (业主委员会); its members sit in terms. */
  owners_committee: {
    id: Generated<number>;
    district_id: number;
    compound_id: number;
    unit_path: string;
    name: string;
    created_at: Generated<Date>;
  };
  owners_committee_term: {
    id: Generated<number>;
    district_id: number;
    committee_id: number;
    compound_id: number;
    unit_path: string;
    term_number: number;
    start_date: string;
    end_date: string;
    election_date: string | null;
    /** The vote that elected this term, once the self-governance votes exist to point at. */
    election_ref: string | null;
    status: 'current' | 'ended';
    /** The day the term actually ended (the day before its successor started). */
    ended_on: string | null;
    created_at: Generated<Date>;
  };
  owners_committee_member: {
    id: Generated<number>;
    district_id: number;
    term_id: number;
    unit_path: string;
    name: string;
    role: CommitteeRole;
    /** The resident record of this owner, when the committee has linked it. */
    person_id: number | null;
    phone_enc: string | null;
    phone_masked: string | null;
    since: string;
    until: string | null;
    created_at: Generated<Date>;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends EstateTables {}
}
