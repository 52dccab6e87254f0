import { meets, type Threshold } from './vote.tally.js';
import type { PollMajority } from './selfgov.schema.js';

export interface PollTally {
  electors: number;
  cast: number;
  byOption: Array<{ option: number; votes: number }>;
  quorum: { numerator: number; denominator: number; need: Threshold['need']; met: boolean };
  /** The option holding the majority of the ballots cast, when one does and the quorum is met. */
  winner: number | null;
}

const MAJORITY: Record<PollMajority, Threshold['need']> = {
  simple: { num: 1, den: 2, rule: 'moreThan' },
  twoThirds: { num: 2, den: 3, rule: 'atLeast' },
};

/** A poll's count: ballots per option, the quorum against the frozen number of voters, the majority against those cast. */
export function tallyPoll(
  optionCount: number,
  electors: number,
  choices: readonly number[],
  rules: { quorum: { num: number; den: number }; majority: PollMajority },
): PollTally {
  const votes = Array.from({ length: optionCount }, () => 0);
  for (const c of choices) {
    if (!Number.isInteger(c) || c < 0 || c >= optionCount) throw new Error(`ballot for option ${c} of ${optionCount}`);
    votes[c]! += 1;
  }
  const need = { num: rules.quorum.num, den: rules.quorum.den, rule: 'atLeast' } as const;
  const quorumMet = meets(choices.length, electors, need);
  const winner = quorumMet ? votes.findIndex((v) => meets(v, choices.length, MAJORITY[rules.majority])) : -1;
  return {
    electors,
    cast: choices.length,
    byOption: votes.map((v, option) => ({ option, votes: v })),
    quorum: { numerator: choices.length, denominator: electors, need, met: quorumMet },
    winner: winner >= 0 ? winner : null,
  };
}
