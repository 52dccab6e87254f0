import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type BallotChoice, type OwnerBallot, type OwnersMatter, type RegisterPart, meets, tallyOwners } from './vote.tally.js';

const CHOICES: BallotChoice[] = ['for', 'against', 'abstain', 'invalid'];

/** A register of up to 60 houses held by up to 40 owners (some owners hold several), areas 20–300 m². */
const registerArb = fc
  .array(fc.record({ owner: fc.integer({ min: 0, max: 39 }), areaCenti: fc.integer({ min: 2000, max: 30000 }) }), { minLength: 1, maxLength: 60 })
  .map((rows) => rows.map((r, i): RegisterPart => ({ partId: i + 1, areaCenti: r.areaCenti, ownerKey: `o${r.owner}` })));

/** Ballots of a random subset of the register's owners, one each. */
const caseArb = registerArb.chain((register) => {
  const owners = [...new Set(register.map((p) => p.ownerKey))];
  return fc.record({
    register: fc.constant(register),
    ballots: fc
      .subarray(owners)
      .chain((voters) => fc.tuple(...voters.map((ownerKey) => fc.constantFrom(...CHOICES).map((choice): OwnerBallot => ({ ownerKey, choice }))))),
    matter: fc.constantFrom<OwnersMatter>('major', 'ordinary'),
  });
});

/**
 * The rules recomputed the plain way, house by house, with exact fractions: what the tally must agree with.
 * Owners are found by sorting the houses, not by the tally's map.
 */
function recompute(register: RegisterPart[], ballots: OwnerBallot[], matter: OwnersMatter) {
  const houses = [...register].sort((a, b) => a.ownerKey.localeCompare(b.ownerKey));
  const owners: string[] = [];
  for (const h of houses) if (owners[owners.length - 1] !== h.ownerKey) owners.push(h.ownerKey);
  const choiceOf = new Map(ballots.map((b) => [b.ownerKey, b.choice]));
  let total = 0n;
  let castArea = 0n;
  let forArea = 0n;
  for (const h of houses) {
    total += BigInt(h.areaCenti);
    const c = choiceOf.get(h.ownerKey);
    if (c) castArea += BigInt(h.areaCenti);
    if (c === 'for') forArea += BigInt(h.areaCenti);
  }
  const castOwners = BigInt(owners.filter((o) => choiceOf.has(o)).length);
  const forOwners = BigInt(owners.filter((o) => choiceOf.get(o) === 'for').length);
  const n = BigInt(owners.length);
  const twoThirds = (x: bigint, of: bigint) => of > 0n && 3n * x >= 2n * of;
  const approve = (x: bigint, of: bigint) => of > 0n && (matter === 'major' ? 4n * x >= 3n * of : 2n * x > of);
  return [twoThirds(castArea, total), twoThirds(castOwners, n), approve(forArea, castArea), approve(forOwners, castOwners)];
}

