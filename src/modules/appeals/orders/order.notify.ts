import type { Core, Work } from '../../../platform/core.js';
import type { Label } from '../../../platform/i18n.js';
import { format } from '../../../platform/i18n.js';
import * as repo from './order.repository.js';
import type { Step } from './order.machine.js';

// What a reporter is told at each step (spec 30: "the reporter is told each step"). Steps between the
// dispatcher and the handler alone (return, extension, supervision) stay internal.
const TOLD: Partial<Record<Step, Label>> = {
  intake: { zh: '您反映的诉求 #{id} 已受理', en: 'Your appeal #{id} has been received' },
  dispatch: { zh: '诉求 #{id} 已派至承办单位', en: 'Appeal #{id} has been dispatched to the handling unit' },
  transfer: { zh: '诉求 #{id} 已转派至新的承办单位', en: 'Appeal #{id} has been transferred to another handling unit' },
  accept: { zh: '诉求 #{id} 已由承办单位签收', en: 'Appeal #{id} has been accepted by the handling unit' },
  suspend: { zh: '诉求 #{id} 暂时挂起：{note}', en: 'Appeal #{id} is on hold: {note}' },
  resume: { zh: '诉求 #{id} 已恢复办理', en: 'Work on appeal #{id} has resumed' },
  resolve: { zh: '诉求 #{id} 已办结，请评价办理结果', en: 'Appeal #{id} has been resolved; please rate the result' },
  reopen: { zh: '诉求 #{id} 已重新办理', en: 'Appeal #{id} has been reopened' },
  close: { zh: '诉求 #{id} 已结案', en: 'Appeal #{id} has been closed' },
  merge: { zh: '诉求 #{id} 与同一问题的其他反映合并办理', en: 'Appeal #{id} has been merged with other reports of the same problem' },
  invalidate: { zh: '诉求 #{id} 已作废：{note}', en: 'Appeal #{id} was set aside: {note}' },
};

/** Tells the reporters of a group of new orders that each was received, with one write for the group. */
export async function tellReportersOfIntake(core: Core, w: Work, orders: readonly repo.OrderRow[]) {
  const text = TOLD.intake!;
  await core.notifier.notifyEach(
    w,
    orders
      .filter((o) => o.reporter_user_id !== null)
      .map((o) => ({
        userIds: [o.reporter_user_id!],
        kind: 'appeals.intake',
        title: { zh: format(text.zh, { id: o.id }), en: format(text.en, { id: o.id }) },
        link: `/appeals/${o.id}`,
        data: { orderId: o.id, currentOrderId: o.id, step: 'intake', status: o.status },
        channels: ['inapp', 'sms', 'wechat'],
      })),
  );
}

/**
 * Tells the order's reporter, and the reporters of orders merged into it, what just happened: in-app in the
 * same transaction, outside channels after it commits.
 */
export async function tellReporters(core: Core, w: Work, order: repo.OrderRow, step: Step, note: string | null = null) {
  const text = TOLD[step];
  if (!text) return;
  const merged = step === 'intake' ? [] : await repo.mergedInto(w.db, order.id);
  const told = [{ id: order.id, user: order.reporter_user_id }, ...merged.map((m) => ({ id: m.id, user: m.reporter_user_id }))].filter(
    (x): x is { id: number; user: number } => x.user !== null,
  );
  for (const t of told) {
    const params = { id: t.id, note: note ?? '' };
    await core.notifier.notify(w, {
      userIds: [t.user],
      kind: `appeals.${step}`,
      title: { zh: format(text.zh, params), en: format(text.en, params) },
      link: `/appeals/${t.id}`,
      data: { orderId: t.id, currentOrderId: order.id, step, status: order.status },
      channels: ['inapp', 'sms', 'wechat'],
    });
  }
}
