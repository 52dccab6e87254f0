import { pinyin } from 'pinyin-pro';
import { parseResidentId } from './id-number.js';
import type { DocType, PersonRecord } from './people.types.js';

export type FieldProblem = { field: keyof PersonRecord; code: string };

const OTHER_DOCS: Record<Exclude<DocType, 'resident_id'>, RegExp> = {
  passport: /^[A-Z0-9]{5,20}$/,
  hk_macao_permit: /^[HM]\d{8}(\d{2})?$/,
  taiwan_permit: /^\d{8}$/,
  foreign_permanent: /^[A-Z0-9]{15}$|^[A-Z0-9]{18}$/,
};

export const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;

/**
 * Checks a person as entered and fills what a resident ID number already says (gender, birth date).
 * Returns the normalised record, or every problem found.
 */
export function checkPerson(input: PersonRecord, today = new Date()): { ok: true; person: PersonRecord } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const person = {
    ...input,
    name: input.name.trim(),
    docNumber: input.docNumber.replace(/\s+/g, '').toUpperCase(),
    phone: input.phone?.replace(/\s+/g, '') || null,
  };
  if (!person.name || person.name.length > 50) problems.push({ field: 'name', code: 'PERSON_NAME' });
  if (person.docType === 'resident_id') {
    const id = parseResidentId(person.docNumber, today);
    if (!id.ok) problems.push({ field: 'docNumber', code: id.problem });
    else {
      if (person.gender && person.gender !== id.gender) problems.push({ field: 'gender', code: 'ID_GENDER_MISMATCH' });
      if (person.birthDate && person.birthDate !== id.birthDate) problems.push({ field: 'birthDate', code: 'ID_BIRTH_MISMATCH' });
      person.gender = id.gender;
      person.birthDate = id.birthDate;
    }
  } else if (!OTHER_DOCS[person.docType]?.test(person.docNumber)) {
    problems.push({ field: 'docNumber', code: 'DOC_FORMAT' });
  }
  if (person.birthDate && (!/^\d{4}-\d{2}-\d{2}$/.test(person.birthDate) || new Date(person.birthDate) > today))
    problems.push({ field: 'birthDate', code: 'DATE_INVALID' });
  if (person.phone && !PHONE.test(person.phone)) problems.push({ field: 'phone', code: 'PHONE_FORMAT' });
  if (person.docType === 'resident_id' && person.residence === 'foreigner') problems.push({ field: 'residence', code: 'RESIDENCE_DOC_MISMATCH' });
  return problems.length ? { ok: false, problems } : { ok: true, person };
}

/** Full pinyin without tones and its initials, for search ('zhangxiuying', 'zxy'); Latin names as they are. */
export function nameKeys(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