describe('art. 278 tally', () => {
  it('agrees with a plain recomputation, house by house', () => {
    fc.assert(
      fc.property(caseArb, ({ register, ballots, matter }) => {
        const t = tallyOwners(register, ballots, matter);
        const expected = recompute(register, ballots, matter);
        expect(t.thresholds.map((x) => x.met)).toEqual(expected);
        expect(t.passed).toBe(expected.every(Boolean));
      }),
      { numRuns: 400 },
    );
  });

  it('counts each house once and each owner once, whatever the order of the ballots', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.shuffledSubarray(c.ballots, { minLength: c.ballots.length }).map((shuffled) => ({ ...c, shuffled }))),
        ({ register, ballots, matter, shuffled }) => {
          const t = tallyOwners(register, ballots, matter);
          expect(t.totals.parts).toBe(register.length);
          expect(t.totals.owners).toBe(new Set(register.map((p) => p.ownerKey)).size);
          expect(t.totals.areaCenti).toBe(register.reduce((a, p) => a + p.areaCenti, 0));
          expect(t.cast.owners).toBe(ballots.length);
          expect(tallyOwners(register, shuffled, matter)).toEqual(t);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a second ballot of the same owner changes nothing and is reported', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.ballots.length > 0),
        fc.constantFrom(...CHOICES),
        ({ register, ballots, matter }, again) => {
          const t = tallyOwners(register, ballots, matter);
          const twice = tallyOwners(register, [...ballots, { ownerKey: ballots[0]!.ownerKey, choice: again }], matter);
          expect(twice.thresholds).toEqual(t.thresholds);
          expect(twice.rejected).toEqual([{ ownerKey: ballots[0]!.ownerKey, reason: 'duplicate' }]);
        },
      ),
    );
  });

  it('changing one ballot moves the result only the way it should', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.ballots.length > 0),
        fc.nat(),
        ({ register, ballots, matter }, pick) => {
          const i = pick % ballots.length;
          const withChoice = (choice: BallotChoice) => ballots.map((b, k) => (k === i ? { ...b, choice } : b));
          const asFor = tallyOwners(register, withChoice('for'), matter);
          for (const other of ['against', 'abstain', 'invalid'] as const) {
            const t = tallyOwners(register, withChoice(other), matter);
            // Same participation: only approval may change, and only towards passing when the ballot becomes `for`.
            expect(t.thresholds.slice(0, 2)).toEqual(asFor.thresholds.slice(0, 2));
            if (t.passed) expect(asFor.passed).toBe(true);
          }
          // Withdrawing the ballot altogether can only lower participation.
          const without = tallyOwners(
            register,
            ballots.filter((_, k) => k !== i),
            matter,
          );
          expect(without.cast.areaCenti).toBeLessThanOrEqual(asFor.cast.areaCenti);
          if (asFor.thresholds[0]!.met === false) expect(without.thresholds[0]!.met).toBe(false);
        },
      ),
    );
  });

  it('two thirds exactly is enough, a hundredth of a square metre less is not', () => {
    const register: RegisterPart[] = [
      { partId: 1, areaCenti: 10000, ownerKey: 'a' },
      { partId: 2, areaCenti: 10000, ownerKey: 'b' },
      { partId: 3, areaCenti: 10000, ownerKey: 'c' },
    ];
    const votes: OwnerBallot[] = [
      { ownerKey: 'a', choice: 'for' },
      { ownerKey: 'b', choice: 'for' },
    ];
    expect(tallyOwners(register, votes, 'major').thresholds[0]).toMatchObject({ numerator: 20000, denominator: 30000, met: true });
    const smaller = register.map((p) => (p.ownerKey === 'b' ? { ...p, areaCenti: 9999 } : p));
    expect(tallyOwners(smaller, votes, 'major').thresholds[0]!.met).toBe(false);
  });

  it('three quarters for the maintenance fund or an elevator, more than half for the rest', () => {
    const register: RegisterPart[] = [1, 2, 3, 4].map((id) => ({ partId: id, areaCenti: 8000, ownerKey: `o${id}` }));
    const ballots: OwnerBallot[] = [
      { ownerKey: 'o1', choice: 'for' },
      { ownerKey: 'o2', choice: 'for' },
      { ownerKey: 'o3', choice: 'against' },
      { ownerKey: 'o4', choice: 'abstain' },
    ];
    // Two of four participants: half is not more than half, and far from three quarters.
    expect(tallyOwners(register, ballots, 'ordinary').passed).toBe(false);
    const three = ballots.map((b) => (b.ownerKey === 'o3' ? { ...b, choice: 'for' as const } : b));
    expect(tallyOwners(register, three, 'ordinary').passed).toBe(true);
    expect(tallyOwners(register, three, 'major').passed).toBe(true);
    // An abstention is a participant who did not approve: three of four is still three quarters.
    expect(tallyOwners(register, three, 'major').thresholds.map((t) => t.met)).toEqual([true, true, true, true]);
  });

  it('an owner of two flats votes once with the area of both; co-owners of a house vote once', () => {
    const register: RegisterPart[] = [
      { partId: 1, areaCenti: 9000, ownerKey: 'wang' },
      { partId: 2, areaCenti: 6000, ownerKey: 'wang' },
      { partId: 3, areaCenti: 7000, ownerKey: 'li+zhao' },
    ];
    const t = tallyOwners(register, [{ ownerKey: 'wang', choice: 'for' }], 'ordinary');
    expect(t.totals).toEqual({ areaCenti: 22000, owners: 2, parts: 3 });
    expect(t.byChoice.for).toEqual({ areaCenti: 15000, owners: 1 });
    expect(tallyOwners(register, [{ ownerKey: 'nobody', choice: 'for' }], 'ordinary').rejected).toEqual([{ ownerKey: 'nobody', reason: 'notOnRegister' }]);
  });

  it('refuses a register that is not exact', () => {
    expect(() => tallyOwners([{ partId: 1, areaCenti: 87.5, ownerKey: 'a' }], [], 'major')).toThrow(/hundredths/);
    expect(() =>
      tallyOwners(
        [
          { partId: 1, areaCenti: 1, ownerKey: 'a' },
          { partId: 1, areaCenti: 1, ownerKey: 'b' },
        ],
        [],
        'major',
      ),
    ).toThrow(/twice/);
    expect(meets(1, 0, { num: 1, den: 2, rule: 'moreThan' })).toBe(false);
  });
});
