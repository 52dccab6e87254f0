import { Type, type Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { cachedCatalog, type CatalogDef, type CatalogRecord } from '../../platform/catalog.js';
import { Label } from '../../platform/http/schemas.js';

export const MEETING_TYPES = 'meeting-types';

/** What a meeting can do to a topic on its agenda. */
export const TOPIC_STEPS = ['raise', 'collect', 'consult', 'coordinate', 'decide', 'evaluate', 'publish', 'actAsAgent'] as const;
export type TopicStep = (typeof TOPIC_STEPS)[number];

const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' });
const RoleKey = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z][A-Za-z0-9_]*$' });
const Step = Type.Union(TOPIC_STEPS.map((s) => Type.Literal(s)));
const Quorum = Type.Union([
  Type.Null(),
  Type.Object({ of: RoleKey, share: Type.Number({ exclusiveMinimum: 0, maximum: 1 }) }, { additionalProperties: false }),
]);
const Decision = Type.Union([Type.Null(), Type.Literal('consensus'), Type.Literal('majority'), Type.Literal('rating'), Type.Literal('recordOpinions')]);
const Stage = Type.Object({ code: Code, name: Label, by: Type.Array(RoleKey) }, { additionalProperties: false });

export const MeetingTypeEntry = Type.Object(
  {
    code: Code,
    name: Label,
    /** A meeting; a process of several stages (四议两公开); an agency, whose records are cases, not meetings. */
    kind: Type.Union([Type.Literal('meeting'), Type.Literal('process'), Type.Literal('agency')]),
    /** The unit a meeting of the type is held at. */
    level: Type.Union([Type.Literal('committee'), Type.Literal('street')]),
    description: Type.Optional(Label),
    /** The meeting system the type belongs to (三会, 四会 …), as the district names it. */
    system: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    steps: Type.Array(Step, { uniqueItems: true }),
    /** Role keys of `roles` (the catalog's extra): who is invited, within the meeting's unit. */
    invitees: Type.Array(RoleKey, { uniqueItems: true }),
    /** Share of the invitees (or of those of one role) who must sign in; null: none required. */
    quorum: Quorum,
    decision: Decision,
    composition: Type.Optional(Type.Record(Type.String({ minLength: 1, maxLength: 20 }), Type.Array(RoleKey))),
    compositionNote: Type.Optional(Type.String()),
    stages: Type.Optional(Type.Array(Stage, { minItems: 1 })),
    publications: Type.Optional(Type.Array(Type.Object({ code: Code, name: Label }, { additionalProperties: false }), { minItems: 1 })),
    adoptsConventions: Type.Optional(Type.Boolean()),
    fromSeed: Type.Boolean(),
    /** Steps or attributes proposed without a seed to back them: to be settled by the district. */
    draft: Type.Optional(Type.Boolean()),
    draftNote: Type.Optional(Type.String()),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type MeetingType = Static<typeof MeetingTypeEntry>;

/** The meeting systems of a district (decision 0025): a district adds or changes its types by editing this catalog. */
export const meetingTypeCatalog: CatalogDef = {
  label: { zh: '会议类型及议事规则', en: 'Meeting types and their rules' },
  entry: MeetingTypeEntry,
  extra: Type.Object(
    {
      /** What each field means, for whoever edits the file. */
      fields: Type.Optional(Type.Record(Type.String(), Type.String())),
      /** The invitee roles the types name, with their labels. */
      roles: Type.Record(RoleKey, Label),
    },
    { additionalProperties: false },
  ),
};

export interface MeetingTypes {
  types: MeetingType[];
  byCode: Map<string, MeetingType>;
  roles: Record<string, { zh: string; en: string }>;
}

/** The district's meeting types as its catalog holds them now (validated when written, so read as they are). */
export function loadMeetingTypes(db: Kysely<Database>, districtId: number): Promise<MeetingTypes> {
  return cachedCatalog(db, districtId, MEETING_TYPES, read);
}

function read(c: CatalogRecord | undefined): MeetingTypes {
  const types = (c?.entries ?? []) as MeetingType[];
  return { types, byCode: new Map(types.map((t) => [t.code, t])), roles: (c?.extra.roles ?? {}) as MeetingTypes['roles'] };
}
