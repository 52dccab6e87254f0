import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { canonicalRecoveryCode, codeStep, newRecoveryCodes, newTotpSecret, otpauthUri, secondFactorRequired } from './totp.rules.js';

const at = (secret: string, ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });

describe('TOTP codes', () => {
  const now = Date.UTC(2026, 5, 1, 8, 0, 10);
  const step = Math.floor(now / 30_000);

  it('accepts the current code and those one step either side, and says their step', async () => {
    const secret = newTotpSecret();
    expect(await codeStep(secret, await at(secret, now), null, now)).toBe(step);
    expect(await codeStep(secret, await at(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(await codeStep(secret, await at(secret, now + 30_000), null, now)).toBe(step + 1);
  });

  it('refuses a code two steps away, a code of another secret, and what is not six digits', async () => {
    const secret = newTotpSecret();
    expect(await codeStep(secret, await at(secret, now - 60_000), null, now)).toBeNull();
    expect(await codeStep(secret, await at(secret, now + 60_000), null, now)).toBeNull();
    const other = newTotpSecret();
    const code = await at(other, now);
    // Another secret's code coincides with this one's once in a million: draw again then.
    if (code !== (await at(secret, now))) expect(await codeStep(secret, code, null, now)).toBeNull();
    expect(await codeStep(secret, '12345', null, now)).toBeNull();
    expect(await codeStep(secret, 'abcdef', null, now)).toBeNull();
  });

  it('never accepts a step already used, nor one before it', async () => {
    const secret = newTotpSecret();
    const code = await at(secret, now);
    expect(await codeStep(secret, code, step, now)).toBeNull();
    expect(await codeStep(secret, await at(secret, now - 30_000), step, now)).toBeNull();
    expect(await codeStep(secret, await at(secret, now + 30_000), step, now)).toBe(step + 1);
  });

  it('reads a code typed with spaces or a dash', async () => {
    const secret = newTotpSecret();
    const code = await at(secret, now);
    expect(await codeStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(step);
    expect(await codeStep(secret, `${code.slice(0, 3)}-${code.slice(3)}`, null, now)).toBe(step);
  });

  it('makes a URI authenticator apps read: issuer, account, SHA-1, six digits, 30 seconds', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri(secret, 'zhang.san'));
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toContain('zhang.san');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('邻里 Linli');
    expect(uri.searchParams.get('digits') ?? '6').toBe('6');
    expect(uri.searchParams.get('period') ?? '30').toBe('30');
    expect((uri.searchParams.get('algorithm') ?? 'SHA1').toUpperCase()).toBe('SHA1');
  });
});

describe('recovery codes', () => {
  it('are ten different codes of ten unambiguous characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
  });

  it('are read however they are typed, and what cannot be one is not', () => {
    const [code] = newRecoveryCodes(1);
    const plain = code!.replace('-', '');
    expect(canonicalRecoveryCode(code!)).toBe(plain);
    expect(canonicalRecoveryCode(` ${code!.toLowerCase()} `)).toBe(plain);
    expect(canonicalRecoveryCode('ABCDE-FGHI0')).toBeNull();
    expect(canonicalRecoveryCode('123456')).toBeNull();
  });
});

describe('who must show a second factor', () => {
  const cfg = { totpRequiredRoles: ['admin', 'district_staff'], host: '127.0.0.1' };
  it('those holding a position of a listed role, whichever position is active', () => {
    expect(secondFactorRequired(cfg, [{ role: 'committee_worker' }, { role: 'district_staff' }], false)).toBe(true);
    expect(secondFactorRequired(cfg, [{ role: 'committee_worker' }], false)).toBe(false);
    expect(secondFactorRequired({ ...cfg, totpRequiredRoles: [] }, [{ role: 'admin' }], false)).toBe(false);
  });

  it('spares demo accounts only while the server listens on this machine alone', () => {
    expect(secondFactorRequired(cfg, [{ role: 'admin' }], true)).toBe(false);
    expect(secondFactorRequired({ ...cfg, host: 'localhost' }, [{ role: 'admin' }], true)).toBe(false);
    expect(secondFactorRequired({ ...cfg, host: '0.0.0.0' }, [{ role: 'admin' }], true)).toBe(true);
    expect(secondFactorRequired({ ...cfg, host: '10.1.2.3' }, [{ role: 'admin' }], true)).toBe(true);
  });
});
