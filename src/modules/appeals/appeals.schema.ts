import type { Generated } from 'kysely';
import type { Json } from '../../platform/db/schema.js';
import type { Sums } from './indicators/indicator.counters.js';

export type Placement = 'given' | 'boundary' | 'nearest_compound' | 'nearest_committee' | 'desk' | 'unplaced';
export type OrderStatus = 'received' | 'dispatched' | 'accepted' | 'in_progress' | 'suspended' | 'resolved' | 'closed' | 'merged' | 'invalid';
export type Channel = 'photo' | 'desk' | 'visit' | 'patrol' | 'hotline' | 'sensor' | 'survey' | 'meeting' | 'open311' | 'transfer';
export type Discovery = 'active' | 'passive' | 'auto';
export type HandlerKind = 'committee' | 'street' | 'department';
export type Rating = 'satisfied' | 'basic' | 'unsatisfied';
export type SlaLevel = 'green' | 'yellow' | 'red';

/**
 * Appeals and their work orders (诉求/工单). One row per order; its steps are appended to appeal_event, from
 * which the row's status can always be replayed. Location (unit_path) decides who in the territory sees it;
 * the handler (a committee, a street or a department) decides who works on it.
 */
export interface AppealsTables {
  appeal_order: {
    id: Generated<number>;
    district_id: number;
    channel: Channel;
    discovery: Discovery;
    category_code: string;
    category_group: string;
    title: string;
    description: string;
    /** jieba keywords of title and description, for hot topics without re-segmenting a year of text. */
    keywords: string[];
    urgent: boolean;
    unit_id: number | null;
    /** Territory path of where the problem is (the district's root when only a point is known). */
    unit_path: string;
    street_id: number | null;
    committee_id: number | null;
    lat: number | null;
    lng: number | null;
    address: string | null;
    /** How the place was found (decision 0020): given, from the point, by the desk, or not yet. */
    placement: Generated<Placement>;
    /** Metres from the compound's or committee's point when placed by nearness. */
    placement_m: number | null;
    status: OrderStatus;
    handler_kind: HandlerKind | null;
    handler_unit_id: number | null;
    handler_department_id: number | null;
    /** Territory path of a committee or street handler (null for a department). */
    handler_path: string | null;
    /** The street (or district) whose operations centre triages and dispatches. */
    dispatcher_unit_id: number;
    dispatcher_path: string;
    supervised_at: Date | null;
    extension: Json<{ days: number; reason: string; requestedAt: string } | null> | null;
    suspended_from: OrderStatus | null;
    suspended_at: Date | null;
    /** Working minutes of the resolution clock left when the order was suspended. */
    suspended_remaining: number | null;
    reopen_count: Generated<number>;
    rating: Rating | null;
    rated_at: Date | null;
    merged_into_id: number | null;
    reporter_user_id: number | null;
    reporter_name: string | null;
    reporter_phone_enc: string | null;
    reporter_phone_masked: string | null;
    anonymous: boolean;
    /** The reporter agreed that handlers may contact them; otherwise the contact stays with the dispatcher. */
    contact_shared: boolean;
    source_system: string | null;
    external_id: string | null;
    idempotency_key: string | null;
    received_at: Generated<Date>;
    dispatched_at: Date | null;
    accepted_at: Date | null;
    resolved_at: Date | null;
    closed_at: Date | null;
    accept_due_at: Date | null;
    accept_warn_at: Date | null;
    resolve_due_at: Date | null;
    resolve_warn_at: Date | null;
    sla: Generated<SlaLevel>;
    accept_minutes: number | null;
    on_time: boolean | null;
    seq: Generated<number>;
    updated_at: Generated<Date>;
  };
  appeal_event: {
    id: Generated<number>;
    district_id: number;
    order_id: number;
    seq: number;
    step: string;
    from_status: OrderStatus | null;
    to_status: OrderStatus;
    actor_id: number | null;
    actor_name: string;
    actor_kind: string;
    at: Generated<Date>;
    note: string | null;
    /** The handler marked the note public: public pages may show it (public.view.ts). */
    note_public: Generated<boolean>;
    data: Json<Record<string, unknown>>;
  };
  appeal_attachment: {
    id: Generated<number>;
    district_id: number;
    order_id: number;
    event_seq: number | null;
    storage_key: string;
    file_name: string;
    content_type: string;
    size: number;
    kind: 'report' | 'before' | 'after' | 'other';
    uploaded_by: number | null;
    created_at: Generated<Date>;
  };
  appeal_routing_rule: {
    id: Generated<number>;
    district_id: number;
    /** '*' for every category, a category code ('P01') or a subcategory code ('P0101'). */
    category_code: string;
    /** Territory prefix the rule applies to; null for the whole district. */
    area_path: string | null;
    handler_kind: HandlerKind | 'ops';
    /** A district department's code, or a street team's code (HMO) resolved in the order's street. */
    department_code: string | null;
    active: Generated<boolean>;
    note: string | null;
    created_at: Generated<Date>;
  };
  appeal_stat: {
    district_id: number;
    day: string;
    street_id: number;
    committee_id: number;
    department_id: number;
    channel: string;
    category_code: string;
  } & Sums;
  summons: {
    id: Generated<number>;
    district_id: number;
    committee_id: number;
    unit_path: string;
    order_id: number | null;
    invitee_department_id: number | null;
    invitee_unit_id: number | null;
    subject: string;
    description: string;
    status: 'invited' | 'accepted' | 'declined' | 'met' | 'resolved' | 'unresolved';
    invited_at: Generated<Date>;
    respond_due_at: Date;
    responded_at: Date | null;
    response_note: string | null;
    meeting_at: Date | null;
    meeting_place: string | null;
    result: string | null;
    resolved: boolean | null;
    committee_rating: number | null;
    residents_rating: number | null;
    evaluation_note: string | null;
    evaluated_at: Date | null;
    created_by: number | null;
    /** Working minutes from the invitation to the answer (accept or decline), on the district calendar. */
    response_minutes: number | null;
    responded_by: number | null;
    meeting_note: string | null;
    result_at: Date | null;
    result_by: number | null;
    evaluated_by: number | null;
  };
  open311_client: {
    id: Generated<number>;
    district_id: number;
    name: string;
    key_hash: string;
    key_hint: string;
    created_at: Generated<Date>;
    revoked_at: Date | null;
  };
  transfer_partner: {
    id: Generated<number>;
    district_id: number;
    code: string;
    name: string;
    secret_enc: string;
    callback_url: string | null;
    active: Generated<boolean>;
    created_at: Generated<Date>;
  };
  appeal_outbox: {
    id: Generated<number>;
    district_id: number;
    partner_id: number;
    order_id: number;
    payload: Json<Record<string, unknown>>;
    attempts: Generated<number>;
    next_at: Generated<Date>;
    delivered_at: Date | null;
    last_error: string | null;
    created_at: Generated<Date>;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends AppealsTables {}
}
