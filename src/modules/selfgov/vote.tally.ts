/**
 * The owners' decision rules of Civil Code art. 278, computed from a vote's frozen owners' register and its
 * recorded ballots. Pure and exact: areas are integers (hundredths of a square metre, as the register states
 * them), every threshold is compared by cross-multiplying, never by dividing, so a share that is exactly two
 * thirds is two thirds.
 *
 * Who counts, by the Supreme People's Court's interpretation of building ownership (建筑物区分所有权解释, arts. 8
 * and 9): an owner's area is the registered floor area of their exclusive parts; the number of owners is the
 * number of exclusive parts, except that one buyer holding several parts, and the developer's unsold or
 * undelivered parts, count as one. So the register groups parts by `ownerKey` (a person, co-owners of a house,
 * or the developer), and one ballot is cast per owner key: a house with several owners votes once, and an owner
 * of two flats votes once with the area of both.
 */

/** 第二百七十八条 items (6)–(8) — using or raising the maintenance fund, rebuilding, changing the use of common
 * parts — need three quarters; every other item more than half. */
export type OwnersMatter = 'major' | 'ordinary';

export type BallotChoice = 'for' | 'against' | 'abstain' | 'invalid';

export interface RegisterPart {
  /** The exclusive part (a house) as the register lists it. */
  partId: number;
  /** Registered floor area in hundredths of a square metre (87.65 m² → 8765). */
  areaCenti: number;
  /** The owner the part belongs to: parts with the same key count as one owner and vote with one ballot. */
  ownerKey: string;
}

export interface OwnerBallot {
  ownerKey: string;
  choice: BallotChoice;
}

/** A share compared with its required fraction: `numerator / denominator` against `need` (`atLeast` or `moreThan`). */
export interface Threshold {
  key: 'participationArea' | 'participationOwners' | 'approvalArea' | 'approvalOwners';
  numerator: number;
  denominator: number;
  need: { num: number; den: number; rule: 'atLeast' | 'moreThan' };
  met: boolean;
}

export interface OwnersTally {
  matter: OwnersMatter;
  totals: { areaCenti: number; owners: number; parts: number };
  cast: { areaCenti: number; owners: number };
  byChoice: Record<BallotChoice, { areaCenti: number; owners: number }>;
  thresholds: Threshold[];
  /** Both participation thresholds met and both approval thresholds met. */
  passed: boolean;
  /** Ballots left out, with why: an owner key not on the register, or a second ballot of the same owner. */
  rejected: Array<{ ownerKey: string; reason: 'notOnRegister' | 'duplicate' }>;
}

const TWO_THIRDS = { num: 2, den: 3, rule: 'atLeast' } as const;
const APPROVAL: Record<OwnersMatter, Threshold['need']> = {
  major: { num: 3, den: 4, rule: 'atLeast' },
  ordinary: { num: 1, den: 2, rule: 'moreThan' },
};

/** `numerator / denominator` against `need`, in integers; nothing is met over an empty denominator. */
export function meets(numerator: number, denominator: number, need: Threshold['need']): boolean {
  if (denominator <= 0) return false;
  const left = numerator * need.den;
  const right = denominator * need.num;
  return need.rule === 'atLeast' ? left >= right : left > right;
}

function threshold(key: Threshold['key'], numerator: number, denominator: number, need: Threshold['need']): Threshold {
  return { key, numerator, denominator, need, met: meets(numerator, denominator, need) };
}

/**
 * Tallies an art. 278 vote. Participation is every owner who cast a ballot, an abstention or a spoilt ballot
 * included (they took part in the vote); approval counts `for` only, against the participants' area and number.
 */
export function tallyOwners(register: readonly RegisterPart[], ballots: readonly OwnerBallot[], matter: OwnersMatter): OwnersTally {
  const areaOf = new Map<string, number>();
  const parts = new Set<number>();
  for (const p of register) {
    if (!Number.isSafeInteger(p.areaCenti) || p.areaCenti < 0) throw new Error(`part ${p.partId}: area must be a whole number of hundredths of a square metre`);
    if (parts.has(p.partId)) throw new Error(`part ${p.partId} is on the register twice`);
    parts.add(p.partId);
    areaOf.set(p.ownerKey, (areaOf.get(p.ownerKey) ?? 0) + p.areaCenti);
  }
  const totalArea = [...areaOf.values()].reduce((a, b) => a + b, 0);

  const byChoice: OwnersTally['byChoice'] = {
    for: { areaCenti: 0, owners: 0 },
    against: { areaCenti: 0, owners: 0 },
    abstain: { areaCenti: 0, owners: 0 },
    invalid: { areaCenti: 0, owners: 0 },
  };
  const seen = new Set<string>();
  const rejected: OwnersTally['rejected'] = [];
  for (const b of ballots) {
    const area = areaOf.get(b.ownerKey);
    if (area === undefined) rejected.push({ ownerKey: b.ownerKey, reason: 'notOnRegister' });
    else if (seen.has(b.ownerKey)) rejected.push({ ownerKey: b.ownerKey, reason: 'duplicate' });
    else {
      seen.add(b.ownerKey);
      byChoice[b.choice].areaCenti += area;
      byChoice[b.choice].owners += 1;
    }
  }
  const cast = Object.values(byChoice).reduce((a, c) => ({ areaCenti: a.areaCenti + c.areaCenti, owners: a.owners + c.owners }), { areaCenti: 0, owners: 0 });
  const thresholds = [
    threshold('participationArea', cast.areaCenti, totalArea, TWO_THIRDS),
    threshold('participationOwners', cast.owners, areaOf.size, TWO_THIRDS),
    threshold('approvalArea', byChoice.for.areaCenti, cast.areaCenti, APPROVAL[matter]),
    threshold('approvalOwners', byChoice.for.owners, cast.owners, APPROVAL[matter]),
  ];
  return {
    matter,
    totals: { areaCenti: totalArea, owners: areaOf.size, parts: parts.size },
    cast,
    byChoice,
    thresholds,
    passed: thresholds.every((t) => t.met),
    rejected,
  };
}
