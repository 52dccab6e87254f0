import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of a transfer message, both ways (see docs/decisions on the signing scheme): HMAC-SHA256
 * with the partner's shared secret over `<timestamp>.<body>`, the timestamp in Unix seconds, sent as
 * `X-Linli-Timestamp` and `X-Linli-Signature: sha256=<hex>`. The timestamp inside the signed text makes an
 * old message useless after the tolerance; idempotent receivers make a replay within it harmless.
 */
export const SIGNATURE_HEADERS = {
  district: 'x-linli-district',
  partner: 'x-linli-partner',
  timestamp: 'x-linli-timestamp',
  signature: 'x-linli-signature',
} as const;

/** How far a message's clock may be from ours, either way. */
export const TOLERANCE_SECONDS = 300;

const PREFIX = 'sha256=';

export function sign(secret: string, timestamp: string, body: string | Buffer): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(body);
  return PREFIX + mac.digest('hex');
}

export type Verdict = 'ok' | 'missing' | 'stale' | 'bad';

/** Checks a received signature: present, fresh, and equal to ours (compared in constant time). */
export function verify(secret: string, timestamp: string | undefined, body: string | Buffer, signature: string | undefined, nowMs = Date.now()): Verdict {
  if (!timestamp || !signature) return 'missing';
  if (!/^\d{9,11}$/.test(timestamp)) return 'stale';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return 'stale';
  const given = signature.trim().toLowerCase();
  if (!given.startsWith(PREFIX) || !/^[0-9a-f]{64}$/.test(given.slice(PREFIX.length))) return 'bad';
  const expected = Buffer.from(sign(secret, timestamp, body).slice(PREFIX.length), 'hex');
  return timingSafeEqual(expected, Buffer.from(given.slice(PREFIX.length), 'hex')) ? 'ok' : 'bad';
}

/** The headers of a message we send to a partner. */
export function signedHeaders(districtCode: string, partnerCode: string, secret: string, body: string, nowMs = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    'content-type': 'application/json; charset=utf-8',
    [SIGNATURE_HEADERS.district]: districtCode,
    [SIGNATURE_HEADERS.partner]: partnerCode,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.signature]: sign(secret, timestamp, body),
  };
}
