import { defineModule } from '../../platform/module.js';
import { orgCatalogs } from './org.catalogs.js';
import './org.schema.js';
import { orgMigrations } from './org.migrations.js';
import { orgMessages } from './org.messages.js';
import { ORG, orgPermissions } from './org.policy.js';
import { orgScopeResolver } from './org.scope.js';
import { orgRoles } from './org.roles.js';
import { seedTerritory } from './org.demo.js';
import { unitRoutes } from './unit.routes.js';
import { gridRoutes } from './grid.routes.js';
import { mapRoutes } from './map.routes.js';
import { pathWithinScope } from '../../platform/scope.js';
import { orgVocabulary } from './org.vocabulary.js';
import { orgAuditVocabulary } from './org.audit.js';

export const orgModule = defineModule({
  id: 'org',
  name: { zh: '辖区与组织', en: 'Territory and organisation' },
  permissions: orgPermissions,
  roles: orgRoles,
  migrations: orgMigrations,
  tables: ['unit', 'unit_history', 'unit_location', 'grid', 'grid_unit', 'department'],
  messages: orgMessages,
  vocabulary: { ...orgVocabulary, ...orgAuditVocabulary },
  catalogs: orgCatalogs,
  provides: { scope: orgScopeResolver },
  routes: (app, core) => {
    unitRoutes(app, core);
    gridRoutes(app, core);
    mapRoutes(app, core);
  },
  navigation: [
    {
      key: 'org.units',
      path: '/org',
      label: { zh: '辖区单位', en: 'Territory' },
      icon: 'ApartmentOutlined',
      permission: ORG.read,
      order: 10,
      group: { zh: '基础', en: 'Basics' },
    },
    {
      key: 'org.grids',
      path: '/org/grids',
      label: { zh: '网格', en: 'Grids' },
      icon: 'BorderOuterOutlined',
      permission: ORG.overlayRead,
      order: 11,
      group: { zh: '基础', en: 'Basics' },
    },
    {
      key: 'org.departments',
      path: '/org/departments',
      label: { zh: '职能部门', en: 'Departments' },
      icon: 'BankOutlined',
      permission: ORG.overlayRead,
      order: 12,
      group: { zh: '基础', en: 'Basics' },
    },
  ],
  resources: {
    unit: {
      table: 'unit',
      idColumn: 'unit.id',
      sampleOrder: 'unit.depth',
      reachable: (db, scope) => db.selectFrom('unit').select('unit.id as id').where(pathWithinScope(scope, 'unit.path')),
    },
    grid: {
      table: 'grid',
      idColumn: 'grid.id',
      // Owning street reached, or the caller's own grid, or a covered unit reached.
      reachable: (db, scope) =>
        db
          .selectFrom('grid')
          .innerJoin('unit as s', 's.id', 'grid.street_id')
          .select('grid.id as id')
          .where((eb) =>
            eb.or([
              pathWithinScope(scope, 's.path'),
              eb('grid.id', '=', scope.gridId ?? -1),
              eb(
                'grid.id',
                'in',
                db.selectFrom('grid_unit as gu').innerJoin('unit as u', 'u.id', 'gu.unit_id').select('gu.grid_id').where(pathWithinScope(scope, 'u.path')),
              ),
            ]),
          ),
    },
    department: {
      table: 'department',
      idColumn: 'department.id',
      // Own department or its teams, a team in a street reached, or any department when the district is reached.
      reachable: (db, scope) =>
        db
          .selectFrom('department')
          .leftJoin('unit as s', 's.id', 'department.street_id')
          .select('department.id as id')
          .where((eb) =>
            eb.or([
              eb('department.id', '=', scope.departmentId ?? -1),
              eb('department.parent_id', '=', scope.departmentId ?? -1),
              eb.and([eb('department.street_id', 'is not', null), pathWithinScope(scope, 's.path')]),
              eb(
                'department.district_id',
                'in',
                db.selectFrom('unit as d').select('d.district_id').where('d.type', '=', 'district').where(pathWithinScope(scope, 'd.path')),
              ),
            ]),
          ),
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
