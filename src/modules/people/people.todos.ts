import type { TodoDef } from '../../platform/module.js';
import { todayInShanghai } from '../../platform/time.js';
import { ExportRequestService } from './export-request.service.js';
import { PEOPLE } from './people.policy.js';
import { VisitService } from './visit.service.js';
import { BindingService } from './binding.service.js';

/**
 * What waits in the population records: export requests for the caller to decide (the export page's "待我审批"
 * tab, pending ones), residents' requests to be bound to their record (the binding page's list), and the
 * households of one's own territory not visited this year (the visits page's list, which counts "四百大走访" from
 * the first of January). None has a time limit of its own: nothing is overdue (a binding request lapses instead).
 */
export const peopleTodos: TodoDef[] = [
  {
    key: 'people.exports',
    label: { zh: '待我审批的导出', en: 'Exports waiting for my approval' },
    permission: PEOPLE.exportApprove,
    path: '/people/exports?tab=decide&status=pending',
    nav: 'people.exports',
    count: async (core, actor, now) => ({ count: await new ExportRequestService(core).waitingCount(actor, now), overdue: 0 }),
  },
  {
    key: 'people.bindings',
    label: { zh: '待审核的实名绑定', en: 'Binding requests to check' },
    permission: PEOPLE.manage,
    path: '/people/bindings',
    nav: 'people.bindings',
    count: async (core, actor, now) => ({ count: await new BindingService(core).waitingCount(actor, now), overdue: 0 }),
  },
  {
    key: 'people.visits',
    label: { zh: '本年未走访的户', en: 'Households not visited this year' },
    permission: PEOPLE.visit,
    path: '/people/visits',
    nav: 'people.visits',
    count: async (core, actor, now) => ({
      count: await new VisitService(core).unvisitedCountOfMine(actor, `${todayInShanghai(now).slice(0, 4)}-01-01`),
      overdue: 0,
    }),
  },
];
