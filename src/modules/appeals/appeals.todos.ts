import type { TodoDef } from '../../platform/module.js';
import { APPEALS } from './appeals.policy.js';
import { OrderQuery } from './orders/order.query.js';
import { SummonsService } from './summons/summons.service.js';

const OPEN = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'] as const;

/**
 * What waits in the appeals for each role, each counted with the filters of the list its path opens (the
 * dispatch console's tabs, the inbox's status filter, the resident's chips, the summons inbox), so that the
 * count is that list's total. Overdue means red on the order's time limit, or a summons unanswered past its day.
 */
export const appealsTodos: TodoDef[] = [
  {
    key: 'appeals.dispatch',
    label: { zh: '待派单', en: 'Orders to dispatch' },
    permission: APPEALS.dispatch,
    path: '/appeals/dispatch?tab=triage',
    nav: 'appeals.dispatch',
    count: (core, actor, now) => new OrderQuery(core).count(actor, { view: 'triage' }, now),
  },
  {
    key: 'appeals.unplaced',
    label: { zh: '未定位的诉求', en: 'Reports to place by hand' },
    permission: APPEALS.dispatch,
    path: '/appeals/dispatch?tab=unplaced',
    nav: 'appeals.dispatch',
    // Unplaced reports stay with the district: a desk whose territory is a whole district holds them.
    appliesTo: (actor) => actor.scope.all || actor.scope.paths.some((p) => p.split('/').filter(Boolean).length === 1),
    count: (core, actor, now) => new OrderQuery(core).count(actor, { view: 'unplaced' }, now),
  },
  {
    key: 'appeals.extensions',
    label: { zh: '待审批延期', en: 'Extension requests to decide' },
    permission: APPEALS.dispatch,
    path: '/appeals/dispatch?tab=extension',
    nav: 'appeals.dispatch',
    count: (core, actor, now) => new OrderQuery(core).count(actor, { view: 'extension' }, now),
  },
  {
    key: 'appeals.supervise',
    label: { zh: '超时待督办', en: 'Overdue orders to supervise' },
    permission: APPEALS.supervise,
    path: `/appeals/dispatch?tab=open&sla=red`,
    nav: 'appeals.dispatch',
    count: (core, actor, now) => new OrderQuery(core).count(actor, { view: 'all', status: [...OPEN], sla: 'red' }, now),
  },
  {
    key: 'appeals.accept',
    label: { zh: '待签收', en: 'Orders to accept' },
    permission: APPEALS.handle,
    path: '/appeals/inbox?status=dispatched',
    nav: 'appeals.inbox',
    count: (core, actor, now) => new OrderQuery(core).count(actor, { view: 'inbox', status: ['dispatched'] }, now),
  },
  {
    key: 'appeals.resolve',
    label: { zh: '待办结', en: 'Orders to resolve' },
    permission: APPEALS.handle,
    path: '/appeals/inbox?status=accepted,in_progress',
    nav: 'appeals.inbox',
    count: (core, actor, now) => new OrderQuery(core).count(actor, { view: 'inbox', status: ['accepted', 'in_progress'] }, now),
  },
  {
    key: 'appeals.rate',
    label: { zh: '待评价的诉求', en: 'Appeals to rate' },
    permission: APPEALS.report,
    path: '/appeals/mine?chip=toRate',
    nav: 'appeals.mine',
    count: (core, actor, now) => new OrderQuery(core).count(actor, { view: 'mine', status: ['resolved'] }, now),
  },
  {
    key: 'appeals.summons',
    label: { zh: '待响应的约请', en: 'Summons to answer' },
    permission: APPEALS.respond,
    path: '/appeals/summons?view=inbox&status=invited',
    nav: 'appeals.summons',
    count: (core, actor, now) => new SummonsService(core).count(actor, { view: 'inbox', status: ['invited'] }, now),
  },
];
