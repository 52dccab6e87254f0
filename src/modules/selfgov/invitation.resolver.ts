import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/scope.js';
import type { SelfgovTables } from './selfgov.schema.js';
import type { MeetingType } from './meeting-type.catalog.js';
import { POSITION_ROLES } from './invitee.roles.js';
import { newSignInCode } from './sign-in.code.js';
import { holdersWithin } from './invitee.repository.js';
import type { MeetingRow } from './meeting.repository.js';

type InviteeInsert = Insertable<SelfgovTables['selfgov_invitee']>;

/**
 * The invitees of a new meeting, from its type's roles within the meeting's unit: the people holding a position
 * of a role accounts know, each once with a sign-in code of their own; a group to be filled by name for a role no
 * account holds yet, or one nobody holds in this unit.
 */
export async function inviteesFor(db: Kysely<Database>, meeting: MeetingRow, type: MeetingType): Promise<InviteeInsert[]> {
  const within: Scope = { all: false, districtId: meeting.district_id, paths: [meeting.unit_path], departmentId: null, gridId: null };
  const rows: InviteeInsert[] = [];
  const invited = new Set<number>();
  const codes = new Set<string>();
  for (const roleKey of type.invitees) {
    const holders = await holdersWithin(db, within, POSITION_ROLES[roleKey] ?? []);
    const fresh = holders.filter((h) => !invited.has(h.user_id));
    if (!holders.length) {
      rows.push({ meeting_id: meeting.id, role_key: roleKey, is_group: true, user_id: null, name: null, sign_in_code: null });
      continue;
    }
    for (const h of fresh) {
      invited.add(h.user_id);
      const code = newSignInCode(codes);
      codes.add(code);
      rows.push({ meeting_id: meeting.id, role_key: roleKey, is_group: false, user_id: h.user_id, name: h.name, sign_in_code: code });
    }
  }
  return rows;
}
