import type { Core } from '../../platform/core.js';
import type { DomainEvent } from '../../platform/events.js';
import { linkNeedToOrder } from './visit.repository.js';
import type { OrderReceived } from '../appeals/index.js';

/** A need found on a visit that the appeals module took up as a work order: the need keeps the order's id. */
export async function onAppealReceived(e: DomainEvent, core: Core) {
  const { orderId, sourceSystem, externalId } = e.payload as OrderReceived;
  if (sourceSystem !== 'visit' || !externalId || !/^\d+$/.test(externalId)) return;
  await linkNeedToOrder(core.db, Number(externalId), orderId);
}
