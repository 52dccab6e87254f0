import type { RoleId } from '../roles.js';

export interface Position {
  id: number;
  userId: number;
  districtId: number | null;
  role: RoleId;
  unitId: number | null;
  departmentId: number | null;
  gridId: number | null;
}
