/** The accounts module's interface for other modules. */
export { insertPosition, endPosition, positionsOf } from './user.repository.js';
export { SIGNED_UP } from './sign-up.role.js';
