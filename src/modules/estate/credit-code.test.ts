import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCreditCode, creditCheckChar, makeCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100)', () => {
  it('accepts published codes and reads them in any case and spacing', () => {
    // The worked example of the standard, and a listed company's code.
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode(' 9111 0000 7109 2609 4p ')).toEqual({ ok: true, code: '91110000710926094P' });
  });

  it('refuses a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, problem: 'CREDIT_CODE_CHECK' });
  });

  it('refuses wrong length, letters outside the set, and a division code with letters', () => {
    for (const bad of ['91350100M000100Y4', '91350100M000100Y433', '91350100M000100I43', '913501O0M000100Y43', '']) {
      expect(checkCreditCode(bad)).toMatchObject({ ok: false, problem: 'CREDIT_CODE_FORMAT' });
    }
  });

  it('makes valid codes, and any single changed character is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (serial, pos, shift) => {
        const code = makeCreditCode('310106', serial);
        expect(checkCreditCode(code).ok).toBe(true);
        const set = '0123456789ABCDEFGHJKLMNPQRTUWXY';
        const changed = code.slice(0, pos) + set[(set.indexOf(code[pos]!) + shift) % 31] + code.slice(pos + 1);
        // Still well-formed where the division digits stay digits; the check character must then disagree.
        if (/^\d{6}$/.test(changed.slice(2, 8))) expect(creditCheckChar(changed.slice(0, 17))).not.toBe(code[17]);
      }),
    );
  });
});
