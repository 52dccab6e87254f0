import { sql, type Kysely } from 'kysely';
import type { DemoContext } from '../../platform/module.js';
import type { Database } from '../../platform/db/schema.js';
import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';
import { todayInShanghai } from '../../platform/time.js';
import { housesWithAddress } from '../org/index.js';
import { generateHouseholds, generateVisits, type GeneratedHousehold } from './people.generator.js';
import { personColumns } from './person.columns.js';
import { recomputeRuleTags } from './tag.repository.js';
import { loadTagCatalog } from './tag.catalog.js';
import { refreshAllTagArrays } from './person.repository.js';

const BATCH = 2000;

/**
 * Residents for the demo district: every generated house gets its household (or stays vacant), people are
 * stored exactly as the service stores them (encrypted numbers, masks, pinyin keys), rule tags are computed,
 * some hand-set tags and a year of visits are added. Used by `npm start` and, at scale 1, by the benchmark.
 */
export async function seedPeople(ctx: DemoContext): Promise<{ persons: number; households: number; visits: number }> {
  const db = ctx.core.db;
  const today = todayInShanghai();
  const district = await db.selectFrom('district').select('code').where('id', '=', ctx.districtId).executeTakeFirstOrThrow();
  const catalog = await loadTagCatalog(db, ctx.districtId);
  // Hand-set tags the demo shows: a few assistance (sensitive) and role tags, by name where the catalog has them.
  const manualTags = catalog.tags.filter((t) => t.target === 'person' && !t.rule).slice(0, 40);
  const totals = { persons: 0, households: 0, visits: 0 };
  // The generator keeps document numbers and phones unique over one run: feed it every house in one go.
  const houses: Array<{ houseId: number; committeeCode: string; compound: string; building: string; room: string; housingType: string | null }> = [];
  const paths = new Map<number, { path: string }>();
  for (let after = 0; ; ) {
    const page = await housesWithAddress(db, ctx.districtId, after, 10_000);
    if (!page.length) break;
    after = page[page.length - 1]!.id;
    for (const h of page) {
      houses.push({
        houseId: h.id,
        committeeCode: h.committee_code ?? '',
        compound: h.compound,
        building: h.building,
        room: h.house,
        housingType: h.housing_type,
      });
      paths.set(h.id, { path: h.path });
    }
  }
  let batch: GeneratedHousehold[] = [];
  const flush = async () => {
    await insertHouseholds(
      db,
      ctx.core.crypto,
      ctx.districtId,
      batch,
      paths,
      manualTags.map((t) => t.code),
      ctx.random,
      today,
      totals,
    );
    const visits = [
      ...generateVisits(
        batch.filter((h) => h.members.length),
        { random: ctx.random, today },
      ),
    ];
    await insertVisits(db, ctx.districtId, visits, paths, totals);
    batch = [];
  };
  for (const household of generateHouseholds(houses, { random: ctx.random, today, districtCode: district.code })) {
    batch.push(household);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await sql`update house_info hi set last_visited_at = v.last
            from (select house_id, max(visited_at) as last from visit where district_id = ${ctx.districtId} group by house_id) v
            where hi.house_id = v.house_id`.execute(db);
  // The demo resident account is bound to a person of its house, as if the committee had verified it.
  const resident = await db
    .selectFrom('app_user')
    .innerJoin('position', 'position.user_id', 'app_user.id')
    .select(['app_user.id', 'position.unit_id'])
    .where('app_user.username', '=', 'resident')
    .where('app_user.is_demo', '=', true)
    .where('position.ended_at', 'is', null)
    .executeTakeFirst();
  if (resident?.unit_id) {
    const person = await db
      .selectFrom('person')
      .select('id')
      .where('house_id', '=', resident.unit_id)
      .where('user_id', 'is', null)
      .orderBy('birth_date')
      .executeTakeFirst();
    if (person) await db.updateTable('person').set({ user_id: resident.id }).where('id', '=', person.id).execute();
  }
  const changed = await recomputeRuleTags(db, ctx.districtId, catalog.rules, today);
  await refreshAllTagArrays(db, ctx.districtId);
  ctx.log(`people: ${totals.persons} persons, ${totals.households} households, ${totals.visits} visits, ${changed.length} persons with computed tags`);
  return totals;
}

async function insertHouseholds(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  districtId: number,
  households: GeneratedHousehold[],
  houses: Map<number, { path: string }>,
  manualTags: string[],
  random: () => number,
  today: string,
  totals: { persons: number; households: number },
) {
  const info = households.map((h) => ({
    house_id: h.houseId,
    district_id: districtId,
    unit_path: houses.get(h.houseId)!.path,
    use: h.use,
    area_m2: String(h.areaM2),
    ownership: h.ownership,
  }));
  for (let i = 0; i < info.length; i += 1000)
    await db
      .insertInto('house_info')
      .values(info.slice(i, i + 1000))
      .execute();
  const occupied = households.filter((h) => h.members.length);
  const people = occupied.flatMap((h) => h.members.map((m) => ({ h, m })));
  const ids: number[] = [];
  for (let i = 0; i < people.length; i += 1000) {
    const rows = people
      .slice(i, i + 1000)
      .map(({ h, m }) => ({ district_id: districtId, ...personColumns(crypto, m.person, { id: h.houseId, path: houses.get(h.houseId)!.path }) }));
    const inserted = await db.insertInto('person').values(rows).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  const ties = people.map(({ h, m }, k) => ({
    district_id: districtId,
    person_id: ids[k]!,
    house_id: h.houseId,
    relation: m.relation,
    since: m.since,
    unit_path: houses.get(h.houseId)!.path,
  }));
  for (let i = 0; i < ties.length; i += 1000)
    await db
      .insertInto('person_house')
      .values(ties.slice(i, i + 1000))
      .execute();
  // Households: the head is the first member.
  let k = 0;
  const heads: Array<{ district_id: number; house_id: number; head_person_id: number; unit_path: string }> = [];
  const memberIdx: Array<{ start: number; n: number }> = [];
  for (const h of occupied) {
    heads.push({ district_id: districtId, house_id: h.houseId, head_person_id: ids[k]!, unit_path: houses.get(h.houseId)!.path });
    memberIdx.push({ start: k, n: h.members.length });
    k += h.members.length;
  }
  const householdIds: number[] = [];
  for (let i = 0; i < heads.length; i += 1000)
    householdIds.push(
      ...(
        await db
          .insertInto('household')
          .values(heads.slice(i, i + 1000))
          .returning('id')
          .execute()
      ).map((r) => r.id),
    );
  const members = occupied.flatMap((h, j) =>
    h.members.map((m, n) => ({ household_id: householdIds[j]!, person_id: ids[memberIdx[j]!.start + n]!, relation_to_head: m.relationToHead, since: m.since })),
  );
  for (let i = 0; i < members.length; i += 1000)
    await db
      .insertInto('household_member')
      .values(members.slice(i, i + 1000))
      .execute();
  // A few hand-set tags (party members, volunteers, assistance…), as a committee would have recorded them.
  if (manualTags.length) {
    const tags = ids
      .filter(() => random() < 0.06)
      .map((personId) => ({
        district_id: districtId,
        person_id: personId,
        tag_code: manualTags[Math.floor(random() * manualTags.length)]!,
        source: 'manual' as const,
        source_ref: 'demo',
        start_date: today,
      }));
    for (let i = 0; i < tags.length; i += 1000) {
      await db
        .insertInto('person_tag')
        .values(tags.slice(i, i + 1000))
        .onConflict((oc) => oc.columns(['person_id', 'tag_code']).where('end_date', 'is', null).doNothing())
        .execute();
    }
  }
  totals.persons += ids.length;
  totals.households += heads.length;
}

async function insertVisits(
  db: Kysely<Database>,
  districtId: number,
  visits: ReturnType<typeof generateVisits> extends Generator<infer V> ? V[] : never,
  houses: Map<number, { path: string }>,
  totals: { visits: number },
) {
  for (let i = 0; i < visits.length; i += 1000) {
    const chunk = visits.slice(i, i + 1000);
    const rows = chunk.map((v, j) => ({
      district_id: districtId,
      client_id: `demo-${v.houseId}-${i + j}-${Date.parse(v.visitedAt)}`,
      house_id: v.houseId,
      household_id: null,
      unit_path: houses.get(v.houseId)!.path,
      visited_at: new Date(v.visitedAt),
      kind: v.kind,
      findings: v.findings,
      visitor_id: 0,
      visitor_name: '社区工作者',
    }));
    const inserted = await db.insertInto('visit').values(rows).returning(['id', 'house_id']).execute();
    const needs = chunk.flatMap((v, j) =>
      v.needs.map((n) => ({
        visit_id: inserted[j]!.id,
        district_id: districtId,
        unit_path: houses.get(v.houseId)!.path,
        text: n.text,
        category: n.category,
        status: 'open' as const,
        link_type: null,
        link_id: null,
      })),
    );
    for (let s = 0; s < needs.length; s += 1000)
      await db
        .insertInto('visit_need')
        .values(needs.slice(s, s + 1000))
        .execute();
    totals.visits += inserted.length;
  }
}
