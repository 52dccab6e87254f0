import type { Label } from '../../app/api/types';

export type UnitType = 'district' | 'street' | 'committee' | 'compound' | 'building' | 'house';

export interface UnitCan {
  create: boolean;
  move: boolean;
  rename: boolean;
  retire: boolean;
}

export interface Unit {
  id: string;
  districtId: string;
  parentId: string | null;
  type: UnitType;
  kind: string | null;
  typeLabel: Label;
  code: string | null;
  name: string;
  path: string;
  depth: number;
  retiredAt: string | null;
  attributes: Record<string, unknown>;
  childCount: number;
  can?: UnitCan;
}

export interface UnitDetail extends Unit {
  ancestors: { id: string; name: string; type: UnitType }[];
  grids: { id: string; name: string; code: string | null }[];
}

export interface UnitHistoryEntry {
  id: string;
  at: string;
  kind: 'created' | 'renamed' | 'moved' | 'retired';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  actorName: string | null;
}

export interface Grid {
  id: string;
  code: string | null;
  name: string;
  kind: 'grid' | 'party_area';
  streetId: string | null;
  streetName: string | null;
  unitCount: number;
}

export interface GridDetail extends Grid {
  units: { id: string; name: string; type: UnitType }[];
}

export interface Department {
  id: string;
  code: string | null;
  name: string;
  parentId: string | null;
  streetId: string | null;
  streetName: string | null;
  teamCount: number;
}

export interface DepartmentDetail extends Department {
  teams: Department[];
}

export interface HousingTypes {
  draft: boolean;
  items: { code: string; name: Label }[];
}

export const UNIT_TYPES: UnitType[] = ['district', 'street', 'committee', 'compound', 'building', 'house'];

/** The level right below a unit type (null for a house). */
export function childTypeOf(type: UnitType): UnitType | null {
  const i = UNIT_TYPES.indexOf(type);
  return i >= 0 && i < UNIT_TYPES.length - 1 ? UNIT_TYPES[i + 1] : null;
}

/** Unit types that may be created below a given type, nearest first. */
export function typesBelow(type: UnitType): UnitType[] {
  return UNIT_TYPES.slice(UNIT_TYPES.indexOf(type) + 1);
}

/** The kinds a unit type may have: null is the standard kind. */
export const KINDS: Partial<Record<UnitType, string[]>> = {
  street: ['town'],
  committee: ['village'],
};
