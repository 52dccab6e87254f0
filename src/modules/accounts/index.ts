/** The accounts module's interface for other modules. */
export { insertPosition, endPosition, positionsOf } from './user.repository.js';
