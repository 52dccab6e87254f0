import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUser } from '../../../../test/support/factories.js';
import { login, type Client } from '../../../../test/support/http.js';
import type { LinliApp } from '../../../platform/http/app.js';
import { IntakeService } from '../orders/intake.service.js';
import { OrderService } from '../orders/order.service.js';
import * as orders from '../orders/order.repository.js';
import { TransferPartnerService } from './transfer.partner.service.js';
import { signedHeaders } from './transfer.signature.js';
import { appealsWorld, report } from '../appeals.testkit.js';

let t: TestPlatform;
let app: LinliApp;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let districtCode: string;
let secret: string;
let staff: Client;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  app = await t.app();
  districtCode = (await t.core.db.selectFrom('district').select('code').where('id', '=', w.district.district_id).executeTakeFirstOrThrow()).code;
  secret = (
    await new TransferPartnerService(t.core).create(w.districtStaff, {
      code: '12345',
      name: '12345市民服务热线',
      callbackUrl: 'https://hotline.example.gov.cn/callback',
    })
  ).secret;
  const { user } = await makeUser(t.core, 'district_staff', w.district.id);
  staff = await login(app, user.username, FACTORY_PASSWORD);
});
afterAll(() => t.close());

const hotlineOrder = (over: Record<string, unknown> = {}) => ({
  orderNo: `HL${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
  receivedAt: '2026-01-05 09:30',
  category: 'P0101',
  content: '锦绣苑东门外垃圾堆放三天无人清运',
  address: `${w.compound.name}东门`,
  callerName: '王先生',
  callerPhone: '13912345678',
  urgency: 'normal',
  dueAt: '2026-01-12 18:00',
  ...over,
});

/** A signed POST as a partner sends it; `tamper` changes what goes out after signing. */
function signedPost(
  url: string,
  body: object,
  opts: { secret?: string; partner?: string; at?: number; tamper?: (raw: string) => string; headers?: Record<string, string> } = {},
) {
  const raw = JSON.stringify(body);
  const headers = signedHeaders(districtCode, opts.partner ?? '12345', opts.secret ?? secret, raw, opts.at ?? Date.now());
  return app.inject({ method: 'POST', url, payload: opts.tamper ? opts.tamper(raw) : raw, headers: { ...headers, ...opts.headers } });
}

describe('orders taken in from the 12345 hotline', () => {
  it('takes a signed hotline order: hotline channel, the partner as source, the caller sealed, its own times', async () => {
    const body = hotlineOrder({ urgency: '紧急' });
    const res = await signedPost('/api/appeals/transfer/in', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: true, orderNo: body.orderNo });
    const o = (await orders.findById(t.core.db, res.json().id))!;
    expect(o).toMatchObject({
      channel: 'hotline',
      discovery: 'passive',
      source_system: '12345',
      external_id: body.orderNo,
      category_code: 'P0101',
      urgent: true,
      unit_id: w.compound.id,
      reporter_name: '王先生',
      reporter_phone_masked: '139****5678',
    });
    expect(o.received_at.toISOString()).toBe('2026-01-05T01:30:00.000Z');
    expect(o.reporter_phone_enc).not.toContain('13912345678');
    expect(o.description).toContain('2026-01-12 18:00');
    const intake = await t.core.db.selectFrom('appeal_event').selectAll().where('order_id', '=', o.id).where('seq', '=', 1).executeTakeFirstOrThrow();
    expect(intake.actor_name).toContain('12345');
  });

  it('refuses what is not signed right: missing, wrong secret, changed body, unknown partner, stale time', async () => {
    const body = hotlineOrder();
    const unsigned = await app.inject({ method: 'POST', url: '/api/appeals/transfer/in', payload: body });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().error.code).toBe('TRANSFER_SIGNATURE_MISSING');
    expect((await signedPost('/api/appeals/transfer/in', body, { secret: 'f'.repeat(64) })).json().error.code).toBe('TRANSFER_SIGNATURE_INVALID');
    expect((await signedPost('/api/appeals/transfer/in', body, { tamper: (raw) => raw.replace('P0101', 'P0102') })).json().error.code).toBe(
      'TRANSFER_SIGNATURE_INVALID',
    );
    expect((await signedPost('/api/appeals/transfer/in', body, { partner: 'nobody' })).json().error.code).toBe('TRANSFER_SIGNATURE_INVALID');
    const stale = await signedPost('/api/appeals/transfer/in', body, { at: Date.now() - 10 * 60_000 });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().error.code).toBe('TRANSFER_SIGNATURE_STALE');
    expect(await orders.findByExternalId(t.core.db, w.district.district_id, '12345', body.orderNo)).toBeUndefined();
  });

  it('is idempotent by the hotline order number: retries, even racing, make one order; a changed retry is refused', async () => {
    const body = hotlineOrder();
    const all = await Promise.all([1, 2, 3].map(() => signedPost('/api/appeals/transfer/in', body)));
    const ids = new Set(all.map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect(all.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    const later = await signedPost('/api/appeals/transfer/in', body);
    expect(later.statusCode).toBe(200);
    expect(later.json()).toMatchObject({ id: [...ids][0], created: false });
    const n = await t.core.db
      .selectFrom('appeal_order')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('external_id', '=', body.orderNo)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    expect((await signedPost('/api/appeals/transfer/in', { ...body, category: 'P0102' })).statusCode).toBe(409);
  });

  it('names the fields at fault in both languages', async () => {
    const res = await signedPost('/api/appeals/transfer/in', hotlineOrder({ category: '不存在的分类', callerPhone: '123', address: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('HOTLINE_INVALID');
    const details = res.json().error.details as Array<{ field: string; code: string; message: { zh: string; en: string } }>;
    expect(details.map((d) => d.field).sort()).toEqual(['address', 'callerPhone', 'category']);
    expect(details.find((d) => d.field === 'category')!.message.zh).toContain('不存在的分类');
    expect(details.find((d) => d.field === 'category')!.message.en).toContain('No such category');
  });
});

describe('orders sent out, their packages, and partners reporting back', () => {
  it('exports an order as a package with its whole history, scoped like the order itself', async () => {
    const { order } = await new IntakeService(t.core).report(w.resident, report(w.compound.id));
    const steps = new OrderService(t.core);
    await steps.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
    await steps.step(w.teamStaff, order.id, 'accept');
    const res = await staff.get(`/api/appeals/orders/${order.id}/transfer-package`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: 'linli.order-package/1',
      district: { code: districtCode },
      order: { id: order.id, categoryCode: 'P0101', status: 'accepted' },
    });
    expect(res.body.history.map((h: { step: string }) => h.step)).toEqual(['intake', 'dispatch', 'accept']);
    expect(res.body.order).not.toHaveProperty('actions');
    expect(JSON.stringify(res.body)).not.toContain('13912345678');
    const { user } = await makeUser(t.core, 'committee_worker', w.otherStreetCommittee.id);
    expect((await (await login(app, user.username, FACTORY_PASSWORD)).get(`/api/appeals/orders/${order.id}/transfer-package`)).status).toBe(404);
  });

  it("records a partner's signed report on an order sent to it, once per callbackId, without moving the order", async () => {
    const { order } = await new IntakeService(t.core).report(w.resident, report(w.compound.id, { title: '需要转给热线的诉求' }));
    const callback = { callbackId: 'CB-1', orderId: order.id, status: '已受理', note: '热线已派区建管委', at: '2026-01-06T10:00:00+08:00' };
    expect((await signedPost('/api/appeals/transfer/callback', callback)).json().error.code).toBe('TRANSFER_NOT_OUT');

    const out = await staff.post(`/api/appeals/orders/${order.id}/transfer-out`, { partner: '12345', note: '涉及市级部门' });
    expect(out.status).toBe(201);
    expect((await staff.post(`/api/appeals/orders/${order.id}/transfer-out`, { partner: '12345' })).status).toBe(409);
    const outbox = await t.core.db.selectFrom('appeal_outbox').selectAll().where('order_id', '=', order.id).execute();
    expect(outbox.map((r) => (r.payload as { type: string }).type)).toEqual(['package']);

    const [a, b] = await Promise.all([signedPost('/api/appeals/transfer/callback', callback), signedPost('/api/appeals/transfer/callback', callback)]);
    expect([a.json().recorded, b.json().recorded].sort()).toEqual([false, true]);
    expect((await signedPost('/api/appeals/transfer/callback', callback)).json()).toEqual({ recorded: false });
    expect((await signedPost('/api/appeals/transfer/callback', { ...callback, callbackId: 'CB-2', status: '已办结', note: '已修复' })).json()).toEqual({
      recorded: true,
    });
    expect((await signedPost('/api/appeals/transfer/callback', callback, { secret: 'e'.repeat(64) })).statusCode).toBe(401);

    const after = (await orders.findById(t.core.db, order.id))!;
    expect(after.status).toBe(order.status);
    expect(after.seq).toBe(order.seq);
    const log = await staff.get(`/api/appeals/orders/${order.id}/transfers`);
    expect(log.status).toBe(200);
    expect(log.body.sent).toMatchObject([{ partner: '12345', kind: 'package', deliveredAt: null }]);
    expect(log.body.received.map((r: { callbackId: string; status: string }) => [r.callbackId, r.status])).toEqual([
      ['CB-1', '已受理'],
      ['CB-2', '已办结'],
    ]);
  });

  it('lets district staff manage partners: the secret shown once and kept encrypted', async () => {
    const made = await staff.post('/api/appeals/transfer-partners', { code: 'citygrid', name: '市城运平台', callbackUrl: 'https://city.example.gov.cn/linli' });
    expect(made.status).toBe(201);
    expect(made.body.secret).toMatch(/^[0-9a-f]{64}$/);
    const row = await t.core.db.selectFrom('transfer_partner').selectAll().where('id', '=', made.body.id).executeTakeFirstOrThrow();
    expect(row.secret_enc).not.toContain(made.body.secret);
    expect(t.core.crypto.decrypt(row.secret_enc)).toBe(made.body.secret);
    const list = await staff.get('/api/appeals/transfer-partners');
    expect(list.body.items.map((p: { code: string }) => p.code)).toEqual(['12345', 'citygrid']);
    expect(list.body.items[1]).not.toHaveProperty('secret');
    expect((await staff.post('/api/appeals/transfer-partners', { code: 'citygrid', name: '重复' })).status).toBe(409);
    expect((await staff.post('/api/appeals/transfer-partners', { code: 'bad code', name: '坏代码' })).status).toBe(400);
    expect((await staff.post('/api/appeals/transfer-partners', { code: 'ftp', name: '坏地址', callbackUrl: 'ftp://x' })).status).toBe(400);
    const rotated = await staff.post(`/api/appeals/transfer-partners/${made.body.id}/secret`, {});
    expect(rotated.body.secret).not.toBe(made.body.secret);
    const off = await staff.post(`/api/appeals/transfer-partners/${made.body.id}`, { active: false });
    expect(off.body.active).toBe(false);
    // A patch that names nothing changes nothing.
    const same = await staff.post(`/api/appeals/transfer-partners/${made.body.id}`, {});
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ code: 'citygrid', name: '市城运平台', active: false });
    const { user } = await makeUser(t.core, 'street_staff', w.street.id);
    const street = await login(app, user.username, FACTORY_PASSWORD);
    expect((await street.get('/api/appeals/transfer-partners')).status).toBe(403);
    // Street staff send orders out and import hotline files: they choose among the active partners by name.
    const choices = await street.get('/api/appeals/transfer/partners');
    expect(choices.status).toBe(200);
    expect(choices.body.items).toEqual([{ code: '12345', name: '12345市民服务热线', transferOut: true }]);
    const { user: worker } = await makeUser(t.core, 'committee_worker', w.committee.id);
    expect((await (await login(app, worker.username, FACTORY_PASSWORD)).get('/api/appeals/transfer/partners')).status).toBe(403);
  });
});
