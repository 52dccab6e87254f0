import type { RoleDef } from '../../platform/roles.js';

// Who hands out territory positions: the street for its committees, the district for its streets (decision 0016).
const COMMITTEE_MANAGERS = ['committee_head', 'street_staff', 'district_staff', 'admin'];
const STREET_MANAGERS = ['street_staff', 'district_staff', 'admin'];
const DISTRICT_MANAGERS = ['district_staff', 'admin'];

/**
 * The roles whose positions sit in the territory: anchored to its units, grids and departments, their scope is
 * the part of the tree org resolves for them.
 */
export const orgRoles = [
  { id: 'resident', label: { zh: '居民', en: 'Resident' }, scopeKind: 'subtree', unitTypes: ['house'], assignableBy: COMMITTEE_MANAGERS },
  {
    id: 'building_leader',
    label: { zh: '楼组长', en: 'Building leader' },
    scopeKind: 'subtree',
    unitTypes: ['building'],
    assignableBy: COMMITTEE_MANAGERS,
  },
  {
    id: 'committee_worker',
    label: { zh: '社区工作者（社工）', en: 'Committee worker' },
    scopeKind: 'subtree',
    unitTypes: ['committee'],
    assignableBy: COMMITTEE_MANAGERS,
  },
  {
    id: 'committee_head',
    label: { zh: '居委会书记/主任', en: 'Committee head' },
    scopeKind: 'subtree',
    unitTypes: ['committee'],
    assignableBy: STREET_MANAGERS,
  },
  {
    id: 'grid_worker',
    label: { zh: '网格员', en: 'Grid worker' },
    scopeKind: 'grid',
    unitTypes: ['street'],
    assignableBy: STREET_MANAGERS,
    anchor: 'grid',
  },
  {
    id: 'street_staff',
    label: { zh: '街镇工作人员', en: 'Street staff' },
    scopeKind: 'subtree',
    unitTypes: ['street'],
    assignableBy: DISTRICT_MANAGERS,
  },
  {
    id: 'department_staff',
    label: { zh: '职能部门人员', en: 'Department staff' },
    scopeKind: 'subtree',
    unitTypes: ['district', 'street'],
    assignableBy: STREET_MANAGERS,
    anchor: 'department',
  },
  {
    id: 'district_staff',
    label: { zh: '区级工作人员', en: 'District staff' },
    scopeKind: 'subtree',
    unitTypes: ['district'],
    assignableBy: DISTRICT_MANAGERS,
    requiresSecondFactor: true,
  },
] as const satisfies readonly RoleDef[];

export type OrgRoleId = (typeof orgRoles)[number]['id'];

declare module '../../platform/roles.js' {
  interface RoleIds extends Record<OrgRoleId, true> {}
}
