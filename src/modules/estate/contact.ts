import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';
import { badRequest } from '../../platform/errors.js';
import { maskPhone } from '../people/index.js';
import { normalisePhone, PHONE } from './estate.rules.js';

/**
 * A contact phone as stored: encrypted, with the mask every reader sees (first 3 and last 4, as for residents).
 * The clear number never reaches the database or the audit trail. Empty means no phone.
 */
export function sealPhone(crypto: FieldCrypto, raw: string | null | undefined): { phone_enc: string | null; phone_masked: string | null } {
  const phone = raw ? normalisePhone(raw) : '';
  if (!phone) return { phone_enc: null, phone_masked: null };
  if (!PHONE.test(phone)) throw badRequest('ESTATE_PHONE_INVALID', { value: maskPhone(phone) });
  return { phone_enc: crypto.encrypt(phone), phone_masked: maskPhone(phone) };
}
