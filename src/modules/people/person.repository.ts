import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { containsPath, pathInScope, type Scope } from '../../platform/scope.js';
import { contains, startsWith } from '../../platform/db/like.js';
import type { PeopleTables } from './people.schema.js';
import { addressOf, type Address } from './person.view.js';
import { houseAddressColumns } from '../org/index.js';

type Db = Kysely<Database>;
export type PersonRow = Selectable<PeopleTables['person']>;

/** What a list shows of a person: never the sealed numbers or their hashes, which no list needs. */
export const LISTED = [
  'id',
  'name',
  'gender',
  'birth_date',
  'ethnicity',
  'nationality',
  'doc_type',
  'doc_masked',
  'phone_masked',
  'residence',
  'house_id',
  'tags',
  'departed',
  'departed_on',
  'updated_at',
] as const;
export type ListedPerson = Pick<PersonRow, (typeof LISTED)[number]>;

/** A person is reachable where they live, or where they hold a current tie to a house (an owner elsewhere). */
export function visiblePersons(db: Db, scope: Scope) {
  return db
    .selectFrom('person')
    .where((eb) =>
      eb.or([
        pathInScope(scope, 'person.unit_path'),
        eb.exists(
          eb
            .selectFrom('person_house as ph')
            .whereRef('ph.person_id', '=', 'person.id')
            .where('ph.until', 'is', null)
            .where(pathInScope(scope, 'ph.unit_path'))
            .select(sql`1`.as('x')),
        ),
      ]),
    );
}

export const findVisible = (db: Db, scope: Scope, id: number) => visiblePersons(db, scope).selectAll('person').where('person.id', '=', id).executeTakeFirst();

export const findByDocHash = (db: Db, districtId: number, hash: string) =>
  db.selectFrom('person').selectAll().where('district_id', '=', districtId).where('doc_hash', '=', hash).executeTakeFirst();

export const findByUser = (db: Db, userId: number) => db.selectFrom('person').selectAll().where('user_id', '=', userId).executeTakeFirst();

