import { defineModule } from '../../platform/module.js';
import { appealsCatalogs } from './appeals.catalogs.js';
import './appeals.schema.js';
import { appealsMigrations } from './appeals.migrations.js';
import { appealsMessages } from './appeals.messages.js';
import { APPEALS, appealsPermissions } from './appeals.policy.js';
import { appealsRoutes } from './appeals.routes.js';
import { ordersReached } from './orders/order.reach.js';
import { slaJobs } from './sla/sla.sweep.js';
import { onNeedRecorded } from './orders/visit-need.events.js';
import { summonsMessages } from './summons/summons.messages.js';
import { summonsReached } from './summons/summons.reach.js';
import { seedSummons } from './demo/summons.demo.js';
import { seedAppeals } from './demo/appeals.demo.js';
import { indicatorMessages } from './indicators/indicator.messages.js';
import { indicatorJobs } from './indicators/indicator.jobs.js';
import { open311Messages } from './open311/open311.messages.js';
import { open311Routes } from './open311/open311.routes.js';
import { seedOpen311Client, open311DemoLines } from './demo/open311.demo.js';
import { clientsReached, publicRequestsReached } from './open311/open311.reach.js';
import { transferMessages } from './transfer/transfer.messages.js';
import { transferJobs } from './transfer/transfer.outbox.js';
import { partnersReached } from './transfer/transfer.reach.js';
import { seedHotlinePartner, transferDemoLines } from './demo/transfer.demo.js';
import { appealsVocabulary } from './appeals.vocabulary.js';
import { appealsAuditVocabulary } from './appeals.audit.js';
import { appealsTerritory } from './appeals.territory.js';
import { appealsTodos } from './appeals.todos.js';

const group = { zh: '诉求工单', en: 'Appeals' };

