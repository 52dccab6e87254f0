/**
 * The appeals module's interface for other modules. They raise an order through IntakeService and follow
 * orders through the events 'appeals.order.received' and 'appeals.order.stepped' (people's visits raise
 * theirs by the event 'people.visit.need_recorded', which orders/visit-need.events.ts handles); they never
 * read the appeals tables themselves.
 */
export { APPEALS } from './appeals.policy.js';
export { IntakeService, type IntakeInput, type IntakeSource, type IntakeResult } from './orders/intake.service.js';
