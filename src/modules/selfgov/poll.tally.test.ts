import { describe, expect, it } from 'vitest';
import { tallyPoll } from './poll.tally.js';

describe('a poll’s count', () => {
  it('needs its quorum of the frozen voters before any option wins', () => {
    const r = tallyPoll(3, 10, [0, 0, 1], { quorum: { num: 1, den: 2 }, majority: 'simple' });
    expect(r.quorum).toMatchObject({ numerator: 3, denominator: 10, met: false });
    expect(r.winner).toBeNull();
    expect(r.byOption).toEqual([
      { option: 0, votes: 2 },
      { option: 1, votes: 1 },
      { option: 2, votes: 0 },
    ]);
  });

  it('wins by more than half, or by two thirds exactly, of the ballots cast', () => {
    expect(tallyPoll(2, 4, [0, 0, 1, 1], { quorum: { num: 1, den: 2 }, majority: 'simple' }).winner).toBeNull();
    expect(tallyPoll(2, 4, [0, 0, 1], { quorum: { num: 1, den: 2 }, majority: 'simple' }).winner).toBe(0);
    expect(tallyPoll(2, 3, [1, 1, 0], { quorum: { num: 2, den: 3 }, majority: 'twoThirds' }).winner).toBe(1);
    expect(tallyPoll(2, 4, [1, 1, 0, 0], { quorum: { num: 1, den: 1 }, majority: 'twoThirds' }).winner).toBeNull();
  });

  it('refuses a ballot for an option the poll does not have', () => {
    expect(() => tallyPoll(2, 3, [2], { quorum: { num: 0, den: 1 }, majority: 'simple' })).toThrow('ballot for option 2 of 2');
  });
});
