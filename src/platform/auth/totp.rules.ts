import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { isLoopbackHost, type Config } from '../config.js';

/** RFC 6238 as authenticator apps expect it: SHA-1, six digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/** A code of the step before or after the current one is accepted too: clocks of phones drift. */
export const TOTP_WINDOW_STEPS = 1;
export const TOTP_ISSUER = '邻里 Linli';

/** How long a right password waits for its code, and how many codes it may try. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const CHALLENGE_ATTEMPTS = 5;

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: the codes are read off paper and typed by hand. 31 symbols × 10 ≈ 49 bits each.
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECOVERY_LENGTH = 10;

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), in base32. */
export const newTotpSecret = () => generateSecret({ length: 20 });

/** The otpauth:// URI an authenticator app scans: issuer and account name, so the entry says whose it is. */
export const otpauthUri = (secret: string, account: string) =>
  generateURI({ issuer: TOTP_ISSUER, label: account, secret, period: TOTP_PERIOD_SECONDS, digits: 6, algorithm: 'sha1' });

/** Spaces and dashes people type between the digits do not count. */
export const normaliseCode = (code: string) => code.replace(/[\s-]/g, '');

/**
 * The time step a code belongs to, when it is right for now (± one step) and later than `lastStep` (a code, once
 * accepted, never opens anything again: RFC 6238 §5.2); otherwise null.
 */
export async function codeStep(secret: string, code: string, lastStep: number | null, now = Date.now()): Promise<number | null> {
  const token = normaliseCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const r = await verify({
    secret,
    token,
    epoch: Math.floor(now / 1000),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}

/** Ten fresh recovery codes, shown as XXXXX-XXXXX. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let s = '';
    for (let i = 0; i < RECOVERY_LENGTH; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    codes.add(`${s.slice(0, 5)}-${s.slice(5)}`);
  }
  return [...codes];
}

/** A recovery code as it is hashed: upper case, without the dash or spaces; null when it cannot be one. */
export function canonicalRecoveryCode(code: string): string | null {
  const c = code.replace(/[\s-]/g, '').toUpperCase();
  return c.length === RECOVERY_LENGTH && [...c].every((ch) => RECOVERY_ALPHABET.includes(ch)) ? c : null;
}

/**
 * Whether an account must show a second factor: it holds a position of a role that requires one. Demo accounts
 * are spared while the server listens on this machine only, as they are spared the change of their public
 * password (the demo and its browser journeys log in with the password alone); on an address others can reach,
 * they are held to it like any account.
 */
export function secondFactorRequired(cfg: Pick<Config, 'totpRequiredRoles' | 'host'>, positions: ReadonlyArray<{ role: string }>, isDemo: boolean): boolean {
  if (isDemo && isLoopbackHost(cfg.host)) return false;
  // The core's configuration always has the list; a configuration it did not complete must not spare anyone.
  if (!cfg.totpRequiredRoles) throw new Error('second-factor roles not resolved: pass core.config');
  const required = cfg.totpRequiredRoles;
  return positions.some((p) => required.includes(p.role));
}
