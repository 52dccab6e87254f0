import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

export interface RuleTag {
  code: string;
  kind: 'age' | 'ageAlone';
  min: number;
  max?: number;
}

/**
 * Brings rule-computed tags in line with the data, for some houses or a whole district, in SQL so that a
 * district of a million people is one pass per rule. Tags set by hand or by import are left alone.
 * Returns the persons whose tags changed.
 */
export async function recomputeRuleTags(db: Db, districtId: number, rules: RuleTag[], today: string, houses?: number[] | { table: string }): Promise<number[]> {
  const changed = new Set<number>();
  // A few houses by id; a whole import's houses from the table that holds them.
  const houseSet = (column: string) =>
    !houses
      ? sql``
      : Array.isArray(houses)
        ? sql`and ${sql.ref(column)} = any(${sql.val(houses)}::int[])`
        : sql`and ${sql.ref(column)} in (select house_id from ${sql.table(houses.table)})`;
  const inHouses = houseSet('p.house_id');
  // Each rule's wanted set goes into a small indexed table first: comparing a million people against a
  // million tags through a subquery the planner misjudges (fresh rows, no statistics) can take hours.
  await sql`create temp table if not exists rule_desired (person_id int primary key)`.execute(db);
  for (const rule of rules) {
    // Living alone: the only person of the house who actually lives there (人户分离 do not count).
    const alone =
      rule.kind === 'ageAlone'
        ? sql`and p.residence <> 'registered_away' and p.house_id in (
                select q.house_id from person q where q.district_id = ${districtId} and q.residence <> 'registered_away' and q.house_id is not null
                ${houseSet('q.house_id')}
                group by q.house_id having count(*) = 1)`
        : sql``;
    await sql`truncate rule_desired`.execute(db);
    await sql`insert into rule_desired (person_id)
              select p.id from person p where p.district_id = ${districtId} ${inHouses} and p.departed is null
              and ${ageMatches(rule, today, sql`p.birth_date`)} ${alone}`.execute(db);
    await sql`analyze rule_desired`.execute(db);
    // The active-tag unique index decides what is new: no anti-join for the planner to misjudge.
    const added = await sql<{ person_id: number }>`
      insert into person_tag (district_id, person_id, tag_code, source, start_date)
      select ${districtId}::int, d.person_id, ${rule.code}, 'rule', ${today}::date from rule_desired d
      on conflict (person_id, tag_code) where end_date is null do nothing
      returning person_id`.execute(db);
    if (added.rows.length > 10_000) await sql`analyze person_tag`.execute(db);
    const scopeOfEnd = houses ? sql`and t.person_id in (select p.id from person p where p.district_id = ${districtId} ${inHouses})` : sql``;
    const ended = await sql<{ person_id: number }>`
      update person_tag t set end_date = ${today}::date
      where t.district_id = ${districtId} and t.tag_code = ${rule.code} and t.source = 'rule' and t.end_date is null ${scopeOfEnd}
        and not exists (select 1 from rule_desired d where d.person_id = t.person_id)
      returning person_id`.execute(db);
    for (const r of [...added.rows, ...ended.rows]) changed.add(r.person_id);
  }
  return [...changed];
}

/**
 * The rule tags a person gets, as an SQL array in code order, from their birth date and whether they live
 * alone: the same conditions as `recomputeRuleTags`, for rows not stored yet (an import tags as it inserts).
 */
export function ruleTagArray(rules: RuleTag[], today: string, row: { birthDate: RawBuilder<unknown>; livesAlone: RawBuilder<unknown> }) {
  const sorted = [...rules].sort((a, b) => a.code.localeCompare(b.code));
  if (!sorted.length) return sql`'{}'::text[]`;
  const cases = sorted.map((rule) => {
    const alone = rule.kind === 'ageAlone' ? sql`and ${row.livesAlone}` : sql``;
    return sql`case when ${ageMatches(rule, today, row.birthDate)} ${alone} then ${rule.code} end`;
  });
  return sql`array_remove(array[${sql.join(cases)}]::text[], null)`;
}

/** A rule's age band on a birth date: at least `min` years old today, and younger than `max + 1` if it has one. */
function ageMatches(rule: RuleTag, today: string, birthDate: RawBuilder<unknown>) {
  const max = rule.max === undefined ? sql`` : sql`and ${birthDate} > (${today}::date - make_interval(years => ${rule.max + 1}))::date`;
  return sql`${birthDate} <= (${today}::date - make_interval(years => ${rule.min}))::date ${max}`;
}
