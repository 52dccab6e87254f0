import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login, type Client } from '../../../test/support/http.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import type { LinliApp } from './app.js';
import { makeResidentId } from '../../modules/people/id-number.js';

let t: TestPlatform;
let app: LinliApp;
beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  app = await t.app();
}, 300_000);
afterAll(() => t.close());

interface Todo {
  key: string;
  label: { zh: string; en: string };
  path: string;
  nav: string;
  count: number;
  overdue: number;
}

const OPEN = 'received,dispatched,accepted,in_progress,suspended';
/**
 * The API list behind each to-do's page, with the page's filters: what the page shows as its total. Stated here
 * apart from the manifests, so that a to-do whose filter drifts from its page's fails.
 */
const LISTS: Record<string, { page: string; list: string; overdue: string | null }> = {
  'appeals.dispatch': { page: '/appeals/dispatch?tab=triage', list: '/api/appeals/orders?view=triage', overdue: '&sla=red' },
  'appeals.unplaced': { page: '/appeals/dispatch?tab=unplaced', list: '/api/appeals/orders?view=unplaced', overdue: '&sla=red' },
  'appeals.extensions': { page: '/appeals/dispatch?tab=extension', list: '/api/appeals/orders?view=extension', overdue: '&sla=red' },
  'appeals.supervise': { page: '/appeals/dispatch?tab=open&sla=red', list: `/api/appeals/orders?view=all&status=${OPEN}&sla=red`, overdue: '' },
  'appeals.accept': { page: '/appeals/inbox?status=dispatched', list: '/api/appeals/orders?view=inbox&status=dispatched', overdue: '&sla=red' },
  'appeals.resolve': {
    page: '/appeals/inbox?status=accepted,in_progress',
    list: '/api/appeals/orders?view=inbox&status=accepted,in_progress',
    overdue: '&sla=red',
  },
  'appeals.rate': { page: '/appeals/mine?chip=toRate', list: '/api/appeals/orders?view=mine&status=resolved', overdue: null },
  'appeals.summons': { page: '/appeals/summons?view=inbox&status=invited', list: '/api/appeals/summons?view=inbox&status=invited', overdue: '&overdue=true' },
  'people.exports': { page: '/people/exports?tab=decide&status=pending', list: '/api/people/export-requests?view=decide&status=pending', overdue: null },
  'people.bindings': { page: '/people/bindings', list: '/api/people/bindings?status=pending', overdue: null },
  'people.visits': { page: '/people/visits', list: '/api/people/visits/my-unvisited', overdue: null },
};

async function todosOf(c: Client): Promise<Todo[]> {
  const r = await c.get('/api/todos');
  expect(r.status).toBe(200);
  return r.body.items;
}

/** Every to-do of the caller has the count (and overdue count) its list shows the same caller. */
async function expectCountsAreListTotals(c: Client, todos: Todo[]) {
  for (const todo of todos) {
    const l = LISTS[todo.key];
    expect(l, `a list for ${todo.key}`).toBeDefined();
    expect(todo.path).toBe(l!.page);
    const list = await c.get(l!.list);
    expect(list.status).toBe(200);
    // The binding requests are one list without pages: its length is its total.
    expect([todo.key, todo.count]).toEqual([todo.key, list.body.total ?? list.body.items.length]);
    if (l!.overdue === null) expect(todo.overdue).toBe(0);
    else expect([todo.key, todo.overdue]).toEqual([todo.key, (await c.get(`${l!.list}${l!.overdue}`)).body.total]);
  }
}

const keysOf = (todos: Todo[]) => todos.map((x) => x.key);
const byKey = (todos: Todo[], key: string) => todos.find((x) => x.key === key)!;

