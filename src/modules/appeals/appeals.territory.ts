import type { TerritoryColumn } from '../../platform/territory.registry.js';

/**
 * Every unit path appeals copies (decision 0017). An order's place carries its street and committee ids for the
 * statistics; its dispatcher is the street of its place (the district above a place with no street), so it
 * follows the place to its new street. A handler is rewritten only when it lies in the moved subtree: a street
 * that took an order on keeps it until it is dispatched anew.
 */
export const appealsTerritory: readonly TerritoryColumn[] = [
  { table: 'appeal_order', pathColumn: 'unit_path', idColumn: 'unit_id', depthIdColumns: { street_id: 1, committee_id: 2 } },
  { table: 'appeal_order', pathColumn: 'handler_path', idColumn: 'handler_unit_id' },
  { table: 'appeal_order', pathColumn: 'dispatcher_path', idColumn: 'dispatcher_unit_id', follows: 'unit_path' },
  { table: 'summons', pathColumn: 'unit_path', idColumn: 'committee_id' },
  { table: 'appeal_routing_rule', pathColumn: 'area_path' },
];