export const appealsModule = defineModule({
  id: 'appeals',
  name: { zh: '诉求与工单', en: 'Appeals and work orders' },
  dependsOn: ['org', 'accounts', 'people'],
  permissions: appealsPermissions,
  migrations: appealsMigrations,
  tables: [
    'appeal_order',
    'appeal_event',
    'appeal_attachment',
    'appeal_routing_rule',
    'appeal_stat',
    'appeal_stat_cube',
    'appeal_stat_dirty',
    'appeal_outbox',
    'summons',
    'open311_client',
    'transfer_partner',
  ],
  territory: appealsTerritory,
  messages: { ...appealsMessages, ...summonsMessages, ...indicatorMessages, ...open311Messages, ...transferMessages },
  vocabulary: { ...appealsVocabulary, ...appealsAuditVocabulary },
  catalogs: appealsCatalogs,
  readsCatalogs: ['departments'],
  routes: (app, core) => appealsRoutes(app, core),
  // Open311 GeoReport v2 fixes its own paths.
  rootRoutes: [{ prefix: '/open311/v2', routes: (app, core) => open311Routes(app, core) }],
  jobs: (core) => {
    const stops = [slaJobs(core), transferJobs(core), indicatorJobs(core)];
    return async () => void (await Promise.all(stops.map((stop) => stop())));
  },
  events: { 'people.visit.need_recorded': onNeedRecorded },
  navigation: [
    {
      key: 'appeals.mine',
      path: '/appeals/mine',
      label: { zh: '我的诉求', en: 'My appeals' },
      icon: 'MessageOutlined',
      permission: APPEALS.report,
      order: 30,
      phoneTab: { resident: 2, unbound_resident: 2, building_leader: 4 },
      group,
    },
    {
      key: 'appeals.orders',
      path: '/appeals',
      label: { zh: '工单', en: 'Work orders' },
      icon: 'ProfileOutlined',
      permission: APPEALS.intake,
      order: 31,
      phoneTab: { grid_worker: 2, committee_worker: 1, committee_head: 1, street_staff: 2, district_staff: 2 },
      group,
    },
    {
      key: 'appeals.report',
      path: '/appeals/report',
      label: { zh: '我要反映', en: 'Report a problem' },
      icon: 'CameraOutlined',
      permission: APPEALS.report,
      order: 32,
      phoneTab: { resident: 1, unbound_resident: 1, building_leader: 1 },
      group,
    },
    {
      key: 'appeals.dispatch',
      path: '/appeals/dispatch',
      label: { zh: '派单台', en: 'Dispatch console' },
      icon: 'SendOutlined',
      permission: APPEALS.dispatch,
      order: 33,
      phoneTab: { street_staff: 1, district_staff: 1 },
      group,
    },
    // Every handler has an inbox: a department's, and a committee's or street's when orders are sent to them.
    {
      key: 'appeals.inbox',
      path: '/appeals/inbox',
      label: { zh: '承办收件箱', en: 'Handling inbox' },
      icon: 'InboxOutlined',
      permission: APPEALS.handle,
      order: 34,
      phoneTab: { department_staff: 1 },
      group,
    },
    {
      key: 'appeals.rules',
      path: '/appeals/rules',
      label: { zh: '派单规则', en: 'Routing rules' },
      icon: 'BranchesOutlined',
      permission: APPEALS.configure,
      order: 39,
      group,
    },
    {
      key: 'appeals.summons',
      path: '/appeals/summons',
      label: { zh: '约请', en: 'Summons' },
      icon: 'SolutionOutlined',
      permission: APPEALS.summonsRead,
      order: 36,
      phoneTab: { department_staff: 2 },
      group,
    },
    {
      key: 'appeals.summons.rates',
      path: '/appeals/summons/rates',
      label: { zh: '约请解决率', en: 'Summons resolution' },
      icon: 'TrophyOutlined',
      permission: APPEALS.indicators,
      order: 37,
      group,
    },
    {
      key: 'appeals.dashboard',
      path: '/appeals/dashboard',
      label: { zh: '诉求指标', en: 'Appeal indicators' },
      icon: 'DashboardOutlined',
      permission: APPEALS.indicators,
      order: 38,
      group,
    },
    // Interoperability: the district issues Open311 keys and manages transfer partners; street staff import hotline files.
    {
      key: 'appeals.transfer',
      path: '/appeals/transfer-partners',
      label: { zh: '互转平台', en: 'Transfer partners' },
      icon: 'SwapOutlined',
      permission: APPEALS.transfer,
      order: 40,
      group,
    },
    {
      key: 'appeals.open311',
      path: '/appeals/open311-clients',
      label: { zh: 'Open311 接入方', en: 'Open311 clients' },
      icon: 'ApiOutlined',
      permission: APPEALS.configure,
      order: 41,
      group,
    },
  ],
  todos: appealsTodos,
  resources: {
    appeal_order: {
      table: 'appeal_order',
      idColumn: 'appeal_order.id',
      reachable: (db, scope, who) => ordersReached(db, scope, who),
      // By a partner's order number (12345): what a hotline file names an order by.
      naturalKey: {
        keyed: (db) =>
          db
            .selectFrom('appeal_order as o')
            .select('o.id as id')
            .where('o.external_id', 'is not', null)
            .where((eb) =>
              eb.exists(
                eb
                  .selectFrom('transfer_partner as p')
                  .select('p.id')
                  .whereRef('p.district_id', '=', 'o.district_id')
                  .whereRef('p.code', '=', 'o.source_system'),
              ),
            ),
        async of(core, id) {
          const o = await core.db
            .selectFrom('appeal_order')
            .select(['source_system', 'external_id', 'title'])
            .where('id', '=', Number(id))
            .executeTakeFirstOrThrow();
          return { key: `${o.source_system}:${o.external_id}`, secrets: [o.title] };
        },
      },
    },
    // A district's configuration: reached by anyone working in the district.
    appeal_routing_rule: {
      table: 'appeal_routing_rule',
      idColumn: 'appeal_routing_rule.id',
      reachable: (db, scope) =>
        db
          .selectFrom('appeal_routing_rule')
          .select('appeal_routing_rule.id as id')
          .where((eb) => (scope.all ? eb.lit(true) : eb('appeal_routing_rule.district_id', '=', scope.districtId ?? -1))),
    },
    appeal_attachment: {
      table: 'appeal_attachment',
      idColumn: 'appeal_attachment.id',
      reachable: (db, scope, who) =>
        db
          .selectFrom('appeal_attachment')
          .select('appeal_attachment.id as id')
          .where('appeal_attachment.order_id', 'in', ordersReached(db, scope, who)),
    },
    // A committee's summons by its territory, those inviting a street office by the street's; a department's by invitation.
    summons: {
      table: 'summons',
      idColumn: 'summons.id',
      reachable: (db, scope, who) => summonsReached(db, scope, who),
    },
    // What Open311 shows anyone: orders in public categories.
    'appeals.open311_request': { table: 'appeal_order', idColumn: 'appeal_order.id', reachable: (db) => publicRequestsReached(db) },
    open311_client: { table: 'open311_client', idColumn: 'open311_client.id', reachable: (db, scope) => clientsReached(db, scope) },
    transfer_partner: { table: 'transfer_partner', idColumn: 'transfer_partner.id', reachable: (db, scope) => partnersReached(db, scope) },
  },
  // Summons link to the committee's orders where there are any: they come after the orders.
  demo: async (ctx) => {
    ctx.shared.appeals = await seedAppeals(ctx);
    await seedSummons(ctx);
    await seedOpen311Client(ctx);
    await seedHotlinePartner(ctx);
  },
  demoCredentials: async (core) => [...(await open311DemoLines(core)), ...(await transferDemoLines(core))],
});
