import { Type } from '@sinclair/typebox';
import { Id, Nullable } from '../../platform/http/schemas.js';
import type { VoteRow } from './vote.repository.js';

export const VoteView = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  question: Type.String(),
  options: Type.Array(Type.String()),
  kind: Type.Union([Type.Literal('owners278'), Type.Literal('poll')]),
  matter: Nullable(Type.Union([Type.Literal('major'), Type.Literal('ordinary')])),
  quorum: Nullable(Type.Object({ num: Type.Integer(), den: Type.Integer() })),
  majority: Nullable(Type.Union([Type.Literal('simple'), Type.Literal('twoThirds')])),
  eligibility: Type.Union([Type.Literal('owners'), Type.Literal('household')]),
  secret: Type.Boolean(),
  opensAt: Type.String(),
  closesAt: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('closed'), Type.Literal('published')]),
  electors: Nullable(Type.Integer()),
  publishedAt: Nullable(Type.String()),
  validatorName: Nullable(Type.String()),
});

export const CreateVoteBody = Type.Object({
  unitId: Id({ description: '投票单位（居委会、小区、楼栋）/ the committee, compound or building that votes' }),
  question: Type.String({ minLength: 1, maxLength: 500 }),
  kind: Type.Union([Type.Literal('owners278'), Type.Literal('poll')], { description: '业主表决（民法典第二百七十八条）或普通投票 / owners’ vote or poll' }),
  options: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20, description: '普通投票的选项 / a poll’s options' })),
  matter: Type.Optional(
    Type.Union([Type.Literal('major'), Type.Literal('ordinary')], { description: '重大事项（四分之三）或一般事项（过半数）/ major or ordinary' }),
  ),
  quorum: Type.Optional(
    Type.Object({ num: Type.Integer({ minimum: 0 }), den: Type.Integer({ minimum: 1 }) }, { description: '最低参与率 / the share that must take part' }),
  ),
  majority: Type.Optional(Type.Union([Type.Literal('simple'), Type.Literal('twoThirds')])),
  eligibility: Type.Union([Type.Literal('owners'), Type.Literal('household')], { description: '业主或每户一票 / owners, or one per household' }),
  secret: Type.Boolean({ description: '无记名投票 / secret ballot' }),
  opensAt: Type.String({ format: 'date-time' }),
  closesAt: Type.String({ format: 'date-time' }),
});

export const CastBody = Type.Object({
  choice: Type.Integer({ minimum: 0, maximum: 19, description: '所选选项的序号（从 0 起）/ the option chosen, from 0' }),
  idempotencyKey: Type.String({ minLength: 8, maxLength: 64, description: '同一次投票的重试使用同一个键 / the same key for retries of one ballot' }),
});

export const Receipt = Type.Object({ receipt: Type.String(), castAt: Type.String() });
export const MyBallot = Type.Object({ onRegister: Type.Boolean(), voted: Type.Boolean(), receipt: Nullable(Type.String()), castAt: Nullable(Type.String()) });

const Fraction = Type.Object({ num: Type.Integer(), den: Type.Integer(), rule: Type.Union([Type.Literal('atLeast'), Type.Literal('moreThan')]) });
const AreaOwners = Type.Object({ areaCenti: Type.Integer(), owners: Type.Integer() });
export const OwnersResult = Type.Object({
  matter: Type.Union([Type.Literal('major'), Type.Literal('ordinary')]),
  totals: Type.Object({ areaCenti: Type.Integer(), owners: Type.Integer(), parts: Type.Integer() }),
  cast: AreaOwners,
  byChoice: Type.Object({ for: AreaOwners, against: AreaOwners, abstain: AreaOwners, invalid: AreaOwners }),
  thresholds: Type.Array(
    Type.Object({
      key: Type.Union([Type.Literal('participationArea'), Type.Literal('participationOwners'), Type.Literal('approvalArea'), Type.Literal('approvalOwners')]),
      numerator: Type.Integer(),
      denominator: Type.Integer(),
      need: Fraction,
      met: Type.Boolean(),
    }),
  ),
  passed: Type.Boolean(),
  rejected: Type.Array(Type.Object({ ownerKey: Type.String(), reason: Type.Union([Type.Literal('notOnRegister'), Type.Literal('duplicate')]) })),
});
export const PollResult = Type.Object({
  electors: Type.Integer(),
  cast: Type.Integer(),
  byOption: Type.Array(Type.Object({ option: Type.Integer(), votes: Type.Integer() })),
  quorum: Type.Object({ numerator: Type.Integer(), denominator: Type.Integer(), need: Fraction, met: Type.Boolean() }),
  winner: Nullable(Type.Integer()),
});
export const ResultView = Type.Object({ vote: VoteView, owners: Nullable(OwnersResult), poll: Nullable(PollResult) });

export const voteView = (r: VoteRow) => ({
  id: r.id,
  unitId: r.unit_id,
  question: r.question,
  options: r.options,
  kind: r.kind,
  matter: r.matter,
  quorum: r.quorum_num === null || r.quorum_den === null ? null : { num: r.quorum_num, den: r.quorum_den },
  majority: r.majority,
  eligibility: r.eligibility,
  secret: r.secret,
  opensAt: r.opens_at.toISOString(),
  closesAt: r.closes_at.toISOString(),
  status: r.status,
  electors: r.electors,
  publishedAt: r.published_at?.toISOString() ?? null,
  validatorName: r.validator_name,
});
