import type { ApiBody, ApiItem, ApiResponse } from '../../app/api/types';

export type Role = ApiItem<'/api/accounts/roles'>;
export type User = ApiResponse<'/api/accounts/users/{id}'>;
/** A position as the account's page lists it, ended ones included. */
export type UserPosition = User['positions'][number];
/** Failed logins on an account from one source address, counting or locked. */
export type LoginLock = ApiItem<'/api/accounts/login-locks'>;
export type PositionInput = ApiBody<'/api/accounts/users/{id}/positions'>;
