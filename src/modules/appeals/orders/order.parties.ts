import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Actor } from '../../../platform/actor.js';
import type { Core } from '../../../platform/core.js';
import { containsPath } from '../../../platform/scope.js';
import { AppError } from '../../../platform/errors.js';
import { APPEALS } from '../appeals.policy.js';
import type { ActorKind, HandlerRef } from './order.machine.js';
import type { OrderRow } from './order.repository.js';
import * as routing from './routing.repository.js';

export interface Handler extends HandlerRef {
  /** Territory path of a committee or street handler; null for a department. */
  path: string | null;
  name: string;
}

/** Where an order is, read off its unit's path: '/district/street/committee/…' by depth. */
export function placeOf(path: string) {
  const ids = path.split('/').filter(Boolean).map(Number);
  const prefix = (n: number) => `/${ids.slice(0, n).join('/')}/`;
  return {
    districtUnitId: ids[0]!,
    streetId: ids.length > 1 ? ids[1]! : null,
    streetPath: ids.length > 1 ? prefix(2) : null,
    committeeId: ids.length > 2 ? ids[2]! : null,
    committeePath: ids.length > 2 ? prefix(3) : null,
    districtPath: prefix(1),
  };
}

/** A handler named by kind and id, checked to exist in the district (a committee or street unit, or a department). */
export async function loadHandler(db: Kysely<Database>, districtId: number, ref: HandlerRef): Promise<Handler> {
  if (ref.kind === 'department') {
    const d = await routing.departmentById(db, districtId, ref.id);
    if (d) return { kind: 'department', id: d.id, path: null, name: d.name };
  } else {
    const u = await routing.unitById(db, ref.id);
    if (u && u.district_id === districtId && u.type === ref.kind) return { kind: ref.kind, id: u.id, path: u.path, name: u.name };
  }
  throw new AppError('HANDLER_UNKNOWN', 400, { kind: ref.kind, id: ref.id });
}

export const handlerOf = (o: OrderRow): HandlerRef | null =>
  o.handler_kind === 'department'
    ? { kind: 'department', id: o.handler_department_id! }
    : o.handler_kind
      ? { kind: o.handler_kind, id: o.handler_unit_id! }
      : null;

export { handlerColumns } from './order.steps.js';

/**
 * What the actor is to this order: its reporter, the operations centre that dispatches it, its current
 * handler, a supervisor. The state machine decides from these; a role's permission alone is never enough.
 */
export async function kindsOf(core: Core, db: Kysely<Database>, actor: Actor, o: OrderRow): Promise<ActorKind[]> {
  const kinds: ActorKind[] = [];
  if (o.reporter_user_id !== null && o.reporter_user_id === actor.userId) kinds.push('reporter');
  if (core.can(actor, APPEALS.dispatch) && containsPath(actor.scope, o.dispatcher_path)) kinds.push('dispatcher');
  if (core.can(actor, APPEALS.handle) && (await isHandler(db, actor, o))) kinds.push('handler');
  if (core.can(actor, APPEALS.supervise) && (actor.scope.all || actor.scope.districtId === o.district_id)) kinds.push('supervisor');
  return kinds;
}

async function isHandler(db: Kysely<Database>, actor: Actor, o: OrderRow): Promise<boolean> {
  switch (o.handler_kind) {
    case 'committee':
      return (actor.role === 'committee_worker' || actor.role === 'committee_head') && containsPath(actor.scope, o.handler_path);
    case 'street':
      return actor.role === 'street_staff' && containsPath(actor.scope, o.handler_path);
    case 'department': {
      const mine = actor.scope.departmentId;
      if (actor.role !== 'department_staff' || !mine) return false;
      if (o.handler_department_id === mine) return true;
      // A district department answers for its street teams.
      const d = await routing.departmentById(db, o.district_id, o.handler_department_id!);
      return d?.parent_id === mine;
    }
    default:
      return false;
  }
}
