import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { containsPath } from '../../platform/scope.js';
import { findVisibleUnit } from '../org/index.js';
import { personOfUser } from '../people/index.js';
import { SELFGOV } from './selfgov.policy.js';
import type { PollMajority, VoteEligibility, VoteKind, VoteStatus } from './selfgov.schema.js';
import { drawRegister } from './register.resolver.js';
import { tallyOwners, type BallotChoice, type OwnersMatter } from './vote.tally.js';
import { tallyPoll } from './poll.tally.js';
import * as repo from './vote.repository.js';
import * as ballots from './ballot.repository.js';

/** An owners' vote offers these three, in this order; its ballots number them so. */
export const OWNERS_OPTIONS = ['同意 / For', '反对 / Against', '弃权 / Abstain'];
const OWNERS_CHOICES: BallotChoice[] = ['for', 'against', 'abstain'];
const VOTE_UNITS = new Set(['committee', 'compound', 'building']);

const STATUS = {
  draft: { zh: '草稿', en: 'a draft' },
  open: { zh: '投票中', en: 'open' },
  closed: { zh: '已结束', en: 'closed' },
  published: { zh: '已公布', en: 'published' },
} satisfies Record<VoteStatus, { zh: string; en: string }>;
const STEP = {
  open: { zh: '开始投票', en: 'opened' },
  close: { zh: '结束投票', en: 'closed' },
  publish: { zh: '公布结果', en: 'published' },
};

export interface VoteInput {
  question: string;
  kind: VoteKind;
  options?: string[];
  matter?: OwnersMatter;
  quorum?: { num: number; den: number };
  majority?: PollMajority;
  eligibility: VoteEligibility;
  secret: boolean;
  opensAt: Date;
  closesAt: Date;
}

/**
 * Votes of a committee, compound or building: drafted and opened by those who keep the unit (opening freezes the
 * register), cast once per voter by residents on the register, closed, then validated and published by someone
 * answerable for the result. No count is shown before the vote closes, to anyone.
 */
export class VoteService {
  constructor(private readonly core: Core) {}

  private assertReader(actor: Actor) {
    if (!this.core.can(actor, SELFGOV.read) && !this.core.can(actor, SELFGOV.vote)) throw forbidden(SELFGOV.read);
  }

