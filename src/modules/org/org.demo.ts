import type { DemoContext } from '../../platform/module.js';
import { loadProfile } from '../../platform/profiles.js';
import { getCatalog } from '../../platform/catalog.js';
import type { UnitType } from './org.schema.js';
import * as repo from './unit.repository.js';
import { childPath } from './unit.rules.js';
import { seedDemoMap } from './org.demo-map.js';

/** What the territory demo hands to later modules: one of each kind of anchor. */
export interface OrgAnchors {
  districtUnitId: number;
  streets: Array<{ id: number; name: string; committees: number[] }>;
  committees: number[];
  houses: Array<{ id: number; committeeId: number; buildingId: number; compoundId: number; streetId: number }>;
  grids: Array<{ id: number; streetId: number }>;
  departments: Array<{ id: number; streetId: number | null; parentId: number | null }>;
}

/**
 * The road a committee or street is named after (云南中路居委会, 南京西路街道), if any: the demo gives the compounds
 * there lanes of it, numbered along the road (南京西路120弄, 南京西路140弄 …), so that a resident can find one by
 * address; the others have none on record, as many compounds do. Derived, not drawn, so the rest of the demo
 * stays as it was.
 */
function roadOf(name: string): string | null {
  return /^(.+?[路街])(?:居委会|居民委员会|街道)$/.exec(name)?.[1] ?? null;
}

const COMPOUND_PREFIX = [
  '静安',
  '华丰',
  '锦绣',
  '康乐',
  '安远',
  '新福',
  '永和',
  '梅园',
  '延中',
  '宝山',
  '大田',
  '恒丰',
  '昌平',
  '武宁',
  '海防',
  '胶州',
  '余姚',
  '成都',
  '常德',
  '万航',
  '泰兴',
  '平型关',
  '共和',
  '彭浦',
  '临汾',
  '汾西',
  '闻喜',
  '岭南',
  '保德',
  '灵石',
];
const COMPOUND_SUFFIX: Record<string, string[]> = {
  default: ['小区', '苑', '公寓', '新村', '花园', '大楼', '坊', '里'],
};

// Houses per building by housing type: lanes and garden houses are small, commercial towers large.
const BUILDING_SIZE: Record<string, [number, number]> = { HT01: [12, 36], HT02: [30, 90], HT03: [20, 60], HT04: [2, 8], HT05: [24, 72] };

interface Row {
  id: number;
  district_id: number;
  parent_id: number | null;
  type: UnitType;
  kind: string | null;
  code: string | null;
  name: string;
  path: string;
  depth: number;
  attributes: Record<string, unknown>;
}

