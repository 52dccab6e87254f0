import type { Core } from '../../../platform/core.js';
import { every } from '../../../platform/jobs.js';
import { STATUS_LABELS } from '../orders/order.labels.js';
import * as orders from '../orders/order.repository.js';
import * as routing from '../orders/routing.repository.js';
import { PUBLIC_NOTE_STEPS } from '../open311/open311.view.js';
import { MAX_ATTEMPTS } from './transfer.partner.service.js';
import { TransferService } from './transfer.service.js';
import { signedHeaders } from './transfer.signature.js';
import * as repo from './transfer.repository.js';

/**
 * Callbacks to partner platforms: the status of orders that came from them, and the packages of orders sent to
 * them. Rows of appeal_outbox are claimed with SKIP LOCKED and a lease, so that two server processes never send
 * the same callback at the same time; a failed one is retried with a growing delay and given up after
 * MAX_ATTEMPTS. Delivery is at least once: a process that dies after sending and before recording sends again
 * after the lease, and partners drop a callbackId they have seen.
 */

const TIMEOUT_MS = 10_000;
/** Longer than a delivery may take: a claimed row is not due again while it is being sent. */
const LEASE_MS = 5 * 60_000;
const BATCH = 20;

/** 1, 2, 4 … minutes after each failure, at most six hours. */
export const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);

export interface DeliveryResult {
  delivered: number;
  failed: number;
}

/** One round: claims what is due and sends it. Safe to run in several processes at once. */
export async function deliverDue(core: Core, send: typeof fetch = fetch): Promise<DeliveryResult> {
  const now = new Date();
  const claimed = await repo.claimDue(core.db, now, new Date(now.getTime() + LEASE_MS), BATCH, MAX_ATTEMPTS);
  const transfer = new TransferService(core);
  const result = { delivered: 0, failed: 0 };
  for (const row of claimed) {
    const ok = await deliverOne(core, transfer, row, send);
    result[ok ? 'delivered' : 'failed']++;
  }
  return result;
}

async function deliverOne(core: Core, transfer: TransferService, row: Awaited<ReturnType<typeof repo.claimDue>>[number], send: typeof fetch): Promise<boolean> {
  const partner = await repo.findPartner(core.db, row.district_id, row.partner_id);
  const district = await repo.districtOf(core.db, row.district_id);
  const order = await orders.findById(core.db, row.order_id);
  if (!partner?.active || !partner.callback_url || !district || !order) {
    // Nowhere to send it any more (partner switched off, address removed): given up at once, kept for the record.
    await repo.markFailed(core.db, row.id, 'partner inactive or without callback_url', new Date(), MAX_ATTEMPTS);
    return false;
  }
  const payload = row.payload as repo.OutboxPayload;
  const callbackId = `${district.code}-${row.id}`;
  try {
    const body = JSON.stringify(
      payload.type === 'package'
        ? { type: 'package', callbackId, partner: partner.code, note: payload.note, package: await transfer.packageForPartner(order) }
        : { type: 'status', callbackId, partner: partner.code, ...(await statusOf(core, order, payload.seq)) },
    );
    const res = await send(partner.callback_url, {
      method: 'POST',
      headers: signedHeaders(district.code, partner.code, core.crypto.decrypt(partner.secret_enc), body),
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.status >= 200 && res.status < 300) {
      await repo.markDelivered(core.db, row.id);
      return true;
    }
    await repo.markFailed(core.db, row.id, `HTTP ${res.status}`, new Date(Date.now() + backoffMs(row.attempts)));
  } catch (e) {
    await repo.markFailed(core.db, row.id, (e as Error).message || String(e), new Date(Date.now() + backoffMs(row.attempts)));
  }
  return false;
}

/** A step as the partner hears it: their order number, our status, the handler, the note a reporter would be told. */
async function statusOf(core: Core, order: orders.OrderRow, seq: number) {
  const e = await repo.eventOf(core.db, order.id, seq);
  // The handler of that step when it named one (dispatch, transfer), else the order's current one.
  const named = (e?.data as { handler?: { name?: string } } | undefined)?.handler?.name;
  const names = named
    ? null
    : await routing.namesOf(core.db, order.handler_unit_id ? [order.handler_unit_id] : [], order.handler_department_id ? [order.handler_department_id] : []);
  const handler =
    named ??
    (order.handler_kind === 'department'
      ? names?.departments.get(order.handler_department_id!)
      : order.handler_unit_id
        ? names?.units.get(order.handler_unit_id)
        : undefined);
  const status = e?.to_status ?? order.status;
  return {
    orderNo: order.external_id,
    orderId: order.id,
    seq,
    step: e?.step ?? null,
    status,
    statusLabel: STATUS_LABELS[status],
    at: (e?.at ?? order.updated_at).toISOString(),
    note: e && (PUBLIC_NOTE_STEPS as readonly string[]).includes(e.step) ? e.note : null,
    handler: handler ?? null,
  };
}

/** The module's job: a delivery round every 15 seconds (the first shortly after start). */
export function transferJobs(core: Core): () => Promise<void> {
  return every(
    15_000,
    async () => void (await deliverDue(core)),
    (e) => console.error(`transfer callbacks: ${(e as Error).message}`),
    5_000,
  );
}