export async function namesOf(db: Db, ids: number[]) {
  const rows = ids.length ? await db.selectFrom('person').select(['id', 'name']).where('id', 'in', ids).execute() : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Binds the account to this person alone: any record it was bound to before lets go of it. */
export async function bindAccount(db: Db, personId: number, userId: number) {
  await db.updateTable('person').set({ user_id: null }).where('user_id', '=', userId).execute();
  await db.updateTable('person').set({ user_id: userId }).where('id', '=', personId).execute();
}

export const insertPerson = (db: Db, row: Insertable<PeopleTables['person']>) => db.insertInto('person').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePerson = (db: Db, id: number, patch: Partial<Insertable<PeopleTables['person']>>) =>
  db
    .updateTable('person')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export interface PersonQuery {
  /** Territory prefixes to narrow to (a unit's path, or a grid's committees), inside the caller's scope. */
  within?: string[];
  q?: string;
  /** Territory paths whose names matched q (an address): their residents match too. */
  addressPaths?: string[];
  /** All of these tags. */
  tags?: string[];
  /** Tags the caller may not see: never matched, never returned. */
  hiddenTags?: string[];
  ageMin?: number;
  ageMax?: number;
  gender?: string;
  residence?: string;
  /** No visit to their house for this many days. */
  noVisitDays?: number;
  /** Those who moved away or died instead of those living here. */
  departed?: boolean;
  today: string;
  /** Count matches up to this many (LIST_COUNT_CAP by default); an export counts up to its own limit. */
  countCap?: number;
  /** 'address': house by house in the territory's order (the ledger's order, and the cheapest to page). */
  sort: 'address' | 'name' | 'age' | 'updated';
  desc: boolean;
  limit: number;
  offset: number;
}

export async function list(db: Db, scope: Scope, q: PersonQuery) {
  // One territory condition when the narrowing lies inside the scope (a unit the caller reaches): the planner
  // multiplies the selectivities of two prefix matches on one column, misjudges a street's thousands of rows
  // as a few hundred, and counts them by bitmap and sort instead of walking the path index.
  const narrowed = q.within?.every((p) => containsPath(scope, p));
  let query = db.selectFrom('person').where(pathInScope(narrowed ? { ...scope, all: false, paths: q.within! } : scope, 'person.unit_path'));
  if (q.within && !narrowed) query = query.where(pathInScope({ ...scope, all: false, paths: q.within }, 'person.unit_path'));
  if (q.q) {
    const text = q.q.trim();
    if (/^\d{4}$/.test(text) || /^\d{3}[\dXx]$/.test(text)) {
      query = query.where((eb) => eb.or([eb('person.doc_last4', '=', text.toUpperCase()), eb('person.phone_last4', '=', text)]));
    } else if (/^[a-z]+$/i.test(text)) {
      const t = text.toLowerCase();
      query = query.where((eb) => eb.or([eb('person.name_pinyin', 'like', startsWith(t)), eb('person.name_initials', 'like', startsWith(t))]));
    } else {
      const byAddress = q.addressPaths?.length ? [pathInScope({ ...scope, all: false, paths: q.addressPaths }, 'person.unit_path')] : [];
      query = query.where((eb) => eb.or([eb('person.name', 'like', contains(text)), ...byAddress]));
    }
  }
  query = query.where('person.departed', q.departed ? 'is not' : 'is', null);
  if (q.tags?.length) query = query.where(sql<boolean>`person.tags @> ${sql.val(q.tags)}::text[]`);
  if (q.gender) query = query.where('person.gender', '=', q.gender);
  if (q.residence) query = query.where('person.residence', '=', q.residence);
  if (q.ageMin !== undefined) query = query.where('person.birth_date', '<=', sql<string>`(${q.today}::date - make_interval(years => ${q.ageMin}))::date`);
  if (q.ageMax !== undefined) query = query.where('person.birth_date', '>', sql<string>`(${q.today}::date - make_interval(years => ${q.ageMax + 1}))::date`);
  if (q.noVisitDays !== undefined) {
    query = query.where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('house_info as hi')
            .whereRef('hi.house_id', '=', 'person.house_id')
            .where('hi.last_visited_at', '>=', sql<Date>`${q.today}::date - make_interval(days => ${q.noVisitDays})`)
            .select(sql`1`.as('x')),
        ),
      ),
    );
  }
  // Age ascending means the youngest first: the latest birth date.
  const dir = (q.sort === 'age' ? !q.desc : q.desc) ? 'desc' : 'asc';
  // The territory's order is the path index's own (byte order, the ~<~ family), so that it serves the order.
  const order =
    q.sort === 'age'
      ? sql`person.birth_date ${sql.raw(dir)}`
      : q.sort === 'updated'
        ? sql`person.updated_at ${sql.raw(dir)}`
        : q.sort === 'name'
          ? sql`person.name_pinyin ${sql.raw(dir)}`
          : sql`person.unit_path using ${sql.raw(dir === 'asc' ? '~<~' : '~>~')}`;
  const byPath = sql`person.unit_path using ~<~`;
  const cap = q.countCap ?? LIST_COUNT_CAP;
  const kept = q.countCap === undefined ? keptTotal(db, scope, q) : null;
  // The page's total: exact from the kept per-committee figures when they answer it; otherwise counted up to a
  // cap, walking the path index in order (a street's tens of thousands of matches need not all be found to
  // show the first twenty).
  const counted =
    kept ??
    db
      .selectFrom(
        query
          .select(sql`1`.as('x'))
          .orderBy(byPath)
          .orderBy('person.id')
          .limit(cap + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'));
  // One round trip: the page with its houses' addresses (committee › compound › house, as addresses() gives
  // them) and its total, computed once beside it.
  const paged = await query
    .select(LISTED.map((c) => `person.${c}` as const))
    .select(houseAddressColumns('person.house_id'))
    .select(counted.as('match_count'))
    .orderBy(order)
    .orderBy('person.id', dir)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  // A page past the end has no row to carry the total.
  const n = Number(paged[0]?.match_count ?? (await db.selectNoFrom(counted.as('n')).executeTakeFirstOrThrow()).n);
  const addresses = new Map<number, Address>();
  const rows = paged.map(({ addr_house, addr_committee, addr_compound, match_count: _, ...p }) => {
    if (p.house_id !== null && addr_house !== null) addresses.set(p.house_id, addressOf(p.house_id, addr_house, addr_compound, addr_committee));
    return p as ListedPerson;
  });
  return kept !== null ? { items: rows, total: n, totalCapped: false, addresses } : { items: rows, total: Math.min(n, cap), totalCapped: n > cap, addresses };
}

/** A committee, street or district: the levels whose people the kept counts (per committee) add up. */
const committeeOrLarger = (path: string) => path.split('/').length - 2 <= 3;

/** Lists count their matches up to this many, unless the kept counts answer exactly. */
export const LIST_COUNT_CAP = 1_000;

/**
 * The exact total of a list from the counts kept per committee, when they answer it: everyone, or one tag,
 * over committees or larger units inside the caller's scope, with no other filter. Otherwise null.
 */
function keptTotal(db: Db, scope: Scope, q: PersonQuery) {
  if (
    q.departed ||
    q.q ||
    q.gender ||
    q.residence ||
    q.ageMin !== undefined ||
    q.ageMax !== undefined ||
    q.noVisitDays !== undefined ||
    (q.tags?.length ?? 0) > 1
  )
    return null;
  // Without a territory, everything the caller reaches: a whole scope of committees or more, never "all".
  const paths = q.within ?? (scope.all ? null : scope.paths);
  if (!paths) return null;
  if (!paths.every((p) => committeeOrLarger(p) && containsPath(scope, p))) return null;
  return db
    .selectFrom('person_tag_count')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), sql<number>`0`).as('n'))
    .where('tag_code', '=', q.tags?.[0] ?? '*')
    .where((eb) => eb.or(paths.map((p) => eb('committee_path', 'like', startsWith(p)))));
}

