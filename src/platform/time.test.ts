import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { todayInShanghai } from './time.js';

describe('todayInShanghai', () => {
  it('turns the day at 16:00 UTC, midnight in Shanghai', () => {
    expect(todayInShanghai(new Date('2026-12-06T15:59:59.999Z'))).toBe('2026-12-06');
    expect(todayInShanghai(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
    expect(todayInShanghai(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('agrees with the time-zone database on any instant since 1992', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(todayInShanghai(d)).toBe(zone.format(d));
      }),
      { numRuns: 2000 },
    );
  });
});
