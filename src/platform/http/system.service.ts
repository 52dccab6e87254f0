import type { Core } from '../core.js';
import { ping } from '../db/database.js';
import { registry } from './metrics.js';
import { refreshFailedEventGauge } from '../failed-events/failed-event.metrics.js';

const started = new Date();

/** What the system answers about itself: whether it and its database are up, and its metrics. */
export class SystemService {
  constructor(private readonly core: Core) {}

  /** Healthy only when the database answers: a load balancer then stops sending to a process that lost it. */
  async health() {
    await ping(this.core.db);
    return { status: 'ok', database: this.core.dbKind, startedAt: started.toISOString() };
  }

  /** The Prometheus text, figures kept in the database (failed events) read at each scrape. */
  async metrics() {
    await refreshFailedEventGauge(this.core.db);
    return registry.metrics();
  }
}
