import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { IntakeService } from '../orders/intake.service.js';
import { OrderService } from '../orders/order.service.js';
import { sweep, FEEDBACK_DAYS } from './sla.sweep.js';
import * as repo from '../orders/order.repository.js';
import { slaColour } from './order.clock.js';
import { sql } from 'kysely';
import { appealsWorld, report } from '../appeals.testkit.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let intake: IntakeService;
let orders: OrderService;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  intake = new IntakeService(t.core);
  orders = new OrderService(t.core);
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
const supervisions = async (id: number) => (await repo.historyOf(t.core.db, id)).filter((e) => e.step === 'supervise').length;

describe('SLA on the working calendar', () => {
  it('counts the acceptance limit across the National Day break', async () => {
    // 2026-09-30 16:30: half an hour is left that day; 1–7 October are public holidays; 8 October is a working day.
    const { order } = await intake.fromSystem(w.districtStaff, report(w.compound.id), {
      channel: 'hotline',
      discovery: 'passive',
      sourceSystem: '12345',
      externalId: `nd-${Date.now()}`,
      receivedAt: at('2026-09-30T16:30:00+08:00'),
      districtId: w.district.district_id,
    });
    expect(order.accept_due_at!.toISOString()).toBe(at('2026-10-08T10:30:00+08:00').toISOString());
    // Yellow at 80% of 120 working minutes: 96 minutes, i.e. 30 on the 30th and 66 on the 8th.
    expect(order.accept_warn_at!.toISOString()).toBe(at('2026-10-08T10:06:00+08:00').toISOString());
  });

  it('turns yellow, then red and supervised once, even with two sweeps at the same moment', async () => {
    const received = at('2026-11-02T09:00:00+08:00');
    const { order } = await intake.fromSystem(w.districtStaff, report(w.compound.id), {
      channel: 'hotline',
      discovery: 'passive',
      sourceSystem: '12345',
      externalId: `sw-${Date.now()}`,
      receivedAt: received,
      districtId: w.district.district_id,
    });
    const listed = async (sla: 'green' | 'yellow' | 'red', now: Date) =>
      (await repo.list(t.core.db, w.dispatcher, { sla }, 'received_desc', 0, 1000, now)).items.some((o) => o.id === order.id);
    const colour = async (now: Date) => slaColour((await repo.findById(t.core.db, order.id))!, now);
    await sweep(t.core, at('2026-11-02T10:00:00+08:00'));
    expect(await colour(at('2026-11-02T10:00:00+08:00'))).toBe('green');
    expect(await listed('green', at('2026-11-02T10:00:00+08:00'))).toBe(true);
    // Yellow from the warning point on, with no sweep in between: the colour is read from the deadlines.
    expect(await colour(at('2026-11-02T10:40:00+08:00'))).toBe('yellow');
    expect(await listed('yellow', at('2026-11-02T10:40:00+08:00'))).toBe(true);
    expect(await listed('green', at('2026-11-02T10:40:00+08:00'))).toBe(false);
    const told: number[] = [];
    t.core.bus.subscribe('appeals.order.stepped', (e) => void (e.payload.step === 'supervise' && told.push(e.payload.orderId as number)));
    const supervisedCount = async () =>
      Number(
        (await sql<{ n: number }>`select coalesce(sum(supervised), 0) as n from appeal_stat where district_id = ${w.district.district_id}`.execute(t.core.db))
          .rows[0]!.n,
      );
    const before = await supervisedCount();
    const late = at('2026-11-02T11:30:00+08:00');
    await Promise.all([sweep(t.core, late), sweep(t.core, late), sweep(t.core, late)]);
    await sweep(t.core, at('2026-11-03T11:30:00+08:00'));
    const row = (await repo.findById(t.core.db, order.id))!;
    expect(slaColour(row, late)).toBe('red');
    expect(await listed('red', late)).toBe(true);
    expect(await listed('yellow', late)).toBe(false);
    expect(row.supervised_at).not.toBeNull();
    expect(await supervisions(order.id)).toBe(1);
    // The indicators count the supervision once, though the sweep's statement skips the indicator trigger.
    expect(await supervisedCount()).toBe(before + 1);
    // The hotline sent it, so the hotline hears of the supervision, once.
    expect(told.filter((id) => id === order.id)).toHaveLength(1);
    const history = await repo.historyOf(t.core.db, order.id);
    expect(row.seq).toBe(history.at(-1)!.seq);
  });

  it('keeps the colour a suspended order stopped at', async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'street', id: w.street.id } });
    await orders.step(w.dispatcher, order.id, 'accept');
    // Past its warning point, then suspended: it stays yellow however long the suspension lasts.
    await sql`update appeal_order set resolve_warn_at = now() - interval '1 hour' where id = ${order.id}`.execute(t.core.db);
    await orders.step(w.dispatcher, order.id, 'suspend', { note: '等待法院判决' });
    const later = new Date(Date.now() + 90 * 86_400_000);
    expect(slaColour((await repo.findById(t.core.db, order.id))!, later)).toBe('yellow');
    const yellow = await repo.list(t.core.db, w.dispatcher, { sla: 'yellow' }, 'received_desc', 0, 1000, later);
    expect(yellow.items.map((o) => o.id)).toContain(order.id);
  });

  it('does not run the resolution clock while an order is suspended', async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'street', id: w.street.id } });
    await orders.step(w.dispatcher, order.id, 'accept');
    await orders.step(w.dispatcher, order.id, 'suspend', { note: '等待法院判决' });
    await sweep(t.core, new Date(Date.now() + 90 * 86_400_000));
    expect(await supervisions(order.id)).toBe(0);
  });

  it('closes a resolved order nobody rated after the feedback period', async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'street', id: w.street.id } });
    await orders.step(w.dispatcher, order.id, 'accept');
    await orders.step(w.dispatcher, order.id, 'resolve', { note: '已处理' });
    await sweep(t.core, new Date(Date.now() + (FEEDBACK_DAYS - 1) * 86_400_000));
    expect((await repo.findById(t.core.db, order.id))!.status).toBe('resolved');
    await sweep(t.core, new Date(Date.now() + (FEEDBACK_DAYS + 1) * 86_400_000));
    const row = (await repo.findById(t.core.db, order.id))!;
    expect(row.status).toBe('closed');
    expect((await repo.historyOf(t.core.db, order.id)).at(-1)).toMatchObject({ step: 'close', actor_kind: 'system', seq: row.seq });
  });
});
