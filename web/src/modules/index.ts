/**
 * The web app's feature modules, one folder each, mirroring the server's modules.
 * To add a module: create web/src/modules/<key>/ with an index.ts exporting a WebModule, and add one line here.
 */
import type { WebModule } from '../app/module';
import { orgModule } from './org';
import { accountsModule } from './accounts';
import { auditModule } from './audit';
import { peopleModule } from './people';
import { estateModule } from './estate';
import { appealsModule } from './appeals';
import { catalogsModule } from './catalogs';
import { selfgovModule } from './selfgov';

export const modules: WebModule[] = [orgModule, accountsModule, auditModule, peopleModule, estateModule, appealsModule, catalogsModule, selfgovModule];
