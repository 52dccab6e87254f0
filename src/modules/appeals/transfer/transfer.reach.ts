import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Scope } from '../../../platform/scope.js';
import { districtsHeld } from '../open311/open311.reach.js';

/** The scope test's oracle: a district's partners are reached by a scope that holds the whole district. */
export function partnersReached(db: Kysely<Database>, scope: Scope) {
  return db.selectFrom('transfer_partner').select('transfer_partner.id as id').where('transfer_partner.district_id', 'in', districtsHeld(db, scope));
}
