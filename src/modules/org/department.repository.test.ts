import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { GridService } from './grid.service.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe('the department list', () => {
  it("names each team's parent department, for the district and for the team's street", async () => {
    const street = await makeUnit(t.core, 'street', { name: '江宁路街道' });
    const districtId = street.district_id;
    const housing = await t.core.db
      .insertInto('department')
      .values({ district_id: districtId, code: 'HOUSING', name: '区房屋管理局' })
      .returningAll()
      .executeTakeFirstOrThrow();
    await t.core.db
      .insertInto('department')
      .values({ district_id: districtId, code: `HMO-${street.id}`, name: '江宁路街道房管办事处', street_id: street.id, parent_id: housing.id })
      .execute();
    const grids = new GridService(t.core);
    for (const actor of [await actorFor(t.core, 'district_staff', street.parent_id!), await actorFor(t.core, 'street_staff', street.id)]) {
      const r = await grids.listDepartments(actor, { page: 1, pageSize: 20 });
      const team = r.items.find((d) => d.code === `HMO-${street.id}`)!;
      expect(team).toMatchObject({ parent_id: housing.id, parent_name: '区房屋管理局' });
    }
    const district = await grids.listDepartments(await actorFor(t.core, 'district_staff', street.parent_id!), { page: 1, pageSize: 20 });
    expect(district.items.find((d) => d.code === 'HOUSING')).toMatchObject({ parent_id: null, parent_name: null });
  });
});
