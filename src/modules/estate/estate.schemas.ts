import { Type } from '@sinclair/typebox';
import { Day as SharedDay, Id, Label, Nullable } from '../../platform/http/schemas.js';
import { COMMITTEE_ROLES } from './estate.rules.js';

/** Schemas the estate routes share. */

export const tags = ['estate'];
export const Enum = <T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
export const Day = SharedDay({ description: 'YYYY-MM-DD' });
const Phone = Type.String({ maxLength: 20 });

export const SERVICE_STATES = ['active', 'expiring', 'expired', 'upcoming', 'none'] as const;
export const COMMITTEE_STATES = ['current', 'expired', 'none'] as const;
export const Flags = Type.Object({ contractExpiring: Type.Boolean(), termExpired: Type.Boolean(), noOwnersCommittee: Type.Boolean() });
const Ref = Type.Object({ id: Type.Integer(), name: Type.String() });
export const HousingType = Nullable(Type.Object({ code: Type.String(), name: Label }));

export const CompoundSummary = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  code: Nullable(Type.String()),
  committee: Nullable(Ref),
  housingType: HousingType,
  company: Nullable(Ref),
  contractId: Nullable(Type.Integer()),
  contractStart: Nullable(Type.String()),
  contractEnd: Nullable(Type.String()),
  lapsedOn: Nullable(Type.String({ description: 'end of the last contract when none is in force' })),
  serviceState: Enum(SERVICE_STATES),
  ownersCommittee: Nullable(
    Type.Object({ id: Type.Integer(), termId: Nullable(Type.Integer()), termNumber: Nullable(Type.Integer()), termEnd: Nullable(Type.String()) }),
  ),
  ownersCommitteeState: Enum(COMMITTEE_STATES),
  flags: Flags,
});

export const CompanyRef = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  creditCode: Type.String(),
  contactName: Nullable(Type.String()),
  phoneMasked: Nullable(Type.String()),
});
export const ContractView = Type.Object({
  id: Type.Integer(),
  compoundId: Type.Integer(),
  company: CompanyRef,
  startDate: Type.String(),
  endDate: Type.String(),
  serviceScope: Nullable(Type.String()),
  feeFenPerM2: Nullable(Type.Integer()),
  status: Enum(['active', 'expired', 'upcoming'] as const),
});
export const MemberView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  role: Enum(COMMITTEE_ROLES),
  roleLabel: Label,
  personId: Nullable(Type.Integer()),
  phoneMasked: Nullable(Type.String()),
  since: Type.String(),
  until: Nullable(Type.String()),
  inOffice: Type.Boolean(),
});
export const TermView = Type.Object({
  id: Type.Integer(),
  termNumber: Type.Integer(),
  startDate: Type.String(),
  endDate: Type.String(),
  electionDate: Nullable(Type.String()),
  electionRef: Nullable(Type.String()),
  status: Enum(['current', 'expired', 'ended'] as const),
  endedOn: Nullable(Type.String()),
  members: Type.Array(MemberView),
});
export const CompoundCard = Type.Object({
  compound: Type.Object({ id: Type.Integer(), name: Type.String(), code: Nullable(Type.String()), housingType: HousingType, committee: Nullable(Ref) }),
  serviceState: Enum(SERVICE_STATES),
  ownersCommitteeState: Enum(COMMITTEE_STATES),
  flags: Flags,
  contracts: Type.Array(ContractView),
  ownersCommittee: Nullable(Ref),
  terms: Type.Array(TermView),
  can: Type.Object({ manage: Type.Boolean(), reveal: Type.Boolean() }),
});

export const ContractBody = Type.Object({
  companyId: Id(),
  startDate: Day,
  endDate: Day,
  serviceScope: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  feeFenPerM2: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100_000, description: 'fen per m² per month' }))),
});
export const TermBody = Type.Object({
  startDate: Day,
  endDate: Type.Optional(Nullable(Day)),
  electionDate: Type.Optional(Nullable(Day)),
  electionRef: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  carryOverMembers: Type.Optional(Type.Boolean()),
});
export const TermPatchBody = Type.Object({
  endDate: Day,
  electionDate: Type.Optional(Nullable(Day)),
  electionRef: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
});
export const MemberBody = Type.Object({
  name: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  role: Enum(COMMITTEE_ROLES),
  personId: Type.Optional(Nullable(Id())),
  phone: Type.Optional(Nullable(Phone)),
  since: Type.Optional(Nullable(Day)),
  until: Type.Optional(Nullable(Day)),
});
export const CompanyBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  creditCode: Type.String({ minLength: 1, maxLength: 30 }),
  contactName: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  phone: Type.Optional(Nullable(Phone)),
  address: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
});
export const RevealBody = Type.Object({ purpose: Type.String({ minLength: 2, maxLength: 200 }) });
export const Revealed = Type.Object({ value: Type.String() });
export const Created = Type.Object({ id: Type.Integer() });
