import type { Kysely } from 'kysely';
import type { DemoContext } from '../../platform/module.js';
import type { Database } from '../../platform/db/schema.js';
import { todayInShanghai } from '../../platform/time.js';
import type { OrgAnchors } from '../org/index.js';
import { currentOwnersOfHouses } from '../people/index.js';
import { compoundsInScope } from './compound.repository.js';
import { generateEstate } from './estate.generator.js';
import { sealPhone } from './contact.js';

const BATCH = 1000;

interface Owner {
  id: number;
  name: string;
  phone_enc: string | null;
  phone_masked: string | null;
}

/**
 * Property companies, contracts and owners' committees for the demo district, written as the services write
 * them (sealed phones, paths of the compound). Sitting committee members are linked to owners of their compound
 * where the demo has residents. The compounds of the two demo committee workers always show a full card.
 */
export async function seedEstate(ctx: DemoContext) {
  const db = ctx.core.db;
  const org = ctx.shared.org as OrgAnchors;
  const today = todayInShanghai();
  const district = await db.selectFrom('district').select(['code', 'name']).where('id', '=', ctx.districtId).executeTakeFirstOrThrow();
  const scope = { all: false, districtId: ctx.districtId, paths: [`/${org.districtUnitId}/`], departmentId: null, gridId: null };
  const compounds = await compoundsInScope(db, scope).orderBy('unit.id').execute();
  const showcase = new Set([org.streets[0]?.committees[0], org.streets[1]?.committees[0]].filter((x): x is number => x !== undefined));
  const byId = new Map(compounds.map((c) => [c.id, c]));
  const gen = generateEstate(
    compounds.map((c) => ({ id: c.id, name: c.name, housingType: c.housing_type, showcase: showcase.has(c.parent_id!) })),
    { random: ctx.random, today, districtCode: district.code, districtName: district.name },
  );

  const companyIds: number[] = [];
  for (let i = 0; i < gen.companies.length; i += BATCH) {
    const rows = gen.companies.slice(i, i + BATCH).map((c) => ({
      district_id: ctx.districtId,
      name: c.name,
      credit_code: c.creditCode,
      contact_name: c.contactName,
      address: c.address,
      ...sealPhone(ctx.core.crypto, c.phone),
    }));
    companyIds.push(...(await db.insertInto('property_company').values(rows).returning('id').execute()).map((r) => r.id));
  }
  const contracts = gen.contracts.map((k) => ({
    district_id: ctx.districtId,
    compound_id: k.compoundId,
    unit_path: byId.get(k.compoundId)!.path,
    company_id: companyIds[k.company]!,
    start_date: k.start,
    end_date: k.end,
    service_scope: k.serviceScope,
    fee_fen_per_m2: k.feeFenPerM2,
  }));
  for (let i = 0; i < contracts.length; i += BATCH)
    await db
      .insertInto('property_contract')
      .values(contracts.slice(i, i + BATCH))
      .execute();

  const owners = await ownersOf(db, org, new Set(gen.committees.map((c) => c.compoundId)));
  const committeeIds: number[] = [];
  for (let i = 0; i < gen.committees.length; i += BATCH) {
    const rows = gen.committees
      .slice(i, i + BATCH)
      .map((c) => ({ district_id: ctx.districtId, compound_id: c.compoundId, unit_path: byId.get(c.compoundId)!.path, name: c.name }));
    committeeIds.push(...(await db.insertInto('owners_committee').values(rows).returning('id').execute()).map((r) => r.id));
  }
  const terms = gen.committees.flatMap((c, k) =>
    c.terms.map((t) => ({
      c,
      t,
      row: {
        district_id: ctx.districtId,
        committee_id: committeeIds[k]!,
        compound_id: c.compoundId,
        unit_path: byId.get(c.compoundId)!.path,
        term_number: t.number,
        start_date: t.start,
        end_date: t.end,
        election_date: t.electionDate,
        election_ref: null,
        status: t.endedOn ? ('ended' as const) : ('current' as const),
        ended_on: t.endedOn,
      },
    })),
  );
  const termIds: number[] = [];
  for (let i = 0; i < terms.length; i += BATCH)
    termIds.push(
      ...(
        await db
          .insertInto('owners_committee_term')
          .values(terms.slice(i, i + BATCH).map((x) => x.row))
          .returning('id')
          .execute()
      ).map((r) => r.id),
    );
  const members = terms.flatMap(({ c, t }, k) =>
    t.members.map((m) => {
      const owner = m.owner !== null ? owners.get(c.compoundId)?.[m.owner] : undefined;
      return {
        district_id: ctx.districtId,
        term_id: termIds[k]!,
        unit_path: byId.get(c.compoundId)!.path,
        name: owner?.name ?? m.name,
        role: m.role,
        person_id: owner?.id ?? null,
        ...(owner?.phone_enc ? { phone_enc: owner.phone_enc, phone_masked: owner.phone_masked } : sealPhone(ctx.core.crypto, m.phone)),
        since: m.since,
        until: m.until,
      };
    }),
  );
  for (let i = 0; i < members.length; i += BATCH)
    await db
      .insertInto('owners_committee_member')
      .values(members.slice(i, i + BATCH))
      .execute();
  ctx.log(
    `estate: ${companyIds.length} property companies, ${contracts.length} contracts, ${committeeIds.length} owners' committees, ${terms.length} terms, ${members.length} members`,
  );
  return { companies: companyIds.length, contracts: contracts.length, committees: committeeIds.length };
}

/**
 * Owners living in a few houses of each compound, to sit on its committee. Demo data only: it reads the people
 * module's seeded rows once, the way a committee would look its owners up; the services go through people.
 */
async function ownersOf(db: Kysely<Database>, org: OrgAnchors, compoundIds: Set<number>) {
  const houses = new Map<number, number>();
  const perCompound = new Map<number, number>();
  for (const h of org.houses) {
    if (!compoundIds.has(h.compoundId) || (perCompound.get(h.compoundId) ?? 0) >= 16) continue;
    perCompound.set(h.compoundId, (perCompound.get(h.compoundId) ?? 0) + 1);
    houses.set(h.id, h.compoundId);
  }
  const out = new Map<number, Owner[]>();
  const ids = [...houses.keys()];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await currentOwnersOfHouses(db, ids.slice(i, i + 5000));
    let lastHouse = -1;
    for (const r of rows) {
      // One owner per flat: two owners of one flat rarely both sit on the committee.
      if (r.house_id === lastHouse) continue;
      lastHouse = r.house_id;
      const compound = houses.get(r.house_id)!;
      const list = out.get(compound) ?? [];
      list.push({ id: r.id, name: r.name, phone_enc: r.phone_enc, phone_masked: r.phone_masked });
      out.set(compound, list);
    }
  }
  return out;
}
