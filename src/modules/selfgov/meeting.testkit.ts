import type { Core } from '../../platform/core.js';
import { putCatalog } from '../../platform/catalog.js';
import { loadProfile } from '../../platform/profiles.js';
import { MEETING_TYPES } from './meeting-type.catalog.js';

/** Gives a factory district a profile's meeting types, as the start copies them into a district of that profile. */
export async function giveMeetingTypes(core: Core, districtId: number, profile = 'jingan') {
  const c = loadProfile(profile, core.config.profilesDir).catalogs.find((x) => x.name === MEETING_TYPES);
  if (!c) throw new Error(`profile ${profile} has no ${MEETING_TYPES}`);
  await putCatalog(core.db, districtId, c);
  return c;
}
