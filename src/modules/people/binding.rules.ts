/**
 * The rules of a binding request (实名认证). A request is answered the same whether its name and number match
 * a resident or not: the answer must not confirm who lives in the district. A matching one waits for the
 * committee; one that matches nobody waits for nobody; both lapse after the same days, so that waiting tells
 * nothing either. An account asks a few times a day at most.
 */
export const BINDING_STATUSES = ['pending', 'approved', 'rejected', 'expired', 'withdrawn'] as const;
export type BindingStatus = (typeof BINDING_STATUSES)[number];

/** A request nobody decided lapses after this many days; the resident may ask again. */
export const BINDING_VALID_DAYS = 7;

/** Requests one account may make in a day (withdrawn and lapsed ones count): enough for typos, too few to search. */
export const BINDING_REQUESTS_PER_DAY = 5;

export const bindingDeadline = (from: Date) => new Date(from.getTime() + BINDING_VALID_DAYS * 86_400_000);

/** A waiting request past its deadline reads as expired before anyone marks it. */
export function effectiveBindingStatus(row: { status: BindingStatus; expires_at: Date | null }, now: Date): BindingStatus {
  return row.status === 'pending' && row.expires_at && row.expires_at.getTime() <= now.getTime() ? 'expired' : row.status;
}

/** The name on the form against the name registered: spaces and full-width forms do not matter. */
export const sameName = (registered: string, given: string) => norm(registered) === norm(given);
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