describe('GET /api/todos: what waits for each role, counted as its list shows it', () => {
  it('the street dispatcher: orders to dispatch with the overdue ones apart, extensions, summons to answer, exports to approve', async () => {
    const street = await login(app, 'street');
    const todos = await todosOf(street);
    expect(keysOf(todos)).toEqual([
      'people.exports',
      'people.bindings',
      'appeals.dispatch',
      'appeals.extensions',
      'appeals.accept',
      'appeals.resolve',
      'appeals.summons',
    ]);
    const dispatch = byKey(todos, 'appeals.dispatch');
    expect(dispatch).toMatchObject({ label: { zh: '待派单', en: 'Orders to dispatch' }, nav: 'appeals.dispatch' });
    expect(dispatch.count).toBeGreaterThan(0);
    expect(dispatch.overdue).toBeLessThanOrEqual(dispatch.count);
    await expectCountsAreListTotals(street, todos);
  });

  it('a department: orders to accept and resolve, summons to answer; nothing of dispatching or exports', async () => {
    const dept = await login(app, 'dept');
    const todos = await todosOf(dept);
    expect(keysOf(todos)).toEqual(['appeals.accept', 'appeals.resolve', 'appeals.summons']);
    expect(todos.reduce((n, x) => n + x.count, 0)).toBeGreaterThan(0);
    await expectCountsAreListTotals(dept, todos);
  });

  it('committee staff, a grid worker, the district and a resident each get their own, with the totals of their lists', async () => {
    // A resident asks to be bound to a record of the worker's committee: the committee has a request to check.
    const worker = await login(app, 'worker');
    const committeeId = worker.session.positions[0].unitId as number;
    const house = await t.core.db
      .selectFrom('unit')
      .select('id')
      .where('type', '=', 'house')
      .where('path', 'like', `%/${committeeId}/%`)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const docNumber = makeResidentId('310101', '1980-03-09', 57);
    const person = { name: '孙待办', docType: 'resident_id', docNumber, residence: 'registered_living', houseId: house.id, relation: 'owner' };
    expect((await worker.post('/api/people/persons', person)).status).toBe(201);
    const before = byKey(await todosOf(worker), 'people.bindings').count;
    expect((await (await login(app, 'resident')).post('/api/people/binding', { name: '孙待办', docNumber })).status).toBe(201);
    expect(byKey(await todosOf(worker), 'people.bindings').count).toBe(before + 1);
    for (const [username, keys] of [
      ['head', ['people.exports', 'people.bindings', 'people.visits', 'appeals.accept', 'appeals.resolve']],
      ['worker', ['people.bindings', 'people.visits', 'appeals.accept', 'appeals.resolve']],
      ['grid', ['people.visits']],
      ['district', ['people.exports', 'appeals.dispatch', 'appeals.unplaced', 'appeals.extensions', 'appeals.supervise']],
      ['resident', ['appeals.rate']],
      ['org', []],
    ] as const) {
      const c = await login(app, username);
      const todos = await todosOf(c);
      expect([username, keysOf(todos)]).toEqual([username, keys]);
      await expectCountsAreListTotals(c, todos);
    }
    const grid = byKey(await todosOf(await login(app, 'grid')), 'people.visits');
    expect(grid.count).toBeGreaterThan(0);
  });

  it('counts nothing beyond the scope: a dispatcher of another street has none of this street’s orders to dispatch', async () => {
    const street = await login(app, 'street');
    const own = byKey(await todosOf(street), 'appeals.dispatch');
    const district = byKey(await todosOf(await login(app, 'district')), 'appeals.dispatch');
    expect(district.count).toBeGreaterThanOrEqual(own.count);
    const streetUnit = await t.core.db
      .selectFrom('unit')
      .select(['parent_id'])
      .where('id', '=', street.session.positions.find((p: { id: number }) => p.id === street.session.activePositionId).unitId)
      .executeTakeFirstOrThrow();
    const elsewhere = await makeUnit(t.core, 'street', { parentId: streetUnit.parent_id! });
    const { user } = await makeUser(t.core, 'street_staff', elsewhere.id);
    const other = await login(app, user.username, FACTORY_PASSWORD);
    const todos = await todosOf(other);
    expect(byKey(todos, 'appeals.dispatch')).toMatchObject({ count: 0, overdue: 0 });
    await expectCountsAreListTotals(other, todos);
  });

  it('answers only a signed-in caller', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/todos' })).statusCode).toBe(401);
  });
});
