import type { Core } from '../../platform/core.js';
import { AppError } from '../../platform/errors.js';
import { putCatalog } from '../../platform/catalog.js';
import { loadProfile } from '../../platform/profiles.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import { CompanyService } from './company.service.js';
import { makeCreditCode } from './credit-code.js';

/** Test worlds for the estate services: a committee with a compound, its people, and who acts on them. */

export const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );

let serial = 10_000_000 + (process.pid % 1000) * 10_000;
export const nextCreditCode = () => makeCreditCode('310106', serial++);

/** A committee with one compound (commodity housing) of one building and two houses; its worker; the district's staff. */
export async function estateWorld(core: Core, opts: { committeeId?: number; compoundName?: string } = {}) {
  const committee = opts.committeeId
    ? await core.db.selectFrom('unit').selectAll().where('id', '=', opts.committeeId).executeTakeFirstOrThrow()
    : await makeUnit(core, 'committee');
  const district = await core.db
    .selectFrom('unit')
    .selectAll()
    .where('district_id', '=', committee.district_id)
    .where('type', '=', 'district')
    .executeTakeFirstOrThrow();
  const compound = await makeUnit(core, 'compound', { parentId: committee.id, name: opts.compoundName ?? '锦绣苑' });
  await core.db
    .updateTable('unit')
    .set({ attributes: JSON.stringify({ housingType: 'HT02' }) })
    .where('id', '=', compound.id)
    .execute();
  const building = await makeUnit(core, 'building', { parentId: compound.id, name: '1号楼' });
  const house = await makeUnit(core, 'house', { parentId: building.id, name: '1号楼101室' });
  const house2 = await makeUnit(core, 'house', { parentId: building.id, name: '1号楼102室' });
  const worker = await actorFor(core, 'committee_worker', committee.id);
  const districtStaff = await actorFor(core, 'district_staff', district.id);
  return { committee, compound, building, house, house2, district, worker, districtStaff };
}

/** Gives a district the catalogs the people services read (tags, housing types). */
export async function withCatalogs(core: Core, districtId: number) {
  for (const name of ['tags', 'housing-types']) await putCatalog(core.db, districtId, loadProfile('jingan').catalogs.find((c) => c.name === name)!);
}

export async function makeCompany(core: Core, districtStaff: Awaited<ReturnType<typeof estateWorld>>['districtStaff'], name = '上海恒安物业管理有限公司') {
  return new CompanyService(core).create(districtStaff, { name, creditCode: nextCreditCode(), contactName: '李建国', phone: '13912345678' });
}
