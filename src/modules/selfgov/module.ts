import { defineModule } from '../../platform/module.js';
import { pathWithinScope } from '../../platform/scope.js';
import './selfgov.schema.js';
import { selfgovMigrations } from './selfgov.migrations.js';
import { selfgovMessages } from './selfgov.messages.js';
import { SELFGOV, selfgovPermissions } from './selfgov.policy.js';
import { topicRoutes } from './topic.routes.js';
import { seedSelfgov } from './selfgov.demo.js';
import { selfgovAuditVocabulary } from './selfgov.audit.js';

export const selfgovModule = defineModule({
  id: 'selfgov',
  name: { zh: '自治共治', en: 'Self-governance' },
  dependsOn: ['org', 'accounts'],
  permissions: selfgovPermissions,
  migrations: selfgovMigrations,
  tables: ['selfgov_topic'],
  territory: [{ table: 'selfgov_topic', idColumn: 'unit_id', pathColumn: 'unit_path' }],
  messages: selfgovMessages,
  vocabulary: selfgovAuditVocabulary,
  routes: (app, core) => topicRoutes(app, core),
  navigation: [
    {
      key: 'selfgov.topics',
      path: '/selfgov/topics',
      label: { zh: '议题', en: 'Topic' },
      icon: 'ProfileOutlined',
      permission: SELFGOV.read,
      order: 60,
      group: { zh: '自治共治', en: 'Self-governance' },
    },
  ],
  resources: {
    selfgov_topic: {
      table: 'selfgov_topic',
      idColumn: 'selfgov_topic.id',
      reachable: (db, scope) => db.selectFrom('selfgov_topic').select('selfgov_topic.id as id').where(pathWithinScope(scope, 'selfgov_topic.unit_path')),
    },
  },
  demo: (ctx) => seedSelfgov(ctx),
});
