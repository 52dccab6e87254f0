import { Counter, Gauge } from 'prom-client';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { registry } from '../http/metrics.js';
import { openCounts } from './failed-event.repository.js';

/** Every run of a handler that threw: the first delivery and each failed retry, by the handler's key. */
export const handlerFailures = new Counter({
  name: 'linli_event_handler_failures_total',
  help: 'Domain-event handler runs that threw, by module and event type',
  labelNames: ['module', 'event'],
  registers: [registry],
});

/** What still waits, across all processes (read from the database at each scrape): alert on failed > 0. */
const openFailures = new Gauge({
  name: 'linli_failed_events',
  help: 'Failed domain events not yet done or resolved, by status (retrying: the job tries again; failed: retries used up)',
  labelNames: ['status'],
  registers: [registry],
});

/** Brings the gauge up to date before a scrape; a database that does not answer leaves the last figures. */
export async function refreshFailedEventGauge(db: Kysely<Database>): Promise<void> {
  try {
    const counts = await openCounts(db);
    openFailures.set({ status: 'retrying' }, counts.retrying);
    openFailures.set({ status: 'failed' }, counts.failed);
  } catch {
    // The scrape still reports the process's own metrics.
  }
}
