import type { TerritoryColumn } from '../../platform/territory.registry.js';

/**
 * Where people-side rows copy a unit's path (a house's, mostly; an export request keeps its requester's area).
 * The org module rewrites these in the transaction of a move (decision 0017); the tag counts per committee follow
 * through person's own trigger.
 */
export const peopleTerritory: readonly TerritoryColumn[] = [
  { table: 'person', pathColumn: 'unit_path', idColumn: 'house_id' },
  { table: 'person_house', pathColumn: 'unit_path', idColumn: 'house_id' },
  { table: 'household', pathColumn: 'unit_path', idColumn: 'house_id' },
  { table: 'house_info', pathColumn: 'unit_path', idColumn: 'house_id' },
  { table: 'unit_tag', pathColumn: 'unit_path', idColumn: 'unit_id' },
  { table: 'visit', pathColumn: 'unit_path', idColumn: 'house_id' },
  { table: 'visit_need', pathColumn: 'unit_path' },
  { table: 'resident_binding', pathColumn: 'unit_path', idColumn: 'house_id' },
  { table: 'export_request', pathColumn: 'unit_path' },
];
