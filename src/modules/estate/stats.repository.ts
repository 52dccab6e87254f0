import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/** A district's estate records counted in one round trip: companies, contracts (and those in force on a day), committees, members in office. */
export async function countsOf(db: Kysely<Database>, districtId: number, today: string) {
  const r = await sql<{ companies: number; contracts: number; active: number; committees: number; members: number }>`
    select (select count(*)::int from property_company where district_id = ${districtId}) as companies,
           (select count(*)::int from property_contract where district_id = ${districtId}) as contracts,
           (select count(*)::int from property_contract where district_id = ${districtId} and start_date <= ${today}::date and end_date >= ${today}::date) as active,
           (select count(*)::int from owners_committee where district_id = ${districtId}) as committees,
           (select count(*)::int from owners_committee_member m join owners_committee_term t on t.id = m.term_id
             where m.district_id = ${districtId} and t.status = 'current' and m.until is null) as members`.execute(db);
  return r.rows[0]!;
}
