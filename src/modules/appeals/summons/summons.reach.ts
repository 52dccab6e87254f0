import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Reader } from '../../../platform/module.js';
import { pathWithinScope, type Scope } from '../../../platform/scope.js';
import * as org from '../../org/index.js';

/**
 * The scope test's oracle for summons, stated apart from the repository's rule (summons.repository
 * visibleTo): territory roles by the committee's path or by the path of the street office invited, a
 * department by the invited department being itself or one of its teams, everybody else nothing.
 */
export function summonsReached(db: Kysely<Database>, scope: Scope, who?: Reader) {
  const q = db.selectFrom('summons').select('summons.id as id');
  if (scope.all) return q;
  switch (who?.role) {
    case 'department_staff':
      return q.where('summons.invitee_department_id', 'in', org.departmentAndTeamIds(db, scope.departmentId ?? -1));
    case 'committee_worker':
    case 'committee_head':
    case 'street_staff':
    case 'district_staff':
      return q.where((eb) => eb.or([pathWithinScope(scope, 'summons.unit_path'), eb('summons.invitee_unit_id', 'in', org.unitIdsWithin(db, scope))]));
    default:
      return q.where(sql<boolean>`false`);
  }
}
