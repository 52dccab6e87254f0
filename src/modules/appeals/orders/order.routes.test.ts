import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { login, type Client } from '../../../../test/support/http.js';
import { FACTORY_PASSWORD } from '../../../../test/support/factories.js';
import type { Actor } from '../../../platform/actor.js';
import type { LinliApp } from '../../../platform/http/app.js';
import { appealsWorld, report } from '../appeals.testkit.js';

let t: TestPlatform;
let app: LinliApp;
let w: Awaited<ReturnType<typeof appealsWorld>>;
const clients: Record<string, Client> = {};

const usernameOf = async (a: Actor) =>
  (await t.core.db.selectFrom('app_user').select('username').where('id', '=', a.userId).executeTakeFirstOrThrow()).username;

// The smallest PNG there is: a 1×1 pixel.
/** A whole 1×1 PNG: uploads are decoded, so a photo in a test must be a real one. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d494441540899636060606000000005000187a14ed40000000049454e44ae426082',
  'hex',
);
const CLEAR_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

function multipart(files: Array<{ name: string; type: string; bytes: Buffer }>) {
  const boundary = `----linli${Date.now()}`;
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`),
      f.bytes,
      Buffer.from('\r\n'),
    ]),
  );
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(c: Client, orderId: number, kind: string, files: Array<{ name: string; type: string; bytes: Buffer }>) {
  const m = multipart(files);
  const r = await app.inject({
    method: 'POST',
    url: `/api/appeals/orders/${orderId}/attachments?kind=${kind}`,
    payload: m.body,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': m.contentType },
  });
  return { status: r.statusCode, body: r.json() };
}

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  app = await t.app();
  for (const k of ['resident', 'dispatcher', 'teamStaff', 'housingStaff', 'worker', 'otherDispatcher'] as const)
    clients[k] = await login(app, await usernameOf(w[k]), FACTORY_PASSWORD);
});
afterAll(() => t.close());

describe('appeals over HTTP', () => {
  let orderId: number;

  it('a resident reports once however often the phone retries, and adds a photo checked by its content', async () => {
    const key = `phone-${Date.now()}`;
    const first = await clients.resident!.post('/api/appeals/reports', report(w.compound.id), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const again = await clients.resident!.post('/api/appeals/reports', report(w.compound.id), { 'idempotency-key': key });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, created: false });
    orderId = first.body.id;
    const ok = await upload(clients.resident!, orderId, 'report', [{ name: 'photo.jpg', type: 'image/jpeg', bytes: PNG }]);
    expect(ok.status).toBe(201);
    expect(ok.body.items[0]).toMatchObject({ contentType: 'image/png' });
    const bad = await upload(clients.resident!, orderId, 'report', [{ name: 'photo.jpg', type: 'image/jpeg', bytes: Buffer.from('not a picture at all') }]);
    expect(bad.status).toBe(415);
    expect(bad.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const detail = await clients.resident!.get(`/api/appeals/orders/${orderId}`);
    expect(detail.body.attachments).toHaveLength(1);
    const file = await app.inject({
      method: 'GET',
      url: `/api/appeals/attachments/${detail.body.attachments[0].id}`,
      headers: { cookie: clients.resident!.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.from(file.rawPayload).equals(PNG)).toBe(true);
  });

  it('takes an empty map point as no point, and lets the worker who registered an appeal add its photos', async () => {
    const r = await clients.resident!.post('/api/appeals/reports', { ...report(w.compound.id), lat: null, lng: null });
    expect(r.status).toBe(201);
    const desk = await clients.worker!.post('/api/appeals/orders', { ...report(w.compound.id), channel: 'patrol', reporterName: null, reporterPhone: null });
    expect(desk.status).toBe(201);
    expect((await upload(clients.worker!, desk.body.id, 'report', [{ name: 'patrol.png', type: 'image/png', bytes: PNG }])).status).toBe(201);
    expect((await upload(clients.teamStaff!, desk.body.id, 'report', [{ name: 'x.png', type: 'image/png', bytes: PNG }])).status).toBe(404);
  });

  it('the dispatcher bulk-dispatches: each order answered, an order of another street refused on its own', async () => {
    const other = await clients.otherDispatcher!.get(`/api/appeals/orders/${orderId}`);
    expect(other.status).toBe(404);
    const queue = await clients.dispatcher!.get('/api/appeals/orders?view=triage&pageSize=200');
    expect(queue.body.items.map((i: { id: number }) => i.id)).toContain(orderId);
    const r = await clients.otherDispatcher!.post('/api/appeals/orders/bulk/dispatch', {
      ids: [orderId],
      handler: { kind: 'department', id: w.team.id },
      note: '派',
    });
    expect(r.body.items[0]).toMatchObject({ id: orderId, ok: false, code: 'NOT_FOUND' });
    const d = await clients.dispatcher!.post('/api/appeals/orders/bulk/dispatch', { ids: [orderId], handler: { kind: 'department', id: w.team.id } });
    expect(d.body.items[0]).toMatchObject({ id: orderId, ok: true, status: 'dispatched' });
  });

  it("the department sees the order without the reporter's contact, and only the steps it may take", async () => {
    const detail = await clients.teamStaff!.get(`/api/appeals/orders/${orderId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.reporter.phone).toBeNull();
    expect(JSON.stringify(detail.body)).not.toMatch(CLEAR_MOBILE);
    expect(detail.body.actions).toEqual(expect.arrayContaining(['accept', 'return']));
    expect(detail.body.actions).not.toContain('dispatch');
    expect((await clients.housingStaff!.get(`/api/appeals/orders/${orderId}`)).status).toBe(404);
    const wrong = await clients.teamStaff!.post(`/api/appeals/orders/${orderId}/steps/resolve`, { note: '已处理' });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.message).toContain('办结');
    expect((await clients.teamStaff!.post(`/api/appeals/orders/${orderId}/steps/accept`, {})).status).toBe(200);
    expect((await clients.teamStaff!.post(`/api/appeals/orders/${orderId}/steps/resolve`, { note: '已清运' })).status).toBe(200);
    const after = await upload(clients.teamStaff!, orderId, 'after', [{ name: 'after.png', type: 'image/png', bytes: PNG }]);
    expect(after.status).toBe(201);
  });

  it("the reporter's full phone is shown only with a purpose and leaves a trace", async () => {
    const masked = await clients.dispatcher!.get(`/api/appeals/orders/${orderId}`);
    expect(masked.body.reporter.phone).toBe('139****5678');
    expect((await clients.dispatcher!.post(`/api/appeals/orders/${orderId}/reveal`, { purpose: '' })).status).toBe(400);
    const shown = await clients.dispatcher!.post(`/api/appeals/orders/${orderId}/reveal`, { purpose: '回访核实处理结果' });
    expect(shown.body.phone).toBe('13912345678');
    const trail = await t.core.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'appeals.order.reveal_phone')
      .where('target_id', '=', String(orderId))
      .execute();
    expect(trail).toHaveLength(1);
    expect(trail[0]!.purpose).toBe('回访核实处理结果');
    expect(JSON.stringify(trail[0]!.summary)).not.toMatch(CLEAR_MOBILE);
    expect((await clients.teamStaff!.post(`/api/appeals/orders/${orderId}/reveal`, { purpose: '联系' })).status).toBe(403);
  });

  it("the resident follows every step, rates, and nobody else's report appears in their list", async () => {
    const detail = await clients.resident!.get(`/api/appeals/orders/${orderId}`);
    expect(detail.body.history.map((h: { step: string }) => h.step)).toEqual(['intake', 'dispatch', 'accept', 'resolve']);
    expect(detail.body.actions).toEqual(expect.arrayContaining(['rate', 'reopen']));
    expect((await clients.resident!.post(`/api/appeals/orders/${orderId}/steps/rate`, { rating: 'satisfied' })).body.status).toBe('closed');
    await clients.worker!.post('/api/appeals/orders', { ...report(w.compound.id), channel: 'desk', reporterName: '王阿姨' });
    const mine = await clients.resident!.get('/api/appeals/orders?view=mine&pageSize=200');
    expect(mine.body.items.length).toBeGreaterThan(0);
    const ids = mine.body.items.map((i: { id: number }) => i.id);
    const own = await t.core.db.selectFrom('appeal_order').select('id').where('reporter_user_id', '=', w.resident.userId).execute();
    expect(ids.sort()).toEqual(own.map((o) => o.id).sort());
    const notes = await clients.resident!.get('/api/notifications');
    expect(notes.body.items.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['appeals.intake', 'appeals.resolve']));
  });
});