  async list(actor: Actor, f: { page: number; pageSize: number }) {
    this.assertReader(actor);
    return repo.list(this.core.db, actor.scope, { limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
  }

  async get(actor: Actor, id: number) {
    this.assertReader(actor);
    const row = await repo.findVisible(this.core.db, actor.scope, id);
    if (!row) throw notFound('vote');
    return row;
  }

  async create(actor: Actor, unitId: number, input: VoteInput) {
    this.core.assert(actor, SELFGOV.manage);
    const fields = this.fields(input);
    return this.core.mutate(actor, async (w) => {
      const unit = await findVisibleUnit(w.db, actor.scope, unitId);
      if (!unit || unit.retired_at || !VOTE_UNITS.has(unit.type)) throw notFound('unit');
      const row = await repo.insert(w.db, {
        district_id: unit.district_id,
        unit_id: unit.id,
        unit_path: unit.path,
        created_by: actor.userId || null,
        ...fields,
      });
      await w.audit({
        action: 'selfgov.vote.create',
        targetType: 'selfgov_vote',
        targetId: row.id,
        districtId: unit.district_id,
        unitPath: unit.path,
        summary: { after: { ...fields, options: input.kind === 'owners278' ? OWNERS_OPTIONS : input.options } },
      });
      return row;
    });
  }

  /** Opens the vote and freezes its register: whatever changes in houses, areas or owners later, this vote counts with these. */
  async open(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.manage);
    return this.core.mutate(actor, async (w) => {
      const vote = await this.managed(w.db, actor, id, 'draft', 'open');
      const { rows, electors, voters } = await drawRegister(w.db, vote);
      await repo.insertRegister(w.db, vote.id, rows, electors);
      const after = await repo.update(w.db, vote.id, { status: 'open', opened_at: new Date(), electors: voters });
      const areaCenti = rows.reduce((a, r) => a + (r.areaCenti ?? 0), 0);
      await w.audit({
        action: 'selfgov.vote.open',
        targetType: 'selfgov_vote',
        targetId: vote.id,
        districtId: vote.district_id,
        unitPath: vote.unit_path,
        summary: { after: { status: 'open', voters, houses: rows.length, areaCenti } },
      });
      return after;
    });
  }

  /**
   * Casts the caller's ballot. The (vote, voter) unique key makes it once per voter whatever the channel or the
   * race; a retry with the same idempotency key gets the first answer back, any other second ballot a refusal.
   */
  async cast(actor: Actor, id: number, input: { choice: number; idempotencyKey: string }) {
    this.core.assert(actor, SELFGOV.vote);
    return this.core.mutate(actor, async (w) => {
      const vote = await repo.shareVisible(w.db, actor.scope, id);
      if (!vote) throw notFound('vote');
      if (vote.status !== 'open') throw conflict('SELFGOV_VOTE_NOT_OPEN', { statusZh: STATUS[vote.status].zh, statusEn: STATUS[vote.status].en });
      const now = Date.now();
      if (now < vote.opens_at.getTime() || now >= vote.closes_at.getTime()) {
        throw badRequest('SELFGOV_VOTE_OUTSIDE_HOURS', { opensAt: vote.opens_at.toISOString(), closesAt: vote.closes_at.toISOString() });
      }
      if (input.choice >= vote.options.length) throw badRequest('SELFGOV_VOTE_CHOICE', { choice: input.choice, count: vote.options.length });
      const person = actor.userId ? await personOfUser(w.db, actor.userId) : undefined;
      const elector = person ? await repo.voterKeyOf(w.db, vote.id, person.id) : undefined;
      if (!elector) throw new AppError('SELFGOV_VOTE_NOT_ELECTOR', 403);
      // The receipt proves the ballot is among those counted without saying what it chose: the salt is not kept.
      const receipt = createHash('sha256')
        .update(`${vote.id}|${elector.voter_key}|${input.choice}|${randomBytes(16).toString('hex')}`)
        .digest('hex')
        .slice(0, 16);
      const stored = await ballots.insertOnce(w.db, {
        voteId: vote.id,
        voterKey: elector.voter_key,
        choice: input.choice,
        idempotencyKey: input.idempotencyKey,
        receipt,
        castBy: actor.userId || null,
      });
      if (!stored) {
        const first = await ballots.findOfVoter(w.db, vote.id, elector.voter_key);
        if (first?.idempotency_key !== input.idempotencyKey) throw conflict('SELFGOV_VOTE_ALREADY_CAST');
        return { receipt: first.receipt, castAt: first.cast_at };
      }
      await w.audit({
        action: 'selfgov.vote.cast',
        targetType: 'selfgov_vote',
        targetId: vote.id,
        districtId: vote.district_id,
        unitPath: vote.unit_path,
        summary: { after: vote.secret ? { receipt } : { voter: elector.voter_key, choice: input.choice, receipt } },
      });
      return { receipt: stored.receipt, castAt: stored.cast_at };
    });
  }

  /** Whether the caller's voter has a ballot in, and its receipt; never the choice. */
  async myBallot(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.vote);
    const vote = await this.get(actor, id);
    const person = actor.userId ? await personOfUser(this.core.db, actor.userId) : undefined;
    const elector = person ? await repo.voterKeyOf(this.core.db, vote.id, person.id) : undefined;
    const ballot = elector ? await ballots.findOfVoter(this.core.db, vote.id, elector.voter_key) : undefined;
    return { onRegister: !!elector, voted: !!ballot, receipt: ballot?.receipt ?? null, castAt: ballot?.cast_at ?? null };
  }

