import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quorumOf, type QuorumInvitee } from './meeting.quorum.js';
import { newSignInCode, normaliseSignInCode, SIGN_IN_ALPHABET } from './sign-in.code.js';

const person = (roleKey: string, present: boolean): QuorumInvitee => ({ roleKey, isGroup: false, present });

describe('quorum', () => {
  it("is the type's share of those invited, rounded up, and never met with nobody invited", () => {
    const half = { of: 'invitees', share: 0.5 };
    expect(quorumOf(half, [person('a', true), person('b', false), person('c', false), person('d', true)])).toMatchObject({ needed: 2, present: 2, met: true });
    expect(quorumOf(half, [person('a', true), person('b', false), person('c', false)])).toMatchObject({ needed: 2, met: false });
    expect(quorumOf(half, [{ roleKey: 'residentReps', isGroup: true, present: false }])).toMatchObject({ invited: 0, met: false, groupsUnfilled: 1 });
    expect(quorumOf(null, [])).toMatchObject({ required: false, met: true });
  });

  it('counts only the role the rule names, and a group once someone of its role is named is filled', () => {
    const rule = { of: 'residentReps', share: 2 / 3 };
    const people = [
      person('committee', false),
      person('residentReps', true),
      person('residentReps', true),
      person('residentReps', false),
      { roleKey: 'residentReps', isGroup: true, present: false },
    ];
    expect(quorumOf(rule, people)).toMatchObject({ of: 'residentReps', invited: 3, present: 2, needed: 2, met: true, groupsUnfilled: 0 });
  });

  it('agrees with counting the plain way for any share and attendance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }), (percent, present) => {
        const q = quorumOf(
          { of: 'invitees', share: percent / 100 },
          present.map((p) => person('x', p)),
        );
        const count = present.filter(Boolean).length;
        expect(q.met).toBe(count * 100 >= percent * present.length);
      }),
    );
  });
});

describe('sign-in codes', () => {
  it('use no character that reads as another, and are found again however they are typed', () => {
    for (const c of 'O0I1') expect(SIGN_IN_ALPHABET).not.toContain(c);
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) taken.add(newSignInCode(taken));
    expect(taken.size).toBe(500);
    for (const code of taken) expect(normaliseSignInCode(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `)).toBe(code);
    expect(normaliseSignInCode('AB0CDE')).toBeNull();
    expect(normaliseSignInCode('ABCDE')).toBeNull();
  });
});
