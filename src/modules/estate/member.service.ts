import type { Core, Work } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { PersonService } from '../people/index.js';
import { ESTATE } from './estate.policy.js';
import type { CommitteeRole } from './estate.schema.js';
import { sealPhone } from './contact.js';
import * as checks from './estate.checks.js';
import * as repo from './committee.repository.js';
import { visibleCompound } from './compound.service.js';

export interface MemberInput {
  name?: string | null;
  role: CommitteeRole;
  /** The owner's resident record; the name is taken from it when none is given. */
  personId?: number | null;
  /** Left out on an update, this and every other field stays as stored. */
  phone?: string | null;
  since?: string | null;
  until?: string | null;
}

/** Members of an owners' committee term: who, in which role, from when to when, how to reach them. */
export class MemberService {
  constructor(private readonly core: Core) {}

  async add(actor: Actor, termId: number, input: MemberInput) {
    this.core.assert(actor, ESTATE.manage);
    return this.core.mutate(actor, async (w) => {
      const term = await repo.findVisibleTerm(w.db, actor.scope, termId);
      if (!term) throw notFound('term');
      const row = await this.columns(w, term, input, null);
      const [member] = await repo.insertMembers(w.db, [
        { district_id: term.district_id, term_id: term.id, unit_path: term.unit_path, ...row, ...sealPhone(this.core.crypto, input.phone) },
      ]);
      await w.audit({
        action: 'estate.member.add',
        targetType: 'owners_committee_member',
        targetId: member!.id,
        unitPath: term.unit_path,
        districtId: term.district_id,
        summary: { termNumber: term.term_number, after: summary(member!) },
      });
      return member!;
    });
  }

  async update(actor: Actor, id: number, input: MemberInput) {
    this.core.assert(actor, ESTATE.manage);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findVisibleMember(w.db, actor.scope, id);
      if (!before) throw notFound('member');
      const term = await repo.findVisibleTerm(w.db, actor.scope, before.term_id);
      if (!term) throw notFound('term');
      // What the update leaves out stays as it was.
      const merged = {
        ...input,
        name: input.name ?? before.name,
        personId: input.personId === undefined ? before.person_id : input.personId,
        since: input.since ?? before.since,
        until: input.until === undefined ? before.until : input.until,
      };
      const row = await this.columns(w, term, merged, before);
      const phone = input.phone === undefined ? {} : sealPhone(this.core.crypto, input.phone);
      const after = await repo.updateMember(w.db, id, { ...row, ...phone });
      await w.audit({
        action: 'estate.member.update',
        targetType: 'owners_committee_member',
        targetId: id,
        unitPath: term.unit_path,
        districtId: term.district_id,
        summary: { termNumber: term.term_number, before: summary(before), after: summary(after) },
      });
      return after;
    });
  }

  /** For an entry made by mistake; a member who leaves office gets an end date instead. */
  async remove(actor: Actor, id: number) {
    this.core.assert(actor, ESTATE.manage);
    return this.core.mutate(actor, async (w) => {
      const member = await repo.findVisibleMember(w.db, actor.scope, id);
      if (!member) throw notFound('member');
      await repo.removeMember(w.db, id);
      await w.audit({
        action: 'estate.member.delete',
        targetType: 'owners_committee_member',
        targetId: id,
        unitPath: member.unit_path,
        districtId: member.district_id,
        summary: { before: summary(member) },
      });
    });
  }

  async reveal(actor: Actor, id: number, purpose: string) {
    this.core.assert(actor, ESTATE.reveal);
    const member = await repo.findVisibleMember(this.core.db, actor.scope, id);
    if (!member) throw notFound('member');
    if (!member.phone_enc) throw notFound('phone');
    await this.core.recordSensitiveRead(actor, {
      action: 'estate.member.reveal',
      targetType: 'owners_committee_member',
      targetId: id,
      unitPath: member.unit_path,
      districtId: member.district_id,
      summary: { field: 'phone', name: member.name },
      purpose,
    });
    return this.core.crypto.decrypt(member.phone_enc);
  }

  private async columns(w: Work, term: repo.TermRow, input: MemberInput, before: repo.MemberRow | null) {
    const since = checks.day(input.since ?? term.start_date);
    // Office ends with the term at the latest.
    const until = checks.optionalDay(input.until) ?? (term.status === 'ended' ? term.ended_on : null);
    checks.inOrder(w.actor, { key: 'since', value: since }, { key: 'until', value: until });
    const last = term.ended_on ?? term.end_date;
    if (since < term.start_date || since > last || (until !== null && until > last)) {
      throw badRequest('MEMBER_OUTSIDE_TERM', { number: term.term_number, start: term.start_date, end: last });
    }
    const personId = input.personId ?? null;
    const person = personId === null ? null : await this.owner(w, term.compound_id, personId);
    const name = input.name?.trim() || person?.name || checks.name('');
    if (input.role === 'director') {
      const other = await repo.overlappingDirector(w.db, term.id, since, until, before?.id ?? null);
      if (other) throw conflict('MEMBER_DIRECTOR_TAKEN', { number: term.term_number, name: other.name, since: other.since });
    }
    return { name, role: input.role, person_id: personId, since, until };
  }

  /** The linked person must live in the compound or own a house in it, and the caller must be able to see them. */
  private async owner(w: Work, compoundId: number, personId: number) {
    const compound = await visibleCompound(w.db, w.actor.scope, compoundId);
    // Inside the transaction: the embedded database has one connection, which the transaction holds.
    const { person, houses } = await new PersonService(this.core.withDb(w.db)).get(w.actor, personId);
    const lives = !!person.unit_path?.startsWith(compound.path);
    const owns = houses.some((h) => h.relation === 'owner' && h.unit_path.startsWith(compound.path));
    if (!lives && !owns) throw badRequest('MEMBER_PERSON_NOT_HERE', { name: person.name, compound: compound.name });
    return person;
  }
}

const summary = (m: repo.MemberRow) => ({ name: m.name, role: m.role, personId: m.person_id, phone: m.phone_masked, since: m.since, until: m.until });
