import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';
import { sealPhone as seal } from '../../platform/crypto/phone.js';

/** A contact phone of a company or committee member, sealed as every phone is; refused with the estate's own code. */
export const sealPhone = (crypto: FieldCrypto, raw: string | null | undefined) => seal(crypto, raw, 'ESTATE_PHONE_INVALID');
