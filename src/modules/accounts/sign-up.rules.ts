import { randomInt, timingSafeEqual } from 'node:crypto';
import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';

/** How long a code lives, how many wrong tries it survives, and how often a phone or a client source may ask. */
export const SIGN_UP_CODE_MINUTES = 10;
export const SIGN_UP_CODE_ATTEMPTS = 5;
export const SIGN_UP_RESEND_SECONDS = 60;
export const SIGN_UP_SENDS_PER_PHONE_HOUR = 5;
export const SIGN_UP_SENDS_PER_SOURCE_HOUR = 20;

/** Six random digits from the CSPRNG. */
export const newCode = () => randomInt(0, 1_000_000).toString().padStart(6, '0');

/**
 * A code as stored: a keyed hash bound to its phone. Six digits are a million guesses, which a plain hash would
 * not hold against whoever reads the table; the key lives outside the database.
 */
export const codeHash = (crypto: FieldCrypto, phoneHash: string, code: string) => crypto.lookupHash(`sign-up:${phoneHash}:${code.trim()}`);

export function sameCode(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a district takes sign-ups: every district unless the deployment names them (SIGN_UP_DISTRICTS). */
export const districtOpen = (open: readonly string[] | null, code: string) => open === null || open.includes(code);
