import type { Core } from '../../platform/core.js';
import type { DomainEvent } from '../../platform/events.js';
import { linkNeedToOrder } from './visit.repository.js';

/** A need found on a visit that the appeals module took up as a work order: the need keeps the order's id. */
export async function onAppealReceived(e: DomainEvent, core: Core) {
  const { orderId, sourceSystem, externalId } = e.payload as { orderId: number; sourceSystem: string | null; externalId: string | null };
  if (sourceSystem !== 'visit' || !externalId || !/^\d+$/.test(externalId)) return;
  await linkNeedToOrder(core.db, Number(externalId), orderId);
}