export const housesOf = (db: Db, personId: number) =>
  db.selectFrom('person_house').selectAll().where('person_id', '=', personId).where('until', 'is', null).orderBy('id').execute();

export const activeTags = (db: Db, personId: number) =>
  db.selectFrom('person_tag').selectAll().where('person_id', '=', personId).where('end_date', 'is', null).orderBy('tag_code').execute();

export const householdsOf = (db: Db, personId: number) =>
  db
    .selectFrom('household_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .select(['h.id', 'h.house_id', 'h.head_person_id', 'm.relation_to_head'])
    .where('m.person_id', '=', personId)
    .where('h.dissolved_at', 'is', null)
    .execute();

/** Everyone tied to a house: residents and those with a relation to it. */
export async function peopleOfHouse(db: Db, houseId: number) {
  return db
    .selectFrom('person')
    .leftJoin('person_house as ph', (j) => j.onRef('ph.person_id', '=', 'person.id').on('ph.house_id', '=', houseId).on('ph.until', 'is', null))
    .selectAll('person')
    .select(['ph.relation', 'ph.since'])
    .where((eb) => eb.or([eb('person.house_id', '=', houseId), eb('ph.house_id', '=', houseId)]))
    .orderBy('person.birth_date')
    .execute();
}

export const householdsOfHouse = (db: Db, houseId: number) =>
  db.selectFrom('household').selectAll().where('house_id', '=', houseId).where('dissolved_at', 'is', null).orderBy('id').execute();

export const membersOf = (db: Db, householdIds: number[]) =>
  householdIds.length ? db.selectFrom('household_member').selectAll().where('household_id', 'in', householdIds).execute() : Promise.resolve([]);

export const houseInfo = (db: Db, houseId: number) => db.selectFrom('house_info').selectAll().where('house_id', '=', houseId).executeTakeFirst();

export async function ensureHouseInfo(db: Db, row: { house_id: number; district_id: number; unit_path: string }) {
  await db
    .insertInto('house_info')
    .values(row)
    .onConflict((oc) => oc.column('house_id').doNothing())
    .execute();
}

export const updateHouseInfo = (db: Db, houseId: number, patch: { use?: string; area_m2?: string | null; ownership?: string | null }) =>
  db
    .updateTable('house_info')
    .set({ ...patch, updated_at: new Date() })
    .where('house_id', '=', houseId)
    .returningAll()
    .executeTakeFirstOrThrow();

export async function tieToHouse(db: Db, row: Insertable<PeopleTables['person_house']>) {
  await db
    .insertInto('person_house')
    .values(row)
    .onConflict((oc) => oc.columns(['person_id', 'house_id', 'relation']).where('until', 'is', null).doNothing())
    .execute();
}

/** True when the person lives at the house or holds an active tie to it (owner, tenant …). */
export async function livesOrTiedAt(db: Db, personId: number, houseId: number) {
  const row = await db
    .selectFrom('person')
    .select('person.id')
    .where('person.id', '=', personId)
    .where((eb) =>
      eb.or([
        eb('person.house_id', '=', houseId),
        eb.exists(
          eb
            .selectFrom('person_house as ph')
            .select('ph.id')
            .whereRef('ph.person_id', '=', 'person.id')
            .where('ph.house_id', '=', houseId)
            .where('ph.until', 'is', null),
        ),
      ]),
    )
    .executeTakeFirst();
  return !!row;
}

export async function joinHousehold(
  db: Db,
  input: {
    districtId: number;
    houseId: number;
    unitPath: string;
    personId: number;
    headPersonId: number | null;
    relationToHead: string | null;
    since: string | null;
  },
) {
  let household = await db
    .selectFrom('household')
    .selectAll()
    .where('house_id', '=', input.houseId)
    .where('dissolved_at', 'is', null)
    .where((eb) => (input.headPersonId ? eb('head_person_id', '=', input.headPersonId) : eb.val(true)))
    .orderBy('id')
    .executeTakeFirst();
  if (!household) {
    household = await db
      .insertInto('household')
      .values({ district_id: input.districtId, house_id: input.houseId, head_person_id: input.headPersonId ?? input.personId, unit_path: input.unitPath })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  await db
    .insertInto('household_member')
    .values({ household_id: household.id, person_id: input.personId, relation_to_head: input.relationToHead, since: input.since })
    .onConflict((oc) => oc.columns(['household_id', 'person_id']).doUpdateSet({ relation_to_head: input.relationToHead }))
    .execute();
  return household;
}

/** Re-derives the tags array of these persons from their active tag rows. */
export async function refreshTagArrays(db: Db, personIds: number[]) {
  if (!personIds.length) return;
  await sql`update person set tags = coalesce((select array_agg(t.tag_code order by t.tag_code) from person_tag t where t.person_id = person.id and t.end_date is null), '{}')
            where person.id = any(${sql.val(personIds)}::int[])`.execute(db);
}

export async function addTag(db: Db, row: Insertable<PeopleTables['person_tag']>) {
  const r = await db
    .insertInto('person_tag')
    .values(row)
    .onConflict((oc) => oc.columns(['person_id', 'tag_code']).where('end_date', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

export const endTag = (db: Db, personId: number, code: string, day: string) =>
  db
    .updateTable('person_tag')
    .set({ end_date: day })
    .where('person_id', '=', personId)
    .where('tag_code', '=', code)
    .where('end_date', 'is', null)
    .returning('id')
    .executeTakeFirst();

/** Re-derives every tags array of a district (after a bulk load or a full rule pass). */
export async function refreshAllTagArrays(db: Db, districtId: number) {
  await sql`update person set tags = coalesce(t.codes, '{}')
            from (select p.id, (select array_agg(x.tag_code order by x.tag_code) from person_tag x where x.person_id = p.id and x.end_date is null) as codes
                  from person p where p.district_id = ${districtId}) t
            where person.id = t.id and person.tags is distinct from coalesce(t.codes, '{}')`.execute(db);
}

/**
 * How many people under a territory path carry each tag (district-wide dashboards, committee summaries): from
 * the counts kept per committee for a committee and above, counted live below (a compound, a building).
 */
export async function tagCounts(db: Db, within: string) {
  if (committeeOrLarger(within)) {
    const kept = await sql<{ code: string; n: number }>`
      select tag_code as code, sum(n)::int as n from person_tag_count
      where committee_path like ${startsWith(within)} and tag_code <> '*' group by tag_code having sum(n) > 0 order by n desc, code`.execute(db);
    return kept.rows;
  }
  const r = await sql<{ code: string; n: number }>`
    select t.code, count(*)::int as n from person p cross join lateral unnest(p.tags) as t(code)
    where p.unit_path like ${startsWith(within)} group by t.code order by n desc, t.code`.execute(db);
  return r.rows;
}

/**
 * The current owners of houses, by house and then person, with their sealed phones: for another module's demo
 * data (owners' committees are drawn from owners).
 */
export const currentOwnersOf = (db: Db, houseIds: number[]) =>
  houseIds.length
    ? db
        .selectFrom('person_house as ph')
        .innerJoin('person as p', 'p.id', 'ph.person_id')
        .select(['ph.house_id', 'p.id', 'p.name', 'p.phone_enc', 'p.phone_masked'])
        .where('ph.house_id', 'in', houseIds)
        .where('ph.relation', '=', 'owner')
        .where('ph.until', 'is', null)
        .orderBy('ph.house_id')
        .orderBy('p.id')
        .execute()
    : Promise.resolve([]);

/**
 * Ends a person's ties to a house as of a day (they moved away from it): all of them, or all but ownership (an
 * owner who moves out still owns the house).
 */
export async function endTies(db: Db, personId: number, houseId: number, day: string, keepOwnership: boolean) {
  let q = db.updateTable('person_house').set({ until: day }).where('person_id', '=', personId).where('house_id', '=', houseId).where('until', 'is', null);
  if (keepOwnership) q = q.where('relation', '<>', 'owner');
  await q.execute();
}

/** Ends every current tie of a person (they moved away or died). */
export const endAllTies = (db: Db, personId: number, day: string) =>
  db.updateTable('person_house').set({ until: day }).where('person_id', '=', personId).where('until', 'is', null).execute();

/**
 * Takes a person out of their households (at one house, or everywhere): a household they headed keeps its
 * members without a head until one is named; one left with no member is dissolved.
 */
export async function leaveHouseholds(db: Db, personId: number, houseId?: number) {
  let q = db
    .selectFrom('household_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .select(['h.id'])
    .where('m.person_id', '=', personId)
    .where('h.dissolved_at', 'is', null);
  if (houseId !== undefined) q = q.where('h.house_id', '=', houseId);
  const ids = (await q.execute()).map((r) => r.id);
  if (!ids.length) return [];
  await db.deleteFrom('household_member').where('person_id', '=', personId).where('household_id', 'in', ids).execute();
  await db.updateTable('household').set({ head_person_id: null }).where('id', 'in', ids).where('head_person_id', '=', personId).execute();
  await db
    .updateTable('household')
    .set({ dissolved_at: new Date() })
    .where('id', 'in', ids)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('household_member as m').whereRef('m.household_id', '=', 'household.id').select(sql`1`.as('x')))))
    .execute();
  return ids;
}

/** The current household with its head, when the person is a member of it. */
export const householdOfMember = (db: Db, householdId: number, personId: number) =>
  db
    .selectFrom('household as h')
    .innerJoin('household_member as m', 'm.household_id', 'h.id')
    .select(['h.id', 'h.house_id', 'h.head_person_id', 'h.unit_path', 'h.district_id'])
    .where('h.id', '=', householdId)
    .where('m.person_id', '=', personId)
    .where('h.dissolved_at', 'is', null)
    .executeTakeFirst();

/**
 * Names the head of a household: the new head's relation to the head is 户主; the former head stays a member
 * whose relation is not known until someone records it.
 */
export async function setHead(db: Db, householdId: number, personId: number, formerHeadId: number | null) {
  await db.updateTable('household').set({ head_person_id: personId }).where('id', '=', householdId).execute();
  await db
    .updateTable('household_member')
    .set({ relation_to_head: '户主' })
    .where('household_id', '=', householdId)
    .where('person_id', '=', personId)
    .execute();
  if (formerHeadId !== null && formerHeadId !== personId)
    await db
      .updateTable('household_member')
      .set({ relation_to_head: null })
      .where('household_id', '=', householdId)
      .where('person_id', '=', formerHeadId)
      .execute();
}

/** Ends every active tag of a person as of a day; returns whether any was active. */
export async function endAllTags(db: Db, personId: number, day: string) {
  const ended = await db
    .updateTable('person_tag')
    .set({ end_date: day })
    .where('person_id', '=', personId)
    .where('end_date', 'is', null)
    .returning('id')
    .execute();
  return ended.length > 0;
}
