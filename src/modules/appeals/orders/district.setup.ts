import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { loadCategories, type CategoryCatalog } from '../category.catalog.js';
import { loadCalendar } from '../sla/order.clock.js';
import { activeRules, liveDepartments } from './routing.repository.js';
import type { RoutingRule } from './routing.rules.js';
import type { WorkCalendar } from '../sla/sla.calendar.js';
import { mapSettings, type MapSettings } from '../../org/index.js';

/** What intake and steps read of a district's configuration: its problem catalogue, calendar and routing rules. */
export interface DistrictSetup {
  districtId: number;
  categories: CategoryCatalog;
  calendar: WorkCalendar;
  rules: readonly RoutingRule[];
  /** Live departments and street teams, the handlers rules name by code. */
  departments: ReadonlyArray<{ id: number; name: string; code: string; street_id: number | null }>;
  /** How far a reported point may lie from a compound or committee and still be placed in it. */
  placement: MapSettings['placement'];
}

/**
 * Read through the platform's handle before a transaction starts: kept for seconds, and never a query on a
 * second connection while a transaction holds the first (the embedded database has only one).
 */
export async function setupOf(db: Kysely<Database>, districtId: number): Promise<DistrictSetup> {
  const [categories, calendar, rules, departments, map] = await Promise.all([
    loadCategories(db, districtId),
    loadCalendar(db, districtId),
    activeRules(db, districtId),
    liveDepartments(db, districtId),
    mapSettings(db, districtId),
  ]);
  return { districtId, categories, calendar, rules, departments, placement: map.placement };
}
