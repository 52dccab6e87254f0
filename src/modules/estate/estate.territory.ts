import type { TerritoryColumn } from '../../platform/territory.registry.js';

/** A compound's contracts and owners' committee copy its path: they move with it (decision 0017). */
export const estateTerritory: readonly TerritoryColumn[] = [
  { table: 'property_contract', pathColumn: 'unit_path', idColumn: 'compound_id' },
  { table: 'owners_committee', pathColumn: 'unit_path', idColumn: 'compound_id' },
  { table: 'owners_committee_term', pathColumn: 'unit_path', idColumn: 'compound_id' },
  { table: 'owners_committee_member', pathColumn: 'unit_path' },
];
