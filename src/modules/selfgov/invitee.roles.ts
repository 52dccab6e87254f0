import type { RoleId } from '../../platform/roles.js';

/**
 * The invitee roles of the meeting types that accounts already hold as positions, with the account roles that
 * hold them. Those invitees are found by position within the meeting's unit; every other role (residents'
 * representatives, owners' committee, property company, units in the area …) has no account role yet and is
 * invited as a group the worker fills by name.
 */
export const POSITION_ROLES: Readonly<Record<string, readonly RoleId[]>> = {
  committee: ['committee_head', 'committee_worker'],
  buildingLeaders: ['building_leader'],
  streetOffice: ['street_staff'],
};
