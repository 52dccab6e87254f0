import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Scope } from '../../../platform/scope.js';
import * as org from '../../org/index.js';

/**
 * The scope test's oracles for what Open311 exposes, stated apart from the service's queries: a request is
 * public when its category is marked public in its own district's catalogue (a subcategory without the flag
 * is public, as the catalogue parser reads it) and nothing makes it private (the subcategory, its group, or
 * the district's list publicView.privateCategories), whoever asks.
 */
export function publicRequestsReached(db: Kysely<Database>) {
  return db
    .selectFrom('appeal_order')
    .select('appeal_order.id as id')
    .where(sql<boolean>`exists (
      select 1 from catalog c
        cross join lateral jsonb_array_elements(c.entries) g
        cross join lateral jsonb_array_elements(coalesce(g->'subcategories', '[]'::jsonb)) s
      where c.district_id = appeal_order.district_id and c.name = 'problem-categories'
        and s->>'code' = appeal_order.category_code and coalesce((s->>'public')::boolean, true)
        and not coalesce((s->>'private')::boolean, false) and not coalesce((g->>'private')::boolean, false)
        and not exists (select 1 from jsonb_array_elements_text(coalesce(c.extra->'publicView'->'privateCategories', '[]'::jsonb)) p(code)
                        where p.code in (s->>'code', g->>'code')))`);
}

/** Districts a scope answers for as a whole: it holds the district's root unit (district staff), or all of them. */
export function districtsHeld(db: Kysely<Database>, scope: Scope) {
  return org.districtIdsWithin(db, scope);
}

export function clientsReached(db: Kysely<Database>, scope: Scope) {
  return db.selectFrom('open311_client').select('open311_client.id as id').where('open311_client.district_id', 'in', districtsHeld(db, scope));
}
