import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Selectable } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeGrid, makeUnit, makeUser, FACTORY_PASSWORD } from '../../../test/support/factories.js';
import { login } from '../../../test/support/http.js';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { VisitService } from './visit.service.js';

let t: TestPlatform;
let visits: VisitService;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );
const since = () => `${todayInShanghai().slice(0, 4)}-01-01`;
type Unit = Selectable<Database['unit']>;

beforeAll(async () => {
  t = await createTestPlatform();
  visits = new VisitService(t.core);
});
afterAll(() => t.close());

/** Houses with one household each under a committee (coverage counts households). */
async function houses(committee: Unit, n: number) {
  const building = await makeUnit(t.core, 'building', { parentId: (await makeUnit(t.core, 'compound', { parentId: committee.id })).id });
  const out: Unit[] = [];
  for (let i = 0; i < n; i++) {
    const house = await makeUnit(t.core, 'house', { parentId: building.id, name: `${i + 1}01室` });
    await t.core.db
      .insertInto('household')
      .values({ district_id: house.district_id, house_id: house.id, head_person_id: null, unit_path: house.path, dissolved_at: null })
      .execute();
    out.push(house);
  }
  return out;
}

let seq = 0;
const visit = (actor: Actor, house: Unit, needs: string[] = []) =>
  visits.record(actor, {
    clientId: `cov-${house.id}-${++seq}`,
    houseId: house.id,
    visitedAt: new Date(Date.now() - 60_000).toISOString(),
    kind: 'routine',
    findings: '',
    needs: needs.map((text) => ({ text, category: 'other' })),
  });

/**
 * One street, three committees: grid one lays over A and B, grid two over C. A grid worker's position sits
 * at the street (as in Jing'an) while their scope is their grid's committees.
 */
async function world() {
  const street = await makeUnit(t.core, 'street');
  const [a, b, c] = await Promise.all([0, 1, 2].map((i) => makeUnit(t.core, 'committee', { parentId: street.id, name: `居委会${'ABC'[i]}` })));
  const housesA = await houses(a!, 3);
  const housesB = await houses(b!, 2);
  const housesC = await houses(c!, 4);
  const gridOne = await makeGrid(t.core, street.id, [a!.id, b!.id], { name: '第一网格' });
  const gridTwo = await makeGrid(t.core, street.id, [c!.id], { name: '第二网格' });
  const gridWorker = await actorFor(t.core, 'grid_worker', street.id, { gridId: gridOne.id });
  const workerA = await actorFor(t.core, 'committee_worker', a!.id);
  const workerC = await actorFor(t.core, 'committee_worker', c!.id);
  const streetStaff = await actorFor(t.core, 'street_staff', street.id);
  return { street, a: a!, b: b!, c: c!, housesA, housesB, housesC, gridOne, gridTwo, gridWorker, workerA, workerC, streetStaff };
}

