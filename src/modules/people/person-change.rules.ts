import { PHONE } from './person.rules.js';
import type { DocType, Residence } from './people.types.js';

/** A correction of the parts of a record a worker keeps up to date without the document in hand. */
export interface DetailsChange {
  /** Absent: unchanged; null or blank: no phone any more. */
  phone?: string | null;
  residence?: Residence;
  ethnicity?: string | null;
  nationality?: string | null;
}

export interface Departure {
  kind: 'moved_out' | 'deceased';
  /** YYYY-MM-DD */
  date: string;
  /** Where a person who moved away went (a city, a district, an address as told). */
  movedTo?: string | null;
}

export type ChangeProblem = { field: 'phone' | 'residence' | 'date' | 'movedTo' | 'since'; code: string };

/** Checks a correction against the record it changes; returns the normalised change or every problem. */
export function checkDetails(
  change: DetailsChange,
  current: { docType: string },
): { ok: true; change: DetailsChange } | { ok: false; problems: ChangeProblem[] } {
  const problems: ChangeProblem[] = [];
  const out: DetailsChange = { ...change };
  if (change.phone !== undefined) {
    // As a registration takes it (person.rules): spaces people type between groups of digits are dropped.
    out.phone = change.phone?.replace(/\s+/g, '') || null;
    if (out.phone && !PHONE.test(out.phone)) problems.push({ field: 'phone', code: 'PHONE_FORMAT' });
  }
  if (change.ethnicity !== undefined) out.ethnicity = change.ethnicity?.trim() || null;
  if (change.nationality !== undefined) out.nationality = change.nationality?.trim() || null;
  if (change.residence === 'foreigner' && (current.docType as DocType) === 'resident_id') problems.push({ field: 'residence', code: 'RESIDENCE_DOC_MISMATCH' });
  return problems.length ? { ok: false, problems } : { ok: true, change: out };
}

/** A departure needs a real day, not in the future and not before the person was born. */
export function checkDeparture(
  d: Departure,
  birthDate: string | null,
  today: string,
): { ok: true; departure: Departure } | { ok: false; problems: ChangeProblem[] } {
  const problems: ChangeProblem[] = [];
  const day = checkDay(d.date, birthDate, today);
  if (day) problems.push({ field: 'date', code: day });
  const movedTo = d.kind === 'moved_out' ? d.movedTo?.trim() || null : null;
  return problems.length ? { ok: false, problems } : { ok: true, departure: { ...d, movedTo } };
}

/** The problem with a day a change took effect, if any: DATE_INVALID (impossible or in the future) or DATE_BEFORE_BIRTH. */
export function checkDay(day: string, birthDate: string | null, today: string): string | null {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day || day > today) return 'DATE_INVALID';
  if (birthDate && day < birthDate) return 'DATE_BEFORE_BIRTH';
  return null;
}
