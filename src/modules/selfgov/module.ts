import { defineModule } from '../../platform/module.js';
import { pathWithinScope } from '../../platform/scope.js';
import './selfgov.schema.js';
import { selfgovMigrations } from './selfgov.migrations.js';
import { selfgovMessages } from './selfgov.messages.js';
import { SELFGOV, selfgovPermissions } from './selfgov.policy.js';
import { topicRoutes } from './topic.routes.js';
import { meetingRoutes } from './meeting.routes.js';
import { voteRoutes } from './vote.routes.js';
import { voteReachable } from './vote.reach.js';
import { MEETING_TYPES, meetingTypeCatalog } from './meeting-type.catalog.js';
import { seedSelfgov } from './selfgov.demo.js';
import { selfgovAuditVocabulary } from './selfgov.audit.js';

export const selfgovModule = defineModule({
  id: 'selfgov',
  name: { zh: '自治共治', en: 'Self-governance' },
  dependsOn: ['org', 'accounts', 'people'],
  permissions: selfgovPermissions,
  migrations: selfgovMigrations,
  tables: [
    'selfgov_topic',
    'selfgov_meeting',
    'selfgov_agenda_item',
    'selfgov_invitee',
    'selfgov_topic_step',
    'selfgov_opinion',
    'selfgov_decision',
    'selfgov_follow_up',
    'selfgov_vote',
    'selfgov_vote_register',
    'selfgov_vote_elector',
    'selfgov_vote_ballot',
  ],
  territory: [
    { table: 'selfgov_topic', idColumn: 'unit_id', pathColumn: 'unit_path' },
    { table: 'selfgov_meeting', idColumn: 'unit_id', pathColumn: 'unit_path' },
    { table: 'selfgov_vote', idColumn: 'unit_id', pathColumn: 'unit_path' },
  ],
  catalogs: { [MEETING_TYPES]: meetingTypeCatalog },
  messages: selfgovMessages,
  vocabulary: selfgovAuditVocabulary,
  routes: (app, core) => {
    topicRoutes(app, core);
    meetingRoutes(app, core);
    voteRoutes(app, core);
  },
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
    selfgov_meeting: {
      table: 'selfgov_meeting',
      idColumn: 'selfgov_meeting.id',
      reachable: (db, scope) => db.selectFrom('selfgov_meeting').select('selfgov_meeting.id as id').where(pathWithinScope(scope, 'selfgov_meeting.unit_path')),
    },
    selfgov_vote: { table: 'selfgov_vote', idColumn: 'selfgov_vote.id', reachable: voteReachable },
  },
  demo: (ctx) => seedSelfgov(ctx),
});
