import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';
import { maskId, maskPhone } from './id-number.js';
import { nameKeys } from './person.rules.js';
import type { PersonRecord } from './people.types.js';

/**
 * A person as stored: search keys, the numbers sealed (encrypted, keyed hashes, masks, last digits — the clear
 * number never reaches the database), and their place in the territory. The one mapping the service, the
 * import and the demo data all write through.
 */
export function personColumns(crypto: FieldCrypto, p: PersonRecord, house: { id: number; path: string }) {
  return { ...sealedPerson(crypto, p), house_id: house.id, unit_path: house.path };
}

/** The stored columns of a person, apart from their house (an import finds houses later, in one pass). */
export function sealedPerson(crypto: FieldCrypto, p: PersonRecord) {
  const keys = nameKeys(p.name);
  return {
    name: p.name,
    name_pinyin: keys.pinyin,
    name_initials: keys.initials,
    doc_type: p.docType,
    doc_hash: crypto.lookupHash(p.docNumber),
    doc_enc: crypto.encrypt(p.docNumber),
    doc_masked: maskId(p.docNumber),
    doc_last4: p.docNumber.slice(-4),
    gender: p.gender,
    birth_date: p.birthDate,
    ethnicity: p.ethnicity,
    nationality: p.nationality,
    ...sealedPhone(crypto, p.phone),
    residence: p.residence,
  };
}

/** A phone as stored: encrypted, its keyed hash, mask and last digits; all null for no phone. */
export function sealedPhone(crypto: FieldCrypto, phone: string | null) {
  return {
    phone_hash: phone ? crypto.lookupHash(phone) : null,
    phone_enc: phone ? crypto.encrypt(phone) : null,
    phone_masked: phone ? maskPhone(phone) : null,
    phone_last4: phone ? phone.slice(-4) : null,
  };
}
