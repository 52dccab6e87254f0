import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/scope.js';
import { contains, startsWith } from '../../platform/db/like.js';
import { unitIdsInScope } from '../org/index.js';
import type { CommitteeState, ServiceState } from './estate.rules.js';

type Db = Kysely<Database>;

export interface CompoundQuery {
  /** A unit inside the scope (a street or committee) to narrow to, by its path. */
  within?: string;
  q?: string;
  state?: 'attention' | 'contractExpiring' | 'contractExpired' | 'noContract' | 'termExpired' | 'noOwnersCommittee';
  sort: 'name' | 'contractEnd' | 'termEnd';
  today: string;
  /** The last day a contract may end on without a warning being due. */
  warnUntil: string;
  limit: number;
  offset: number;
}

export interface CompoundSummaryRow {
  id: number;
  district_id: number;
  name: string;
  code: string | null;
  parent_id: number;
  path: string;
  housing_type: string | null;
  contract_id: number | null;
  company_id: number | null;
  company_name: string | null;
  contract_start: string | null;
  contract_end: string | null;
  lapsed_on: string | null;
  committee_id: number | null;
  term_id: number | null;
  term_number: number | null;
  term_end: string | null;
  service_state: ServiceState;
  committee_state: CommitteeState;
  total: number;
}

/**
 * The compounds a scope reaches, through the org module's scoped unit query narrowed to live compounds: the
 * territory stays the org module's, its scope rule is applied where it is kept.
 */
export function compoundsInScope(db: Db, scope: Scope, within?: string, q?: string) {
  let b = unitIdsInScope(db, scope)
    .where('unit.type', '=', 'compound')
    .where('unit.retired_at', 'is', null)
    .select([
      'unit.district_id',
      'unit.name',
      'unit.code',
      'unit.parent_id',
      'unit.path',
      sql<string | null>`unit.attributes->>'housingType'`.as('housing_type'),
    ]);
  if (within) b = b.where('unit.path', 'like', startsWith(within));
  if (q) b = b.where('unit.name', 'like', contains(q));
  return b;
}

const STATE_FILTER: Record<NonNullable<CompoundQuery['state']>, RawBuilder<boolean>> = {
  attention: sql<boolean>`(f.service_state in ('expiring','expired','none') or f.committee_state <> 'current')`,
  contractExpiring: sql<boolean>`f.service_state = 'expiring'`,
  contractExpired: sql<boolean>`f.service_state = 'expired'`,
  noContract: sql<boolean>`f.service_state = 'none'`,
  termExpired: sql<boolean>`f.committee_state = 'expired'`,
  noOwnersCommittee: sql<boolean>`f.committee_state = 'none'`,
};

const ORDER: Record<CompoundQuery['sort'], RawBuilder<unknown>> = {
  name: sql`f.parent_id, f.name, f.id`,
  contractEnd: sql`coalesce(f.contract_end, f.lapsed_on) nulls first, f.name, f.id`,
  termEnd: sql`f.term_end nulls first, f.name, f.id`,
};

/**
 * Compounds with today's property contract, owners' committee term and the states derived from them (the same
 * rules as estate.rules serviceState / committeeState, in SQL so that a state can filter and page).
 */
export async function listSummaries(db: Db, scope: Scope, q: CompoundQuery): Promise<{ items: CompoundSummaryRow[]; total: number }> {
  const compounds = compoundsInScope(db, scope, q.within, q.q);
  const where = q.state ? sql`where ${STATE_FILTER[q.state]}` : sql``;
  const r = await sql<CompoundSummaryRow>`
    with c as (${compounds}),
    s as (
      select c.*, cur.id as contract_id, cur.company_id, cur.start_date as contract_start, cur.end_date as contract_end,
             (select max(p.end_date) from property_contract p where p.compound_id = c.id and p.end_date < ${q.today}::date) as lapsed_on,
             exists (select 1 from property_contract u where u.compound_id = c.id and u.start_date > ${q.today}::date) as has_upcoming,
             oc.id as committee_id, t.id as term_id, t.term_number, t.end_date as term_end
      from c
      left join lateral (
        select k.id, k.company_id, k.start_date, k.end_date from property_contract k
        where k.compound_id = c.id and k.start_date <= ${q.today}::date and k.end_date >= ${q.today}::date
        order by k.start_date desc limit 1
      ) cur on true
      left join owners_committee oc on oc.compound_id = c.id
      left join owners_committee_term t on t.committee_id = oc.id and t.status = 'current'
    ),
    f as (
      select s.*,
             case when s.contract_id is not null then
                    case when s.contract_end <= ${q.warnUntil}::date and not s.has_upcoming then 'expiring' else 'active' end
                  when s.has_upcoming then 'upcoming'
                  when s.lapsed_on is not null then 'expired'
                  else 'none' end as service_state,
             case when s.term_id is null then 'none' when s.term_end < ${q.today}::date then 'expired' else 'current' end as committee_state
      from s
    )
    select f.id, f.district_id, f.name, f.code, f.parent_id, f.path, f.housing_type, f.contract_id, f.company_id, pc.name as company_name,
           f.contract_start, f.contract_end, f.lapsed_on, f.committee_id, f.term_id, f.term_number, f.term_end,
           f.service_state, f.committee_state, count(*) over ()::int as total
    from f left join property_company pc on pc.id = f.company_id
    ${where}
    order by ${ORDER[q.sort]}
    limit ${q.limit} offset ${q.offset}`.execute(db);
  if (r.rows.length || q.offset === 0) return { items: r.rows, total: r.rows[0]?.total ?? 0 };
  // Past the last page the window has no row to ride on: the first row of the first page carries the total.
  return { items: [], total: (await listSummaries(db, scope, { ...q, limit: 1, offset: 0 })).total };
}
