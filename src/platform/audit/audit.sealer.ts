import { createHmac, getHashes, timingSafeEqual } from 'node:crypto';
import type { CryptoMode } from '../crypto/field-crypto.js';
import { loadKey } from '../crypto/key.loader.js';
import { canonicalJson, chainHash, type ChainedFields } from './audit.hash.js';

/**
 * How an entry's hash was made. `sha256` is the unkeyed chain of the first releases (decision 0003): anyone
 * with database access could recompute it, so it is accepted only before the entry that sealed it under the key
 * (decision 0014). New entries are HMACs under the audit key, with SM3 in the national-cryptography mode.
 */
export type AuditAlg = 'sha256' | KeyedAlg;
export type KeyedAlg = 'hmac-sha256' | 'hmac-sm3';
export const LEGACY_ALG = 'sha256' satisfies AuditAlg;
export const KEYED_ALGS: readonly KeyedAlg[] = ['hmac-sha256', 'hmac-sm3'];
export const isKeyedAlg = (alg: string): alg is KeyedAlg => (KEYED_ALGS as readonly string[]).includes(alg);

/** Whether this runtime's OpenSSL offers SM3 (Node's own build does; a system OpenSSL may not). */
export const hasSm3 = () => getHashes().includes('sm3');

// Entries and checkpoints are MACed under one key; these labels keep an entry's MAC from ever being valid as a
// checkpoint's signature, or the reverse.
const ENTRY_LABEL = 'linli/audit-entry/v1\n';
const CHECKPOINT_LABEL = 'linli/audit-checkpoint/v1\n';

/** What the writer, the checkpoints and the verifier need of the audit key; the key itself stays inside. */
export interface AuditSealer {
  /** What new entries and checkpoints are sealed with, from LINLI_CRYPTO_MODE. */
  readonly alg: KeyedAlg;
  /** The hash an entry must carry under `alg` (the legacy unkeyed hash for `sha256`); null for an unknown alg. */
  entryHash(alg: string, prevHash: string, fields: ChainedFields): string | null;
  /** A checkpoint's signature under this sealer's alg. */
  sign(message: string): string;
  /** Whether `signature` is this key's signature of `message` under `alg` (either keyed alg, whatever the mode). */
  verify(alg: string, message: string, signature: string): boolean;
}

export function createAuditSealer(key: Buffer, mode: CryptoMode): AuditSealer {
  if (key.length !== 32) throw new Error('the audit key must be 32 bytes');
  const secret = Buffer.from(key);
  const alg: KeyedAlg = mode === 'sm' ? 'hmac-sm3' : 'hmac-sha256';
  if (alg === 'hmac-sm3' && !hasSm3()) throw new Error('LINLI_CRYPTO_MODE=sm needs SM3, which this runtime does not offer');
  const mac = (a: KeyedAlg, label: string, message: string) =>
    createHmac(a === 'hmac-sm3' ? 'sm3' : 'sha256', secret)
      .update(label)
      .update(message)
      .digest('hex');
  return {
    alg,
    entryHash(entryAlg, prevHash, fields) {
      if (entryAlg === LEGACY_ALG) return chainHash(prevHash, fields);
      if (!isKeyedAlg(entryAlg)) return null;
      // The alg is part of what is MACed, so an entry cannot be passed off as sealed by the other one.
      return mac(entryAlg, ENTRY_LABEL, `${prevHash}\n${canonicalJson({ ...fields, alg: entryAlg })}`);
    },
    sign: (message) => mac(alg, CHECKPOINT_LABEL, message),
    verify(sigAlg, message, signature) {
      if (!isKeyedAlg(sigAlg) || !/^[0-9a-f]{64}$/.test(signature)) return false;
      return timingSafeEqual(Buffer.from(mac(sigAlg, CHECKPOINT_LABEL, message), 'hex'), Buffer.from(signature, 'hex'));
    },
  };
}

/**
 * The audit key: LINLI_AUDIT_KEY (64 hex characters or base64) when set; otherwise a key file created on first
 * start beside the data key. It is a key of its own, not one derived from the data key (decision 0014).
 */
export const loadAuditKey = (keyFile: string, env: NodeJS.ProcessEnv = process.env) => loadKey('LINLI_AUDIT_KEY', keyFile, env);
