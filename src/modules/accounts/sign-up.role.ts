import type { RoleDef } from '../../platform/roles.js';

/**
 * A person who signed up with their phone and is not yet bound to a house: they sit at their district with no
 * territory (scope by grants, and none are granted), may ask their committee to bind them to their house, and
 * may report and follow their own reports. Binding ends this position and gives them a resident's at the house,
 * from which they still see the reports they made before.
 */
export const signUpRoles = [
  {
    id: 'unbound_resident',
    label: { zh: '注册居民（未绑定房屋）', en: 'Signed-up resident (not yet bound)' },
    scopeKind: 'grants',
    unitTypes: ['district'],
    assignableBy: ['district_staff', 'admin'],
  },
] as const satisfies readonly RoleDef[];

export type SignUpRoleId = (typeof signUpRoles)[number]['id'];
export const SIGNED_UP: SignUpRoleId = 'unbound_resident';

declare module '../../platform/roles.js' {
  interface RoleIds extends Record<SignUpRoleId, true> {}
}
