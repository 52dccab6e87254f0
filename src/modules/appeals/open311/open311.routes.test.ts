import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, actorFor, makeUnit, makeUser } from '../../../../test/support/factories.js';
import { login } from '../../../../test/support/http.js';
import type { LinliApp } from '../../../platform/http/app.js';
import { printDemoAccounts } from '../../../cli/demo-accounts.js';
import { IntakeService } from '../orders/intake.service.js';
import { OrderService } from '../orders/order.service.js';
import * as repo from '../orders/order.repository.js';
import { Open311ClientService, demoApiKey } from './open311.client.service.js';
import { open311DemoLines } from '../demo/open311.demo.js';
import { appealsWorld, code, report } from '../appeals.testkit.js';
import { putCatalog } from '../../../platform/catalog.js';
import { loadProfile } from '../../../platform/profiles.js';

let t: TestPlatform;
let app: LinliApp;
let w: Awaited<ReturnType<typeof appealsWorld>>;
let key: string;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  app = await t.app();
  key = (await new Open311ClientService(t.core).create(w.districtStaff, '街区通 App')).key;
});
afterAll(() => t.close());

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const get = (url: string) => app.inject({ method: 'GET', url: `/open311/v2${url}` });
const post = (url: string, payload: string | object, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: `/open311/v2${url}`,
    payload: payload as never,
    headers: { 'content-type': typeof payload === 'string' ? 'application/x-www-form-urlencoded' : 'application/json', ...headers },
  });

