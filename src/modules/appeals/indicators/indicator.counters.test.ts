import { describe, expect, it } from 'vitest';
import { COUNTERS, counterColumns, countFigures, perOrderColumns, sumColumns, zeroOf } from './indicator.counters.js';
import { figuresOf, MEASURES, ZERO } from './indicator.rules.js';
import { Figures } from './indicator.schemas.js';

describe('indicator counters, declared once', () => {
  it('a new counter is one line: the rollup columns, the read from orders, the sums, the zero and the figures follow', () => {
    const more = { ...COUNTERS, transferred: { perOrder: '(o.transfer_count > 0)::int', figure: 'transferred' } };
    expect(counterColumns(more).endsWith(', supervised, transferred')).toBe(true);
    expect(counterColumns(more, (c) => `sum(${c})`)).toContain('sum(transferred)');
    expect(perOrderColumns(more)).toContain('(o.transfer_count > 0)::int as transferred');
    expect(sumColumns(more)).toContain('coalesce(sum(r.transferred), 0) as transferred');
    expect(zeroOf(more)).toMatchObject({ transferred: 0, received: 0 });
    expect(countFigures(more, { ...zeroOf(more), transferred: 3, on_time: 2 })).toMatchObject({ transferred: 3, onTime: 2 });
  });

  it('the rules, the sums and the response schema are the declared counters, in their order', () => {
    expect(MEASURES).toEqual(Object.keys(COUNTERS));
    expect(Object.keys(ZERO)).toEqual(Object.keys(COUNTERS));
    const counts = Object.values(COUNTERS).flatMap((c) => (c.figure ? [c.figure] : []));
    expect(Object.keys(Figures.properties).slice(0, counts.length)).toEqual(counts);
    const f = figuresOf({ ...ZERO, received: 4, valid: 4, accepted: 2, accept_minutes: 30, resolved: 2, on_time: 1, rated: 2, satisfied: 1 });
    expect(f).toMatchObject({ received: 4, onTime: 1, satisfied: 1, avgAcceptMinutes: 15, onTimeRate: 0.5, satisfactionRate: 0.5 });
    // Only the counters that feed means and rates stay out of the answer.
    expect(Object.keys(f)).not.toContain('accept_minutes');
  });

  it('a bigint counter is cast down before it is summed', () => {
    expect(sumColumns(COUNTERS)).toContain('coalesce(sum(r.accept_minutes::int), 0) as accept_minutes');
    expect(sumColumns(COUNTERS)).toContain('coalesce(sum(r.received), 0) as received');
  });
});
