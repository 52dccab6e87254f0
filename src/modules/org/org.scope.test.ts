import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeGrid, makeUnit, makeUser } from '../../../test/support/factories.js';
import { AuthService } from '../../platform/auth/auth.service.js';
import type { Position } from '../../platform/auth/auth.types.js';
import type { RoleId } from '../../platform/roles.js';
import { orgScopeResolver } from './org.scope.js';

let t: TestPlatform;
let auth: AuthService;

beforeAll(async () => {
  t = await createTestPlatform();
  auth = new AuthService(t.core);
});
afterAll(() => t.close());

const meta = { requestId: 'scope-test', locale: 'zh-CN' as const };

async function signedIn(role: RoleId, unitId: number, opts: Parameters<typeof makeUser>[3] = {}) {
  const { user, position } = await makeUser(t.core, role, unitId, opts);
  // Factory accounts have no second factor: the password alone opens the session.
  const token = (await auth.login(user.username, FACTORY_PASSWORD, meta)) as string;
  const p: Position = {
    id: position.id,
    userId: user.id,
    districtId: position.district_id,
    role,
    unitId: position.unit_id,
    departmentId: position.department_id,
    gridId: position.grid_id,
  };
  return { token, position: p };
}

describe('the scope a request carries', () => {
  it('is the territory the resolver reads on its own, for a unit, a grid and grants, in the session lookup', async () => {
    const street = await makeUnit(t.core, 'street');
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => makeUnit(t.core, 'committee', { parentId: street.id })));
    const grid = await makeGrid(t.core, street.id, [c1!.id, c2!.id]);
    const worker = await signedIn('committee_worker', c1!.id);
    const gridWorker = await signedIn('grid_worker', street.id, { gridId: grid.id });
    const evaluator = await signedIn('evaluator', street.id);
    await t.core.db.insertInto('scope_grant').values({ position_id: evaluator.position.id, unit_id: c3!.id, reason: '第三方评估' }).execute();
    // A grant inside the worker's own subtree adds nothing; one outside it widens the territory.
    await t.core.db
      .insertInto('scope_grant')
      .values([
        { position_id: worker.position.id, unit_id: c1!.id, reason: '协助' },
        { position_id: worker.position.id, unit_id: c3!.id, reason: '协助' },
      ])
      .execute();

    for (const [who, paths] of [
      [worker, [c1!.path, c3!.path]],
      [gridWorker, [c1!.path, c2!.path]],
      [evaluator, [c3!.path]],
    ] as const) {
      const state = await auth.resolve(who.token);
      expect([...state.scope.paths].sort()).toEqual([...paths].sort());
      expect(state.scope).toEqual(await orgScopeResolver.resolve(t.core.db, who.position, t.core.roles.get(who.position.role).scopeKind));
    }
  });

  it('follows a grant taken back on the very next request', async () => {
    const street = await makeUnit(t.core, 'street');
    const committee = await makeUnit(t.core, 'committee', { parentId: street.id });
    const evaluator = await signedIn('evaluator', street.id);
    await t.core.db.insertInto('scope_grant').values({ position_id: evaluator.position.id, unit_id: committee.id, reason: '第三方评估' }).execute();
    expect((await auth.resolve(evaluator.token)).scope.paths).toEqual([committee.path]);
    await t.core.db.deleteFrom('scope_grant').where('position_id', '=', evaluator.position.id).execute();
    expect((await auth.resolve(evaluator.token)).scope.paths).toEqual([]);
  });
});
