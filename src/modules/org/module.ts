import { defineModule } from '../../platform/module.js';
import './org.schema.js';
import { orgMigrations } from './org.migrations.js';
import { orgMessages } from './org.messages.js';
import { ORG, orgPermissions } from './org.policy.js';
import { orgScopeResolver } from './org.scope.js';
import { seedTerritory } from './org.demo.js';
import { unitRoutes } from './unit.routes.js';
import { gridRoutes } from './grid.routes.js';
import * as units from './unit.repository.js';
import * as grids from './grid.repository.js';
import * as departments from './department.repository.js';

export const orgModule = defineModule({
  id: 'org',
  name: { zh: '辖区与组织', en: 'Territory and organisation' },
  permissions: orgPermissions,
  migrations: orgMigrations,
  messages: orgMessages,
  catalogs: ['housing-types', 'departments'],
  provides: { scope: orgScopeResolver },
  routes: (app, core) => {
    unitRoutes(app, core);
    gridRoutes(app, core);
  },
  navigation: [
    { key: 'org.units', path: '/org', label: { zh: '辖区单位', en: 'Territory' }, icon: 'ApartmentOutlined', permission: ORG.read, order: 10, group: { zh: '基础', en: 'Basics' } },
    { key: 'org.grids', path: '/org/grids', label: { zh: '网格', en: 'Grids' }, icon: 'BorderOuterOutlined', permission: ORG.overlayRead, order: 11, group: { zh: '基础', en: 'Basics' } },
    { key: 'org.departments', path: '/org/departments', label: { zh: '职能部门', en: 'Departments' }, icon: 'BankOutlined', permission: ORG.overlayRead, order: 12, group: { zh: '基础', en: 'Basics' } },
  ],
  resources: {
    unit: {
      sample: (db, scope, inside) => units.sample(db, scope, inside),
      visible: async (db, scope, id) => !!(await units.findVisible(db, scope, Number(id))),
    },
    grid: {
      sample: (db, scope, inside) => grids.sample(db, scope, inside),
      visible: (db, scope, id) => grids.isVisible(db, scope, Number(id)),
    },
    department: {
      sample: (db, scope, inside) => departments.sample(db, scope, inside),
      visible: async (db, scope, id) => !!(await departments.findVisible(db, scope, Number(id))),
    },
  },
  demo: async (ctx) => {
    ctx.shared.org = await seedTerritory(ctx);
  },
  stats: async (core, districtId) => {
    const rows = await core.db
      .selectFrom('unit')
      .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
      .where('district_id', '=', districtId)
      .where('retired_at', 'is', null)
      .groupBy('type')
      .execute();
    return Object.fromEntries(rows.map((r) => [`units.${r.type}`, Number(r.n)]));
  },
});
