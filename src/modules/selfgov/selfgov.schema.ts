import type { ColumnType, Generated } from 'kysely';
import type { MeetingType } from './meeting-type.catalog.js';
import type { OwnersMatter } from './vote.tally.js';

export type MeetingMode = 'in_person' | 'online' | 'both';
export type MeetingStatus = 'planned' | 'published';
export type MinutesStatus = 'none' | 'draft' | 'approved';
export type DecisionOutcome = 'adopted' | 'rejected' | 'deferred';
export type MeetingTypeSnapshot = MeetingType;
export type VoteKind = 'owners278' | 'poll';
export type VoteEligibility = 'owners' | 'household';
export type VoteStatus = 'draft' | 'open' | 'closed' | 'published';
export type PollMajority = 'simple' | 'twoThirds';

/** The tables of this module. Each row carries the territory path of its unit (declared in the manifest). */
export interface SelfgovTables {
  selfgov_topic: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    unit_path: string;
    title: string;
    body: string | null;
    created_by: number | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  selfgov_meeting: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    unit_path: string;
    type_code: string;
    /** The type as it was when the meeting was called: a later catalog edit does not change a meeting held. */
    type_snapshot: ColumnType<MeetingTypeSnapshot, string, string>;
    title: string;
    starts_at: Date;
    place: string | null;
    online_url: string | null;
    mode: MeetingMode;
    status: Generated<MeetingStatus>;
    minutes: string | null;
    minutes_status: Generated<MinutesStatus>;
    minutes_approved_by: number | null;
    minutes_approved_at: Date | null;
    published_at: Date | null;
    created_by: number | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  selfgov_agenda_item: {
    id: Generated<number>;
    meeting_id: number;
    topic_id: number;
    position: number;
    presenter: string | null;
    /** The item's time slot, as a clock time 'HH:MM' and a length in minutes. */
    starts_at: string | null;
    minutes: number | null;
  };
  selfgov_invitee: {
    id: Generated<number>;
    meeting_id: number;
    /** The invitee role of the meeting type (a key of the catalog's roles). */
    role_key: string;
    user_id: number | null;
    /** A person's name; null on a group that is still to be filled by name. */
    name: string | null;
    is_group: boolean;
    sign_in_code: string | null;
    signed_in_at: Date | null;
    signed_in_how: 'code' | 'worker' | null;
    signed_in_by: number | null;
  };
  selfgov_topic_step: {
    id: Generated<number>;
    meeting_id: number;
    topic_id: number;
    step: string;
    note: string | null;
    performed_by: number | null;
    performed_at: Generated<Date>;
  };
  selfgov_opinion: {
    id: Generated<number>;
    meeting_id: number;
    topic_id: number | null;
    body: string;
    raised_by: string | null;
    resolved: Generated<boolean>;
    resolution: string | null;
    resolved_at: Date | null;
  };
  selfgov_decision: {
    id: Generated<number>;
    meeting_id: number;
    topic_id: number | null;
    body: string;
    outcome: DecisionOutcome;
    votes_for: number | null;
    votes_against: number | null;
    votes_abstain: number | null;
    created_at: Generated<Date>;
  };
  selfgov_follow_up: {
    id: Generated<number>;
    meeting_id: number;
    decision_id: number | null;
    title: string;
    owner_name: string;
    owner_user_id: number | null;
    due_on: string;
    done_at: Date | null;
  };
  selfgov_vote: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    unit_path: string;
    question: string;
    /** The options' labels, in the order ballots number them. */
    options: ColumnType<string[], string, string>;
    kind: VoteKind;
    matter: OwnersMatter | null;
    quorum_num: number | null;
    quorum_den: number | null;
    majority: PollMajority | null;
    eligibility: VoteEligibility;
    secret: boolean;
    opens_at: Date;
    closes_at: Date;
    status: Generated<VoteStatus>;
    /** How many voters the register held when the vote opened. */
    electors: number | null;
    created_by: number | null;
    created_at: Generated<Date>;
    opened_at: Date | null;
    closed_at: Date | null;
    published_at: Date | null;
    validated_by: number | null;
    validator_name: string | null;
  };
  /** The register as it stood when the vote opened: one row per house (owners) or household, with its voter. */
  selfgov_vote_register: {
    id: Generated<number>;
    vote_id: number;
    voter_key: string;
    house_id: number;
    area_centi: number | null;
  };
  /** Who may cast the ballot of a voter key, frozen with the register. */
  selfgov_vote_elector: {
    vote_id: number;
    person_id: number;
    voter_key: string;
  };
  selfgov_vote_ballot: {
    id: Generated<number>;
    vote_id: number;
    voter_key: string;
    choice: number;
    idempotency_key: string;
    receipt: string;
    cast_by: number | null;
    cast_at: Generated<Date>;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends SelfgovTables {}
}
