import type { RoleDef } from '../../platform/roles.js';

/**
 * The deployment's administrator, and the two roles whose scope is only what is granted to them. Social
 * organisations and evaluators have no module of their own yet; when the social-forces (spec 60) and evaluation
 * (spec 90) modules come, each takes its role's declaration into its manifest: positions keep the role id, so
 * nothing stored changes (decision 0016).
 */
export const accountsRoles = [
  {
    id: 'organisation',
    label: { zh: '社会组织', en: 'Social organisation' },
    scopeKind: 'grants',
    unitTypes: ['district'],
    assignableBy: ['district_staff', 'admin'],
  },
  {
    id: 'evaluator',
    label: { zh: '第三方评估', en: 'Evaluator' },
    scopeKind: 'grants',
    unitTypes: ['district'],
    assignableBy: ['district_staff', 'admin'],
  },
  {
    id: 'admin',
    label: { zh: '系统管理员', en: 'Administrator' },
    scopeKind: 'deployment',
    unitTypes: ['district'],
    assignableBy: ['admin'],
    requiresSecondFactor: true,
  },
] as const satisfies readonly RoleDef[];

export type AccountsRoleId = (typeof accountsRoles)[number]['id'];

declare module '../../platform/roles.js' {
  interface RoleIds extends Record<AccountsRoleId, true> {}
}
