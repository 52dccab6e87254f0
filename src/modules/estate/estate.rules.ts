export { PHONE, normalisePhone } from '../../platform/crypto/phone.js';
import type { Label } from '../../platform/i18n.js';
import type { CommitteeRole } from './estate.schema.js';

/** How far ahead a contract's end starts to need attention (the committee organises renewal or a new tender). */
export const EXPIRY_WARNING_DAYS = 90;
/** An owners' committee term lasts five years (物业管理条例 and the Shanghai rules: at most five). */
export const TERM_YEARS = 5;

export type ContractStatus = 'active' | 'expired' | 'upcoming';
/** A compound's property service as a whole, from all its contracts. */
export type ServiceState = 'active' | 'expiring' | 'expired' | 'upcoming' | 'none';
/** A compound's owners' committee as a whole, from its current term. */
export type CommitteeState = 'current' | 'expired' | 'none';

export const COMMITTEE_ROLES = ['director', 'deputy', 'member'] as const satisfies readonly CommitteeRole[];
export const ROLE_LABEL: Record<CommitteeRole, Label> = {
  director: { zh: '主任', en: 'Director' },
  deputy: { zh: '副主任', en: 'Deputy director' },
  member: { zh: '委员', en: 'Member' },
};

/** A real calendar day written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The same calendar day n years on (29 February falls back to the 28th). */
export function addYears(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + n, m, 0)).getUTCDate();
  return `${y + n}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A five-year term starting on a day ends the day before its fifth anniversary. */
export const defaultTermEnd = (start: string) => addDays(addYears(start, TERM_YEARS), -1);

export function contractStatus(c: { start_date: string; end_date: string }, today: string): ContractStatus {
  if (c.start_date > today) return 'upcoming';
  return c.end_date < today ? 'expired' : 'active';
}

/** Two closed date ranges share at least one day. */
export const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) => a.start <= b.end && b.start <= a.end;

/**
 * The compound's property service today: under contract (and whether it ends within the warning window with
 * no successor signed), a successor waiting to start, lapsed, or never contracted.
 */
export function serviceState(contracts: Array<{ start_date: string; end_date: string }>, today: string): ServiceState {
  const current = contracts.find((c) => contractStatus(c, today) === 'active');
  const upcoming = contracts.some((c) => contractStatus(c, today) === 'upcoming');
  if (current) return current.end_date <= addDays(today, EXPIRY_WARNING_DAYS) && !upcoming ? 'expiring' : 'active';
  if (upcoming) return 'upcoming';
  return contracts.length ? 'expired' : 'none';
}

export function committeeState(current: { end_date: string } | null | undefined, today: string): CommitteeState {
  if (!current) return 'none';
  return current.end_date < today ? 'expired' : 'current';
}

/** The three things a committee worker is asked to act on. */
export function flagsOf(service: ServiceState, committee: CommitteeState) {
  return { contractExpiring: service === 'expiring', termExpired: committee === 'expired', noOwnersCommittee: committee === 'none' };
}
