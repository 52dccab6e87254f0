import type { Core } from '../../../platform/core.js';
import { every } from '../../../platform/jobs.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import * as repo from './sla.repository.js';
import { queueStatusCallbacks } from '../transfer/transfer.queue.js';
import type { OrderStepped } from '../orders/order.events.js';

/** Days a reporter has to rate a resolved order before the system closes it. */
export const FEEDBACK_DAYS = 7;
const SWEEP_MS = 60_000;

export interface SweepResult {
  supervised: number;
  closed: number;
  ms: number;
}

/**
 * The SLA timers live in the orders themselves (due and warning times); the sweep compares them with the
 * clock, so a restart loses nothing and any number of server processes may sweep at once. Colours are not
 * swept: they are read from the same times (order.clock.ts slaColour).
 */
export async function sweep(core: Core, now = new Date()): Promise<SweepResult> {
  const t0 = performance.now();
  // The two clocks' orders are disjoint: each is supervised in a transaction of its own, at the same time, on
  // connections of their own (a server's cores share the work; the embedded database takes them in turn).
  const clocks = await Promise.all(
    (['accept', 'resolve'] as const).map((clock) =>
      core.db.transaction().execute(async (trx) => queued(trx, await repo.superviseOverdue(trx, now, clock), 'supervise')),
    ),
  );
  const supervised = { count: clocks[0].count + clocks[1].count, followed: [...clocks[0].followed, ...clocks[1].followed] };
  const closed = await core.db
    .transaction()
    .execute(async (trx) => queued(trx, await repo.closeUnrated(trx, now, new Date(now.getTime() - FEEDBACK_DAYS * 86_400_000)), 'close'));
  const ms = performance.now() - t0;
  // Outside systems that sent an order follow its steps, the system's own included (transfer callbacks).
  const stepped = [...supervised.followed.map((o) => ({ o, step: 'supervise' })), ...closed.followed.map((o) => ({ o, step: 'close' }))].map(({ o, step }) => ({
    type: 'appeals.order.stepped',
    districtId: o.district_id,
    actorId: null,
    at: now,
    payload: { orderId: o.id, step, from: o.from, to: o.to, seq: o.seq, sourceSystem: o.source_system, externalId: o.external_id } satisfies OrderStepped,
  }));
  if (stepped.length) await core.bus.publish(stepped);
  return { supervised: supervised.count, closed: closed.count, ms };
}

/** Partners hear of the system's steps too, queued in the sweep's own transaction. */
async function queued(db: Kysely<Database>, swept: repo.Swept, step: string) {
  await queueStatusCallbacks(
    db,
    swept.followed.map((o) => ({ districtId: o.district_id, orderId: o.id, step, seq: o.seq, sourceSystem: o.source_system })),
  );
  return swept;
}

export const slaJobs = (core: Core) =>
  every(
    SWEEP_MS,
    async () => void (await sweep(core)),
    (e) => console.error('appeals SLA sweep failed', e),
    5_000,
  );
