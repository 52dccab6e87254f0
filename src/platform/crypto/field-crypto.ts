import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomFillSync, timingSafeEqual } from 'node:crypto';
import { loadKey } from './key.loader.js';

/**
 * Encryption of personal data at rest (ID numbers, phones) and the keyed hashes that find them.
 * Default AES-256-GCM; the national-cryptography mode uses SM4-CTR with an HMAC-SM3 tag (encrypt-then-MAC:
 * this OpenSSL offers no SM4-GCM) and HMAC-SM3 lookups. The scheme is written into each value, so a
 * deployment can switch modes for new data and still read the old.
 */
export type CryptoMode = 'aes' | 'sm';

export interface FieldCrypto {
  readonly mode: CryptoMode;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed hash of a normalised value: equal inputs find each other, the hash reveals nothing. */
  lookupHash(value: string): string;
  /** What a worker thread of this process needs to make the same FieldCrypto (never leaves the process). */
  forWorker(): { key: Buffer; mode: CryptoMode };
}

export function createFieldCrypto(masterKey: Buffer, mode: CryptoMode = 'aes'): FieldCrypto {
  if (masterKey.length !== 32) throw new Error('the data key must be 32 bytes');
  const derive = (info: string, len: number) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, len));
  const aesKey = derive('linli/aes-256-gcm', 32);
  const smKey = derive('linli/sm4', 16);
  const smMac = derive('linli/sm3-mac', 32);
  const lookupKey = derive('linli/lookup', 32);
  // Nonces come from the CSPRNG in blocks: a call to it per value cost more than the encryption itself
  // (an import seals two million values). Each block's bytes are handed out once.
  const pool = Buffer.alloc(16 * 1024);
  let used = pool.length;
  const nonce = (n: number) => {
    if (used + n > pool.length) {
      randomFillSync(pool);
      used = 0;
    }
    const out = Buffer.from(pool.subarray(used, used + n));
    used += n;
    return out;
  };

  return {
    mode,
    forWorker: () => ({ key: Buffer.from(masterKey), mode }),
    encrypt(plain) {
      if (mode === 'sm') {
        const iv = nonce(16);
        const c = createCipheriv('sm4-ctr', smKey, iv);
        const body = Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]);
        const tag = createHmac('sm3', smMac).update(body).digest();
        return `s1:${Buffer.concat([tag, body]).toString('base64')}`;
      }
      const iv = nonce(12);
      const c = createCipheriv('aes-256-gcm', aesKey, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return `a1:${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const [scheme, data] = [stored.slice(0, 3), Buffer.from(stored.slice(3), 'base64')];
      if (scheme === 's1:') {
        const tag = data.subarray(0, 32);
        const body = data.subarray(32);
        const expected = createHmac('sm3', smMac).update(body).digest();
        if (!timingSafeEqual(tag, expected)) throw new Error('encrypted value was altered');
        const d = createDecipheriv('sm4-ctr', smKey, body.subarray(0, 16));
        return Buffer.concat([d.update(body.subarray(16)), d.final()]).toString('utf8');
      }
      if (scheme === 'a1:') {
        const d = createDecipheriv('aes-256-gcm', aesKey, data.subarray(0, 12));
        d.setAuthTag(data.subarray(12, 28));
        return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
      }
      throw new Error('unknown encryption scheme');
    },
    lookupHash(value) {
      return createHmac(mode === 'sm' ? 'sm3' : 'sha256', lookupKey)
        .update(normalise(value))
        .digest('base64url');
    },
  };
}

/** Lookups ignore case and spaces: '11010519491231002x ' finds '11010519491231002X'. */
export const normalise = (v: string) => v.replace(/\s+/g, '').toUpperCase();

/**
 * The key: LINLI_DATA_KEY (base64 or hex, 32 bytes) when set; otherwise a key file created on first start with
 * owner-only permissions. Losing the key loses the encrypted data: back it up apart from the database.
 */
export function loadDataKey(keyFile: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  return loadKey('LINLI_DATA_KEY', keyFile, env);
}
