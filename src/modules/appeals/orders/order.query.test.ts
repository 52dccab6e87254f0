import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { IntakeService } from './intake.service.js';
import { OrderService } from './order.service.js';
import { OrderQuery } from './order.query.js';
import { appealsWorld, report } from '../appeals.testkit.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let intake: IntakeService;
let orders: OrderService;
let query: OrderQuery;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  intake = new IntakeService(t.core);
  orders = new OrderService(t.core);
  query = new OrderQuery(t.core);
});
afterAll(() => t.close());

const ids = async (actor: Parameters<OrderQuery['list']>[0], view: 'extension' | 'triage') =>
  (await query.list(actor, { view }, 'received_desc', 0, 200)).items.map((i) => i.id);

describe("the dispatcher's views", () => {
  it('an extension request waits in the view of the operations centre that dispatched the order until it is decided', async () => {
    const { order } = await intake.report(w.resident, report(w.compound.id));
    const other = (await intake.report(w.resident, report(w.compound.id, { title: '另一处垃圾堆放' }))).order;
    for (const o of [order, other]) {
      await orders.step(w.dispatcher, o.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
      await orders.step(w.teamStaff, o.id, 'accept');
    }
    expect(await ids(w.dispatcher, 'extension')).not.toContain(order.id);
    await orders.step(w.teamStaff, order.id, 'request_extension', { days: 3, note: '需等待物业配合清运' });
    const waiting = await ids(w.dispatcher, 'extension');
    expect(waiting).toContain(order.id);
    expect(waiting).not.toContain(other.id);
    expect(await ids(w.districtStaff, 'extension')).toContain(order.id);
    // Neither another street's centre nor the department that asked decides it.
    expect(await ids(w.otherDispatcher, 'extension')).not.toContain(order.id);
    expect(await ids(w.teamStaff, 'extension')).not.toContain(order.id);
    await orders.step(w.dispatcher, order.id, 'approve_extension');
    expect(await ids(w.dispatcher, 'extension')).not.toContain(order.id);
  });
});
