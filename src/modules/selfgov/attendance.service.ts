import type { Core, Work } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { SELFGOV } from './selfgov.policy.js';
import { openMeeting } from './meeting.guard.js';
import { loadMeetingTypes } from './meeting-type.catalog.js';
import { newSignInCode, normaliseSignInCode } from './sign-in.code.js';
import * as invitees from './invitee.repository.js';

/**
 * Who comes to a meeting: the worker validates an invitee's sign-in code, or marks one without a phone as
 * present, and fills the invitee groups by name. Each sign-in is audited; nobody signs in twice.
 */
export class AttendanceService {
  constructor(private readonly core: Core) {}

  async signInByCode(actor: Actor, meetingId: number, typed: string) {
    this.core.assert(actor, SELFGOV.meet);
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, meetingId);
      const code = normaliseSignInCode(typed);
      const invitee = code ? await invitees.findByCode(w.db, meeting.id, code) : undefined;
      if (!invitee) throw badRequest('SELFGOV_SIGN_IN_CODE_UNKNOWN', { code: typed.trim().slice(0, 12) });
      return this.present(w, actor, meeting, invitee, 'code');
    });
  }

  async markPresent(actor: Actor, meetingId: number, inviteeId: number) {
    this.core.assert(actor, SELFGOV.meet);
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, meetingId);
      const invitee = await invitees.findOfMeeting(w.db, meeting.id, inviteeId);
      if (!invitee) throw notFound('invitee');
      if (invitee.is_group) {
        const label = await this.roleLabel(w.db, meeting.district_id, invitee.role_key);
        throw badRequest('SELFGOV_INVITEE_GROUP', { roleZh: label?.zh ?? invitee.role_key, roleEn: label?.en ?? invitee.role_key });
      }
      return this.present(w, actor, meeting, invitee, 'worker');
    });
  }

  /** A person of an invitee role named by the worker (a residents' representative, the property company's manager …). */
  async addByName(actor: Actor, meetingId: number, input: { roleKey: string; name: string }) {
    this.core.assert(actor, SELFGOV.meet);
    const name = input.name.trim();
    if (!name) throw badRequest('SELFGOV_INVITEE_NAME_EMPTY');
    return this.core.mutate(actor, async (w) => {
      const meeting = await openMeeting(w.db, actor, meetingId);
      const type = meeting.type_snapshot;
      if (!type.invitees.includes(input.roleKey))
        throw badRequest('SELFGOV_INVITEE_ROLE_UNKNOWN', { typeZh: type.name.zh, typeEn: type.name.en, role: input.roleKey });
      const row = await invitees.insert(w.db, {
        meeting_id: meeting.id,
        role_key: input.roleKey,
        is_group: false,
        user_id: null,
        name,
        sign_in_code: newSignInCode(await invitees.codesOf(w.db, meeting.id)),
      });
      await w.audit({
        action: 'selfgov.meeting.invite',
        targetType: 'selfgov_meeting',
        targetId: meeting.id,
        districtId: meeting.district_id,
        unitPath: meeting.unit_path,
        summary: { invitee: row.id, role: row.role_key, name },
      });
      return row;
    });
  }

  private async present(
    w: Work,
    actor: Actor,
    meeting: { id: number; district_id: number; unit_path: string },
    invitee: invitees.InviteeRow,
    how: 'code' | 'worker',
  ) {
    if (invitee.signed_in_at) throw conflict('SELFGOV_SIGNED_IN_ALREADY', { name: invitee.name });
    const row = await invitees.markPresent(w.db, invitee.id, how, actor.userId || null);
    if (!row) throw conflict('SELFGOV_SIGNED_IN_ALREADY', { name: invitee.name });
    await w.audit({
      action: 'selfgov.meeting.signIn',
      targetType: 'selfgov_meeting',
      targetId: meeting.id,
      districtId: meeting.district_id,
      unitPath: meeting.unit_path,
      summary: { invitee: invitee.id, name: invitee.name, how },
    });
    return row;
  }

  private async roleLabel(db: Core['db'], districtId: number, roleKey: string) {
    return (await loadMeetingTypes(db, districtId)).roles[roleKey];
  }
}
