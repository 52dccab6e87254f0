import type { Core } from '../../platform/core.js';
import { every } from '../../platform/jobs.js';
import * as repo from './sla.repository.js';

/** Days a reporter has to rate a resolved order before the system closes it. */
export const FEEDBACK_DAYS = 7;
const SWEEP_MS = 60_000;

export interface SweepResult {
  yellow: number;
  supervised: number;
  closed: number;
  ms: number;
}

/**
 * The SLA timers live in the orders themselves (due and warning times); the sweep compares them with the
 * clock, so a restart loses nothing and any number of server processes may sweep at once.
 */
export async function sweep(core: Core, now = new Date()): Promise<SweepResult> {
  const t0 = performance.now();
  const yellow = await core.db.transaction().execute((trx) => repo.markYellow(trx, now));
  const supervised = await core.db.transaction().execute((trx) => repo.superviseOverdue(trx, now));
  const closed = await core.db.transaction().execute((trx) => repo.closeUnrated(trx, now, new Date(now.getTime() - FEEDBACK_DAYS * 86_400_000)));
  if (supervised || closed) core.bus.publish([{ type: 'appeals.sla.swept', districtId: null, payload: { yellow, supervised, closed }, actorId: null, at: now }]).catch(() => undefined);
  return { yellow, supervised, closed, ms: performance.now() - t0 };
}

export const slaJobs = (core: Core) => every(SWEEP_MS, async () => void (await sweep(core)), (e) => console.error('appeals SLA sweep failed', e), 5_000);