describe('Open311 GeoReport v2 at /open311/v2', () => {
  it('describes itself (discovery) in JSON and XML', async () => {
    const json = await get('/discovery.json');
    expect(json.statusCode).toBe(200);
    expect(json.json().endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
      formats: ['application/json', 'text/xml'],
    });
    expect(json.json().endpoints[0].url).toMatch(/\/open311\/v2$/);
    const xml = await get('/discovery.xml');
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<discovery><changeset>/);
    expect(xml.body).toContain('<formats><format>application/json</format><format>text/xml</format></formats>');
  });

  it('lists the public categories as services, and only those', async () => {
    const res = await get('/services.json');
    expect(res.statusCode).toBe(200);
    const codes = res.json().map((s: { service_code: string }) => s.service_code);
    expect(codes).toContain('P0101');
    expect(codes).not.toContain('P0204');
    expect(codes).not.toContain('P0701');
    expect(res.json().find((s: { service_code: string }) => s.service_code === 'P0101')).toMatchObject({
      service_name: '暴露垃圾、垃圾堆放',
      metadata: true,
      type: 'realtime',
      group: '市容环境',
    });
    const en = await app.inject({ method: 'GET', url: '/open311/v2/services.json', headers: { 'accept-language': 'en' } });
    expect(en.json()[0].service_name).toBe('Exposed or dumped rubbish');
    const xml = await get('/services.xml');
    expect(xml.body).toContain('<services><service><service_code>P0101</service_code>');
  });

  it('defines a service with its attributes, and answers 404 in its own error format for one not public', async () => {
    const def = await get('/services/P0101.json');
    expect(def.statusCode).toBe(200);
    expect(def.json().attributes.map((a: { code: string }) => a.code)).toEqual(['urgency', 'unit_id', 'external_id', 'contact_shared']);
    expect(def.json().attributes[0].values.map((v: { key: string }) => v.key)).toEqual(['normal', 'urgent']);
    expect((await get('/services/P0101.xml')).body).toContain(
      '<service_definition><service_code>P0101</service_code><attributes><attribute><variable>true</variable><code>urgency</code>',
    );
    const hidden = await get('/services/P0204.json');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual([{ code: 404, description: expect.stringContaining('P0204') }]);
    const hiddenXml = await get('/services/P0204.xml');
    expect(hiddenXml.statusCode).toBe(404);
    expect(hiddenXml.body).toMatch(/<errors><error><code>404<\/code><description>[^<]*P0204[^<]*<\/description><\/error><\/errors>$/);
    expect((await get('/no-such-thing.json')).json()[0].code).toBe(404);
  });

  it('takes a form-encoded request with an api_key: an open311 appeal with the reporter sealed', async () => {
    const res = await post(
      '/requests.json',
      form({
        api_key: key,
        service_code: 'P0101',
        lat: '31.2291',
        long: '121.4478',
        email: 'wang@example.com',
        first_name: '先生',
        last_name: '王',
        phone: '13812345678',
        description: '南京西路路口垃圾堆了两天\n气味很大',
        media_url: 'https://photos.example.com/a.jpg',
        'attribute[urgency]': 'urgent',
      }),
    );
    expect(res.statusCode).toBe(201);
    const [reply] = res.json();
    expect(reply.service_request_id).toMatch(/^\d+$/);
    expect(reply.service_notice).toContain('签收');
    const order = (await repo.findById(t.core.db, Number(reply.service_request_id)))!;
    expect(order).toMatchObject({
      channel: 'open311',
      discovery: 'passive',
      category_code: 'P0101',
      urgent: true,
      title: '南京西路路口垃圾堆了两天',
      reporter_name: '王先生',
      reporter_phone_masked: '138****5678',
      lat: 31.2291,
      lng: 121.4478,
      unit_path: w.district.path,
    });
    expect(order.reporter_phone_enc).not.toContain('13812345678');
    expect(order.description).toContain('https://photos.example.com/a.jpg');
    expect(JSON.stringify(order)).not.toContain('wang@example.com');

    // Read back by id, in JSON and XML: what is public, and nothing of who reported it or their words.
    const one = await get(`/requests/${reply.service_request_id}.json`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toHaveLength(1);
    expect(one.json()[0]).toMatchObject({
      service_request_id: reply.service_request_id,
      status: 'open',
      service_code: 'P0101',
      description: '暴露垃圾、垃圾堆放',
      lat: 31.229,
      long: 121.448,
      media_url: null,
    });
    expect(one.json()[0].requested_datetime).toBe(order.received_at.toISOString());
    for (const secret of ['王先生', '13812345678', '5678', 'wang@example.com', '气味很大', '南京西路路口', 'photos.example.com'])
      expect(one.body).not.toContain(secret);
    // The client that sent it reads back what it sent.
    const mine = (await get(`/requests/${reply.service_request_id}.json?api_key=${key}`)).json()[0];
    expect(mine).toMatchObject({ description: '南京西路路口垃圾堆了两天', lat: 31.2291, long: 121.4478 });
    const xml = await get(`/requests/${reply.service_request_id}.xml`);
    expect(xml.statusCode).toBe(200);
    expect(xml.body).toContain(`<service_requests><request><service_request_id>${reply.service_request_id}</service_request_id><status>open</status>`);
    expect(xml.body).not.toContain('王先生');
  });

  it('takes JSON with attributes, places it in the unit named, and answers a retry with the same request', async () => {
    const body = {
      api_key: key,
      service_code: 'P0601',
      description: '锦绣苑3号楼前路灯不亮',
      attribute: { unit_id: String(w.compound.id), external_id: 'app-1001' },
    };
    const first = await post('/requests.json', body);
    expect(first.statusCode).toBe(201);
    const id = first.json()[0].service_request_id;
    const order = (await repo.findById(t.core.db, Number(id)))!;
    expect(order).toMatchObject({
      unit_id: w.compound.id,
      committee_id: w.committee.id,
      anonymous: true,
      urgent: false,
      source_system: expect.stringMatching(/^open311:\d+$/),
      external_id: 'app-1001',
    });
    const again = await post('/requests.json', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()[0].service_request_id).toBe(id);

    // The Idempotency-Key header, with two retries racing each other.
    const racing = { api_key: key, service_code: 'P0601', description: '永乐路路灯闪烁', address_string: `${w.compound.name}北门` };
    const [a, b] = await Promise.all([
      post('/requests.json', racing, { 'idempotency-key': 'retry-abc-123' }),
      post('/requests.json', racing, { 'idempotency-key': 'retry-abc-123' }),
    ]);
    expect(a.json()[0].service_request_id).toBe(b.json()[0].service_request_id);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    const placed = (await repo.findById(t.core.db, Number(a.json()[0].service_request_id)))!;
    expect(placed.unit_id).toBe(w.compound.id);
    const count = await t.core.db
      .selectFrom('appeal_order')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('title', '=', '永乐路路灯闪烁')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);

    // The keys work as tokens for the client that sent them.
    const token = await get(`/tokens/retry-abc-123.json?api_key=${key}`);
    expect(token.json()).toEqual([{ service_request_id: a.json()[0].service_request_id, token: 'retry-abc-123' }]);
    expect((await get(`/tokens/app-1001.xml?api_key=${key}`)).body).toContain(`<service_request_id>${id}</service_request_id><token>app-1001</token>`);
    expect((await get(`/tokens/never-sent.json?api_key=${key}`)).statusCode).toBe(404);
    expect((await get('/tokens/app-1001.json')).statusCode).toBe(403);
  });

  it('refuses in Open311 terms: 403 for a bad or revoked key, 400 for what is missing, 404 for an unknown service', async () => {
    const bad = await post('/requests.json', form({ api_key: 'not-a-key', service_code: 'P0101', lat: '31.2', long: '121.4' }));
    expect(bad.statusCode).toBe(403);
    expect(bad.json()).toEqual([{ code: 403, description: expect.any(String) }]);
    const badXml = await post('/requests.xml', form({ service_code: 'P0101', lat: '31.2', long: '121.4' }));
    expect(badXml.statusCode).toBe(403);
    expect(badXml.body).toMatch(/<errors><error><code>403<\/code><description>.+<\/description><\/error><\/errors>/);
    expect((await post('/requests.json', form({ api_key: key, lat: '31.2', long: '121.4' }))).json()[0]).toMatchObject({
      code: 400,
      description: expect.stringContaining('service_code'),
    });
    expect((await post('/requests.json', form({ api_key: key, service_code: 'P0101' }))).statusCode).toBe(400);
    expect((await post('/requests.json', form({ api_key: key, service_code: 'P0101', lat: '31.2' }))).statusCode).toBe(400);
    expect((await post('/requests.json', form({ api_key: key, service_code: 'P0204', lat: '31.2', long: '121.4' }))).statusCode).toBe(404);
    expect(
      (await post('/requests.json', form({ api_key: key, service_code: 'P0101', lat: '31.2', long: '121.4', 'attribute[urgency]': 'panic' }))).statusCode,
    ).toBe(400);
    expect(
      (await post('/requests.json', form({ api_key: key, service_code: 'P0101', address_id: String(w.otherStreetCommittee.id + 100000) }))).statusCode,
    ).toBe(400);
    expect((await get('/requests.json?start_date=yesterday')).statusCode).toBe(400);
    expect((await get('/services.json?jurisdiction_id=999999')).statusCode).toBe(404);

    const spare = await new Open311ClientService(t.core).create(w.districtStaff, '停用的客户端');
    await new Open311ClientService(t.core).revoke(w.districtStaff, spare.client.id);
    expect((await post('/requests.json', form({ api_key: spare.key, service_code: 'P0101', lat: '31.2', long: '121.4' }))).statusCode).toBe(403);
  });

  it('lists requests of public categories only, filtered by id, service, status and dates, with status notes from the steps', async () => {
    const intake = new IntakeService(t.core);
    const shown = (await intake.report(w.resident, report(w.compound.id, { title: '垃圾清运不及时' }))).order;
    const hidden = (await intake.report(w.resident, report(w.compound.id, { categoryCode: 'P0701', title: '楼上邻居噪声' }))).order;
    const orders = new OrderService(t.core);
    await orders.step(w.dispatcher, shown.id, 'dispatch', { handler: { kind: 'department', id: w.team.id } });
    await orders.step(w.teamStaff, shown.id, 'accept');
    await orders.step(w.teamStaff, shown.id, 'resolve', { note: '已清运完毕', notePublic: true });

    const all = (await get('/requests.json')).json() as Array<Record<string, unknown>>;
    const ids = all.map((r) => r.service_request_id);
    expect(ids).toContain(String(shown.id));
    expect(ids).not.toContain(String(hidden.id));
    expect((await get(`/requests/${hidden.id}.json`)).statusCode).toBe(404);
    const done = all.find((r) => r.service_request_id === String(shown.id))!;
    expect(done).toMatchObject({ status: 'closed', agency_responsible: w.team.name, status_notes: expect.stringContaining('已清运完毕') });

    const byIds = (await get(`/requests.json?service_request_id=${shown.id},${hidden.id}`)).json();
    expect(byIds.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([String(shown.id)]);
    expect((await get('/requests.json?status=closed')).json().every((r: { status: string }) => r.status === 'closed')).toBe(true);
    expect((await get('/requests.json?status=open')).json().map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(String(shown.id));
    expect((await get('/requests.json?service_code=P0601')).json().every((r: { service_code: string }) => r.service_code === 'P0601')).toBe(true);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await get(`/requests.json?start_date=${encodeURIComponent(future)}`)).json()).toEqual([]);
    const xml = await get('/requests.xml?status=closed');
    expect(xml.body).toContain(`<service_request_id>${shown.id}</service_request_id>`);
    expect(xml.body).not.toContain('13912345678');
  });

  it('lets district staff issue (shown once), list and revoke keys over the API', async () => {
    const { user } = await makeUser(t.core, 'district_staff', w.district.id);
    const staff = await login(app, user.username, FACTORY_PASSWORD);
    const made = await staff.post('/api/appeals/open311-clients', { name: '第二个客户端' });
    expect(made.status).toBe(201);
    expect(made.body.apiKey).toMatch(/^[0-9a-f]{40}$/);
    expect(made.body.keyHint).toBe(`…${made.body.apiKey.slice(-4)}`);
    const list = await staff.get('/api/appeals/open311-clients');
    expect(list.body.items.find((c: { id: number }) => c.id === made.body.id)).not.toHaveProperty('apiKey');
    const stored = await t.core.db.selectFrom('open311_client').selectAll().where('id', '=', made.body.id).executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(made.body.apiKey);
    expect((await post('/requests.json', form({ api_key: made.body.apiKey, service_code: 'P0101', lat: '31.2', long: '121.4' }))).statusCode).toBe(201);
    expect((await staff.post(`/api/appeals/open311-clients/${made.body.id}/revoke`, {})).body.revokedAt).not.toBeNull();
    expect((await post('/requests.json', form({ api_key: made.body.apiKey, service_code: 'P0101', lat: '31.2', long: '121.4' }))).statusCode).toBe(403);
    const { user: worker } = await makeUser(t.core, 'committee_worker', w.committee.id);
    expect((await (await login(app, worker.username, FACTORY_PASSWORD)).post('/api/appeals/open311-clients', { name: '越权' })).status).toBe(403);
  });

  it('prints the demo key beside the demo accounts, the same at every start, and only while it works', async () => {
    const district = await t.core.db.selectFrom('district').select(['id', 'code']).where('id', '=', w.district.district_id).executeTakeFirstOrThrow();
    const demo = demoApiKey(t.core.crypto, district.code);
    expect(await open311DemoLines(t.core)).toEqual([]);
    await t.core.db
      .insertInto('open311_client')
      .values({ district_id: district.id, name: 'demo', key_hash: t.core.crypto.lookupHash(demo), key_hint: 'x' })
      .execute();
    const printed: string[] = [];
    await printDemoAccounts(t.core, (l) => printed.push(l));
    const line = printed.find((l) => l.includes('Open311 api_key:'))!;
    expect(line.trim()).toBe(`Open311 api_key: ${demo}`);
    expect(demoApiKey(t.core.crypto, district.code)).toBe(demo);
    expect((await post('/requests.json', form({ api_key: demo, service_code: 'P0101', lat: '31.2', long: '121.4' }))).statusCode).toBe(201);
  });
});

