import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  bucketsOf,
  changeOf,
  dayStart,
  figuresOf,
  intervalFor,
  MIN_COMPARISON_BASE,
  periodsOf,
  rankAll,
  ZERO,
  type Sums,
} from './indicator.rules.js';

const sums = (s: Partial<Sums>): Sums => ({ ...ZERO, ...s });

describe('indicator periods', () => {
  it('defaults to this year so far, with the same number of days before it as the previous period', () => {
    expect(periodsOf({}, '2026-03-10')).toEqual({
      current: { from: '2026-01-01', to: '2026-03-10' },
      previous: { from: '2025-10-24', to: '2025-12-31' },
      days: 69,
    });
    expect(periodsOf({ from: '2024-02-01', to: '2024-02-29' }, '2026-03-10').previous).toEqual({ from: '2024-01-03', to: '2024-01-31' });
    expect(periodsOf({ to: '2025-06-30' }, '2026-03-10').current).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });

  it('refuses days that do not exist, a start after the end and spans beyond three years', () => {
    expect(() => periodsOf({ from: '2026-02-29' }, '2026-03-10')).toThrow('PERIOD_INVALID');
    expect(() => periodsOf({ from: '2026-03-11' }, '2026-03-10')).toThrow('PERIOD_INVALID');
    expect(() => periodsOf({ from: '2020-01-01', to: '2026-01-01' }, '2026-03-10')).toThrow('PERIOD_INVALID');
    expect(() => periodsOf({ from: '2026-1-1' }, '2026-03-10')).toThrow('PERIOD_INVALID');
  });

  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(dayStart('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('cuts a period into weeks from Monday or months, clipping the first and last', () => {
    expect(bucketOf('2026-11-23', 'week')).toBe('2026-11-23'); // a Monday
    expect(bucketOf('2026-11-22', 'week')).toBe('2026-11-16');
    expect(bucketOf('2026-11-22', 'month')).toBe('2026-11-01');
    expect(bucketsOf({ from: '2026-11-18', to: '2026-12-02' }, 'week')).toEqual([
      { key: '2026-11-16', from: '2026-11-18', to: '2026-11-22' },
      { key: '2026-11-23', from: '2026-11-23', to: '2026-11-29' },
      { key: '2026-11-30', from: '2026-11-30', to: '2026-12-02' },
    ]);
    expect(bucketsOf({ from: '2025-12-15', to: '2026-02-10' }, 'month').map((b) => [b.from, b.to])).toEqual([
      ['2025-12-15', '2025-12-31'],
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-10'],
    ]);
    expect(intervalFor(92)).toBe('week');
    expect(intervalFor(93)).toBe('month');
  });
});

describe('indicator figures', () => {
  it('divides by what the rate is about, and knows no rate over nothing', () => {
    const f = figuresOf(sums({ received: 12, valid: 10, accepted: 8, accept_minutes: 240, resolved: 5, on_time: 4, rated: 4, satisfied: 3, reopened: 1 }));
    expect(f).toMatchObject({ avgAcceptMinutes: 30, onTimeRate: 0.8, resolutionRate: 0.5, satisfactionRate: 0.75, reopenRate: 0.1 });
    expect(figuresOf(ZERO)).toMatchObject({ avgAcceptMinutes: null, onTimeRate: null, resolutionRate: null, satisfactionRate: null, reopenRate: null });
  });

  it('compares volumes relatively and rates in points', () => {
    const cur = figuresOf(sums({ received: 30, valid: 30, resolved: 27 }));
    const prev = figuresOf(sums({ received: 20, valid: 20, resolved: 16 }));
    const c = changeOf(cur, prev);
    expect(c.received).toBeCloseTo(0.5);
    expect(c.resolutionRate).toBeCloseTo(0.9 - 0.8);
    expect(c.satisfactionRate).toBeNull();
    expect(changeOf(cur, figuresOf(ZERO)).received).toBeNull();
  });

  it('gives no percentage when the base is below ten: counts only', () => {
    // 2 orders after 1 is not "+100%"; the difference in orders is still given.
    const few = changeOf(figuresOf(sums({ received: 2, valid: 2 })), figuresOf(sums({ received: 1, valid: 1 })));
    expect(few.received).toBeNull();
    expect(few.receivedDifference).toBe(1);
    expect(few.resolutionRate).toBeNull();
    // Exactly the base is enough; a rate needs the base in both periods, on its own denominator.
    const cur = figuresOf(sums({ received: 12, valid: 12, resolved: 12, on_time: 6, accepted: 12, accept_minutes: 120, rated: 9, satisfied: 9 }));
    const prev = figuresOf(sums({ received: 10, valid: 10, resolved: 10, on_time: 8, accepted: 10, accept_minutes: 200, rated: 10, satisfied: 5 }));
    const c = changeOf(cur, prev);
    expect(MIN_COMPARISON_BASE).toBe(10);
    expect(c.received).toBeCloseTo(0.2);
    expect(c.receivedDifference).toBe(2);
    expect(c.onTimeRate).toBeCloseTo(0.5 - 0.8);
    expect(c.avgAcceptMinutes).toBeCloseTo((10 - 20) / 20);
    expect(c.satisfactionRate).toBeNull();
    expect(changeOf(prev, cur).satisfactionRate).toBeNull();
  });
});

describe('rankings', () => {
  it('ranks each rate among units with enough orders, ties sharing a rank, the rest unranked', () => {
    const r = rankAll(
      [
        { item: 'a', sums: sums({ valid: 20, resolved: 18, on_time: 18, rated: 10, satisfied: 9 }) },
        { item: 'b', sums: sums({ valid: 20, resolved: 18, on_time: 9, rated: 0 }) },
        { item: 'c', sums: sums({ valid: 40, resolved: 20, on_time: 20, rated: 10, satisfied: 10 }) },
        { item: 'd', sums: sums({ valid: 3, resolved: 3, on_time: 3, rated: 3, satisfied: 3 }) },
      ],
      10,
    );
    const by = Object.fromEntries(r.map((x) => [x.item, x]));
    expect(by.a!.ranks).toEqual({ onTimeRate: 1, resolutionRate: 1, satisfactionRate: 2 });
    expect(by.b!.ranks).toEqual({ onTimeRate: 3, resolutionRate: 1, satisfactionRate: null });
    expect(by.c!.ranks).toEqual({ onTimeRate: 1, resolutionRate: 3, satisfactionRate: 1 });
    expect(by.d!.ranks).toEqual({ onTimeRate: null, resolutionRate: null, satisfactionRate: null });
    expect(by.d!.score).toBeNull();
    expect(r.map((x) => x.item)).toEqual(['a', 'c', 'b', 'd']);
  });
});
