import type { Core } from '../../platform/core.js';
import { AppError } from '../../platform/errors.js';
import { putCatalog } from '../../platform/catalog.js';
import { loadProfile } from '../../platform/profiles.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import type { IntakeInput } from './orders/intake.service.js';

/** Test worlds for the appeals services: a street with two committees, a department and its street team, and who acts. */

export const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );

export async function withAppealCatalogs(core: Core, districtId: number) {
  for (const name of ['problem-categories', 'calendar', 'departments'])
    await putCatalog(core.db, districtId, loadProfile('jingan').catalogs.find((c) => c.name === name)!);
}

export async function appealsWorld(core: Core) {
  const committee = await makeUnit(core, 'committee', { name: '新安居委会' });
  const street = await core.db.selectFrom('unit').selectAll().where('id', '=', committee.parent_id!).executeTakeFirstOrThrow();
  const district = await core.db.selectFrom('unit').selectAll().where('id', '=', street.parent_id!).executeTakeFirstOrThrow();
  const committee2 = await makeUnit(core, 'committee', { parentId: street.id, name: '永乐居委会' });
  const compound = await makeUnit(core, 'compound', { parentId: committee.id, name: '锦绣苑' });
  const otherStreetCommittee = await makeUnit(core, 'committee', { districtId: district.district_id });
  await withAppealCatalogs(core, district.district_id);
  const greening = await core.db
    .insertInto('department')
    .values({ district_id: district.district_id, code: 'GREEN', name: '区绿化和市容管理局' })
    .returningAll()
    .executeTakeFirstOrThrow();
  const team = await core.db
    .insertInto('department')
    .values({ district_id: district.district_id, code: `GRO-${street.id}`, name: '街道绿化市容管理所', street_id: street.id, parent_id: greening.id })
    .returningAll()
    .executeTakeFirstOrThrow();
  const housing = await core.db
    .insertInto('department')
    .values({ district_id: district.district_id, code: 'HOUSING', name: '区房屋管理局' })
    .returningAll()
    .executeTakeFirstOrThrow();
  const house = await makeUnit(core, 'house', { parentId: (await makeUnit(core, 'building', { parentId: compound.id })).id });
  return {
    district,
    street,
    committee,
    committee2,
    compound,
    house,
    otherStreetCommittee,
    greening,
    team,
    housing,
    resident: await actorFor(core, 'resident', house.id),
    worker: await actorFor(core, 'committee_worker', committee.id),
    worker2: await actorFor(core, 'committee_worker', committee2.id),
    dispatcher: await actorFor(core, 'street_staff', street.id),
    otherDispatcher: await actorFor(core, 'street_staff', otherStreetCommittee.parent_id!),
    teamStaff: await actorFor(core, 'department_staff', street.id, { departmentId: team.id }),
    greeningStaff: await actorFor(core, 'department_staff', district.id, { departmentId: greening.id }),
    housingStaff: await actorFor(core, 'department_staff', district.id, { departmentId: housing.id }),
    districtStaff: await actorFor(core, 'district_staff', district.id),
  };
}

export const report = (unitId: number, over: Partial<IntakeInput> = {}): IntakeInput => ({
  categoryCode: 'P0101',
  title: '小区门口垃圾堆放',
  description: '锦绣苑东门外垃圾堆了三天没人清运，气味很大',
  unitId,
  reporterPhone: '13912345678',
  ...over,
});
