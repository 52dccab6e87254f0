import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Selectable } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, actorFor, makeUnit } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';
import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import * as locations from './location.repository.js';
import { PlaceSearchService } from './place-search.service.js';

type Unit = Selectable<Database['unit']>;

let t: TestPlatform;
let places: PlaceSearchService;
let resident: Actor;
let client: Client;
const u: Record<string, Unit> = {};

const COMPOUND = { lat: 31.231, lng: 121.451 };
const BUILDING3 = { lat: 31.2312, lng: 121.4515 };

beforeAll(async () => {
  t = await createTestPlatform();
  places = new PlaceSearchService(t.core);
  u.committee = await makeUnit(t.core, 'committee', { name: '新安居委会' });
  u.compound = await makeUnit(t.core, 'compound', { parentId: u.committee.id, name: '锦绣苑' });
  await t.core.db
    .updateTable('unit')
    .set({ attributes: JSON.stringify({ address: '长乐路100弄' }) })
    .where('id', '=', u.compound.id)
    .execute();
  u.b12 = await makeUnit(t.core, 'building', { parentId: u.compound.id, name: '12号楼' });
  u.b3 = await makeUnit(t.core, 'building', { parentId: u.compound.id, name: '3号楼' });
  u.house = await makeUnit(t.core, 'house', { parentId: u.b12.id, name: '12号楼301室' });
  // A compound of the same committee that nobody has placed on the map: its buildings have no point to give.
  u.unplaced = await makeUnit(t.core, 'compound', { parentId: u.committee.id, name: '锦绣花园' });
  u.unplacedB12 = await makeUnit(t.core, 'building', { parentId: u.unplaced.id, name: '12号楼' });
  // Another district with a compound of the same name.
  u.elsewhere = await makeUnit(t.core, 'compound', { name: '锦绣苑' });
  const d = u.compound.district_id;
  const at = (unitId: number, p: { lat: number; lng: number }, districtId = d) => ({ unitId, districtId, point: p, boundary: null, source: 'test' });
  await locations.upsertMany(t.core.db, [
    at(u.committee.id, { lat: 31.23, lng: 121.45 }),
    at(u.compound.id, COMPOUND),
    at(u.b3.id, BUILDING3),
    at(u.elsewhere.id, { lat: 31.3, lng: 121.5 }, u.elsewhere.district_id),
  ]);
  resident = await actorFor(t.core, 'resident', u.house.id);
  const username = (await t.core.db.selectFrom('app_user').select('username').where('id', '=', resident.userId).executeTakeFirstOrThrow()).username;
  client = await login(await t.app(), username, FACTORY_PASSWORD);
}, 120_000);
afterAll(() => t.close());

const ids = async (q: string) => (await places.search(resident, q)).map((p) => p.id);

describe('finding a place of the district by name or address', () => {
  it('finds a compound by its name, first, with its buildings', async () => {
    const found = await places.search(resident, '锦绣苑');
    expect(found[0]).toEqual({
      id: u.compound.id,
      type: 'compound',
      name: '锦绣苑',
      within: '新安居委会',
      address: '长乐路100弄',
      committee: '新安居委会',
      ...COMPOUND,
      pointOf: u.compound.id,
    });
    expect(found.map((p) => p.id)).toEqual([u.compound.id, u.b3.id, u.b12.id]);
  });

  it("finds a building, at its compound's point when it has none of its own", async () => {
    const found = await places.search(resident, '12号楼');
    expect(found).toEqual([
      {
        id: u.b12.id,
        type: 'building',
        name: '12号楼',
        within: '锦绣苑',
        address: '长乐路100弄',
        committee: '新安居委会',
        ...COMPOUND,
        pointOf: u.compound.id,
      },
    ]);
    expect(await places.search(resident, '锦绣苑 3号楼')).toEqual([
      { id: u.b3.id, type: 'building', name: '3号楼', within: '锦绣苑', address: '长乐路100弄', committee: '新安居委会', ...BUILDING3, pointOf: u.b3.id },
    ]);
  });

  it('finds a compound and its buildings by a fragment of the address', async () => {
    expect(await ids('长乐路100')).toEqual([u.compound.id, u.b3.id, u.b12.id]);
    expect(await ids('长乐路100弄 3号')).toEqual([u.b3.id]);
    expect(await ids('长乐路200弄')).toEqual([]);
  });

  it("never finds a house, a place without a point, or another district's units", async () => {
    expect(await ids('301室')).toEqual([]);
    expect(await ids('12号楼301')).toEqual([]);
    expect(await ids('锦绣花园')).toEqual([]);
    expect(await ids('锦绣')).not.toContain(u.elsewhere.id);
    expect(await ids('   ')).toEqual([]);
  });

  it('answers signed-in callers of the district over HTTP, and no one else', async () => {
    const r = await client.get(`/api/org/map/places?q=${encodeURIComponent('12号楼')}`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((p: { id: number }) => p.id)).toEqual([u.b12.id]);
    const app = await t.app();
    expect((await app.inject({ method: 'GET', url: `/api/org/map/places?q=${encodeURIComponent('锦绣苑')}` })).statusCode).toBe(401);
    const outsider = await actorFor(t.core, 'resident', (await makeUnit(t.core, 'house', { districtId: u.elsewhere.district_id })).id);
    // A resident who signed up and is not yet bound to a house reports too, so finds places of their district.
    const signedUp = await actorFor(t.core, 'unbound_resident', Number(u.compound.path.split('/')[1]));
    expect((await places.search(signedUp, '12号楼')).map((p) => p.id)).toEqual([u.b12.id]);
    // Naming the first district's code does not reach into it from another district.
    await t.core.db
      .updateTable('unit')
      .set({ code: '799101' })
      .where('id', '=', Number(u.compound.path.split('/')[1]))
      .execute();
    const refused = await places.search(outsider, '锦绣苑', '799101').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(404);
    expect((await places.search(outsider, '锦绣苑')).map((p) => p.id)).toEqual([u.elsewhere.id]);
  });
});
