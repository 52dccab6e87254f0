import type { Locale } from './i18n.js';
import type { RoleId } from './roles.js';
import type { Scope } from './scope.js';

/** Who is acting, through which position, with what reach: what every service call starts from. */
export interface Actor {
  userId: number;
  userName: string;
  positionId: number | null;
  role: RoleId | null;
  scope: Scope;
  requestId: string;
  locale: Locale;
  /** An API token's own limit: only these actions, whatever the role allows. */
  limitedTo?: ReadonlySet<string>;
}

/** The system itself (seeding, jobs, migrations): sees everything, audited as 'system'. */
export function systemActor(requestId = 'system'): Actor {
  return {
    userId: 0,
    userName: 'system',
    positionId: null,
    role: null,
    scope: { all: true, districtId: null, paths: [], departmentId: null, gridId: null },
    requestId,
    locale: 'zh-CN',
  };
}
