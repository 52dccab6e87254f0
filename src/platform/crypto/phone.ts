import { badRequest } from '../errors.js';
import type { FieldCrypto } from './field-crypto.js';

/** Mobile, landline with area code, or a 400/800 service number, once spaces and brackets are dropped. */
export const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$|^[48]00-?\d{3}-?\d{4}$/;

export const normalisePhone = (raw: string) => raw.replace(/[\s()（）]+/g, '');

/** A mainland mobile number: 11 digits from 13–19, as one signs up and logs in with. */
export const MOBILE = /^1[3-9]\d{9}$/;

/** The mobile number in what someone typed (spaces, dashes and a +86 or 0086 prefix dropped), or null. */
export function mobileOf(raw: string): string | null {
  const digits = raw.replace(/[\s\-()（）]+/g, '').replace(/^(\+86|0086)/, '');
  return MOBILE.test(digits) ? digits : null;
}

/** First 3 and last 4 digits: what every reader sees of a phone. */
export const maskPhone = (p: string) => (p.length >= 7 ? `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}` : '*'.repeat(p.length));

/**
 * A contact phone as stored: encrypted, with the mask every reader sees. The clear number never reaches the
 * database or the audit trail. Empty means no phone; a malformed one is refused with `errorCode`.
 */
export function sealPhone(
  crypto: FieldCrypto,
  raw: string | null | undefined,
  errorCode = 'PHONE_INVALID',
): { phone_enc: string | null; phone_masked: string | null } {
  const phone = raw ? normalisePhone(raw) : '';
  if (!phone) return { phone_enc: null, phone_masked: null };
  if (!PHONE.test(phone)) throw badRequest(errorCode, { value: maskPhone(phone) });
  return { phone_enc: crypto.encrypt(phone), phone_masked: maskPhone(phone) };
}
