import type { PermissionDef } from '../../platform/module.js';

export const ACCOUNTS = { read: 'accounts.user.read', manage: 'accounts.user.manage' } as const;

export const accountsPermissions: Record<string, PermissionDef> = {
  [ACCOUNTS.read]: { label: { zh: '查看用户与岗位', en: 'View users and positions' }, roles: ['committee_head', 'street_staff', 'district_staff', 'admin'] },
  [ACCOUNTS.manage]: {
    label: { zh: '管理用户与岗位', en: 'Manage users and positions' },
    roles: ['committee_head', 'street_staff', 'district_staff', 'admin'],
  },
};
