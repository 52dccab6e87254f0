import type { DemoContext } from '../../platform/module.js';
import type { RoleId } from '../../platform/roles.js';
import { hashPassword } from '../../platform/auth/password.js';
import { demoPasswordOf } from '../../platform/config.js';
import { findUnitById, liveGridCovering, type OrgAnchors } from '../org/index.js';
import * as repo from './user.repository.js';

export const DEMO_PASSWORD = demoPasswordOf(process.env);

export interface DemoAccount {
  username: string;
  displayName: string;
  role: RoleId;
  where: string;
}

/**
 * One account per role, anchored in the first street's first committee so that their views overlap, and a
 * second committee worker elsewhere to show that scopes do not. Demo accounts skip the forced first
 * password change (is_demo) while the server listens on this machine only, and say so at start-up; on an
 * address others can reach, the public demo password opens them only to be changed.
 */
export async function seedDemoAccounts(ctx: DemoContext): Promise<DemoAccount[]> {
  const org = ctx.shared.org as OrgAnchors;
  const db = ctx.core.db;
  const street = org.streets[0]!;
  const otherStreet = org.streets[1] ?? street;
  const committee = street.committees[0]!;
  const otherCommittee = otherStreet.committees[0]!;
  const house = org.houses.find((h) => h.committeeId === committee)!;
  const grid = (await liveGridCovering(db, committee, 'grid'))!.id;
  const team = org.departments.find((d) => d.streetId === street.id) ?? org.departments[0];
  const name = async (id: number) => (await findUnitById(db, id))!.name;

  const plan: Array<{ username: string; displayName: string; role: RoleId; unitId: number; gridId?: number; departmentId?: number }> = [
    { username: 'admin', displayName: '系统管理员', role: 'admin', unitId: org.districtUnitId },
    { username: 'district', displayName: '区城运中心 陈敏', role: 'district_staff', unitId: org.districtUnitId },
    { username: 'street', displayName: '街道城运中心 李强', role: 'street_staff', unitId: street.id },
    ...(team
      ? [
          {
            username: 'dept',
            displayName: '职能部门 赵磊',
            role: 'department_staff' as const,
            unitId: team.streetId ?? org.districtUnitId,
            departmentId: team.id,
          },
        ]
      : []),
    { username: 'head', displayName: '居委会书记 周丽', role: 'committee_head', unitId: committee },
    { username: 'worker', displayName: '社工 王芳', role: 'committee_worker', unitId: committee },
    { username: 'worker2', displayName: '社工 刘洋', role: 'committee_worker', unitId: otherCommittee },
    { username: 'grid', displayName: '网格员 孙杰', role: 'grid_worker', unitId: street.id, gridId: grid },
    { username: 'leader', displayName: '楼组长 吴建国', role: 'building_leader', unitId: house.buildingId },
    { username: 'resident', displayName: '居民 张秀英', role: 'resident', unitId: house.id },
    { username: 'newcomer', displayName: '注册居民 陈晨', role: 'unbound_resident', unitId: org.districtUnitId },
    { username: 'org', displayName: '社会组织 郑慧', role: 'organisation', unitId: org.districtUnitId },
    { username: 'evaluator', displayName: '第三方评估 冯涛', role: 'evaluator', unitId: org.districtUnitId },
  ];
  const hash = await hashPassword(DEMO_PASSWORD);
  const out: DemoAccount[] = [];
  for (const p of plan) {
    if (await repo.findByUsername(db, p.username)) continue;
    const user = await repo.insertUser(db, {
      district_id: ctx.districtId,
      username: p.username,
      display_name: p.displayName,
      password_hash: hash,
      must_change_password: false,
      is_demo: true,
    });
    await repo.insertPosition(db, {
      district_id: ctx.districtId,
      user_id: user.id,
      role: p.role,
      unit_id: p.unitId,
      department_id: p.departmentId ?? null,
      grid_id: p.gridId ?? null,
    });
    out.push({ username: p.username, displayName: p.displayName, role: p.role, where: await name(p.unitId) });
  }
  ctx.log(`accounts: ${out.length} demo accounts`);
  return out;
}
