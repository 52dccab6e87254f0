import type { Generated, ColumnType } from 'kysely';

/**
 * The typed database. The platform declares its own tables here; each module adds its tables by augmenting
 * this interface from its own schema file (`declare module '…/platform/db/schema.js'`), so the core never
 * imports a module and a module never needs to edit the core.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database extends PlatformTables {}

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Where a catalog's content came from: its district's profile, or an edit by the district's administrator. */
export type CatalogOrigin = 'profile' | 'edit';
export type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface PlatformTables {
  linli_migration: { module: string; name: string; executed_at: Generated<Date> };
  district: {
    id: Generated<number>;
    code: string;
    name: string;
    profile: string;
    created_at: Generated<Date>;
  };
  app_user: {
    id: Generated<number>;
    district_id: number | null;
    username: string;
    display_name: string;
    password_hash: string;
    must_change_password: boolean;
    is_demo: boolean;
    active: Generated<boolean>;
    password_changed_at: Generated<Date>;
    locale: Generated<string>;
    created_at: Generated<Date>;
  };
  position: {
    id: Generated<number>;
    district_id: number | null;
    user_id: number;
    role: string;
    unit_id: number | null;
    department_id: number | null;
    grid_id: number | null;
    started_at: Generated<Date>;
    ended_at: Date | null;
  };
  scope_grant: {
    id: Generated<number>;
    position_id: number;
    unit_id: number;
    reason: string;
    granted_at: Generated<Date>;
  };
  user_phone: {
    user_id: number;
    phone_hash: string;
    phone_enc: string;
    phone_masked: string;
    created_at: Generated<Date>;
  };
  user_session: {
    id: string;
    user_id: number;
    position_id: number | null;
    csrf_token: string;
    created_at: Generated<Date>;
    last_seen_at: Date;
    ended_at: Date | null;
    ip: string | null;
    user_agent: string | null;
    /** How the login showed its second factor ('totp', 'recovery', 'idp'), or null (0010_second_factor). */
    second_factor: Generated<string | null>;
  };
  audit_event: {
    seq: number;
    district_id: number | null;
    at: Timestamp;
    actor_id: number | null;
    actor_name: string | null;
    position_id: number | null;
    role: string | null;
    action: string;
    target_type: string;
    target_id: string | null;
    unit_path: string | null;
    summary: Json<Record<string, unknown>>;
    purpose: string | null;
    request_id: string | null;
    prev_hash: string;
    hash: string;
    /** How `hash` was made: 'sha256' (the unkeyed chain before 0008_audit_keyed), 'hmac-sha256' or 'hmac-sm3'. */
    alg: string;
  };
  job_lock: { name: string; locked_until: Date; holder: string };
  /** Failed logins by (lower-cased name as typed, client source); see decision 0013. */
  login_failure: {
    username: string;
    source: string;
    failures: number;
    first_failed_at: Date;
    last_failed_at: Date;
    locked_until: Date | null;
  };
  api_token: {
    id: Generated<number>;
    position_id: number;
    name: string;
    token_hash: string;
    permissions: string[];
    created_by: number;
    created_at: Generated<Date>;
    expires_at: Date;
    revoked_at: Date | null;
    last_used_at: Date | null;
  };
  notification: {
    id: Generated<number>;
    district_id: number | null;
    user_id: number;
    kind: string;
    /** The text as given: Chinese when a zh/en pair was given. */
    title: string;
    /** The English of a pair; null when one text was given for both languages. */
    title_en: string | null;
    body: Generated<string>;
    body_en: string | null;
    link: string | null;
    data: Json<Record<string, unknown>>;
    created_at: Generated<Date>;
    read_at: Date | null;
  };
  catalog: {
    id: Generated<number>;
    district_id: number;
    name: string;
    draft: boolean;
    source: string | null;
    entries: Json<unknown[]>;
    extra: Json<Record<string, unknown>>;
    updated_at: Generated<Date>;
    version: Generated<number>;
    origin: Generated<CatalogOrigin>;
    profile_digest: string | null;
  };
  catalog_version: {
    district_id: number;
    name: string;
    version: number;
    origin: CatalogOrigin;
    profile_digest: string | null;
    draft: boolean;
    source: string | null;
    entries: Json<unknown[]>;
    extra: Json<Record<string, unknown>>;
    author_id: number | null;
    note: string | null;
    created_at: Generated<Date>;
  };
}
