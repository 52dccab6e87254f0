/**
 * Resident ID numbers (GB 11643-1999): 6-digit division code, 8-digit birth date, 3-digit sequence whose last
 * digit's parity is the gender, and an ISO 7064 MOD 11-2 check character. The division code is not checked
 * against today's divisions: GB/T 2260 retires codes, and people keep their numbers.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdProblem = 'ID_FORMAT' | 'ID_CHECK_DIGIT' | 'ID_BIRTH_DATE';

export interface ParsedId {
  ok: true;
  number: string;
  birthDate: string;
  gender: 'male' | 'female';
  division: string;
}

/** Normalises (trims, upper-cases a final x) and validates; says what is wrong when it is not a valid number. */
export function parseResidentId(raw: string, today = new Date()): ParsedId | { ok: false; problem: IdProblem } {
  const number = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, problem: 'ID_FORMAT' };
  const y = Number(number.slice(6, 10));
  const m = Number(number.slice(10, 12));
  const d = Number(number.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1880 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date > today) {
    return { ok: false, problem: 'ID_BIRTH_DATE' };
  }
  if (checkDigit(number.slice(0, 17)) !== number[17]) return { ok: false, problem: 'ID_CHECK_DIGIT' };
  return {
    ok: true,
    number,
    birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
    gender: Number(number[16]) % 2 === 1 ? 'male' : 'female',
    division: number.slice(0, 6),
  };
}

/** Builds a valid number (demo data and tests): division, birth date YYYY-MM-DD, sequence 0–999. */
export function makeResidentId(division: string, birthDate: string, sequence: number): string {
  const first17 = `${division}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
}

export const maskId = (n: string) =>
  n.length > 10 ? `${n.slice(0, 6)}${'*'.repeat(n.length - 10)}${n.slice(-4)}` : `${n.slice(0, 1)}${'*'.repeat(Math.max(0, n.length - 2))}${n.slice(-1)}`;
export { maskPhone } from '../../platform/crypto/phone.js';
