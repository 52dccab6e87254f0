import { sql } from 'kysely';
import { defineModule } from '../../platform/module.js';
import { catalogRoutes } from './catalog.routes.js';
import { CATALOGS, catalogMessages } from './catalog.service.js';
import { catalogsAuditVocabulary } from './catalogs.audit.js';

/**
 * The district's catalogs as its administrators see them: the platform keeps catalogs and their versions, the
 * modules declare them with their schemas; this module is the pages and routes over both.
 */
export const catalogsModule = defineModule({
  id: 'catalogs',
  name: { zh: '目录管理', en: 'Catalogs' },
  permissions: {
    [CATALOGS.read]: { label: { zh: '查看本区目录及其版本', en: "See the district's catalogs and their versions" }, roles: ['district_staff', 'admin'] },
    [CATALOGS.edit]: { label: { zh: '修改本区目录（新版本）', en: "Edit the district's catalogs (as new versions)" }, roles: ['district_staff', 'admin'] },
  },
  messages: catalogMessages,
  vocabulary: catalogsAuditVocabulary,
  navigation: [
    {
      key: 'catalogs',
      path: '/catalogs',
      label: { zh: '目录管理', en: 'Catalogs' },
      icon: 'UnorderedListOutlined',
      permission: CATALOGS.read,
      order: 94,
      group: { zh: '系统', en: 'System' },
    },
  ],
  resources: {
    'catalogs.catalog': {
      table: 'catalog',
      idColumn: 'catalog.id',
      // A catalog is its district's as a whole: any position of the district reaches it (the permissions keep
      // the pages to district staff), the deployment's administrators every district's.
      reachable: (db, scope) =>
        db
          .selectFrom('catalog')
          .select('catalog.id as id')
          .where(scope.all ? sql<boolean>`true` : scope.districtId === null ? sql<boolean>`false` : sql<boolean>`catalog.district_id = ${scope.districtId}`),
    },
  },
  routes: (app, core) => catalogRoutes(app, core),
});
