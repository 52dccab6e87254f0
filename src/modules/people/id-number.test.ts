import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeResidentId, maskId, maskPhone, parseResidentId } from './id-number.js';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts a known-good number and derives birth date and gender', () => {
    // The standard's own example: 11010519491231002X, a woman born 1949-12-31.
    expect(parseResidentId('11010519491231002x')).toEqual({
      ok: true,
      number: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
      division: '110105',
    });
  });

  it('names the problem: format, check digit, impossible birth date', () => {
    expect(parseResidentId('1101051949123100')).toEqual({ ok: false, problem: 'ID_FORMAT' });
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, problem: 'ID_CHECK_DIGIT' });
    expect(parseResidentId(`${makeResidentId('310106', '2023-02-29', 1).slice(0, 17)}0`).ok).toBe(false);
    expect(parseResidentId('310106' + '20230229' + '0011')).toMatchObject({ ok: false, problem: 'ID_BIRTH_DATE' });
    expect(parseResidentId(makeResidentId('310106', '2999-01-01', 1))).toMatchObject({ ok: false, problem: 'ID_BIRTH_DATE' });
  });

  it("accepts a retired division code (Zhabei 310108 merged into Jing'an in 2015)", () => {
    expect(parseResidentId(makeResidentId('310108', '1960-05-01', 12)).ok).toBe(true);
  });

  it('every generated number validates, and any single changed digit is caught', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (d, seq, pos, delta) => {
          const id = makeResidentId('310106', d.toISOString().slice(0, 10), seq);
          const parsed = parseResidentId(id);
          expect(parsed.ok).toBe(true);
          const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
          const again = parseResidentId(changed);
          expect(again.ok).toBe(false);
        },
      ),
    );
  });

  it('masks as the common practice does', () => {
    expect(maskId('310106195003071234')).toBe('310106********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
