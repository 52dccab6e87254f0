import type { ModuleManifest } from '../platform/module.js';
import { orgModule } from './org/module.js';
import { accountsModule } from './accounts/module.js';
import { auditModule } from './audit/module.js';
import { peopleModule } from './people/module.js';
import { estateModule } from './estate/module.js';
import { appealsModule } from './appeals/module.js';
import { catalogsModule } from './catalogs/module.js';
import { selfgovModule } from './selfgov/module.js';

/** The modules of this deployment. The platform receives this list; it imports no module itself. */
export const modules: ModuleManifest[] = [orgModule, accountsModule, peopleModule, estateModule, appealsModule, auditModule, catalogsModule, selfgovModule];
