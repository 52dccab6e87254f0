import type { PermissionDef } from '../../platform/module.js';

export const ORG = {
  read: 'org.unit.read',
  manage: 'org.unit.manage',
  overlayRead: 'org.overlay.read',
  placeSearch: 'org.place.search',
} as const;

// Who may browse the territory and who may change it; where they may is their scope.
export const orgPermissions: Record<string, PermissionDef> = {
  [ORG.read]: {
    label: { zh: '查看辖区单位', en: 'Browse territory units' },
    roles: ['building_leader', 'committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'department_staff', 'district_staff', 'admin'],
  },
  [ORG.manage]: {
    label: { zh: '维护辖区单位（新建、迁移、更名、撤销）', en: 'Maintain territory units (create, move, rename, retire)' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
  // Places, not people: whoever reports or registers a problem finds a compound or building of the district by name.
  [ORG.placeSearch]: {
    label: {
      zh: '按名称或地址查找辖区地点（小区、楼栋、居委会、街道）',
      en: "Find the district's places by name or address (compounds, buildings, committees, streets)",
    },
    roles: [
      'resident',
      'unbound_resident',
      'building_leader',
      'committee_worker',
      'committee_head',
      'grid_worker',
      'street_staff',
      'department_staff',
      'district_staff',
      'admin',
    ],
  },
  [ORG.overlayRead]: {
    label: { zh: '查看网格与职能部门', en: 'Browse grids and departments' },
    roles: ['committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'department_staff', 'district_staff', 'admin'],
  },
};
