import type { Label } from './i18n.js';

/**
 * Every role of the overview. scopeKind says how a position's territory is found:
 * subtree — its unit and all below; grid — the units its grid covers; grants — only explicit grants;
 * deployment — every district (administrator).
 */
export type ScopeKind = 'subtree' | 'grid' | 'grants' | 'deployment';

export interface RoleDef {
  role: RoleId;
  label: Label;
  scopeKind: ScopeKind;
  /** The unit type a position of this role is anchored to. */
  unitTypes: readonly string[];
  layout: 'desktop' | 'mobile';
}

export const ROLES = [
  { role: 'resident', label: { zh: '居民', en: 'Resident' }, scopeKind: 'subtree', unitTypes: ['house'], layout: 'mobile' },
  { role: 'building_leader', label: { zh: '楼组长', en: 'Building leader' }, scopeKind: 'subtree', unitTypes: ['building'], layout: 'mobile' },
  { role: 'committee_worker', label: { zh: '社区工作者（社工）', en: 'Committee worker' }, scopeKind: 'subtree', unitTypes: ['committee'], layout: 'desktop' },
  { role: 'committee_head', label: { zh: '居委会书记/主任', en: 'Committee head' }, scopeKind: 'subtree', unitTypes: ['committee'], layout: 'desktop' },
  { role: 'grid_worker', label: { zh: '网格员', en: 'Grid worker' }, scopeKind: 'grid', unitTypes: ['street'], layout: 'mobile' },
  { role: 'street_staff', label: { zh: '街镇工作人员', en: 'Street staff' }, scopeKind: 'subtree', unitTypes: ['street'], layout: 'desktop' },
  { role: 'department_staff', label: { zh: '职能部门人员', en: 'Department staff' }, scopeKind: 'subtree', unitTypes: ['district', 'street'], layout: 'desktop' },
  { role: 'district_staff', label: { zh: '区级工作人员', en: 'District staff' }, scopeKind: 'subtree', unitTypes: ['district'], layout: 'desktop' },
  { role: 'organisation', label: { zh: '社会组织', en: 'Social organisation' }, scopeKind: 'grants', unitTypes: ['district'], layout: 'desktop' },
  { role: 'evaluator', label: { zh: '第三方评估', en: 'Evaluator' }, scopeKind: 'grants', unitTypes: ['district'], layout: 'desktop' },
  { role: 'admin', label: { zh: '系统管理员', en: 'Administrator' }, scopeKind: 'deployment', unitTypes: ['district'], layout: 'desktop' },
] as const satisfies ReadonlyArray<{ role: string; label: Label; scopeKind: ScopeKind; unitTypes: readonly string[]; layout: 'desktop' | 'mobile' }>;

export type RoleId = (typeof ROLES)[number]['role'];
export const ROLE_IDS = ROLES.map((r) => r.role) as RoleId[];

export function roleDef(role: string): RoleDef {
  const def = ROLES.find((r) => r.role === role);
  if (!def) throw new Error(`unknown role ${role}`);
  return def as unknown as RoleDef;
}

export const isRole = (role: string): role is RoleId => ROLE_IDS.includes(role as RoleId);
