/**
 * The people module's interface for other modules: they find residents through these and never read the
 * people tables themselves.
 */
export { PersonService } from './person.service.js';
export { maskPhone } from './id-number.js';
export { currentOwnersOf as currentOwnersOfHouses } from './person.repository.js';
export { findByUser as personOfUser } from './person.repository.js';
export { houseOwnersOf, householdMembersOf } from './owner-register.repository.js';
