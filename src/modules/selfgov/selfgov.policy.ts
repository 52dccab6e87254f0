import type { PermissionDef } from '../../platform/module.js';

export const SELFGOV = {
  read: 'selfgov.read',
  manage: 'selfgov.manage',
} as const;

// Those who work in a territory read its topics; committees and the levels above keep them.
export const selfgovPermissions: Record<string, PermissionDef> = {
  [SELFGOV.read]: {
    label: { zh: '查看议题', en: 'View topics' },
    roles: ['committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'district_staff', 'admin'],
  },
  [SELFGOV.manage]: {
    label: { zh: '登记和修改议题', en: 'Record and change topics' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
};