describe('visit coverage of a grid', () => {
  it("a grid worker's own coverage counts only their grid's committees' households", async () => {
    const w = await world();
    await visit(w.gridWorker, w.housesA[0]!, ['楼道灯不亮']);
    await visit(w.gridWorker, w.housesB[0]!);
    // Visits in the other grid's committee count for that grid, not for this one.
    await visit(w.workerC, w.housesC[0]!, ['需要助餐', '加装扶手']);

    const mine = await visits.coverageOf(w.gridWorker, { mine: true }, since());
    expect(mine.territory).toMatchObject({ kind: 'grid', id: w.gridOne.id, name: '第一网格' });
    expect(mine).toMatchObject({ households: 5, visited: 2, visits: 2, needs: 1, solved: 0 });
    expect(mine.visitors).toEqual([expect.objectContaining({ visitor_id: w.gridWorker.userId, visits: 2 })]);
    expect(await visits.coverageOf(w.gridWorker, { gridId: w.gridOne.id }, since())).toEqual(mine);

    const todo = await visits.unvisitedOf(w.gridWorker, { mine: true }, since(), 1, 20);
    expect(todo.total).toBe(3);
    expect(todo.items.map((i) => i.house_id).sort()).toEqual([...w.housesA.slice(1), ...w.housesB.slice(1)].map((h) => h.id).sort());
  });

  it('another grid, and a unit outside the grid, are not found for a grid worker', async () => {
    const w = await world();
    expect(await code(visits.coverageOf(w.gridWorker, { gridId: w.gridTwo.id }, since()))).toBe('404 NOT_FOUND');
    expect(await code(visits.unvisitedOf(w.gridWorker, { gridId: w.gridTwo.id }, since(), 1, 20))).toBe('404 NOT_FOUND');
    expect(await code(visits.coverageOf(w.gridWorker, { unitId: w.c.id }, since()))).toBe('404 NOT_FOUND');
    // Their street is their position's unit but lies above their scope.
    expect(await code(visits.coverageOf(w.gridWorker, { unitId: w.street.id }, since()))).toBe('404 NOT_FOUND');
    const other = await world();
    expect(await code(visits.coverageOf(w.gridWorker, { gridId: other.gridOne.id }, since()))).toBe('404 NOT_FOUND');
  });

  it("a committee worker's default is their committee; a grid over it counts only what they reach", async () => {
    const w = await world();
    await visit(w.workerA, w.housesA[0]!);
    await visit(w.gridWorker, w.housesB[0]!);

    const mine = await visits.coverageOf(w.workerA, { mine: true }, since());
    expect(mine.territory).toMatchObject({ kind: 'committee', id: w.a.id, name: '居委会A' });
    expect(mine).toMatchObject({ households: 3, visited: 1, visits: 1 });
    // Grid one also covers committee B, which is not theirs: it is visible, but B's households stay out.
    const grid = await visits.coverageOf(w.workerA, { gridId: w.gridOne.id }, since());
    expect(grid.territory).toMatchObject({ kind: 'grid', id: w.gridOne.id });
    expect(grid).toMatchObject({ households: 3, visited: 1, visits: 1 });
    expect((await visits.unvisitedOf(w.workerA, { gridId: w.gridOne.id }, since(), 1, 20)).total).toBe(2);
    expect(await code(visits.coverageOf(w.workerA, { gridId: w.gridTwo.id }, since()))).toBe('404 NOT_FOUND');
  });

  it('street staff default to their street and may ask about any grid of it', async () => {
    const w = await world();
    await visit(w.workerC, w.housesC[1]!);
    const mine = await visits.coverageOf(w.streetStaff, { mine: true }, since());
    expect(mine.territory).toMatchObject({ kind: 'street', id: w.street.id });
    expect(mine).toMatchObject({ households: 9, visited: 1 });
    expect(await visits.coverageOf(w.streetStaff, { gridId: w.gridTwo.id }, since())).toMatchObject({
      territory: { kind: 'grid', name: '第二网格' },
      households: 4,
      visited: 1,
    });
  });

  it('an administrator has no territory of their own: nothing is counted until they pick one', async () => {
    const w = await world();
    const admin = await actorFor(t.core, 'admin', w.street.id);
    const mine = await visits.coverageOf(admin, { mine: true }, since());
    expect(mine).toMatchObject({ territory: null, households: 0, visits: 0 });
    expect((await visits.coverageOf(admin, { gridId: w.gridOne.id }, since())).households).toBe(5);
  });

  it('answers over HTTP for the caller without parameters, and 404 for a grid outside their scope', async () => {
    const w = await world();
    const { user } = await makeUser(t.core, 'grid_worker', w.street.id, { gridId: w.gridOne.id });
    await visit(w.workerA, w.housesA[2]!);
    const client = await login(await t.app(), user.username, FACTORY_PASSWORD);
    const mine = await client.get('/api/people/visits/my-coverage');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ territory: { kind: 'grid', id: w.gridOne.id, name: '第一网格' }, since: since(), households: 5, visited: 1 });
    const todo = await client.get('/api/people/visits/my-unvisited?pageSize=2');
    expect(todo.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(todo.body.items[0].address.houseId).toBe(todo.body.items[0].houseId);
    expect((await client.get(`/api/people/grids/${w.gridOne.id}/unvisited`)).body.total).toBe(4);
    const outside = await client.get(`/api/people/grids/${w.gridTwo.id}/visit-coverage`);
    expect(outside.status).toBe(404);
    expect((await client.get(`/api/people/grids/${w.gridTwo.id}/unvisited`)).status).toBe(404);
  });
});