export async function seedTerritory(ctx: DemoContext): Promise<OrgAnchors> {
  const db = ctx.core.db;
  const profile = loadProfile(ctx.profile);
  const rnd = ctx.random;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const housing = ((await getCatalog(db, ctx.districtId, 'housing-types'))?.entries ?? []) as Array<{ code: string; name: { zh: string } }>;
  const housingCodes = housing.length ? housing.map((h) => h.code) : ['HT02'];

  const rows: Row[] = [];
  const ids: number[] = await repo.nextIds(db, 1 + profile.divisions.streets.length);
  let idCursor = 0;
  const takeId = () => {
    if (idCursor >= ids.length) throw new Error('demo id pool exhausted');
    return ids[idCursor++]!;
  };
  const add = (parent: Row | null, type: UnitType, name: string, code: string | null, kind: string | null = null, attributes: Record<string, unknown> = {}) => {
    const id = takeId();
    const row: Row = {
      id,
      district_id: ctx.districtId,
      parent_id: parent?.id ?? null,
      type,
      kind,
      code,
      name,
      path: childPath(parent?.path ?? null, id),
      depth: parent ? parent.depth + 1 : 0,
      attributes,
    };
    rows.push(row);
    return row;
  };

  const district = add(null, 'district', profile.divisions.district.name, profile.divisions.district.code);
  const committeeCount = profile.divisions.streets.reduce((n, s) => n + s.committees.length, 0);
  // Ids for everything below street level at once: one round trip instead of one per row.
  const compoundsPer = Math.max(1, Math.round(4 * Math.sqrt(ctx.scale)));
  const housesPerCommittee = Math.max(6, Math.round(1720 * ctx.scale));
  // An upper bound: a building holds at least one house.
  const estimate = committeeCount * (2 + compoundsPer + housesPerCommittee * 2) + 100;
  for (const id of await repo.nextIds(db, Math.ceil(estimate))) ids.push(id);

  const anchors: OrgAnchors = { districtUnitId: district.id, streets: [], committees: [], houses: [], grids: [], departments: [] };
  const houseRows: Row[] = [];
  const lanes = new Map<string, number>();
  for (const s of profile.divisions.streets) {
    const street = add(district, 'street', s.name, s.code, s.kind);
    const streetAnchor = { id: street.id, name: street.name, committees: [] as number[] };
    anchors.streets.push(streetAnchor);
    for (const c of s.committees) {
      const committee = add(street, 'committee', c.name, c.code, c.kind);
      streetAnchor.committees.push(committee.id);
      anchors.committees.push(committee.id);
      let housesLeft = housesPerCommittee;
      for (let k = 1; k <= compoundsPer; k++) {
        const housingType = pick(housingCodes);
        const compoundCode = `${c.code}-C${String(k).padStart(2, '0')}`;
        const road = roadOf(c.name) ?? roadOf(s.name);
        const lane = road ? (lanes.get(road) ?? 0) + 1 : 0;
        if (road) lanes.set(road, lane);
        const address = road ? `${road}${100 + lane * 20}弄` : null;
        const compound = add(committee, 'compound', `${pick(COMPOUND_PREFIX)}${pick(COMPOUND_SUFFIX.default!)}`, compoundCode, null, {
          housingType,
          ...(address ? { address } : {}),
        });
        const share = k === compoundsPer ? housesLeft : Math.round(housesPerCommittee / compoundsPer);
        housesLeft -= share;
        const [lo, hi] = BUILDING_SIZE[housingType] ?? [20, 60];
        let b = 0;
        for (let placed = 0; placed < share; ) {
          b++;
          const size = Math.min(share - placed, Math.max(1, Math.round(between(lo, hi) * Math.min(1, ctx.scale * 20))));
          const buildingCode = `${compoundCode}-B${String(b).padStart(2, '0')}`;
          const building = add(compound, 'building', `${b}号楼`, buildingCode);
          const perFloor = size <= 4 ? 1 : size <= 12 ? 2 : 4;
          for (let h = 0; h < size; h++) {
            const room = `${Math.floor(h / perFloor) + 1}${String((h % perFloor) + 1).padStart(2, '0')}`;
            const house = add(building, 'house', `${b}号楼${room}室`, `${buildingCode}-${room}`);
            houseRows.push(house);
            anchors.houses.push({ id: house.id, committeeId: committee.id, buildingId: building.id, compoundId: compound.id, streetId: street.id });
          }
          placed += size;
        }
      }
    }
  }
  await repo.insertMany(db, rows);
  await seedDemoMap(ctx, rows);
  ctx.log(
    `territory: ${profile.divisions.streets.length} streets, ${committeeCount} committees, ${rows.filter((r) => r.type === 'compound').length} compounds, ${rows.filter((r) => r.type === 'building').length} buildings, ${houseRows.length} houses`,
  );

  await seedGrids(ctx, anchors);
  await seedDepartments(ctx, anchors);
  return anchors;
}

