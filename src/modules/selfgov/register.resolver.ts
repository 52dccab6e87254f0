import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { badRequest } from '../../platform/errors.js';
import { unitIdsWithin } from '../org/index.js';
import { householdMembersOf, houseOwnersOf } from '../people/index.js';
import { ownersRegister } from './vote.register.js';
import type { VoteRow } from './vote.repository.js';

export interface DrawnRegister {
  rows: Array<{ voterKey: string; houseId: number; areaCenti: number | null }>;
  electors: Array<{ personId: number; voterKey: string }>;
  voters: number;
}

/**
 * The register of a vote as the houses, owners and households under its unit stand now: owners with their
 * floor areas for an owners' vote, one voter per household otherwise. Refused when it cannot be counted.
 */
export async function drawRegister(db: Kysely<Database>, vote: Pick<VoteRow, 'district_id' | 'unit_path' | 'eligibility'>): Promise<DrawnRegister> {
  const scope = { all: false, districtId: vote.district_id, paths: [vote.unit_path], departmentId: null, gridId: null };
  const houseIds = (await unitIdsWithin(db, scope, { type: 'house', live: true }).execute()).map((h) => h.id);
  let rows: DrawnRegister['rows'];
  let electors: DrawnRegister['electors'];
  if (vote.eligibility === 'owners') {
    const houses = await houseOwnersOf(db, houseIds);
    const missing = houses.filter((h) => h.areaM2 === null || !/^\d+(\.\d+)?$/.test(h.areaM2.trim()));
    if (missing.length) {
      throw badRequest('SELFGOV_VOTE_AREA_MISSING', {
        count: missing.length,
        houses: missing
          .slice(0, 5)
          .map((h) => h.houseId)
          .join(', '),
      });
    }
    const register = ownersRegister(houses);
    rows = register.parts.map((p) => ({ voterKey: p.ownerKey, houseId: p.partId, areaCenti: p.areaCenti }));
    electors = register.electors;
  } else {
    const members = await householdMembersOf(db, houseIds);
    const houseOf = new Map<number, number>();
    const byPerson = new Map<number, string>();
    for (const m of members) {
      houseOf.set(m.household_id, m.house_id);
      // A person listed in two households votes with the first only: one ballot per person as well.
      if (!byPerson.has(m.person_id)) byPerson.set(m.person_id, `household:${m.household_id}`);
    }
    rows = [...houseOf].map(([household, houseId]) => ({ voterKey: `household:${household}`, houseId, areaCenti: null }));
    electors = [...byPerson].map(([personId, voterKey]) => ({ personId, voterKey }));
  }
  const voters = new Set(rows.map((r) => r.voterKey)).size;
  if (!voters || !electors.length) {
    const who = vote.eligibility === 'owners' ? { whoZh: '业主', whoEn: 'owners' } : { whoZh: '住户', whoEn: 'households' };
    throw badRequest('SELFGOV_VOTE_REGISTER_EMPTY', who);
  }
  return { rows, electors, voters };
}
