import type { DemoContext } from '../../platform/module.js';
import type { Actor } from '../../platform/actor.js';
import type { RoleId } from '../../platform/roles.js';
import { exportList, exportSize } from './person.export.js';
import { insertRequest } from './export-request.repository.js';
import { decisionDeadline, requestPath } from './export-request.rules.js';

/** Pending export requests the demo shows: each waits for the requester's supervisor among the demo accounts. */
const DEMO_REQUESTS = [
  // `head` decides it: a head approves the workers of their committee.
  { username: 'worker', filters: { ageMin: 60 }, reason: '重阳节慰问：核对本居委会 60 岁以上老人名单' },
  // `district` decides it: the street answers to the district.
  { username: 'street', filters: { residence: 'migrant' }, reason: '居住证到期提醒：来沪人员名单' },
] as const;

/**
 * Seeds the demo's pending export requests with their real sizes, counted as the export counts them in the
 * requester's scope. Written directly, as the rest of the demo data is, without going through the threshold.
 */
export async function seedExportRequests(ctx: DemoContext) {
  const { core } = ctx;
  let n = 0;
  for (const d of DEMO_REQUESTS) {
    const user = await core.db
      .selectFrom('app_user')
      .innerJoin('position', 'position.user_id', 'app_user.id')
      .select([
        'app_user.id',
        'app_user.display_name',
        'position.id as position_id',
        'position.role',
        'position.unit_id',
        'position.department_id',
        'position.grid_id',
      ])
      .where('app_user.username', '=', d.username)
      .where('app_user.is_demo', '=', true)
      .where('position.ended_at', 'is', null)
      .executeTakeFirst();
    if (!user || !core.scopeResolver) continue;
    const role = user.role as RoleId;
    const scope = await core.scopeResolver.resolve(
      core.db,
      { id: user.position_id, userId: user.id, districtId: ctx.districtId, role, unitId: user.unit_id, departmentId: user.department_id, gridId: user.grid_id },
      core.roles.get(role).scopeKind,
    );
    const actor: Actor = { userId: user.id, userName: user.display_name, positionId: user.position_id, role, scope, requestId: 'seed', locale: 'zh-CN' };
    const size = await exportSize(core, actor, await exportList(core, actor, d.filters));
    await insertRequest(core.db, {
      district_id: ctx.districtId,
      requester_id: user.id,
      requester_name: user.display_name,
      position_id: user.position_id,
      requester_role: role,
      unit_path: requestPath(scope),
      filters: JSON.stringify(d.filters),
      row_count: size.rows,
      reason: d.reason,
      expires_at: decisionDeadline(new Date()),
    });
    n++;
  }
  ctx.log(`people: ${n} pending export requests`);
}
