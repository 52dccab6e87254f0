/**
 * The appeals module's interface for other modules. They follow orders through the event
 * 'appeals.order.received', whose payload is OrderReceived (people links a visit's need to the order raised
 * for it); they raise orders by the event 'people.visit.need_recorded', which orders/visit-need.events.ts
 * handles, and never read the appeals tables themselves.
 */
export type { OrderReceived } from './orders/order.events.js';