describe('what the public feed shows of a request (public.view.ts)', () => {
  it('as anyone, in JSON and XML: the compound, never the house, building or room; rounded points; the category, not the title; only notes marked public', async () => {
    const fenxi = await makeUnit(t.core, 'compound', { parentId: w.committee.id, name: '汾西新村' });
    const building = await makeUnit(t.core, 'building', { parentId: fenxi.id, name: '1号楼' });
    const house = await makeUnit(t.core, 'house', { parentId: building.id, name: '101室' });
    const resident = await actorFor(t.core, 'resident', house.id);
    const intake = new IntakeService(t.core);
    const orders = new OrderService(t.core);
    const home = (
      await intake.report(
        resident,
        report(house.id, {
          title: '1号楼101室门口垃圾没人收',
          description: '我是101室的张阿姨，门口垃圾三天没人收',
          address: '汾西新村1号楼101室',
          lat: 31.234567,
          lng: 121.456789,
        }),
      )
    ).order;
    const quiet = (await intake.report(resident, report(house.id, { title: '楼道垃圾', description: '楼道垃圾' }))).order;
    for (const [order, notePublic] of [
      [home, false],
      [quiet, true],
    ] as const) {
      await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'committee', id: w.committee.id } });
      await orders.step(w.worker, order.id, 'accept');
      await orders.step(w.worker, order.id, 'resolve', { note: notePublic ? '已安排保洁清运' : '已联系101室张阿姨，垃圾已清运', notePublic });
    }

    const json = await get(`/requests.json?service_request_id=${home.id},${quiet.id}`);
    const xml = await get(`/requests.xml?service_request_id=${home.id},${quiet.id}`);
    const [a, b] = [home, quiet].map((o) => (json.json() as Array<Record<string, unknown>>).find((r) => r.service_request_id === String(o.id))!);
    expect(a).toMatchObject({
      address: '汾西新村',
      address_id: String(fenxi.id),
      lat: 31.235,
      long: 121.457,
      description: '暴露垃圾、垃圾堆放',
      agency_responsible: w.committee.name,
    });
    expect(a!.status_notes).not.toContain('清运');
    expect(b!.status_notes).toContain('已安排保洁清运');
    for (const body of [json.body, xml.body]) {
      for (const secret of ['1号楼', '101室', '张阿姨', '门口垃圾没人收', '31.234567', '121.456789', '31.2345', '121.4567']) expect(body).not.toContain(secret);
      for (const id of [house.id, building.id]) {
        expect(body).not.toContain(`"address_id":"${id}"`);
        expect(body).not.toContain(`<address_id>${id}</address_id>`);
      }
    }
    expect(xml.body).toContain(`<address>汾西新村</address><address_id>${fenxi.id}</address_id>`);
    expect(xml.body).toContain('<lat>31.235</lat><long>121.457</long>');
  });

  it("leaves out private categories (the group's flag, the district's list) even for the client that sent them, and names only the street where the district says so", async () => {
    const v = await appealsWorld(t.core);
    const catalog = loadProfile('jingan').catalogs.find((c) => c.name === 'problem-categories')!;
    await putCatalog(t.core.db, v.district.district_id, {
      ...catalog,
      extra: { ...catalog.extra, publicView: { placeLevel: 'street', privateCategories: ['P0601'] } },
    });
    const jurisdiction = (await t.core.db.selectFrom('district').select('code').where('id', '=', v.district.district_id).executeTakeFirstOrThrow()).code;
    const { client: vClient, key: vKey } = await new Open311ClientService(t.core).create(v.districtStaff, '另一区客户端');

    expect((await get(`/services.json?jurisdiction_id=${jurisdiction}`)).json().map((x: { service_code: string }) => x.service_code)).not.toContain('P0601');
    expect((await post('/requests.json', form({ api_key: vKey, service_code: 'P0601', lat: '31.2', long: '121.4' }))).statusCode).toBe(404);

    const intake = new IntakeService(t.core);
    const lamp = (await intake.report(v.resident, report(v.house.id, { categoryCode: 'P0601', title: '路灯不亮' }))).order;
    const dispute = (await intake.report(v.resident, report(v.house.id, { categoryCode: 'P0701', title: '楼上噪声' }))).order;
    const rubbish = (await intake.report(v.resident, report(v.house.id, { lat: 31.234567, lng: 121.456789 }))).order;
    // Submitted by the client while the category was open to it, then made private by the district.
    await t.core.db
      .updateTable('appeal_order')
      .set({ channel: 'open311', source_system: `open311:${vClient.id}` })
      .where('id', '=', lamp.id)
      .execute();
    const orders = new OrderService(t.core);
    await orders.step(v.dispatcher, rubbish.id, 'dispatch', { handler: { kind: 'committee', id: v.committee.id } });

    const listed = (await get(`/requests.json?jurisdiction_id=${jurisdiction}`)).json() as Array<Record<string, unknown>>;
    const ids = listed.map((r) => r.service_request_id);
    expect(ids).toContain(String(rubbish.id));
    expect(ids).not.toContain(String(lamp.id));
    expect(ids).not.toContain(String(dispute.id));
    expect((await get(`/requests/${lamp.id}.json?api_key=${vKey}`)).statusCode).toBe(404);
    expect((await get(`/requests.json?api_key=${vKey}`)).json().map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(
      String(lamp.id),
    );
    expect((await get(`/requests/${dispute.id}.json`)).statusCode).toBe(404);
    const shown = listed.find((r) => r.service_request_id === String(rubbish.id))!;
    expect(shown).toMatchObject({ address: v.street.name, address_id: String(v.street.id), lat: 31.23, long: 121.46, agency_responsible: '居委会' });
    const body = JSON.stringify(shown);
    for (const secret of [v.compound.name, v.committee.name]) expect(body).not.toContain(secret);
  });

  it("keeps a handler's note private unless the step may publish it, and the report form learns the district's rule", async () => {
    const orders = new OrderService(t.core);
    const order = (await new IntakeService(t.core).report(w.resident, report(w.compound.id))).order;
    await orders.step(w.dispatcher, order.id, 'dispatch', { handler: { kind: 'committee', id: w.committee.id } });
    expect(await code(orders.step(w.worker, order.id, 'accept', { note: '马上去', notePublic: true }))).toBe('400 NOTE_PUBLIC_STEP');
    expect((await repo.findById(t.core.db, order.id))!.status).toBe('dispatched');

    const { user } = await makeUser(t.core, 'resident', w.house.id);
    const resident = await login(app, user.username, FACTORY_PASSWORD);
    const categories = (await resident.get('/api/appeals/categories')).body;
    expect(categories.publicView).toEqual({ placeLevel: 'compound' });
    const subs = categories.groups.flatMap((g: { subcategories: unknown[] }) => g.subcategories) as Array<{ code: string; public: boolean; private: boolean }>;
    expect(subs.find((x) => x.code === 'P0701')).toMatchObject({ private: true, public: false });
    expect(subs.find((x) => x.code === 'P0101')).toMatchObject({ private: false, public: true });
  });
});