/** Grids as Jing'an runs them (85 grids over 266 committees: about one grid for three committees). */
async function seedGrids(ctx: DemoContext, anchors: OrgAnchors) {
  const db = ctx.core.db;
  const streets = await db
    .selectFrom('unit')
    .select(['id', 'code', 'name'])
    .where('district_id', '=', ctx.districtId)
    .where('type', '=', 'street')
    .orderBy('code')
    .execute();
  const sizes = streets.map((st) => anchors.streets.find((s) => s.id === st.id)!.committees.length);
  const counts = apportion(sizes, Math.round(sizes.reduce((a, b) => a + b, 0) / 3.14));
  for (const [si, street] of streets.entries()) {
    const committees = anchors.streets.find((s) => s.id === street.id)!.committees;
    const gridCount = counts[si]!;
    for (let g = 0; g < gridCount; g++) {
      const members = committees.filter((_, i) => i % gridCount === g);
      const grid = await db
        .insertInto('grid')
        .values({
          district_id: ctx.districtId,
          street_id: street.id,
          kind: 'grid',
          code: `G${street.code}${String(g + 1).padStart(2, '0')}`,
          name: `${street.name}第${g + 1}网格`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (members.length)
        await db
          .insertInto('grid_unit')
          .values(members.map((unit_id) => ({ grid_id: grid.id, unit_id })))
          .execute();
      anchors.grids.push({ id: grid.id, streetId: street.id });
    }
    // One party-building area per street, over its first half of committees.
    const area = await db
      .insertInto('grid')
      .values({ district_id: ctx.districtId, street_id: street.id, kind: 'party_area', code: `P${street.code}01`, name: `${street.name}党建片区一` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const half = committees.slice(0, Math.max(1, Math.ceil(committees.length / 2)));
    await db
      .insertInto('grid_unit')
      .values(half.map((unit_id) => ({ grid_id: area.id, unit_id })))
      .execute();
  }
  ctx.log(`grids: ${anchors.grids.length} grids, ${streets.length} party-building areas`);
}

/** Splits a total over parts in proportion to their sizes (largest remainder), at least one each. */
export function apportion(sizes: number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0) || 1;
  const exact = sizes.map((s) => (s * total) / sum);
  const out = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k]!.i]!++;
  return out;
}

interface DeptEntry {
  code: string;
  kind?: string;
  name: { zh: string; en?: string } | string;
}
interface TeamEntry {
  code?: string;
  department?: string;
  parent?: string;
  departmentCode?: string;
  name: { zh: string; en?: string } | string;
}

async function seedDepartments(ctx: DemoContext, anchors: OrgAnchors) {
  const db = ctx.core.db;
  const catalog = await getCatalog(db, ctx.districtId, 'departments');
  // Courts, congresses and people's organisations are listed in the catalog but take no orders.
  const departments = ((catalog?.entries ?? []) as DeptEntry[]).filter((d) => !d.kind || d.kind === 'department' || d.kind === 'centre');
  const teams = (catalog?.extra.streetTeams as TeamEntry[] | undefined) ?? [];
  const zh = (n: DeptEntry['name']) => (typeof n === 'string' ? n : n.zh);
  const codeToId = new Map<string, number>();
  for (const d of departments) {
    const row = await db
      .insertInto('department')
      .values({ district_id: ctx.districtId, code: d.code, name: zh(d.name) })
      .returning('id')
      .executeTakeFirstOrThrow();
    codeToId.set(d.code, row.id);
    anchors.departments.push({ id: row.id, streetId: null, parentId: null });
  }
  let teamCount = 0;
  for (const street of anchors.streets) {
    for (const [i, t] of teams.entries()) {
      const parentCode = t.department ?? t.parent ?? t.departmentCode;
      const parentId = parentCode ? (codeToId.get(parentCode) ?? null) : null;
      const name = zh(t.name).replace('{street}', street.name);
      const row = await db
        .insertInto('department')
        .values({ district_id: ctx.districtId, parent_id: parentId, street_id: street.id, code: `${t.code ?? `T${i + 1}`}-${street.id}`, name })
        .returning('id')
        .executeTakeFirstOrThrow();
      anchors.departments.push({ id: row.id, streetId: street.id, parentId });
      teamCount++;
    }
  }
  ctx.log(`departments: ${departments.length} district departments, ${teamCount} street teams`);
}
