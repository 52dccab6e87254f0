import type { Channel, OrderStatus } from '../appeals.schema.js';

/**
 * What the appeals module tells other modules about its orders: the payloads of its domain events, the only
 * part of an order another module sees without asking a service. A module listening to them reads the payload
 * as these types, so a change here is a change of the module's interface.
 */

/** 'appeals.order.received': an order was taken in, from any channel; `sourceSystem` and `externalId` say whose. */
export type OrderReceived = {
  orderId: number;
  status: OrderStatus;
  channel: Channel;
  categoryCode: string;
  sourceSystem: string | null;
  externalId: string | null;
};

/** 'appeals.order.stepped': an order took a step (a person's, or the SLA sweep's supervision and closing). */
export type OrderStepped = {
  orderId: number;
  step: string;
  from: OrderStatus;
  to: OrderStatus;
  seq: number;
  sourceSystem: string | null;
  externalId: string | null;
};
