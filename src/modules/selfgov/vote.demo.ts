import { createHash } from 'node:crypto';
import type { DemoContext } from '../../platform/module.js';
import { seededRandom } from '../../platform/demo.js';
import { AppError } from '../../platform/errors.js';
import { liveUnitById, type OrgAnchors } from '../org/index.js';
import { drawRegister } from './register.resolver.js';
import { OWNERS_OPTIONS } from './vote.service.js';
import * as repo from './vote.repository.js';

/**
 * A published owners' vote on adding an elevator in the compound of each committee's first house (the demo
 * resident's among them), with about three owners in four taking part, most in favour: the vote pages and the
 * result have something to show.
 */
export async function seedVotes(ctx: DemoContext) {
  const org = ctx.shared.org as OrgAnchors;
  const compounds = [...new Set(org.committees.map((c) => org.houses.find((h) => h.committeeId === c)?.compoundId).filter((id): id is number => !!id))];
  // A stream of its own, so the votes do not shift what modules seeded after this one draw.
  const random = seededRandom(278);
  let count = 0;
  for (const compoundId of compounds) {
    const unit = await liveUnitById(ctx.core.db, compoundId);
    if (!unit) continue;
    const vote = { district_id: ctx.districtId, unit_path: unit.path, eligibility: 'owners' as const };
    const register = await drawRegister(ctx.core.db, vote).catch((e) => {
      // A compound whose register cannot be counted (an area missing) holds no demo vote, as it could hold no real one.
      if (e instanceof AppError) return null;
      throw e;
    });
    if (!register) continue;
    const row = await repo.insert(ctx.core.db, {
      ...vote,
      unit_id: unit.id,
      question: `${unit.name}加装电梯（民法典第二百七十八条）`,
      options: JSON.stringify(OWNERS_OPTIONS),
      kind: 'owners278',
      matter: 'major',
      quorum_num: null,
      quorum_den: null,
      majority: null,
      secret: true,
      opens_at: new Date(Date.UTC(2026, 2, 1, 0, 0)),
      closes_at: new Date(Date.UTC(2026, 2, 15, 10, 0)),
      status: 'published',
      electors: register.voters,
      created_by: null,
      opened_at: new Date(Date.UTC(2026, 2, 1, 0, 0)),
      closed_at: new Date(Date.UTC(2026, 2, 15, 10, 0)),
      published_at: new Date(Date.UTC(2026, 2, 16, 2, 0)),
      validated_by: null,
      validator_name: `${unit.name}业主大会监票小组`,
    });
    await repo.insertRegister(ctx.core.db, row.id, register.rows, register.electors);
    const ballots = [];
    for (const voterKey of new Set(register.rows.map((r) => r.voterKey))) {
      if (random() >= 0.76) continue;
      const r = random();
      ballots.push({ voterKey, choice: r < 0.82 ? 0 : r < 0.93 ? 1 : 2 });
    }
    await repo.insertDemoBallots(
      ctx.core.db,
      row.id,
      ballots.map((b) => ({ ...b, receipt: createHash('sha256').update(`${row.id}|${b.voterKey}|${b.choice}|${random()}`).digest('hex').slice(0, 16) })),
    );
    count++;
  }
  ctx.log(`投票 / votes: ${count}`);
}
