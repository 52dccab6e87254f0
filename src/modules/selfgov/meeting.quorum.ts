import type { MeetingType } from './meeting-type.catalog.js';

export interface QuorumInvitee {
  roleKey: string;
  isGroup: boolean;
  present: boolean;
}

export interface Quorum {
  /** Whether the type asks for one at all. */
  required: boolean;
  /** `invitees`, or the role key whose invitees count. */
  of: string | null;
  invited: number;
  present: number;
  /** Sign-ins needed: the type's share of those invited, rounded up. */
  needed: number;
  met: boolean;
  /** Invitee groups still to be filled by name: their people are not counted yet. */
  groupsUnfilled: number;
}

/**
 * The quorum of a meeting from its type's rule and the sign-ins so far. A share is a decimal in the catalog
 * (0.5, 2/3 written as 0.6666…): the product is rounded up after forgiving the last bits of binary fractions,
 * so 0.07 of a hundred needs seven, not eight. Nobody invited means no quorum, never a met one.
 */
export function quorumOf(rule: MeetingType['quorum'], invitees: readonly QuorumInvitee[]): Quorum {
  const named = new Set(invitees.filter((i) => !i.isGroup).map((i) => i.roleKey));
  const groupsUnfilled = invitees.filter((i) => i.isGroup && !named.has(i.roleKey)).length;
  const persons = invitees.filter((i) => !i.isGroup && (!rule || rule.of === 'invitees' || i.roleKey === rule.of));
  const present = persons.filter((i) => i.present).length;
  if (!rule) return { required: false, of: null, invited: persons.length, present, needed: 0, met: true, groupsUnfilled };
  const needed = Math.ceil(rule.share * persons.length - 1e-9);
  return { required: true, of: rule.of, invited: persons.length, present, needed, met: persons.length > 0 && present >= needed, groupsUnfilled };
}
