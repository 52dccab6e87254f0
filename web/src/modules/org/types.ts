import type { ApiItem, ApiResponse } from '../../app/api/types';
import type { VocabularyValue } from '../../shared/hooks/useVocabulary';

/** Shapes of the org API (server module `org`), named by their routes. Ids are numbers, as the server sends them. */

export type Unit = ApiItem<'/api/org/units'>;
export type UnitType = Unit['type'];
export type UnitKind = VocabularyValue<'org.unitKind'>;
export type UnitCan = Unit['can'];
/** A unit with its ancestors (root first) and the grids that cover it. */
export type UnitDetail = ApiResponse<'/api/org/units/{id}'>;
export type UnitHistoryEntry = ApiItem<'/api/org/units/{id}/history'>;
export type UnitChange = VocabularyValue<'org.unitChange'>;

export type Grid = ApiItem<'/api/org/grids'>;
export type GridKind = VocabularyValue<'org.gridKind'>;
export type GridDetail = ApiResponse<'/api/org/grids/{id}'>;

export type Department = ApiItem<'/api/org/departments'>;
export type DepartmentDetail = ApiResponse<'/api/org/departments/{id}'>;

export type HousingTypes = ApiResponse<'/api/org/catalogs/housing-types'>;

/** The levels of the territory from the top down: the order a child's type is found in. */
export const UNIT_TYPES = ['district', 'street', 'committee', 'compound', 'building', 'house'] as const satisfies readonly UnitType[];

/** The level right below a unit type (null for a house). */
export function childTypeOf(type: UnitType): UnitType | null {
  const i = UNIT_TYPES.indexOf(type);
  return i >= 0 && i < UNIT_TYPES.length - 1 ? UNIT_TYPES[i + 1] : null;
}

/** Unit types that may be created below a given type, nearest first. */
export function typesBelow(type: UnitType): UnitType[] {
  return UNIT_TYPES.slice(UNIT_TYPES.indexOf(type) + 1);
}

/** The kinds a unit type may have besides its standard one (null, offered as ''). */
export const KINDS: Partial<Record<UnitType, UnitKind[]>> = {
  street: ['town'],
  committee: ['village'],
};
