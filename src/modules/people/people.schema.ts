import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from '../../platform/db/schema.js';
import type { BindingStatus } from './binding.rules.js';
import type { RowError } from './import/import.validator.js';

export interface PeopleTables {
  person: {
    id: Generated<number>;
    district_id: number;
    name: string;
    name_pinyin: string;
    name_initials: string;
    doc_type: string;
    doc_hash: string;
    doc_enc: string;
    doc_masked: string;
    doc_last4: string;
    gender: string | null;
    birth_date: string | null;
    ethnicity: string | null;
    nationality: string | null;
    phone_hash: string | null;
    phone_enc: string | null;
    phone_masked: string | null;
    phone_last4: string | null;
    residence: string;
    /** The house the person lives in (or is registered at, for 人户分离): their place in the territory. */
    house_id: number | null;
    unit_path: string | null;
    /** Active tag codes, kept with person_tag, so tag queries are one indexed column. */
    tags: Generated<string[]>;
    /** The resident account bound to this person after the committee verified it (实名认证). */
    user_id: Generated<number | null>;
    /** 'moved_out' or 'deceased': no longer living here; the record stays with the committee that kept it. */
    departed: Generated<'moved_out' | 'deceased' | null>;
    /** YYYY-MM-DD the person moved away or died. */
    departed_on: Generated<string | null>;
    /** Where a person who moved away went, as the committee was told. */
    moved_to: Generated<string | null>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  resident_binding: {
    id: Generated<number>;
    district_id: number;
    user_id: number;
    /** Null when the name and number matched no resident: kept, answered and lapsing like the others. */
    person_id: number | null;
    house_id: number | null;
    unit_path: string | null;
    status: Generated<BindingStatus>;
    note: string | null;
    created_at: Generated<Date>;
    decided_by: number | null;
    decided_at: Date | null;
    /** A waiting request lapses then (read as expired). */
    expires_at: Date | null;
  };
  /** People per committee and tag, kept by triggers on person (see migration 0004). */
  person_tag_count: {
    district_id: number;
    committee_path: string;
    tag_code: string;
    n: number;
  };
  person_tag: {
    id: Generated<number>;
    district_id: number;
    person_id: number;
    tag_code: string;
    source: 'rule' | 'manual' | 'import';
    source_ref: string | null;
    start_date: string;
    end_date: string | null;
    created_at: Generated<Date>;
  };
  person_house: {
    id: Generated<number>;
    district_id: number;
    person_id: number;
    house_id: number;
    relation: string;
    since: string | null;
    until: string | null;
    unit_path: string;
  };
  household: {
    id: Generated<number>;
    district_id: number;
    house_id: number;
    head_person_id: number | null;
    unit_path: string;
    created_at: Generated<Date>;
    dissolved_at: Date | null;
  };
  household_member: {
    household_id: number;
    person_id: number;
    relation_to_head: string | null;
    since: string | null;
  };
  house_info: {
    house_id: number;
    district_id: number;
    unit_path: string;
    use: Generated<string>;
    area_m2: string | null;
    ownership: string | null;
    last_visited_at: Date | null;
    updated_at: Generated<Date>;
  };
  unit_tag: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    unit_path: string;
    tag_code: string;
    source: 'rule' | 'manual' | 'import';
    start_date: string;
    end_date: string | null;
  };
  visit: {
    id: Generated<number>;
    district_id: number;
    /** Made by the phone when the visit is written, offline or not: a retried sync finds the visit it already made. */
    client_id: string;
    house_id: number;
    household_id: number | null;
    unit_path: string;
    visited_at: Timestamp;
    kind: string;
    findings: string;
    visitor_id: number;
    visitor_name: string;
    created_at: Generated<Date>;
  };
  visit_need: {
    id: Generated<number>;
    visit_id: number;
    district_id: number;
    unit_path: string;
    text: string;
    category: string;
    status: 'open' | 'solved' | 'linked';
    /** Set when the need became an appeal or a topic (by the module that took it up). */
    link_type: string | null;
    link_id: string | null;
  };
}

export interface ImportJobTable {
  import_job: {
    id: Generated<number>;
    district_id: number;
    user_id: number;
    user_name: string;
    position_id: number | null;
    file_name: string;
    file_path: string;
    format: 'csv' | 'xlsx';
    dry_run: boolean;
    status: Generated<'queued' | 'running' | 'done' | 'failed'>;
    total_rows: Generated<number>;
    ok_rows: Generated<number>;
    error_rows: Generated<number>;
    inserted: Generated<number>;
    updated: Generated<number>;
    unchanged: Generated<number>;
    created_units: Generated<number>;
    errors: ColumnType<RowError[], string | undefined, string>;
    failure: Json<{ zh: string; en: string }> | null;
    created_at: Generated<Date>;
    started_at: Date | null;
    finished_at: Date | null;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends ImportJobTable {}
}

declare module '../../platform/db/schema.js' {
  interface Database extends PeopleTables {}
}
