import type { DemoContext } from '../../platform/module.js';
import { liveUnitById } from '../org/index.js';
import { loadMeetingTypes } from './meeting-type.catalog.js';
import { inviteesFor } from './invitation.resolver.js';
import * as meetings from './meeting.repository.js';
import * as invitees from './invitee.repository.js';

/**
 * One meeting in every committee that has topics, of the district's first committee meeting type (a hearing
 * in the Shanghai profiles, a residents' concerns forum in Shangcheng), with the committee's topics on its agenda.
 */
export async function seedMeetings(ctx: DemoContext, topicsByCommittee: Map<number, number[]>) {
  const { types } = await loadMeetingTypes(ctx.core.db, ctx.districtId);
  const type = types.find((t) => t.level === 'committee' && t.kind === 'meeting');
  if (!type) return;
  let count = 0;
  for (const [committeeId, topicIds] of topicsByCommittee) {
    const unit = await liveUnitById(ctx.core.db, committeeId);
    if (!unit) continue;
    const day = 1 + Math.floor(ctx.random() * 28);
    const meeting = await meetings.insert(ctx.core.db, {
      district_id: ctx.districtId,
      unit_id: unit.id,
      unit_path: unit.path,
      type_code: type.code,
      type_snapshot: JSON.stringify(type),
      title: `${unit.name}${type.name.zh}`,
      starts_at: new Date(Date.UTC(2026, 2, day, 6, 0)),
      mode: 'in_person',
      place: `${unit.name}会议室`,
      online_url: null,
      created_by: null,
    });
    for (const topicId of topicIds)
      await meetings.appendAgendaItem(ctx.core.db, { meeting_id: meeting.id, topic_id: topicId, presenter: null, starts_at: null, minutes: null });
    await invitees.insertMany(ctx.core.db, await inviteesFor(ctx.core.db, meeting, type));
    count++;
  }
  ctx.log(`会议 / meetings: ${count}`);
}
