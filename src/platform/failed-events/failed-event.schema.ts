import type { Generated } from 'kysely';
import type { Json } from '../db/schema.js';

/**
 * retrying: tried again by the job at next_at; failed: automatic retries used up, waiting for an administrator;
 * done: a retry succeeded; resolved: an administrator closed it without one.
 */
export type FailedEventStatus = 'retrying' | 'failed' | 'done' | 'resolved';

export interface FailedEventTables {
  /** A domain-event handler that threw after its change committed (platform migration 0011). */
  domain_event_failure: {
    id: Generated<number>;
    /** The handler's key: the module that registered it ('platform' for the core's own) and the event type. */
    module: string;
    event_type: string;
    district_id: number | null;
    actor_id: number | null;
    payload: Json<Record<string, unknown>>;
    occurred_at: Date;
    error: string;
    attempts: Generated<number>;
    status: Generated<FailedEventStatus>;
    next_at: Date | null;
    /** Set while a process retries it: no other process takes it before then. */
    claimed_until: Date | null;
    first_failed_at: Generated<Date>;
    last_failed_at: Generated<Date>;
    resolved_at: Date | null;
    resolved_by: number | null;
    resolution_note: string | null;
  };
}

declare module '../db/schema.js' {
  interface Database extends FailedEventTables {}
}
