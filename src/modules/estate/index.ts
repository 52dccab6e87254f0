/**
 * The estate module's interface for other modules. Appeals about property services find the compound's
 * company and owners' committee here; votes link an election to the term it started through the
 * TERM_STARTED event and a term's election_ref.
 */
export { ESTATE } from './estate.policy.js';
export { TERM_STARTED } from './committee.service.js';
export { CompoundService } from './compound.service.js';
export { checkCreditCode } from './credit-code.js';
