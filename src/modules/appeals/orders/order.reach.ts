import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Reader } from '../../../platform/module.js';
import { pathWithinScope, type Scope } from '../../../platform/scope.js';
import * as org from '../../org/index.js';

/**
 * The scope test's oracle: the visibility rule restated apart from the repository's (order.repository
 * visibleTo) — residents their own reports, a department what is dispatched to it or its street teams,
 * territory roles by place or by a committee or street handler in their territory.
 */
export function ordersReached(db: Kysely<Database>, scope: Scope, who?: Reader) {
  const q = db.selectFrom('appeal_order').select('appeal_order.id as id');
  if (scope.all) return q;
  switch (who?.role) {
    case 'resident':
    case 'building_leader':
    case 'unbound_resident':
      return q.where('appeal_order.reporter_user_id', '=', who.userId);
    case 'department_staff':
      return q.where('appeal_order.handler_department_id', 'in', org.departmentAndTeamIds(db, scope.departmentId ?? -1));
    case 'committee_worker':
    case 'committee_head':
    case 'grid_worker':
    case 'street_staff':
    case 'district_staff':
      return q.where((eb) =>
        eb.or([
          pathWithinScope(scope, 'appeal_order.unit_path'),
          eb.and([eb('appeal_order.handler_path', 'is not', null), pathWithinScope(scope, 'appeal_order.handler_path')]),
        ]),
      );
    default:
      return q.where(sql<boolean>`false`);
  }
}
