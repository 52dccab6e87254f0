import type { Label } from '../../app/api/types';

/** Ids are integers on the server; the URL carries them as strings. */
export type Id = number;

export const DOC_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** 户籍在住 / 人户分离 / 来沪人员 / 境外人员 */
export const RESIDENCES = ['registered_living', 'registered_away', 'migrant', 'foreigner'] as const;
export type Residence = (typeof RESIDENCES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const HOUSE_RELATIONS = ['owner', 'tenant', 'family', 'resident'] as const;
export type HouseRelation = (typeof HOUSE_RELATIONS)[number];

export const HOUSE_USES = ['residence', 'rental', 'shop', 'vacant', 'other'] as const;
export type HouseUse = (typeof HOUSE_USES)[number];

export const OWNERSHIPS = ['private', 'public_rental', 'other'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const VISIT_KINDS = ['routine', 'care', 'follow_up', 'patrol'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const NEED_CATEGORIES = ['elderly', 'housing', 'environment', 'safety', 'neighbourhood', 'service', 'other'] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

/** 'address', the server's default: house by house, in the territory's order. */
export const PERSON_SORTS = ['address', 'name', 'age', 'updated'] as const;
export type PersonSort = (typeof PERSON_SORTS)[number];

export interface Address {
  houseId: Id;
  house: string;
  compound: string | null;
  committee: string | null;
  text: string;
}

export interface TagRef {
  code: string;
  name: Label;
  sensitive: boolean;
}

export interface Person {
  id: Id;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  age: number | null;
  ethnicity: string | null;
  nationality: string | null;
  docType: DocType;
  docTypeLabel: Label;
  docMasked: string;
  phoneMasked: string | null;
  residence: Residence;
  residenceLabel: Label;
  houseId: Id | null;
  address: Address | null;
  tags: TagRef[];
  updatedAt: string;
}

export type TagSource = 'rule' | 'manual' | 'import';

export interface PersonDetail extends Person {
  houses: { houseId: Id; relation: HouseRelation; relationLabel: Label | null; since: string | null; address: Address | null }[];
  tagDetails: { code: string; name: Label; source: TagSource; startDate: string | null; sensitive: boolean }[];
  households: { id: Id; houseId: Id; headPersonId: Id | null; relationToHead: string | null }[];
  can: { edit: boolean; reveal: boolean; tag: boolean };
}

export interface PersonBody {
  name: string;
  docType: DocType;
  docNumber: string;
  gender?: Gender | null;
  birthDate?: string | null;
  ethnicity?: string | null;
  nationality?: string | null;
  phone?: string | null;
  residence: Residence;
  houseId: Id;
  relation: HouseRelation;
  since?: string | null;
  headPersonId?: Id | null;
  relationToHead?: string | null;
}

export interface TagCatalogItem {
  code: string;
  name: Label;
  level: 'city' | 'district' | 'street';
  group: string | null;
  target: 'person' | 'house' | 'compound';
  sensitive: boolean;
  computed: boolean;
}

export interface TagCatalog {
  draft: boolean;
  groups: { code: string; name: Label; sensitive: boolean }[];
  items: TagCatalogItem[];
}

export interface HousePerson extends Person {
  relation: HouseRelation | null;
  relationLabel: Label | null;
}

export interface House {
  houseId: Id;
  address: Address;
  use: HouseUse;
  /** Decimal as a string (numeric column). */
  areaM2: string | number | null;
  ownership: Ownership | null;
  lastVisitedAt: string | null;
  people: HousePerson[];
  households: { id: Id; headPersonId: Id | null; members: { personId: Id; relationToHead: string | null }[] }[];
  can: { edit: boolean; visit: boolean };
}

export interface NeedInput {
  text: string;
  category: NeedCategory | string;
}

export interface VisitBody {
  clientId: string;
  houseId: Id;
  visitedAt: string;
  kind: VisitKind;
  findings: string;
  needs: NeedInput[];
}

export interface Visit {
  id: Id;
  clientId: string;
  houseId: Id;
  visitedAt: string;
  kind: VisitKind;
  findings: string;
  visitorName: string;
  needs: { id: Id; text: string; category: string; status: string; linkType: string | null; linkId: string | null }[];
}

/** What a coverage answer counted: 'grid', a unit type, or 'scope' (several units of one position). */
export interface CoverageTerritory {
  kind: string;
  id: Id | null;
  name: string;
}

export interface VisitCoverage {
  /** Null only for the caller's own coverage when their position has no territory of its own. */
  territory: CoverageTerritory | null;
  since: string;
  households: number;
  visited: number;
  visits: number;
  needs: number;
  solved: number;
  visitors: { visitorId: Id; visitorName: string; visits: number }[];
}

export interface UnvisitedHousehold {
  householdId: Id;
  houseId: Id;
  headPersonId: Id | null;
  lastVisitedAt: string | null;
  address: Address | null;
}

export interface QualityRow {
  committeeId: Id;
  name: string;
  code: string | null;
  houses: number;
  matchedHouses: number;
  persons: number;
  withoutPhone: number;
  stale: number;
  registeredAway: number;
}

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ImportRowError {
  row: number;
  field: string;
  column: Label;
  code: string;
  message: Label;
  value?: string | null;
}

export interface ImportJob {
  id: string;
  status: ImportStatus;
  dryRun: boolean;
  fileName: string;
  totalRows: number | null;
  processedRows: number;
  okRows: number;
  errorRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Houses the import had to create (not in the contract; shown when the server sends it). */
  createdUnits?: number;
  errors: ImportRowError[];
  failure: Label | null;
  startedAt: string | null;
  finishedAt: string | null;
}
