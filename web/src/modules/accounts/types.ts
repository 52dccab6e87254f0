import type { Label, Position } from '../../app/api/types';

export interface Role {
  role: string;
  label: Label;
  /** How a position's scope is found: 'subtree' | 'grid' | 'grants' | 'deployment'. */
  scopeKind: string;
  /** The unit types a position of this role is anchored to. */
  unitTypes: string[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  positions: Position[];
  /** Whether you may manage the account: false when it also holds a position beyond your authority. */
  manageable?: boolean;
}

/** Failed logins on an account from one source address, counting or locked. */
export interface LoginLock {
  userId: string;
  username: string;
  displayName: string;
  source: string;
  failures: number;
  firstFailedAt: string;
  lastFailedAt: string;
  lockedUntil: string | null;
}

export interface PositionInput {
  role: string;
  unitId: string;
  departmentId?: string;
  gridId?: string;
}
