import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import * as repo from './transfer.repository.js';

// Steps only the dispatcher and the handler negotiate: the partner hears the outcome, not the haggling.
const INTERNAL_STEPS = new Set(['request_extension', 'reject_extension']);

export interface FollowedStep {
  orderId: number;
  step: string;
  seq: number;
  sourceSystem: string | null;
}

/**
 * Queues a status callback to the partner an order came from, in the transaction of the step itself: a step
 * that commits always has its callback queued, and one rolled back never has.
 */
export const queueStatusCallback = (db: Kysely<Database>, districtId: number, p: FollowedStep) => queueStatusCallbacks(db, [{ ...p, districtId }]);

/** The same for many steps at once (the SLA sweep's): each partner looked up once, its callbacks queued in one statement. */
export async function queueStatusCallbacks(db: Kysely<Database>, steps: ReadonlyArray<FollowedStep & { districtId: number }>) {
  const byPartner = new Map<string, { districtId: number; sourceSystem: string; steps: Array<{ orderId: number; seq: number }> }>();
  for (const p of steps) {
    if (!p.sourceSystem || INTERNAL_STEPS.has(p.step)) continue;
    const key = `${p.districtId}:${p.sourceSystem}`;
    const group = byPartner.get(key) ?? byPartner.set(key, { districtId: p.districtId, sourceSystem: p.sourceSystem, steps: [] }).get(key)!;
    group.steps.push({ orderId: p.orderId, seq: p.seq });
  }
  for (const g of byPartner.values()) {
    const partner = await repo.partnerByCode(db, g.districtId, g.sourceSystem);
    if (partner?.active && partner.callback_url) await repo.insertStatusCallbacks(db, g.districtId, partner.id, g.steps);
  }
}
