import type { Label, Position } from '../../app/api/types';

export interface Role {
  role: string;
  label: Label;
  /** What a position of this role is scoped to, e.g. 'unit', 'department', 'grid' (server-defined). */
  scopeKind: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  positions: Position[];
}

export interface PositionInput {
  role: string;
  unitId: string;
  departmentId?: string;
  gridId?: string;
}
