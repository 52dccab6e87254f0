import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { SELFGOV } from './selfgov.policy.js';
import { openMeeting } from './meeting.guard.js';
import * as repo from './meeting.repository.js';

/** A meeting's minutes: drafted and redrafted by the recorder, then approved, after which they are locked. */
export class MinutesService {
  constructor(private readonly core: Core) {}

  async draft(actor: Actor, meetingId: number, text: string) {
    this.core.assert(actor, SELFGOV.meet);
    const minutes = text.trim();
    if (!minutes) throw badRequest('SELFGOV_MINUTES_EMPTY');
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, meetingId);
      if (meeting.minutes_status === 'approved') throw conflict('SELFGOV_MINUTES_LOCKED');
      const after = await repo.update(w.db, meeting.id, { minutes, minutes_status: 'draft' });
      await w.audit({
        action: 'selfgov.minutes.draft',
        targetType: 'selfgov_meeting',
        targetId: meeting.id,
        districtId: meeting.district_id,
        unitPath: meeting.unit_path,
        summary: { before: meeting.minutes, after: minutes },
      });
      return after;
    });
  }

  async approve(actor: Actor, meetingId: number) {
    this.core.assert(actor, SELFGOV.approveMinutes);
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, meetingId);
      if (meeting.minutes_status === 'approved') throw conflict('SELFGOV_MINUTES_LOCKED');
      if (meeting.minutes_status !== 'draft') throw conflict('SELFGOV_MINUTES_NOT_DRAFTED');
      const after = await repo.update(w.db, meeting.id, {
        minutes_status: 'approved',
        minutes_approved_by: actor.userId || null,
        minutes_approved_at: new Date(),
      });
      await w.audit({
        action: 'selfgov.minutes.approve',
        targetType: 'selfgov_meeting',
        targetId: meeting.id,
        districtId: meeting.district_id,
        unitPath: meeting.unit_path,
        summary: { minutes: meeting.minutes },
      });
      return after;
    });
  }
}
