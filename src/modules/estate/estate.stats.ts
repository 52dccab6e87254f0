import type { Core } from '../../platform/core.js';
import { todayInShanghai } from '../../platform/time.js';
import { countsOf } from './stats.repository.js';

/** Counts for the seeding summary and the district's figures. */
export async function estateStats(core: Core, districtId: number): Promise<Record<string, number>> {
  const row = await countsOf(core.db, districtId, todayInShanghai());
  return {
    'estate.propertyCompanies': row.companies,
    'estate.propertyContracts': row.contracts,
    'estate.propertyContractsInForce': row.active,
    'estate.ownersCommittees': row.committees,
    'estate.ownersCommitteeMembersInOffice': row.members,
  };
}
