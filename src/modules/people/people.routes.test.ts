import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login } from '../../../test/support/http.js';
import type { LinliApp } from '../../platform/http/app.js';
import { makeResidentId } from './id-number.js';

let t: TestPlatform;
let app: LinliApp;
beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  app = await t.app();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

describe('data sharing with API tokens', () => {
  it('a department issues a token limited to sharing, queries with a purpose, and each query is logged', async () => {
    const dept = await login(app, 'dept');
    const refused = await dept.post('/api/auth/tokens', { name: '房管系统', permissions: ['people.read'], days: 30 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('TOKEN_PERMISSIONS');
    const issued = await dept.post('/api/auth/tokens', { name: '房管系统', permissions: ['people.share'], days: 30 });
    expect(issued.status).toBe(201);
    const auth = { authorization: `Bearer ${issued.body.token}` };
    expect((await t.core.db.selectFrom('api_token').select('token_hash').executeTakeFirstOrThrow()).token_hash).not.toBe(issued.body.token);

    const noPurpose = await get('/api/people/share/persons', auth);
    expect(noPurpose.statusCode).toBe(400);
    const purpose = encodeURIComponent('房屋安全排查');
    const r = await get('/api/people/share/persons?pageSize=200', { ...auth, 'x-purpose': purpose });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBeGreaterThan(0);
    // Only the department's street: every house path lies under it.
    const streetId = dept.session.positions[0].unitId as number;
    const street = await t.core.db.selectFrom('unit').select('path').where('id', '=', streetId).executeTakeFirstOrThrow();
    const paths = await t.core.db
      .selectFrom('person')
      .select('unit_path')
      .where(
        'id',
        'in',
        body.items.map((p: { id: number }) => p.id),
      )
      .execute();
    expect(paths.every((p) => p.unit_path!.startsWith(street.path))).toBe(true);
    expect(JSON.stringify(body)).toMatch(/\*\*\*\*/);
    const log = await t.core.db.selectFrom('audit_event').selectAll().where('action', '=', 'people.share.query').execute();
    expect(log).toHaveLength(1);
    expect(log[0]!.purpose).toBe('房屋安全排查');

    // The token reaches nothing else, mints no tokens, and stops when revoked.
    expect((await get('/api/org/units', auth)).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/tokens', headers: auth, payload: { name: '另一个令牌', permissions: ['people.share'], days: 1 } }))
        .statusCode,
    ).toBe(403);
    expect((await dept.post(`/api/auth/tokens/${issued.body.id}/revoke`, {})).status).toBe(204);
    expect((await get('/api/people/share/persons', { ...auth, 'x-purpose': purpose })).statusCode).toBe(401);
  });

  it('a committee worker cannot use the sharing API', async () => {
    const worker = await login(app, 'worker');
    expect((await worker.get('/api/people/share/persons', { 'x-purpose': 'test' })).status).toBe(403);
  });
});

describe('resident binding (实名认证)', () => {
  it('a resident names themselves, the committee approves, and the account sits at their house', async () => {
    const worker = await login(app, 'worker');
    const committeeId = worker.session.positions[0].unitId as number;
    const house = await t.core.db
      .selectFrom('unit')
      .select(['id', 'path'])
      .where('type', '=', 'house')
      .where('path', 'like', `%/${committeeId}/%`)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const docNumber = makeResidentId('310101', '1975-06-15', 31);
    const created = await worker.post('/api/people/persons', {
      name: '钱多多',
      docType: 'resident_id',
      docNumber,
      residence: 'registered_living',
      houseId: house.id,
      relation: 'owner',
    });
    expect(created.status).toBe(201);

    const resident = await login(app, 'resident');
    // A wrong name gets the very answer a right one gets: the form confirms nothing.
    const wrong = await resident.post('/api/people/binding', { name: '钱少少', docNumber });
    expect(wrong.status).toBe(201);
    expect(Object.keys(wrong.body).sort()).toEqual(['expiresAt', 'id', 'status']);
    expect(wrong.body.status).toBe('pending');
    expect((await resident.get('/api/people/me')).body.binding).toMatchObject({ id: wrong.body.id, status: 'pending' });
    expect((await resident.post('/api/people/binding', { name: '钱多多', docNumber })).body.error.code).toBe('BINDING_PENDING');
    // A request that named nobody reaches nobody's list, and the resident may take it back.
    expect((await worker.get('/api/people/bindings')).body.items.map((b: { id: number }) => b.id)).not.toContain(wrong.body.id);
    expect((await resident.post('/api/people/binding/withdraw', {})).status).toBe(204);
    const asked = await resident.post('/api/people/binding', { name: '钱多多', docNumber });
    expect(asked.status).toBe(201);
    expect(Object.keys(asked.body).sort()).toEqual(Object.keys(wrong.body).sort());
    expect(asked.body.status).toBe('pending');
    expect((await resident.post('/api/people/binding', { name: '钱多多', docNumber })).body.error.code).toBe('BINDING_PENDING');

    const pending = (await worker.get('/api/people/bindings')).body.items;
    expect(pending.map((b: { personName: string }) => b.personName)).toContain('钱多多');
    const other = await login(app, 'worker2');
    expect((await other.get('/api/people/bindings')).body.items).toEqual([]);
    expect((await other.post(`/api/people/bindings/${asked.body.id}/decide`, { approve: true })).status).toBe(404);
    expect((await worker.post(`/api/people/bindings/${asked.body.id}/decide`, { approve: true, note: '已核对户口簿' })).status).toBe(204);

    const again = await login(app, 'resident');
    expect(again.session.positions.map((p: { unitId: number }) => p.unitId)).toEqual([house.id]);
    const me = (await again.get('/api/people/me')).body;
    expect(me.person.name).toBe('钱多多');
    expect(me.person.docMasked).toMatch(/^310101\*+/);
  });
});

describe('binding requests answer alike and are rate limited', () => {
  it('an account asks a few times a day at most; a request nobody decides lapses and cannot be decided', async () => {
    const worker = await login(app, 'worker');
    const committeeId = worker.session.positions[0].unitId as number;
    const house = await t.core.db
      .selectFrom('unit')
      .select(['id'])
      .where('type', '=', 'house')
      .where('path', 'like', `%/${committeeId}/%`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const docNumber = makeResidentId('310101', '1982-02-12', 41);
    expect(
      (
        await worker.post('/api/people/persons', {
          name: '孙悦',
          docType: 'resident_id',
          docNumber,
          residence: 'registered_living',
          houseId: house.id,
          relation: 'owner',
        })
      ).status,
    ).toBe(201);
    // Another resident account of the demo district asks.
    const resident = await login(app, 'resident');
    const district = await t.core.db.selectFrom('app_user').select(['id', 'district_id']).where('username', '=', 'resident').executeTakeFirstOrThrow();
    await t.core.db.deleteFrom('resident_binding').where('user_id', '=', district.id).execute();
    const asked = await resident.post('/api/people/binding', { name: ' 孙悦 ', docNumber: docNumber.toLowerCase() });
    expect(asked.status).toBe(201);
    expect((await worker.get('/api/people/bindings')).body.items.map((b: { id: number }) => b.id)).toContain(asked.body.id);
    // Seven days later it has lapsed: the resident reads it as expired, the committee can no longer decide it.
    await t.core.db
      .updateTable('resident_binding')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', asked.body.id)
      .execute();
    expect((await resident.get('/api/people/me')).body.binding).toMatchObject({ id: asked.body.id, status: 'expired' });
    expect((await worker.get('/api/people/bindings')).body.items.map((b: { id: number }) => b.id)).not.toContain(asked.body.id);
    expect((await worker.post(`/api/people/bindings/${asked.body.id}/decide`, { approve: true })).body.error.code).toBe('BINDING_DECIDED');
    // Five requests a day, then a refusal that names the limit.
    for (let i = 0; i < 4; i++) {
      const r = await resident.post('/api/people/binding', { name: `试${i}`, docNumber: makeResidentId('310101', '1990-01-01', 50 + i) });
      expect(r.status).toBe(201);
      expect((await resident.post('/api/people/binding/withdraw', {})).status).toBe(204);
    }
    const sixth = await resident.post('/api/people/binding', { name: '孙悦', docNumber });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatchObject({ code: 'BINDING_TOO_MANY' });
    expect(sixth.body.error.message).toContain('5');
  });
});

describe('tags on houses and compounds', () => {
  it('a committee worker marks a house as rented, with source and start; wrong targets and other committees are refused', async () => {
    const worker = await login(app, 'worker');
    const committeeId = worker.session.positions[0].unitId as number;
    const house = await t.core.db
      .selectFrom('unit')
      .select(['id'])
      .where('type', '=', 'house')
      .where('path', 'like', `%/${committeeId}/%`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const compound = await t.core.db
      .selectFrom('unit')
      .select(['id'])
      .where('type', '=', 'compound')
      .where('parent_id', '=', committeeId)
      .executeTakeFirstOrThrow();
    expect((await worker.post(`/api/people/units/${house.id}/tags`, { code: 'C62', on: true })).body).toEqual({ changed: true });
    expect((await worker.post(`/api/people/units/${house.id}/tags`, { code: 'C62', on: true })).body).toEqual({ changed: false });
    const tags = (await worker.get(`/api/people/units/${house.id}/tags`)).body.items;
    expect(tags).toEqual([expect.objectContaining({ code: 'C62', source: 'manual', endDate: null, name: expect.objectContaining({ zh: '出租房屋' }) })]);
    // A house tag does not fit a compound.
    expect((await worker.post(`/api/people/units/${compound.id}/tags`, { code: 'C62', on: true })).body.error.code).toBe('TAG_UNKNOWN');
    const other = await login(app, 'worker2');
    expect((await other.post(`/api/people/units/${house.id}/tags`, { code: 'C62', on: false })).status).toBe(404);
    expect((await worker.post(`/api/people/units/${house.id}/tags`, { code: 'C62', on: false })).body).toEqual({ changed: true });
    expect((await worker.get(`/api/people/units/${house.id}/tags`)).body.items).toEqual([]);
  });
});
