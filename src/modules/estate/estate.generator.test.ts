import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../platform/demo.js';
import { generateEstate, type GeneratorCompound } from './estate.generator.js';
import { checkCreditCode } from './credit-code.js';
import { overlaps, serviceState } from './estate.rules.js';

const today = '2026-03-15';
const TYPES = ['HT01', 'HT02', 'HT03', 'HT04', 'HT05'];
const compounds: GeneratorCompound[] = Array.from({ length: 1000 }, (_, i) => ({
  id: i + 1,
  name: `小区${i + 1}`,
  housingType: TYPES[i % 5]!,
  showcase: i < 3,
}));
const gen = generateEstate(compounds, { random: seededRandom(7), today, districtCode: '310106', districtName: '静安区' });

describe('demo estate data', () => {
  it('registers a few dozen companies with valid, distinct credit codes', () => {
    expect(gen.companies.length).toBeGreaterThanOrEqual(20);
    expect(gen.companies.length).toBeLessThanOrEqual(60);
    expect(gen.companies.every((c) => checkCreditCode(c.creditCode).ok)).toBe(true);
    expect(new Set(gen.companies.map((c) => c.creditCode)).size).toBe(gen.companies.length);
    expect(new Set(gen.companies.map((c) => c.name)).size).toBe(gen.companies.length);
  });

  it('never gives a compound two contracts on the same day, and shows every state a street meets', () => {
    const by = new Map<number, typeof gen.contracts>();
    for (const k of gen.contracts) by.set(k.compoundId, [...(by.get(k.compoundId) ?? []), k]);
    for (const list of by.values()) {
      for (const [i, a] of list.entries())
        for (const b of list.slice(i + 1)) expect(overlaps({ start: a.start, end: a.end }, { start: b.start, end: b.end })).toBe(false);
    }
    const states = compounds.map((c) =>
      serviceState(
        (by.get(c.id) ?? []).map((k) => ({ start_date: k.start, end_date: k.end })),
        today,
      ),
    );
    const share = (s: string) => states.filter((x) => x === s).length / states.length;
    expect(share('active')).toBeGreaterThan(0.6);
    expect(share('expiring')).toBeGreaterThan(0.04);
    expect(share('expired')).toBeGreaterThan(0.03);
    expect(share('none')).toBeGreaterThan(0.02);
  });

  it("seats owners' committees mostly in commodity housing, rarely in sold public housing or old lane houses", () => {
    const governed = new Set(gen.committees.map((c) => c.compoundId));
    const share = (type: string) => compounds.filter((c) => c.housingType === type && !c.showcase).filter((c) => governed.has(c.id)).length / 199;
    expect(share('HT02')).toBeGreaterThan(0.8);
    expect(share('HT03')).toBeGreaterThan(0.8);
    expect(share('HT01')).toBeLessThan(0.3);
    expect(share('HT04')).toBeLessThan(0.15);
    for (const c of compounds.filter((x) => x.showcase)) expect([governed.has(c.id), gen.contracts.some((k) => k.compoundId === c.id)]).toEqual([true, true]);
  });

  it("gives committees consecutive five-year terms with one director each, and ended terms' members out of office", () => {
    for (const c of gen.committees) {
      const terms = [...c.terms].sort((a, b) => a.number - b.number);
      expect(terms.map((t) => t.number)).toEqual(terms.map((_, i) => i + 1));
      expect(terms.filter((t) => t.endedOn === null)).toHaveLength(1);
      for (const [i, t] of terms.entries()) {
        expect(t.start <= t.end).toBe(true);
        if (i > 0) expect(terms[i - 1]!.endedOn! < t.start).toBe(true);
        expect(t.members.filter((m) => m.role === 'director')).toHaveLength(1);
        expect(t.members.length % 2).toBe(1);
        expect(t.members.every((m) => m.until === t.endedOn)).toBe(true);
      }
    }
    const current = gen.committees.map((c) => c.terms.find((t) => t.endedOn === null)!);
    expect(current.filter((t) => t.end < today).length / current.length).toBeGreaterThan(0.02);
  });
});
