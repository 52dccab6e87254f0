import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { compoundRoutes } from './compound.routes.js';
import { contractRoutes } from './contract.routes.js';
import { termRoutes } from './term.routes.js';
import { memberRoutes } from './member.routes.js';
import { companyRoutes } from './company.routes.js';

/** The estate module's routes, one file per noun. */
export function estateRoutes(app: TypedApp, core: Core) {
  compoundRoutes(app, core);
  contractRoutes(app, core);
  termRoutes(app, core);
  memberRoutes(app, core);
  companyRoutes(app, core);
}
