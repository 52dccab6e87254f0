import type { PermissionDef } from '../../platform/module.js';

export const ESTATE = {
  read: 'estate.read',
  manage: 'estate.manage',
  companies: 'estate.company.manage',
  reveal: 'estate.reveal',
} as const;

// Committees keep their compounds' contracts and owners' committees (streets and the district may step in
// anywhere in their territory); the register of property companies is the district's; grid workers and the
// housing departments read what lies in their territory.
export const estatePermissions: Record<string, PermissionDef> = {
  [ESTATE.read]: {
    label: { zh: '查看业委会与物业', en: "View owners' committees and property services" },
    roles: ['committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'department_staff', 'district_staff', 'admin'],
  },
  [ESTATE.manage]: {
    label: { zh: '维护物业合同与业委会（任期、换届、成员）', en: "Maintain property contracts and owners' committees (terms, re-election, members)" },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
  [ESTATE.companies]: {
    label: { zh: '维护物业企业名录', en: 'Maintain the register of property companies' },
    roles: ['district_staff', 'admin'],
  },
  [ESTATE.reveal]: {
    label: {
      zh: '查看物业与业委会联系人完整电话（须说明用途）',
      en: 'Reveal full contact phones of property companies and committee members (with a purpose)',
    },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
};
