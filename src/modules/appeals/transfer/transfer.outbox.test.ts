import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { IntakeService } from '../orders/intake.service.js';
import { OrderService } from '../orders/order.service.js';
import { TransferPartnerService } from './transfer.partner.service.js';
import { partnerActor, TransferService } from './transfer.service.js';
import { backoffMs, deliverDue } from './transfer.outbox.js';
import { verify } from './transfer.signature.js';
import { sweep } from '../sla/sla.sweep.js';
import { appealsWorld, report } from '../appeals.testkit.js';

/** A partner platform on a local port: it records what it receives and answers with `status`. */
interface Received {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: Record<string, unknown>;
}

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let server: Server;
let url: string;
let status = 200;
let delayMs = 0;
const received: Received[] = [];
let secret: string;
let districtCode: string;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      setTimeout(() => {
        received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
        res.writeHead(status).end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/linli-callbacks`;
  secret = (await new TransferPartnerService(t.core).create(w.districtStaff, { code: '12345', name: '12345市民服务热线', callbackUrl: url })).secret;
  districtCode = (await t.core.db.selectFrom('district').select('code').where('id', '=', w.district.district_id).executeTakeFirstOrThrow()).code;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** An order as the hotline hands it over, then walked through dispatch, accept, an extension request and resolve. */
async function hotlineOrderWalked(orderNo: string) {
  const partner = await t.core.db.selectFrom('transfer_partner').selectAll().where('code', '=', '12345').executeTakeFirstOrThrow();
  const { order } = await new IntakeService(t.core).fromSystem(
    partnerActor(partner, 'test'),
    { ...report(w.compound.id), reporterPhone: null },
    { channel: 'hotline', discovery: 'passive', sourceSystem: '12345', externalId: orderNo, districtId: w.district.district_id },
  );
  const steps = new OrderService(t.core);
  await steps.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
  await steps.step(w.teamStaff, order.id, 'accept');
  await steps.step(w.teamStaff, order.id, 'request_extension', { days: 3, note: '需要协调' });
  await steps.step(w.teamStaff, order.id, 'resolve', { note: '已清运完毕' });
  return order;
}

const outboxOf = (orderId: number) => t.core.db.selectFrom('appeal_outbox').selectAll().where('order_id', '=', orderId).orderBy('id').execute();

describe('signed status callbacks to the partner an order came from', () => {
  it('queues each step but the internal ones, and two deliverers running at once send each callback exactly once, in order', async () => {
    received.length = 0;
    const order = await hotlineOrderWalked('HL-OUT-1');
    const queued = await outboxOf(order.id);
    // dispatch, accept, resolve: the extension request stays between the dispatcher and the handler.
    expect(queued.map((r) => (r.payload as { seq: number }).seq)).toEqual([2, 3, 5]);

    delayMs = 30;
    const rounds = await Promise.all([deliverDue(t.core), deliverDue(t.core), deliverDue(t.core), deliverDue(t.core)]);
    // One order's callbacks go one at a time: keep delivering until nothing is due.
    for (let i = 0; i < 5; i++) rounds.push(await deliverDue(t.core), await deliverDue(t.core));
    delayMs = 0;
    const mine = received.filter((r) => r.body.orderId === order.id);
    expect(mine.map((r) => r.body.seq)).toEqual([2, 3, 5]);
    expect(new Set(mine.map((r) => r.body.callbackId)).size).toBe(3);
    expect(rounds.reduce((n, r) => n + r.delivered, 0)).toBe(3);
    expect((await outboxOf(order.id)).every((r) => r.delivered_at !== null && r.attempts === 1)).toBe(true);

    const resolved = mine[2]!;
    expect(resolved.body).toMatchObject({
      type: 'status',
      partner: '12345',
      orderNo: 'HL-OUT-1',
      orderId: order.id,
      step: 'resolve',
      status: 'resolved',
      note: '已清运完毕',
      handler: w.team.name,
    });
    expect(mine[0]!.body).toMatchObject({ step: 'dispatch', status: 'dispatched', note: null, handler: w.team.name });
    expect(resolved.headers['x-linli-district']).toBe(districtCode);
    expect(verify(secret, resolved.headers['x-linli-timestamp'] as string, resolved.raw, resolved.headers['x-linli-signature'] as string)).toBe('ok');
    expect(verify('0'.repeat(64), resolved.headers['x-linli-timestamp'] as string, resolved.raw, resolved.headers['x-linli-signature'] as string)).toBe('bad');
  });

  it('never sends a callback twice when several deliverers claim at the same time', async () => {
    received.length = 0;
    const partner = await t.core.db.selectFrom('transfer_partner').selectAll().where('code', '=', '12345').executeTakeFirstOrThrow();
    const ids: number[] = [];
    for (let i = 0; i < 8; i++) {
      const { order } = await new IntakeService(t.core).fromSystem(
        partnerActor(partner, 'test'),
        { ...report(w.compound.id), reporterPhone: null },
        { channel: 'hotline', discovery: 'passive', sourceSystem: '12345', externalId: `HL-MANY-${i}`, districtId: w.district.district_id },
      );
      await new OrderService(t.core).step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
      ids.push(order.id);
    }
    delayMs = 20;
    const rounds = await Promise.all([1, 2, 3, 4].map(() => deliverDue(t.core)));
    delayMs = 0;
    const got = received.filter((r) => ids.includes(r.body.orderId as number));
    expect(got).toHaveLength(8);
    expect(new Set(got.map((r) => r.body.callbackId)).size).toBe(8);
    expect(rounds.reduce((n, r) => n + r.delivered + r.failed, 0)).toBe(8);
  });

  it('retries a refused callback later with a growing delay, and sends nothing for orders of no partner', async () => {
    received.length = 0;
    status = 503;
    const order = await hotlineOrderWalked('HL-OUT-2');
    const started = Date.now();
    const first = await deliverDue(t.core);
    expect(first).toEqual({ delivered: 0, failed: 1 });
    const [row] = await outboxOf(order.id);
    expect(row).toMatchObject({ attempts: 1, delivered_at: null, last_error: 'HTTP 503' });
    expect(row!.next_at.getTime()).toBeGreaterThanOrEqual(started + backoffMs(1) - 1000);
    // Not due yet, and the later steps wait behind it.
    expect(await deliverDue(t.core)).toEqual({ delivered: 0, failed: 0 });
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect(backoffMs(30)).toBe(6 * 3600_000);

    expect(received.filter((r) => r.body.orderId === order.id).map((r) => r.body.seq)).toEqual([2]);
    status = 200;
    received.length = 0;
    await t.core.db
      .updateTable('appeal_outbox')
      .set({ next_at: new Date(Date.now() - 1000) })
      .where('order_id', '=', order.id)
      .execute();
    for (let i = 0; i < 4; i++) await deliverDue(t.core);
    expect(received.filter((r) => r.body.orderId === order.id).map((r) => r.body.seq)).toEqual([2, 3, 5]);
    expect((await outboxOf(order.id))[0]).toMatchObject({ attempts: 2, last_error: null });

    const own = (await new IntakeService(t.core).report(w.resident, report(w.compound.id))).order;
    await new OrderService(t.core).step(w.dispatcher, own.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
    expect(await outboxOf(own.id)).toEqual([]);
  });

  it("sends an order transferred out as a signed package, the reporter's phone only when they agreed to be called", async () => {
    received.length = 0;
    const intake = new IntakeService(t.core);
    const agreed = (await intake.report(w.resident, report(w.compound.id, { title: '同意联系', contactShared: true }))).order;
    const refused = (await intake.report(w.resident, report(w.compound.id, { title: '不同意联系' }))).order;
    const transfer = new TransferService(t.core);
    await transfer.transferOut(w.dispatcher, agreed.id, '12345', '请热线协调市级部门');
    await transfer.transferOut(w.dispatcher, refused.id, '12345', null);
    for (let i = 0; i < 2; i++) await deliverDue(t.core);
    const byOrder = (id: number) => received.find((r) => (r.body.package as { order: { id: number } } | undefined)?.order.id === id)!.body;
    expect(byOrder(agreed.id)).toMatchObject({
      type: 'package',
      partner: '12345',
      note: '请热线协调市级部门',
      package: { format: 'linli.order-package/1', order: { reporter: { phone: '13912345678' } } },
    });
    expect((byOrder(agreed.id).package as { history: Array<{ step: string }> }).history[0]!.step).toBe('intake');
    expect(byOrder(refused.id)).toMatchObject({ package: { order: { reporter: { phone: '139****5678' } } } });
    const stored = await t.core.db.selectFrom('appeal_outbox').select('payload').where('order_id', '=', agreed.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.payload)).not.toContain('13912345678');
  });

  it('gives up at once on a partner switched off, and keeps the row for the record', async () => {
    const order = await hotlineOrderWalked('HL-OUT-3');
    await t.core.db.updateTable('transfer_partner').set({ active: false }).where('code', '=', '12345').execute();
    try {
      await deliverDue(t.core);
      const rows = await outboxOf(order.id);
      expect(rows[0]).toMatchObject({ delivered_at: null, last_error: expect.stringContaining('inactive') });
      expect(rows[0]!.attempts).toBeGreaterThanOrEqual(12);
      expect(received.some((r) => r.body.orderNo === 'HL-OUT-3')).toBe(false);
    } finally {
      await t.core.db.updateTable('transfer_partner').set({ active: true }).where('code', '=', '12345').execute();
    }
  });

  it("queues the sweep's supervision of the partner's orders once each, however often the sweep runs", async () => {
    const partner = await t.core.db.selectFrom('transfer_partner').selectAll().where('code', '=', '12345').executeTakeFirstOrThrow();
    const intake = new IntakeService(t.core);
    const late = await Promise.all(
      ['HL-SW-1', 'HL-SW-2', 'HL-SW-3'].map(
        async (no) =>
          (
            await intake.fromSystem(
              partnerActor(partner, 'test'),
              { ...report(w.compound.id), reporterPhone: null },
              {
                channel: 'hotline',
                discovery: 'passive',
                sourceSystem: '12345',
                externalId: no,
                districtId: w.district.district_id,
                receivedAt: new Date(Date.now() - 30 * 86_400_000),
              },
            )
          ).order,
      ),
    );
    const now = new Date();
    await Promise.all([sweep(t.core, now), sweep(t.core, now)]);
    await sweep(t.core, new Date(now.getTime() + 60_000));
    for (const o of late) {
      const statuses = (await outboxOf(o.id)).map((r) => r.payload as { type: string; seq: number }).filter((p) => p.type === 'status');
      const supervised = (await t.core.db.selectFrom('appeal_event').select('seq').where('order_id', '=', o.id).where('step', '=', 'supervise').execute()).map(
        (e) => e.seq,
      );
      expect(supervised).toHaveLength(1);
      expect(statuses.filter((p) => p.seq === supervised[0])).toHaveLength(1);
    }
  });
});
