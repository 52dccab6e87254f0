import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { personRoutes } from './person.routes.js';
import { personChangeRoutes } from './person-change.routes.js';
import { houseRoutes } from './house.routes.js';
import { visitRoutes } from './visit.routes.js';
import { importRoutes } from './import.routes.js';
import { shareRoutes } from './share.routes.js';
import { bindingRoutes } from './binding.routes.js';
import { exportRequestRoutes } from './export-request.routes.js';
import { exportPolicyRoutes } from './export-policy.routes.js';

/** The people module's routes, one file per noun. */
export function peopleRoutes(app: TypedApp, core: Core) {
  personRoutes(app, core);
  personChangeRoutes(app, core);
  houseRoutes(app, core);
  visitRoutes(app, core);
  importRoutes(app, core);
  shareRoutes(app, core);
  bindingRoutes(app, core);
  exportRequestRoutes(app, core);
  exportPolicyRoutes(app, core);
}
