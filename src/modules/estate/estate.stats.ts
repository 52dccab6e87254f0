import { sql } from 'kysely';
import type { Core } from '../../platform/core.js';
import { todayInShanghai } from '../../platform/time.js';

/** Counts for the seeding summary and the district's figures. */
export async function estateStats(core: Core, districtId: number): Promise<Record<string, number>> {
  const today = todayInShanghai();
  const r = await sql<{ companies: number; contracts: number; active: number; committees: number; members: number }>`
    select (select count(*)::int from property_company where district_id = ${districtId}) as companies,
           (select count(*)::int from property_contract where district_id = ${districtId}) as contracts,
           (select count(*)::int from property_contract where district_id = ${districtId} and start_date <= ${today}::date and end_date >= ${today}::date) as active,
           (select count(*)::int from owners_committee where district_id = ${districtId}) as committees,
           (select count(*)::int from owners_committee_member m join owners_committee_term t on t.id = m.term_id
             where m.district_id = ${districtId} and t.status = 'current' and m.until is null) as members`.execute(core.db);
  const row = r.rows[0]!;
  return {
    'estate.propertyCompanies': row.companies,
    'estate.propertyContracts': row.contracts,
    'estate.propertyContractsInForce': row.active,
    'estate.ownersCommittees': row.committees,
    'estate.ownersCommitteeMembersInOffice': row.members,
  };
}
