import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

export interface PlaceMatch {
  id: number;
  type: 'street' | 'committee' | 'compound' | 'building';
  name: string;
  path: string;
  /** The unit it lies in (a building's compound, a compound's committee). */
  within: string | null;
  /** A compound's address (弄/号), its own or, for a building, its compound's. */
  address: string | null;
  /** The committee a compound or building is in, which tells apart compounds of one name. */
  committee: string | null;
}

/**
 * Live streets, committees, compounds and buildings of a district whose words hold every token: a unit's name, a
 * compound's address, and for a building its compound's name and address too, so that '锦绣苑 12号楼' and
 * '长乐路100弄' both find it. Houses are never searched. Exact and leading matches first, then compounds,
 * buildings, committees and streets, shorter names first.
 */
export async function searchPlaces(db: Db, districtId: number, text: string, tokens: string[], limit: number): Promise<PlaceMatch[]> {
  const words = sql`lower(concat_ws(' ', case when u.type = 'building' then p.name end, coalesce(u.attributes->>'address', case when u.type = 'building' then p.attributes->>'address' end), u.name))`;
  const all = sql.join(
    tokens.map((t) => sql`strpos(${words}, ${t.toLowerCase()}) > 0`),
    sql` and `,
  );
  const r = await sql<PlaceMatch>`
    select u.id, u.type, u.name, u.path, case when u.type <> 'street' then p.name end as within,
      case when u.type in ('compound', 'building') then coalesce(u.attributes->>'address', case when u.type = 'building' then p.attributes->>'address' end) end as address,
      case when u.type in ('compound', 'building') then c.name end as committee
    from unit u join unit p on p.id = u.parent_id
      -- A path runs district/street/committee/…: its third id is the committee.
      left join unit c on c.id = nullif(split_part(u.path, '/', 4), '')::int
    where u.district_id = ${districtId} and u.type in ('street', 'committee', 'compound', 'building') and u.retired_at is null and p.retired_at is null
      and ${all}
    order by u.name = ${text} desc, strpos(u.name, ${text}) = 1 desc,
      case u.type when 'compound' then 0 when 'building' then 1 when 'committee' then 2 else 3 end, length(u.name), u.id
    limit ${limit}`.execute(db);
  return r.rows;
}
