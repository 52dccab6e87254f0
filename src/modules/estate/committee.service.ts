import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { ESTATE } from './estate.policy.js';
import { addDays, defaultTermEnd } from './estate.rules.js';
import * as checks from './estate.checks.js';
import * as repo from './committee.repository.js';
import { visibleCompound } from './compound.service.js';

export interface TermInput {
  startDate: string;
  /** Five years on when left out. */
  endDate?: string | null;
  electionDate?: string | null;
  electionRef?: string | null;
  /** Re-elected members (连任) carry over into the new term with their roles. */
  carryOverMembers?: boolean;
}

export type TermPatch = Omit<TermInput, 'startDate' | 'carryOverMembers'> & { endDate: string };

export const TERM_STARTED = 'estate.owners_committee.term_started';

/**
 * Owners' committees and their terms. A committee sits in one term at a time: starting a term (the first
 * election, or a re-election) ends the one before it on the eve of the new start, and the members still in
 * office leave with it.
 */
export class CommitteeService {
  constructor(private readonly core: Core) {}

  async startTerm(actor: Actor, compoundId: number, input: TermInput) {
    this.core.assert(actor, ESTATE.manage);
    const start = checks.day(input.startDate);
    const end = input.endDate ? checks.day(input.endDate) : defaultTermEnd(start);
    checks.inOrder(actor, { key: 'start', value: start }, { key: 'end', value: end });
    const electionDate = checks.optionalDay(input.electionDate);
    return this.core.mutate(actor, async (w) => {
      const compound = await visibleCompound(w.db, actor.scope, compoundId);
      await repo.lockCompound(w.db, compound.id);
      const committee =
        (await repo.committeeOf(w.db, compound.id)) ??
        (await repo.insertCommittee(w.db, {
          district_id: compound.district_id,
          compound_id: compound.id,
          unit_path: compound.path,
          name: `${compound.name}业主委员会`,
        }));
      const previous = await repo.currentTerm(w.db, committee.id);
      let carried: repo.MemberRow[] = [];
      if (previous) {
        if (start <= previous.start_date) throw badRequest('TERM_START_ORDER', { number: previous.term_number, start: previous.start_date });
        // The eve of the new term, or the planned end when the old term had already run out before the election.
        const eve = addDays(start, -1);
        const endedOn = previous.end_date < eve ? previous.end_date : eve;
        await repo.updateTerm(w.db, previous.id, { status: 'ended', ended_on: endedOn });
        const leaving = await repo.endOpenMembers(w.db, previous.id, endedOn);
        if (input.carryOverMembers) carried = leaving;
        await w.audit({
          action: 'estate.term.end',
          targetType: 'owners_committee_term',
          targetId: previous.id,
          unitPath: compound.path,
          districtId: compound.district_id,
          summary: { termNumber: previous.term_number, endedOn, membersLeaving: leaving.length },
        });
      }
      const term = await repo.insertTerm(w.db, {
        district_id: compound.district_id,
        committee_id: committee.id,
        compound_id: compound.id,
        unit_path: compound.path,
        term_number: (await repo.lastTermNumber(w.db, committee.id)) + 1,
        start_date: start,
        end_date: end,
        election_date: electionDate,
        election_ref: checks.text(input.electionRef),
        status: 'current',
        ended_on: null,
      });
      const members = await repo.insertMembers(
        w.db,
        carried.map((m) => ({
          district_id: m.district_id,
          term_id: term.id,
          unit_path: compound.path,
          name: m.name,
          role: m.role,
          person_id: m.person_id,
          phone_enc: m.phone_enc,
          phone_masked: m.phone_masked,
          since: start,
          until: null,
        })),
      );
      await w.audit({
        action: 'estate.term.start',
        targetType: 'owners_committee_term',
        targetId: term.id,
        unitPath: compound.path,
        districtId: compound.district_id,
        summary: {
          committeeId: committee.id,
          termNumber: term.term_number,
          startDate: start,
          endDate: end,
          electionDate,
          electionRef: term.election_ref,
          previousTermId: previous?.id ?? null,
          carriedOver: members.length,
        },
      });
      // Votes (40-self-governance) link elections to terms through this event and election_ref.
      w.emit(
        TERM_STARTED,
        {
          compoundId: compound.id,
          committeeId: committee.id,
          termId: term.id,
          termNumber: term.term_number,
          startDate: start,
          endDate: end,
          electionRef: term.election_ref,
          previousTermId: previous?.id ?? null,
        },
        compound.district_id,
      );
      return { committee, term, previous: previous ?? null, members };
    });
  }

  /** Dates and election details of a term; when it started is fixed by the election that started it. */
  async updateTerm(actor: Actor, id: number, patch: TermPatch) {
    this.core.assert(actor, ESTATE.manage);
    const end = checks.day(patch.endDate);
    const electionDate = checks.optionalDay(patch.electionDate);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findVisibleTerm(w.db, actor.scope, id);
      if (!before) throw notFound('term');
      checks.inOrder(actor, { key: 'start', value: before.start_date }, { key: 'end', value: end });
      const after = await repo.updateTerm(w.db, id, { end_date: end, election_date: electionDate, election_ref: checks.text(patch.electionRef) });
      const pick = (t: repo.TermRow) => ({ endDate: t.end_date, electionDate: t.election_date, electionRef: t.election_ref });
      await w.audit({
        action: 'estate.term.update',
        targetType: 'owners_committee_term',
        targetId: id,
        unitPath: before.unit_path,
        districtId: before.district_id,
        summary: { termNumber: before.term_number, before: pick(before), after: pick(after) },
      });
      return after;
    });
  }
}
