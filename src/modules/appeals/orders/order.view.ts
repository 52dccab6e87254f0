import type { Actor } from '../../../platform/actor.js';
import type { Label } from '../../../platform/i18n.js';
import type { ActorKind, Step } from './order.machine.js';
import type { CategoryCatalog } from '../category.catalog.js';
import type { OrderRow, EventRow } from './order.repository.js';
import { slaColour } from '../sla/order.clock.js';

export interface Names {
  units: Map<number, string>;
  departments: Map<number, string>;
}

const maskName = (n: string) => (n.length <= 1 ? '*' : `${n[0]}${'*'.repeat(Math.min(n.length - 1, 2))}`);

/**
 * The reporter as this reader may see them: anonymous reporters are nobody to everyone; a department sees a
 * masked name and no phone unless the reporter agreed to be contacted; the full phone is never in a view.
 */
function reporterFor(o: OrderRow, actor: Actor, kinds: readonly ActorKind[] | null) {
  if (o.anonymous) return { anonymous: true, name: null, phone: null, contactShared: false };
  const own = o.reporter_user_id !== null && o.reporter_user_id === actor.userId;
  const department = actor.role === 'department_staff' || (kinds !== null && kinds.length === 1 && kinds[0] === 'handler' && o.handler_kind === 'department');
  if (department && !own) {
    return {
      anonymous: false,
      name: o.reporter_name ? maskName(o.reporter_name) : null,
      phone: o.contact_shared ? o.reporter_phone_masked : null,
      contactShared: o.contact_shared,
    };
  }
  return { anonymous: false, name: o.reporter_name, phone: o.reporter_phone_masked, contactShared: o.contact_shared };
}

export function orderSummary(o: OrderRow, actor: Actor, names: Names, categories: CategoryCatalog, now = new Date()) {
  const c = categories.byCode.get(o.category_code);
  const handlerName =
    o.handler_kind === 'department' ? names.departments.get(o.handler_department_id!) : o.handler_unit_id ? names.units.get(o.handler_unit_id) : undefined;
  return {
    id: o.id,
    status: o.status,
    channel: o.channel,
    discovery: o.discovery,
    categoryCode: o.category_code,
    categoryGroup: o.category_group,
    categoryName: (c?.name ?? { zh: o.category_code, en: o.category_code }) as Label,
    groupName: (c?.groupName ?? { zh: o.category_group, en: o.category_group }) as Label,
    title: o.title,
    urgent: o.urgent,
    unitId: o.unit_id,
    unitName: o.unit_id ? (names.units.get(o.unit_id) ?? null) : null,
    streetId: o.street_id,
    streetName: o.street_id ? (names.units.get(o.street_id) ?? null) : null,
    address: o.address,
    lat: o.lat,
    lng: o.lng,
    placement: o.placement,
    placementM: o.placement_m,
    handler: o.handler_kind ? { kind: o.handler_kind, id: (o.handler_department_id ?? o.handler_unit_id)!, name: handlerName ?? '' } : null,
    receivedAt: o.received_at.toISOString(),
    acceptDueAt: o.accept_due_at?.toISOString() ?? null,
    resolveDueAt: o.resolve_due_at?.toISOString() ?? null,
    sla: slaColour(o, now),
    supervised: o.supervised_at !== null,
    rating: o.rating,
    reopenCount: o.reopen_count,
    mergedIntoId: o.merged_into_id,
  };
}

export function orderDetail(o: OrderRow, actor: Actor, kinds: readonly ActorKind[], actions: Step[], names: Names, categories: CategoryCatalog) {
  return {
    ...orderSummary(o, actor, names, categories),
    description: o.description,
    reporter: reporterFor(o, actor, kinds),
    dispatchedAt: o.dispatched_at?.toISOString() ?? null,
    acceptedAt: o.accepted_at?.toISOString() ?? null,
    resolvedAt: o.resolved_at?.toISOString() ?? null,
    closedAt: o.closed_at?.toISOString() ?? null,
    extension: (o.extension as { days: number; reason: string; requestedAt: string } | null) ?? null,
    onTime: o.on_time,
    sourceSystem: o.source_system,
    externalId: o.external_id,
    as: [...kinds],
    actions,
  };
}

export const eventView = (e: EventRow) => ({
  seq: e.seq,
  step: e.step,
  fromStatus: e.from_status,
  toStatus: e.to_status,
  actorName: e.actor_kind === 'reporter' ? '反映人 / Reporter' : e.actor_name,
  actorKind: e.actor_kind,
  at: e.at.toISOString(),
  note: e.note,
  notePublic: e.note_public,
  data: e.data as Record<string, unknown>,
});