  async close(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.manage);
    return this.core.mutate(actor, async (w) => {
      const vote = await this.managed(w.db, actor, id, 'open', 'close');
      const after = await repo.update(w.db, vote.id, { status: 'closed', closed_at: new Date() });
      await w.audit({
        action: 'selfgov.vote.close',
        targetType: 'selfgov_vote',
        targetId: vote.id,
        districtId: vote.district_id,
        unitPath: vote.unit_path,
        summary: { before: { status: 'open' }, after: { status: 'closed' } },
      });
      return after;
    });
  }

  /** Publishes the closed vote's result with the caller as its named validator. */
  async publish(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.validateVote);
    return this.core.mutate(actor, async (w) => {
      const vote = await this.managed(w.db, actor, id, 'closed', 'publish');
      const result = await this.count(w.db, vote);
      const after = await repo.update(w.db, vote.id, {
        status: 'published',
        published_at: new Date(),
        validated_by: actor.userId || null,
        validator_name: actor.userName,
      });
      await w.audit({
        action: 'selfgov.vote.publish',
        targetType: 'selfgov_vote',
        targetId: vote.id,
        districtId: vote.district_id,
        unitPath: vote.unit_path,
        summary: { after: { status: 'published', validator: actor.userName, result } },
      });
      return after;
    });
  }

  /**
   * The count, from the frozen register and the stored ballots. Nobody gets it while the vote is open; once
   * closed, those who validate it and keep the unit; once published, everyone who sees the vote.
   */
  async result(actor: Actor, id: number) {
    const vote = await this.get(actor, id);
    const reviewer = containsPath(actor.scope, vote.unit_path) && (this.core.can(actor, SELFGOV.manage) || this.core.can(actor, SELFGOV.validateVote));
    if (vote.status === 'draft' || vote.status === 'open' || (vote.status === 'closed' && !reviewer)) {
      throw conflict('SELFGOV_VOTE_RESULT_HIDDEN');
    }
    return { vote, ...(await this.count(this.core.db, vote)) };
  }

  /** The published vote's receipt codes, so each voter can find theirs among those counted. */
  async receipts(actor: Actor, id: number) {
    const vote = await this.get(actor, id);
    if (vote.status !== 'published') throw conflict('SELFGOV_VOTE_RESULT_HIDDEN');
    return (await ballots.receiptsOf(this.core.db, vote.id)).map((r) => r.receipt);
  }

  private async count(db: Core['db'], vote: repo.VoteRow) {
    const cast = await ballots.choicesOf(db, vote.id);
    if (vote.kind === 'owners278') {
      const register = await repo.registerOf(db, vote.id);
      const owners = tallyOwners(
        register.map((r) => ({ partId: r.house_id, areaCenti: r.area_centi ?? 0, ownerKey: r.voter_key })),
        cast.map((b) => ({ ownerKey: b.voter_key, choice: OWNERS_CHOICES[b.choice] ?? 'invalid' })),
        vote.matter ?? 'ordinary',
      );
      return { owners, poll: null };
    }
    const poll = tallyPoll(
      vote.options.length,
      vote.electors ?? 0,
      cast.map((b) => b.choice),
      { quorum: { num: vote.quorum_num ?? 0, den: vote.quorum_den ?? 1 }, majority: vote.majority ?? 'simple' },
    );
    return { owners: null, poll };
  }

  /** The vote for a change of state: locked, kept by the caller, in the state the step starts from. */
  private async managed(db: Core['db'], actor: Actor, id: number, from: VoteStatus, step: keyof typeof STEP) {
    const vote = await repo.lockVisible(db, actor.scope, id);
    if (!vote) throw notFound('vote');
    if (!containsPath(actor.scope, vote.unit_path)) throw forbidden(SELFGOV.manage);
    if (vote.status !== from) {
      throw conflict('SELFGOV_VOTE_STATE', {
        statusZh: STATUS[vote.status].zh,
        statusEn: STATUS[vote.status].en,
        stepZh: STEP[step].zh,
        stepEn: STEP[step].en,
      });
    }
    if (step === 'close' && Date.now() < vote.closes_at.getTime()) {
      throw badRequest('SELFGOV_VOTE_OUTSIDE_HOURS', { opensAt: vote.opens_at.toISOString(), closesAt: vote.closes_at.toISOString() });
    }
    return vote;
  }

  private fields(input: VoteInput) {
    const question = input.question.trim();
    if (!question) throw badRequest('SELFGOV_VOTE_QUESTION_EMPTY');
    if (input.closesAt.getTime() <= input.opensAt.getTime()) throw badRequest('SELFGOV_VOTE_TIMES');
    const base = { question, kind: input.kind, eligibility: input.eligibility, secret: input.secret, opens_at: input.opensAt, closes_at: input.closesAt };
    if (input.kind === 'owners278') {
      if (!input.matter || input.eligibility !== 'owners') throw badRequest('SELFGOV_VOTE_RULES');
      return { ...base, options: JSON.stringify(OWNERS_OPTIONS), matter: input.matter, quorum_num: null, quorum_den: null, majority: null };
    }
    const options = (input.options ?? []).map((o) => o.trim());
    if (options.length < 2 || options.length > 20 || options.some((o) => !o) || new Set(options).size !== options.length)
      throw badRequest('SELFGOV_VOTE_OPTIONS');
    if (!input.quorum || !input.majority || input.quorum.den <= 0 || input.quorum.num < 0 || input.quorum.num > input.quorum.den)
      throw badRequest('SELFGOV_VOTE_RULES');
    return { ...base, options: JSON.stringify(options), matter: null, quorum_num: input.quorum.num, quorum_den: input.quorum.den, majority: input.majority };
  }
}
