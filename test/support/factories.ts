import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Database } from '../../src/platform/db/schema.js';
import type { Core } from '../../src/platform/core.js';
import type { Actor } from '../../src/platform/actor.js';
import type { RoleId } from '../../src/platform/roles.js';
import { hashPassword } from '../../src/platform/auth/password.js';
import { AuthService } from '../../src/platform/auth/auth.service.js';
import type { UnitType } from '../../src/modules/org/org.schema.js';
import { childPath } from '../../src/modules/org/unit.rules.js';
import { PARENT_TYPE } from '../../src/modules/org/unit.rules.js';

/**
 * Factories make whatever parents a record needs: a house gets a building, compound, committee, street and
 * district of its own unless the test hands one in.
 */
const uniq = () => randomBytes(4).toString('hex');
let districtSeq = 0;

export async function makeDistrict(core: Core) {
  const code = String(700000 + (process.pid % 1000) * 100 + ++districtSeq).slice(0, 6);
  return core.db
    .insertInto('district')
    .values({ code, name: `测试区${code}`, profile: 'test' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function makeUnit(
  core: Core,
  type: UnitType,
  opts: { parentId?: number; name?: string; code?: string | null; districtId?: number } = {},
): Promise<Selectable<Database['unit']>> {
  let parent: Selectable<Database['unit']> | undefined = opts.parentId
    ? await core.db.selectFrom('unit').selectAll().where('id', '=', opts.parentId).executeTakeFirstOrThrow()
    : undefined;
  const parentType = PARENT_TYPE[type];
  if (!parent && parentType) parent = await makeUnit(core, parentType, { districtId: opts.districtId });
  const districtId: number = parent?.district_id ?? opts.districtId ?? (await makeDistrict(core)).id;
  const [{ id }] = (await core.db.selectNoFrom((eb) => eb.fn<number>('nextval', [eb.val('unit_id_seq')]).as('id')).execute()) as [{ id: number }];
  const nid = Number(id);
  return core.db
    .insertInto('unit')
    .values({
      id: nid,
      district_id: districtId,
      parent_id: parent?.id ?? null,
      type,
      kind: type === 'street' ? 'street' : type === 'committee' ? 'committee' : null,
      code: opts.code === undefined ? null : opts.code,
      name: opts.name ?? `${type}-${uniq()}`,
      path: childPath(parent?.path ?? null, nid),
      depth: parent ? parent.depth + 1 : 0,
      attributes: '{}',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

let cachedHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = 'Factory#2026';

export async function makeUser(
  core: Core,
  role: RoleId,
  unitId: number,
  opts: { username?: string; mustChange?: boolean; gridId?: number; departmentId?: number } = {},
) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  const unit = await core.db.selectFrom('unit').selectAll().where('id', '=', unitId).executeTakeFirstOrThrow();
  const user = await core.db
    .insertInto('app_user')
    .values({
      district_id: unit.district_id,
      username: opts.username ?? `u${uniq()}`,
      display_name: `用户${uniq()}`,
      password_hash: await cachedHash,
      must_change_password: opts.mustChange ?? false,
      is_demo: false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const position = await core.db
    .insertInto('position')
    .values({ district_id: unit.district_id, user_id: user.id, role, unit_id: unitId, grid_id: opts.gridId ?? null, department_id: opts.departmentId ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { user, position };
}

/** The actor a service sees for a position, with its real scope. */
export async function actorFor(core: Core, role: RoleId, unitId: number, opts: Parameters<typeof makeUser>[3] = {}): Promise<Actor> {
  const { user, position } = await makeUser(core, role, unitId, opts);
  const scope = await new AuthService(core).scopeOf({
    id: position.id,
    userId: user.id,
    districtId: position.district_id,
    role,
    unitId,
    departmentId: position.department_id,
    gridId: position.grid_id,
  });
  return { userId: user.id, userName: user.display_name, positionId: position.id, role, scope, requestId: `test-${uniq()}`, locale: 'zh-CN' };
}

/** A grid over the given units (committees, usually) of a street. */
export async function makeGrid(core: Core, streetId: number, unitIds: number[], opts: { name?: string; kind?: 'grid' | 'party_area' } = {}) {
  const street = await core.db.selectFrom('unit').selectAll().where('id', '=', streetId).executeTakeFirstOrThrow();
  const code = `G${uniq()}`;
  const grid = await core.db
    .insertInto('grid')
    .values({ district_id: street.district_id, street_id: street.id, kind: opts.kind ?? 'grid', code, name: opts.name ?? `网格${code}` })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (unitIds.length)
    await core.db
      .insertInto('grid_unit')
      .values(unitIds.map((unit_id) => ({ grid_id: grid.id, unit_id })))
      .execute();
  return grid;
}
