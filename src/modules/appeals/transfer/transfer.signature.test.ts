import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign, signedHeaders, TOLERANCE_SECONDS, verify } from './transfer.signature.js';

const secret = 'a'.repeat(64);
const body = '{"orderNo":"HL1","content":"路灯不亮"}';
const now = Date.UTC(2026, 0, 5, 2, 0, 0);
const ts = String(now / 1000);

describe('transfer signatures', () => {
  it('is HMAC-SHA256 over "<timestamp>.<body>", as hex after sha256=', () => {
    const expected = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
    expect(sign(secret, ts, body)).toBe(`sha256=${expected}`);
    expect(sign(secret, ts, Buffer.from(body))).toBe(`sha256=${expected}`);
  });

  it('accepts a good signature and refuses a changed body, another secret, a stale or future time, or none', () => {
    const sig = sign(secret, ts, body);
    expect(verify(secret, ts, body, sig, now)).toBe('ok');
    expect(verify(secret, ts, body, sig.toUpperCase().replace('SHA256=', 'sha256='), now)).toBe('ok');
    expect(verify(secret, ts, body.replace('不亮', '很亮'), sig, now)).toBe('bad');
    expect(verify('b'.repeat(64), ts, body, sig, now)).toBe('bad');
    expect(verify(secret, ts, body, sig, now + (TOLERANCE_SECONDS + 1) * 1000)).toBe('stale');
    expect(verify(secret, ts, body, sig, now - (TOLERANCE_SECONDS + 1) * 1000)).toBe('stale');
    expect(verify(secret, ts, body, sig, now + (TOLERANCE_SECONDS - 1) * 1000)).toBe('ok');
    expect(verify(secret, 'yesterday', body, sig, now)).toBe('stale');
    expect(verify(secret, ts, body, 'sha256=abc', now)).toBe('bad');
    expect(verify(secret, ts, body, undefined, now)).toBe('missing');
    expect(verify(secret, undefined, body, sig, now)).toBe('missing');
  });

  it('signs what we send so the partner can check it with the same rule', () => {
    const h = signedHeaders('310106', '12345', secret, body, now);
    expect(h['x-linli-timestamp']).toBe(ts);
    expect(verify(secret, h['x-linli-timestamp'], body, h['x-linli-signature'], now)).toBe('ok');
  });
});
