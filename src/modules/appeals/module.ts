import { defineModule } from '../../platform/module.js';
import './appeals.schema.js';
import { appealsMigrations } from './appeals.migrations.js';
import { appealsMessages } from './appeals.messages.js';
import { APPEALS, appealsPermissions } from './appeals.policy.js';
import { appealsRoutes } from './appeals.routes.js';
import { ordersReached } from './appeals.reach.js';
import { slaJobs } from './sla.sweep.js';
import { onNeedRecorded } from './visit-need.events.js';

const group = { zh: '诉求工单', en: 'Appeals' };

export const appealsModule = defineModule({
  id: 'appeals',
  name: { zh: '诉求与工单', en: 'Appeals and work orders' },
  dependsOn: ['org', 'accounts', 'people'],
  permissions: appealsPermissions,
  migrations: appealsMigrations,
  messages: appealsMessages,
  catalogs: ['problem-categories', 'calendar', 'departments'],
  routes: (app, core) => appealsRoutes(app, core),
  jobs: slaJobs,
  events: { 'people.visit.need_recorded': onNeedRecorded },
  navigation: [
    { key: 'appeals.mine', path: '/appeals/mine', label: { zh: '我的诉求', en: 'My appeals' }, icon: 'MessageOutlined', permission: APPEALS.report, order: 30, group },
    { key: 'appeals.orders', path: '/appeals', label: { zh: '工单', en: 'Work orders' }, icon: 'ProfileOutlined', permission: APPEALS.intake, order: 31, group },
  ],
  resources: {
    appeal_order: {
      table: 'appeal_order',
      idColumn: 'appeal_order.id',
      reachable: (db, scope, who) => ordersReached(db, scope, who),
    },
    // A district's configuration: reached by anyone working in the district.
    appeal_routing_rule: {
      table: 'appeal_routing_rule',
      idColumn: 'appeal_routing_rule.id',
      reachable: (db, scope) => db.selectFrom('appeal_routing_rule').select('appeal_routing_rule.id as id').where((eb) => (scope.all ? eb.lit(true) : eb('appeal_routing_rule.district_id', '=', scope.districtId ?? -1))),
    },
    appeal_attachment: {
      table: 'appeal_attachment',
      idColumn: 'appeal_attachment.id',
      reachable: (db, scope, who) =>
        db.selectFrom('appeal_attachment').select('appeal_attachment.id as id').where('appeal_attachment.order_id', 'in', ordersReached(db, scope, who)),
    },
  },
});
