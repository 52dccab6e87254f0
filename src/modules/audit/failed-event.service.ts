import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { conflict, notFound } from '../../platform/errors.js';
import * as repo from '../../platform/failed-events/failed-event.repository.js';
import { retryNow } from '../../platform/failed-events/failed-event.retry.js';
import type { FailedEventStatus } from '../../platform/failed-events/failed-event.schema.js';

export const FAILED_EVENTS = 'audit.failedEvents';

/**
 * Domain-event handlers that failed after their change committed, for the deployment's administrators: they
 * see each with its error and attempts, run one again now, or close it by hand (what the handler should have
 * done was done another way). Both steps are audited.
 */
export class FailedEventService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, q: { status?: FailedEventStatus; open?: boolean; page: number; pageSize: number }) {
    this.core.assert(actor, FAILED_EVENTS);
    return repo.list(this.core.db, { status: q.status, open: q.open, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  }

  async retry(actor: Actor, id: number) {
    this.core.assert(actor, FAILED_EVENTS);
    const before = await this.open(id);
    // The handler runs outside any transaction of ours, as after the first commit; the audit entry follows it.
    const after = await retryNow(this.core, id);
    if (!after) throw conflict('FAILED_EVENT_BUSY', { id });
    await this.core.mutate(actor, (w) =>
      w.audit({
        action: 'audit.failed_event.retry',
        targetType: 'domain_event_failure',
        targetId: id,
        districtId: before.district_id,
        summary: { module: before.module, eventType: before.event_type, outcome: after.status, attempts: after.attempts },
      }),
    );
    return after;
  }

  async resolve(actor: Actor, id: number, note: string | null) {
    this.core.assert(actor, FAILED_EVENTS);
    const before = await this.open(id);
    return this.core.mutate(actor, async (w) => {
      const after = await repo.resolve(w.db, id, actor.userId || null, note);
      if (!after) throw conflict('FAILED_EVENT_BUSY', { id });
      await w.audit({
        action: 'audit.failed_event.resolve',
        targetType: 'domain_event_failure',
        targetId: id,
        districtId: before.district_id,
        summary: { module: before.module, eventType: before.event_type, note },
      });
      return after;
    });
  }

  private async open(id: number) {
    const row = await repo.findById(this.core.db, id);
    if (!row) throw notFound('failed_event');
    if (row.status === 'done' || row.status === 'resolved') throw conflict('FAILED_EVENT_CLOSED', { id });
    return row;
  }
}

export const failedEventMessages = {
  FAILED_EVENT_CLOSED: { zh: '失败事件 {id} 已处理完毕，无需再试', en: 'Failed event {id} is already done or resolved' },
  FAILED_EVENT_BUSY: {
    zh: '失败事件 {id} 正在重试，请稍后刷新查看结果',
    en: 'Failed event {id} is being retried right now; refresh shortly to see the outcome',
  },
};
