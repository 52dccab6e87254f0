import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { startsWith } from '../../platform/db/like.js';

type Db = Kysely<Database>;

/** Per committee under a path: persons, houses with residents, missing phones, stale records. */
export async function qualityByCommittee(db: Db, within: string, today: string) {
  const r = await sql<{ committee_path: string; persons: number; matched_houses: number; without_phone: number; stale: number; away: number }>`
    select substring(p.unit_path from '^(/[0-9]+/[0-9]+/[0-9]+/)') as committee_path,
           count(*)::int as persons,
           count(distinct p.house_id)::int as matched_houses,
           count(*) filter (where p.phone_enc is null)::int as without_phone,
           count(*) filter (where p.updated_at < ${today}::date - interval '365 days'
                              and not exists (select 1 from house_info hi where hi.house_id = p.house_id and hi.last_visited_at >= ${today}::date - interval '365 days'))::int as stale,
           count(*) filter (where p.residence = 'registered_away')::int as away
    from person p
    where p.unit_path like ${startsWith(within)} and p.departed is null
    group by 1`.execute(db);
  return r.rows;
}
