import type { DemoContext } from '../../platform/module.js';
import { liveUnitById, type OrgAnchors } from '../org/index.js';
import * as repo from './topic.repository.js';
import { seedMeetings } from './meeting.demo.js';
import { seedVotes } from './vote.demo.js';

/** Titles of the demo's topics, spread over the committees. */
export const DEMO_TITLES = [
  '老旧多层住宅加装电梯',
  '垃圾分类定时定点投放',
  '小区停车位规划与收费',
  '楼道堆物清理与消防通道',
  '口袋公园微更新方案',
  '非机动车充电棚建设',
];

/** A few topics in every committee of the demo district, so that each page has something to show. */
export async function seedSelfgov(ctx: DemoContext) {
  const org = ctx.shared.org as OrgAnchors;
  const rows = [];
  for (const [i, committeeId] of org.committees.entries()) {
    const unit = await liveUnitById(ctx.core.db, committeeId);
    if (!unit) continue;
    for (let k = 0; k < 2; k++) {
      const title = DEMO_TITLES[(i * 2 + k) % DEMO_TITLES.length]!;
      rows.push({ district_id: ctx.districtId, unit_id: unit.id, unit_path: unit.path, title, body: null, created_by: null });
    }
  }
  const inserted = await repo.insertMany(ctx.core.db, rows);
  ctx.log(`议题 / topics: ${rows.length}`);
  const byCommittee = new Map<number, number[]>();
  for (const r of inserted) byCommittee.set(r.unit_id, [...(byCommittee.get(r.unit_id) ?? []), r.id]);
  await seedMeetings(ctx, byCommittee);
  await seedVotes(ctx);
}
