import type { PermissionDef } from '../../platform/module.js';
import type { RoleId } from '../../platform/roles.js';

export const ACCOUNTS = { read: 'accounts.user.read', manage: 'accounts.user.manage' } as const;

export const accountsPermissions: Record<string, PermissionDef> = {
  [ACCOUNTS.read]: { label: { zh: '查看用户与岗位', en: 'View users and positions' }, roles: ['committee_head', 'street_staff', 'district_staff', 'admin'] },
  [ACCOUNTS.manage]: { label: { zh: '管理用户与岗位', en: 'Manage users and positions' }, roles: ['committee_head', 'street_staff', 'district_staff', 'admin'] },
};

/** Which roles a manager may hand out: never one above their own. */
export const ASSIGNABLE: Partial<Record<RoleId, RoleId[]>> = {
  admin: ['resident', 'building_leader', 'committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'department_staff', 'district_staff', 'organisation', 'evaluator', 'admin'],
  district_staff: ['resident', 'building_leader', 'committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'department_staff', 'district_staff', 'organisation', 'evaluator'],
  street_staff: ['resident', 'building_leader', 'committee_worker', 'committee_head', 'grid_worker', 'department_staff'],
  committee_head: ['resident', 'building_leader', 'committee_worker'],
};

export const mayAssign = (manager: RoleId | null, role: RoleId) => !!manager && (ASSIGNABLE[manager] ?? []).includes(role);
