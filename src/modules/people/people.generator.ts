/**
 * Synthetic residents for a demo district: a pure, deterministic, streaming generator (no database access).
 *
 * One household (or an empty house) per input house, in input order. Memory stays bounded whatever the number of
 * houses: nothing is kept per person. Uniqueness of document numbers and phones comes from counters put through
 * bijections (not from a set of issued numbers), so a run of any size holds only fixed-size tables.
 *
 * How shares are hit: households are drawn from a dozen compositions (single elderly, elderly couple, three
 * generations, couple with child, tenants sharing …). Before the first house, a calibration (seeded, fixed, so
 * deterministic) estimates each composition's size and age make-up by sampling it, then solves, per housing type,
 * the mix of compositions that gives that type's share of people aged 60+ and the share of 60+ living alone, and
 * reshapes the per-year age weights until the district's 5-year age pyramid matches AGE_BANDS. The district-level
 * shares hold when the houses' mix of housing types is REFERENCE_HOUSING_MIX; with another mix they shift by
 * the housing types' elderlyFactor (older 售后公房, younger 涉外商品房): an even mix of the five types gives
 * about 29 % aged 60+ instead of 31 %.
 *
 * "Living" below means every member except those registered here but living elsewhere (人户分离, registered_away):
 * shares of age and of elderly living alone count living members, as a committee worker would.
 *
 * Uniqueness of ID numbers, permit numbers and phones holds within one call of generateHouseholds: call it once
 * per district with all of its houses (it streams, so that costs nothing).
 */
import { makeResidentId } from './id-number.js';
import type { DocType, HouseRelation, HouseUse, PersonRow, Residence } from './people.types.js';

// ---------------------------------------------------------------------------------------------------------------
// Configurable figures. Sources are named where there is one; the rest are stated assumptions for a central
// Shanghai district.
// ---------------------------------------------------------------------------------------------------------------

/**
 * Age pyramid of the residents living in the district, by 5-year band (0–4 … 95–99, 100+), shares summing to 1.
 * - 0–14: Shanghai 7th census (2020) 9.8 % city-wide; kept at the city figure (the household compositions
 *   below, mostly one-child, give about 10 %; a central district is probably a little lower).
 * - 60+: Shanghai 7th census 23.4 % city-wide (65+ 16.3 %); the central districts are much older (Jing'an and
 *   Huangpu over 30 %) → 31 %, of which 65+ 22 %, 80+ about 4.8 % (80+ are 15.5 % of the 60+ here; Shanghai's
 *   registered 80+ were about 18 % of its registered elderly in 2015, city civil affairs bureau; residents
 *   include younger incomers).
 * - Shape of 60+: the 1951–1960 birth peak (Shanghai statistics bureau, census briefing 2021) makes 60–69 the
 *   largest elderly bands; the war years make 75–79 thin.
 * - 20–59: the working-age bulge of 30–39 (city census 2020: 30–39 is the largest 10-year group).
 */
const AGE_BANDS: readonly number[] = [
  0.032,
  0.034,
  0.032, // 0–14   9.8 %
  0.027,
  0.04,
  0.062,
  0.085,
  0.088,
  0.072,
  0.068,
  0.072,
  0.078, // 15–59
  0.09,
  0.087,
  0.059,
  0.026, // 60–79
  0.022,
  0.016,
  0.0075,
  0.002,
  0.0005, // 80+
];

/**
 * Share of people aged 60+ who live alone. About 20 % in central Shanghai (one-person elderly households,
 * 7th census, central districts; elderly-only households 纯老家庭 are common). Note: the civil-affairs count of
 * 独居老人 (registered population, narrower definition) is lower; this figure is of residents.
 */
const ELDERLY_ALONE_SHARE = 0.2;

/**
 * Housing types of the district catalog, with what differs between them. Assumptions (no published breakdown per
 * type), following the seeds' five types (seed 000: 售后公房, 普通商品房, 涉外商品房, 老洋房, 动迁安置房):
 * - houseShare: mix of houses in a Jing'an-like district (old Zhabei's worker villages make 售后公房 large).
 * - elderlyFactor: relative share of 60+ among residents (ageing in place in 售后公房 and 老洋房; expatriate and
 *   young families in 涉外商品房). Normalised so that the REFERENCE_HOUSING_MIX gives AGE_BANDS.
 * - vacant/shop/other: share of houses empty, used as shops, or otherwise (5–8 % vacant in total).
 * - publicRental: houses still leased from the state (直管公房/公房承租) among the not privately rented.
 * - rentYoung/rentElder: share of households renting privately (tenants more common in 商品房).
 * - migrantOwner: households without Shanghai registration among owners.
 * - hmt: households from Hong Kong, Macao or Taiwan among non-elderly ones.
 * - g2: mix of the multi-person elderly compositions [elderly couple, elderly with adult child, elderly with a
 *   live-in carer, three generations]; g3: mix of the other compositions [couple with children, couple, single
 *   adult, single parent, tenants sharing, migrant family, foreign household].
 * - area: floor area range in m²; since: first year households moved in.
 */
interface HousingProfile {
  houseShare: number;
  elderlyFactor: number;
  vacant: number;
  shop: number;
  other: number;
  publicRental: number;
  rentYoung: number;
  rentElder: number;
  migrantOwner: number;
  hmt: number;
  g2: readonly [number, number, number, number];
  g3: readonly [number, number, number, number, number, number, number];
  area: readonly [number, number];
  since: number;
}

const HOUSING: Record<string, HousingProfile> = {
  // 售后公房: 1950s–1990s worker villages sold to sitting tenants in the 1990s; small flats, no lifts.
  HT01: {
    houseShare: 0.38,
    elderlyFactor: 1.25,
    vacant: 0.05,
    shop: 0.01,
    other: 0.003,
    publicRental: 0.25,
    rentYoung: 0.22,
    rentElder: 0.03,
    migrantOwner: 0.04,
    hmt: 0.001,
    g2: [0.52, 0.2, 0.05, 0.23],
    g3: [0.35, 0.2, 0.1, 0.04, 0.14, 0.16, 0.002],
    area: [32, 68],
    since: 1980,
  },
  // 普通商品房: commercial housing since the late 1990s.
  HT02: {
    houseShare: 0.36,
    elderlyFactor: 0.88,
    vacant: 0.07,
    shop: 0.004,
    other: 0.002,
    publicRental: 0,
    rentYoung: 0.28,
    rentElder: 0.06,
    migrantOwner: 0.1,
    hmt: 0.006,
    g2: [0.52, 0.18, 0.07, 0.23],
    g3: [0.48, 0.21, 0.09, 0.04, 0.08, 0.08, 0.02],
    area: [62, 160],
    since: 1997,
  },
  // 涉外商品房: housing sold to foreigners since the 1990s; expatriates, many tenants.
  HT03: {
    houseShare: 0.04,
    elderlyFactor: 0.5,
    vacant: 0.09,
    shop: 0.003,
    other: 0.002,
    publicRental: 0,
    rentYoung: 0.45,
    rentElder: 0.1,
    migrantOwner: 0.08,
    hmt: 0.03,
    g2: [0.55, 0.15, 0.2, 0.1],
    g3: [0.2, 0.12, 0.14, 0.02, 0.04, 0.03, 0.45],
    area: [90, 260],
    since: 1993,
  },
  // 老洋房: garden houses, mostly state-owned and split among families; small households.
  HT04: {
    houseShare: 0.04,
    elderlyFactor: 1.15,
    vacant: 0.06,
    shop: 0.03,
    other: 0.005,
    publicRental: 0.55,
    rentYoung: 0.22,
    rentElder: 0.05,
    migrantOwner: 0.03,
    hmt: 0.01,
    g2: [0.6, 0.25, 0.1, 0.05],
    g3: [0.26, 0.24, 0.26, 0.04, 0.06, 0.08, 0.06],
    area: [18, 160],
    since: 1950,
  },
  // 动迁安置房: resettlement housing since the 2000s; three generations common.
  HT05: {
    houseShare: 0.18,
    elderlyFactor: 0.98,
    vacant: 0.05,
    shop: 0.004,
    other: 0.002,
    publicRental: 0.02,
    rentYoung: 0.12,
    rentElder: 0.02,
    migrantOwner: 0.03,
    hmt: 0.001,
    g2: [0.48, 0.17, 0.03, 0.32],
    g3: [0.49, 0.17, 0.07, 0.04, 0.08, 0.15, 0.002],
    area: [48, 95],
    since: 2000,
  },
};
/** Houses without a housing type, or of a type this generator does not know. */
const DEFAULT_HOUSING: HousingProfile = {
  houseShare: 0,
  elderlyFactor: 1,
  vacant: 0.06,
  shop: 0.005,
  other: 0.003,
  publicRental: 0.05,
  rentYoung: 0.22,
  rentElder: 0.04,
  migrantOwner: 0.06,
  hmt: 0.003,
  g2: [0.55, 0.2, 0.05, 0.2],
  g3: [0.38, 0.2, 0.15, 0.04, 0.1, 0.1, 0.01],
  area: [40, 120],
  since: 1985,
};

/** Mix of housing types the shares are calibrated on (houseShare above). */
const REFERENCE_HOUSING_MIX: Record<string, number> = Object.fromEntries(Object.entries(HOUSING).map(([k, v]) => [k, v.houseShare]));

/** Private tenants without Shanghai registration (来沪): most tenants in central Shanghai are migrants (assumption). */
const MIGRANT_AMONG_TENANTS = 0.6;
/** Co-tenants sharing a flat who are migrants (assumption). */
const MIGRANT_AMONG_COTENANTS = 0.85;
/** Elderly households with an adult child registered here but living elsewhere (人户分离; assumption). */
const AWAY_CHILD_SHARE = 0.3;
/** Ethnic minorities: about 1.5 % of residents (Shanghai 7th census: about 1.6 % of the city's residents). */
const MINORITY_SHARE = 0.015;
const MINORITIES: ReadonlyArray<readonly [string, number]> = [
  ['回族', 0.25],
  ['满族', 0.15],
  ['土家族', 0.12],
  ['苗族', 0.1],
  ['蒙古族', 0.08],
  ['朝鲜族', 0.08],
  ['壮族', 0.07],
  ['侗族', 0.04],
  ['布依族', 0.04],
  ['彝族', 0.03],
  ['白族', 0.02],
  ['瑶族', 0.02],
];

/**
 * Resident ID division codes (GB/T 2260) of the district's own area, with the year a code was retired: people
 * born before keep it. Jing'an absorbed Zhabei (310108) in 2015, Huangpu absorbed Nanshi (310102) in 2000 and
 * Luwan (310103) in 2011, Shangcheng absorbed Xiacheng (330103) and part of Jianggan (330104) in 2021. Weights
 * roughly follow the predecessors' populations (Zhabei ~70万 against old Jing'an ~30万 in 2010).
 */
const OWN_DIVISIONS: Record<string, ReadonlyArray<readonly [string, number, number]>> = {
  '310106': [
    ['310106', 0.4, 9999],
    ['310108', 0.6, 2015],
  ],
  '310101': [
    ['310101', 0.55, 9999],
    ['310103', 0.3, 2011],
    ['310102', 0.15, 2000],
  ],
  '310105': [['310105', 1, 9999]],
  '330102': [
    ['330102', 0.45, 9999],
    ['330103', 0.35, 2021],
    ['330104', 0.2, 2021],
  ],
};
/** Other districts of the same city (3101xx Shanghai, 3301xx Hangzhou). */
const CITY_DIVISIONS: Record<string, readonly string[]> = {
  '3101': [
    '310101',
    '310104',
    '310105',
    '310106',
    '310107',
    '310109',
    '310110',
    '310112',
    '310113',
    '310114',
    '310115',
    '310116',
    '310117',
    '310118',
    '310120',
  ],
  '3301': ['330102', '330105', '330106', '330108', '330109', '330110', '330111', '330112'],
};
/**
 * Provinces migrants come from, with shares (approximately those of Shanghai's 6th census, 2010: Anhui about
 * 29 %, Jiangsu 17 %, Henan 9 %, Sichuan 7 %, then Jiangxi, Zhejiang, Hubei, Shandong, Fujian, Hunan) and
 * county-level division codes (some retired since; IDs keep them).
 */
const MIGRANT_ORIGINS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0.29, ['340121', '341221', '340322', '341623', '341122', '342422', '340823', '341281', '341321', '340421']], // 安徽
  [0.17, ['320681', '320923', '321323', '320830', '320324', '320321', '320381', '320623', '321081', '320102']], // 江苏
  [0.09, ['411521', '412702', '411627', '410223', '411422', '411724', '410522']], // 河南
  [0.07, ['510322', '511321', '510922', '511621', '513021', '511025']], // 四川
  [0.05, ['360121', '362321', '360731', '362202', '360428']], // 江西
  [0.05, ['330324', '330382', '330621', '331023', '330481']], // 浙江
  [0.045, ['421023', '422802', '420222', '421181', '420983']], // 湖北
  [0.04, ['370883', '371321', '372922', '370602']], // 山东
  [0.025, ['350583', '350628', '350322']], // 福建
  [0.025, ['430521', '431021', '430682']], // 湖南
  [0.02, ['230103', '220104', '210102']], // 东北
  [0.015, ['140106', '610113', '620102']], // 山西、陕西、甘肃
  [0.015, ['450102', '520102', '530102']], // 广西、贵州、云南
  [0.015, ['440106', '460106', '120101', '110105']], // 广东、海南、天津、北京
  [0.01, ['500101', '500228']], // 重庆
];

/**
 * Foreign residents by nationality (Shanghai's largest groups: Japan, Korea, the United States, then France,
 * Germany, Singapore, Canada, the United Kingdom …; Shanghai foreign affairs office yearly figures), with the
 * ISO 3166 numeric code used in the foreigner's permanent residence card number.
 */
const NATIONALITIES: ReadonlyArray<readonly [string, number, string]> = [
  ['日本', 0.22, '392'],
  ['韩国', 0.18, '410'],
  ['美国', 0.17, '840'],
  ['法国', 0.07, '250'],
  ['德国', 0.07, '276'],
  ['新加坡', 0.06, '702'],
  ['加拿大', 0.05, '124'],
  ['英国', 0.05, '826'],
  ['澳大利亚', 0.04, '036'],
  ['意大利', 0.03, '380'],
  ['马来西亚', 0.03, '458'],
  ['西班牙', 0.02, '724'],
  ['印度', 0.01, '356'],
];
/** Foreigners holding a permanent residence card (外国人永久居留身份证) rather than only a passport (assumption). */
const FOREIGN_PERMANENT_SHARE = 0.08;
/** Hong Kong / Macao / Taiwan residents among HMT households: Taiwanese the largest group in Shanghai. */
const HMT_SPLIT: readonly [number, number, number] = [0.4, 0.1, 0.5];

/** Phone ownership by age (assumption): children under 12 none; the very old often none. */
function phoneChance(age: number): number {
  if (age < 12) return 0;
  if (age < 18) return 0.7;
  if (age < 70) return 0.97;
  if (age < 80) return 0.85;
  if (age < 90) return 0.6;
  return 0.35;
}

/** Mobile prefixes in use in mainland China (China Mobile, Unicom, Telecom, and their newer ranges). */
const PHONE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '173',
  '175',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '184',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '193',
  '195',
  '198',
  '199',
];

// ---------------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------------

export interface GeneratorHouse {
  houseId: number;
  committeeCode: string;
  compound: string;
  building: string;
  room: string;
  /** HT01 售后公房, HT02 普通商品房, HT03 涉外商品房, HT04 老洋房, HT05 动迁安置房 */
  housingType: string | null;
}

export interface GeneratedPerson extends PersonRow {
  houseId: number;
}

export interface GeneratedHousehold {
  houseId: number;
  /** Head first; relationToHead '户主' for the head. Members of a household share one address object. */
  members: GeneratedPerson[];
  use: HouseUse;
  areaM2: number;
  ownership: 'private' | 'public_rental' | 'other';
}

export interface GeneratedVisit {
  houseId: number;
  visitedAt: string;
  kind: 'routine' | 'care' | 'follow_up' | 'patrol';
  findings: string;
  needs: Array<{ text: string; category: string }>;
}

/** The figures above, for tests and documentation (read-only). */
export const PEOPLE_GENERATOR_CONSTANTS = {
  ageBands: AGE_BANDS,
  elderlyAloneShare: ELDERLY_ALONE_SHARE,
  referenceHousingMix: REFERENCE_HOUSING_MIX,
  housing: HOUSING,
  minorityShare: MINORITY_SHARE,
  phonePrefixes: PHONE_PREFIXES,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

type Rng = () => number;
const MAX_AGE = 104;
const BANDS = AGE_BANDS.length; // 21: 0–4 … 95–99, 100+
const bandOf = (age: number) => (age >= 100 ? 20 : (age / 5) | 0);

/** A fixed-seed generator for calibration (mulberry32). */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** (a·k + b) mod n without leaving exact double arithmetic, for k < 2³² and a, b, n < 2³⁵. */
function affine(a: number, k: number, b: number, n: number): number {
  const hi = Math.floor(k / 65536);
  const lo = k - hi * 65536;
  return (((a * lo) % n) + ((((a * hi) % n) * 65536) % n) + b) % n;
}

/**
 * A keyed permutation of 0…99,999,999 (a 4-round Feistel network on two 4-digit halves): counters go in,
 * distinct numbers that look issued rather than counted come out.
 */
function permute8(x: number, keys: Uint32Array): number {
  let l = Math.floor(x / 10_000);
  let r = x - l * 10_000;
  for (let i = 0; i < 4; i++) {
    let h = Math.imul(r + 1, 0x85ebca6b) ^ keys[i]!;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const next = (l + ((h >>> 0) % 10_000)) % 10_000;
    l = r;
    r = next;
  }
  return l * 10_000 + r;
}

class Weighted<T> {
  readonly items: T[];
  private readonly cum: Float64Array;
  constructor(pairs: ReadonlyArray<readonly [T, number]>) {
    this.items = pairs.map((p) => p[0]);
    this.cum = new Float64Array(pairs.length);
    let s = 0;
    pairs.forEach((p, i) => (this.cum[i] = s += p[1]));
    for (let i = 0; i < pairs.length; i++) this.cum[i]! /= s;
  }
  pick(r: Rng): T {
    const u = r();
    const c = this.cum;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < c[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

const chars = (s: string) => Array.from(s.replace(/\s+/g, ''));
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const pickOf = <T>(r: Rng, xs: readonly T[]): T => xs[(r() * xs.length) | 0]!;

/** Ages sampled from per-year weights, restricted to a range. */
class AgeSampler {
  private readonly cum = new Float64Array(MAX_AGE + 2);
  constructor(weights: Float64Array) {
    for (let a = 0; a <= MAX_AGE; a++) this.cum[a + 1] = this.cum[a]! + weights[a]!;
  }
  /** An age in [lo, hi] (clamped to 0…MAX_AGE), or -1 when the range is empty. */
  sample(r: Rng, lo: number, hi: number): number {
    if (lo < 0) lo = 0;
    if (hi > MAX_AGE) hi = MAX_AGE;
    if (lo > hi) return -1;
    const c = this.cum;
    const u = c[lo]! + r() * (c[hi + 1]! - c[lo]!);
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (c[mid]! <= u) a = mid;
      else b = mid - 1;
    }
    return a;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Household compositions (skeletons: ages, genders, relations; no identities yet)
// ---------------------------------------------------------------------------------------------------------------

const T_ELDER_ALONE = 0;
const T_ELDER_COUPLE = 1;
const T_ELDER_CHILD = 2;
const T_ELDER_CARER = 3;
const T_THREE_GEN = 4;
const T_COUPLE_CHILD = 5;
const T_COUPLE = 6;
const T_SINGLE = 7;
const T_SINGLE_PARENT = 8;
const T_SHARED = 9;
const T_MIGRANT_FAMILY = 10;
const T_FOREIGN = 11;
const TYPES = 12;
const G2_TYPES = [T_ELDER_COUPLE, T_ELDER_CHILD, T_ELDER_CARER, T_THREE_GEN] as const;
const G3_TYPES = [T_COUPLE_CHILD, T_COUPLE, T_SINGLE, T_SINGLE_PARENT, T_SHARED, T_MIGRANT_FAMILY, T_FOREIGN] as const;
const ELDERLY_TYPES = new Set<number>([T_ELDER_ALONE, ...G2_TYPES]);

const K_FAMILY = 0;
const K_AWAY = 1; // registered here, living elsewhere
const K_CARER = 2; // live-in carer (保姆)
const K_LODGER = 3; // a tenant renting a room from the household
const K_COTENANT = 4; // shares a rented flat

interface Sk {
  age: number;
  male: boolean;
  rel: string;
  kind: number;
  /** Index of the member whose surname (and hukou, ethnicity) this one follows; -1 for their own. */
  sur: number;
}

const child = (male: boolean) => (male ? '子' : '女');
const sk = (age: number, male: boolean, rel: string, kind = K_FAMILY, sur = -1): Sk => ({ age, male, rel, kind, sur });

/** Husband and wife ages for a couple whose husband is in [lo, hi]. */
function couple(r: Rng, s: AgeSampler, lo: number, hi: number, wifeMin: number, wifeMax: number): [number, number] {
  const h = s.sample(r, lo, hi);
  let w = s.sample(r, Math.max(wifeMin, h - 8), Math.min(wifeMax, h + 3));
  if (w < 0) w = Math.min(wifeMax, Math.max(wifeMin, h - 2));
  return [h, w];
}

function addAwayChild(r: Rng, s: AgeSampler, m: Sk[], parentAge: number, fatherIdx: number) {
  const a = s.sample(r, Math.max(18, parentAge - 42), Math.min(75, parentAge - 20));
  if (a < 0) return;
  const male = r() < 0.5;
  // A child follows the father's surname; a widowed mother's child has her late husband's.
  const sur = fatherIdx >= 0 ? fatherIdx : r() < 0.15 ? 0 : -1;
  m.push(sk(a, male, child(male), K_AWAY, sur));
}

function addLodger(r: Rng, s: AgeSampler, m: Sk[], p: number) {
  if (r() < p) m.push(sk(s.sample(r, 20, 40), r() < 0.6, '租户', K_LODGER));
}

/** Children of a mother aged `motherAge`, at most `maxAge` old. */
function addChildren(
  r: Rng,
  s: AgeSampler,
  m: Sk[],
  n: number,
  motherAge: number,
  maxAge: number,
  fatherIdx: number,
  motherIdx: number,
  grand: '' | '孙' | '外孙' = '',
) {
  for (let i = 0; i < n; i++) {
    // Mothers give birth between about 22 and 42.
    const a = s.sample(r, Math.max(0, motherAge - 42), Math.min(maxAge, motherAge - 22));
    if (a < 0) return;
    const male = r() < 0.515;
    const rel = grand ? `${grand}${male ? '子' : '女'}` : child(male);
    m.push(sk(a, male, rel, K_FAMILY, fatherIdx >= 0 && r() < 0.96 ? fatherIdx : motherIdx));
  }
}

function skeleton(type: number, r: Rng, s: AgeSampler): Sk[] {
  const m: Sk[] = [];
  switch (type) {
    case T_ELDER_ALONE: {
      const a = s.sample(r, 60, MAX_AGE);
      const male = r() < (a >= 80 ? 0.3 : 0.42);
      m.push(sk(a, male, '户主'));
      if (r() < AWAY_CHILD_SHARE) addAwayChild(r, s, m, a, male ? 0 : -1);
      break;
    }
    case T_ELDER_COUPLE: {
      const [h, w] = couple(r, s, 61, 100, 60, MAX_AGE);
      if (r() < 0.85) m.push(sk(h, true, '户主'), sk(w, false, '配偶'));
      else m.push(sk(w, false, '户主'), sk(h, true, '配偶'));
      if (r() < AWAY_CHILD_SHARE) addAwayChild(r, s, m, w, m[0]!.male ? 0 : 1);
      break;
    }
    case T_ELDER_CHILD: {
      const both = r() < 0.35;
      let f = -1;
      let mo: number;
      if (both) [f, mo] = couple(r, s, 65, 100, 60, MAX_AGE);
      else mo = s.sample(r, 65, MAX_AGE);
      const singleIsMale = !both && r() < 0.28;
      const ca = Math.max(22, s.sample(r, Math.max(22, mo - 42), Math.min(72, mo - 20)));
      const cm = r() < 0.5;
      if (r() < 0.5) {
        // The adult child heads the household.
        m.push(sk(ca, cm, '户主', K_FAMILY, both || singleIsMale ? 1 : r() < 0.15 ? 1 : -1));
        if (both) m.push(sk(f, true, '父亲'), sk(mo, false, '母亲'));
        else m.push(sk(mo, singleIsMale, singleIsMale ? '父亲' : '母亲'));
      } else {
        if (both) m.push(sk(f, true, '户主'), sk(mo, false, '配偶'), sk(ca, cm, child(cm), K_FAMILY, 0));
        else m.push(sk(mo, singleIsMale, '户主'), sk(ca, cm, child(cm), K_FAMILY, singleIsMale || r() < 0.15 ? 0 : -1));
      }
      break;
    }
    case T_ELDER_CARER: {
      if (r() < 0.78) {
        const a = s.sample(r, 72, MAX_AGE);
        const male = r() < 0.3;
        m.push(sk(a, male, '户主'));
        if (r() < AWAY_CHILD_SHARE) addAwayChild(r, s, m, a, male ? 0 : -1);
      } else {
        const [h, w] = couple(r, s, 72, 100, 65, MAX_AGE);
        m.push(sk(h, true, '户主'), sk(w, false, '配偶'));
        if (r() < AWAY_CHILD_SHARE) addAwayChild(r, s, m, w, 0);
      }
      m.push(sk(s.sample(r, 38, 62), r() < 0.05, '其他', K_CARER));
      break;
    }
    case T_THREE_GEN: {
      const both = r() < 0.55;
      let gf = -1;
      let gm = -1;
      if (both) [gf, gm] = couple(r, s, 58, 96, 55, 100);
      else if (r() < 0.3) gf = s.sample(r, 60, 100);
      else gm = s.sample(r, 58, 100);
      const g = gm >= 0 ? gm : gf - 2;
      const mid = Math.max(25, s.sample(r, Math.max(25, g - 40), Math.min(64, g - 20)));
      const midMale = r() < 0.6;
      const sp = Math.max(22, s.sample(r, midMale ? mid - 8 : mid - 3, midMale ? mid + 3 : mid + 8));
      const motherAge = midMale ? sp : mid;
      const nKids = r() < 0.8 ? 1 : 2;
      const grandHead = r() < 0.45;
      if (grandHead) {
        // Grandparent(s), then the middle generation and its spouse, then grandchildren.
        if (gf >= 0) m.push(sk(gf, true, '户主'));
        if (gm >= 0) m.push(sk(gm, false, gf >= 0 ? '配偶' : '户主'));
        const midIdx = m.length;
        const gfIdx = gf >= 0 ? 0 : -1;
        m.push(sk(mid, midMale, child(midMale), K_FAMILY, gfIdx >= 0 ? gfIdx : r() < 0.15 ? 0 : -1));
        m.push(sk(sp, !midMale, midMale ? '儿媳' : '女婿'));
        addChildren(r, s, m, nKids, motherAge, 28, midMale ? midIdx : midIdx + 1, midMale ? midIdx + 1 : midIdx, midMale ? '孙' : '外孙');
      } else {
        // The middle generation heads; it follows its father's surname (a widowed mother's child: the late father's).
        m.push(sk(mid, midMale, '户主', K_FAMILY, gf >= 0 || r() < 0.15 ? 2 : -1));
        m.push(sk(sp, !midMale, '配偶'));
        if (gf >= 0) m.push(sk(gf, true, '父亲'));
        if (gm >= 0) m.push(sk(gm, false, '母亲'));
        addChildren(r, s, m, nKids, motherAge, 28, midMale ? 0 : 1, midMale ? 1 : 0);
      }
      break;
    }
    case T_COUPLE_CHILD: {
      const [h, w] = couple(r, s, 25, 59, 22, 59);
      const husbandHead = r() < 0.82;
      m.push(husbandHead ? sk(h, true, '户主') : sk(w, false, '户主'), husbandHead ? sk(w, false, '配偶') : sk(h, true, '配偶'));
      const u = r();
      addChildren(r, s, m, u < 0.8 ? 1 : u < 0.99 ? 2 : 3, w, 32, husbandHead ? 0 : 1, husbandHead ? 1 : 0);
      addLodger(r, s, m, 0.02);
      break;
    }
    case T_COUPLE: {
      const [h, w] = couple(r, s, 22, 59, 20, 59);
      const husbandHead = r() < 0.8;
      m.push(husbandHead ? sk(h, true, '户主') : sk(w, false, '户主'), husbandHead ? sk(w, false, '配偶') : sk(h, true, '配偶'));
      if (h >= 45 && r() < 0.25) addAwayChild(r, s, m, w, husbandHead ? 0 : 1);
      addLodger(r, s, m, 0.03);
      break;
    }
    case T_SINGLE: {
      m.push(sk(s.sample(r, 20, 59), r() < 0.55, '户主'));
      addLodger(r, s, m, 0.03);
      break;
    }
    case T_SINGLE_PARENT: {
      const male = r() < 0.2;
      const a = s.sample(r, 28, 58);
      m.push(sk(a, male, '户主'));
      // A single mother's children mostly carry their father's surname.
      addChildren(r, s, m, r() < 0.85 ? 1 : 2, male ? a - 2 : a, 25, male ? 0 : -1, male ? -1 : r() < 0.3 ? 0 : -1);
      break;
    }
    case T_SHARED: {
      const u = r();
      const n = u < 0.45 ? 2 : u < 0.8 ? 3 : 4;
      m.push(sk(s.sample(r, 19, 45), r() < 0.55, '户主'));
      for (let i = 1; i < n; i++) m.push(sk(s.sample(r, 19, 45), r() < 0.55, '其他', K_COTENANT));
      break;
    }
    case T_MIGRANT_FAMILY: {
      const [h, w] = couple(r, s, 24, 50, 21, 50);
      const husbandHead = r() < 0.88;
      m.push(husbandHead ? sk(h, true, '户主') : sk(w, false, '户主'), husbandHead ? sk(w, false, '配偶') : sk(h, true, '配偶'));
      // Many migrant couples leave their children with grandparents at home (留守儿童).
      const u = r();
      addChildren(r, s, m, u < 0.35 ? 0 : u < 0.85 ? 1 : 2, w, 16, husbandHead ? 0 : 1, husbandHead ? 1 : 0);
      if (r() < 0.2) {
        // A grandparent come to help with the children (随迁老人).
        const head = m[0]!;
        const ga = s.sample(r, Math.max(48, head.age + 20), Math.min(80, head.age + 36));
        if (ga >= 0) {
          const gmale = r() < 0.35;
          m.push(sk(ga, gmale, gmale ? '父亲' : '母亲', K_FAMILY, gmale ? 0 : -1));
        }
      }
      break;
    }
    case T_FOREIGN: {
      const u = r();
      if (u < 0.4) m.push(sk(s.sample(r, 23, 65), r() < 0.6, '户主'));
      else {
        const [h, w] = couple(r, s, 25, 65, 23, 65);
        m.push(sk(h, true, '户主'), sk(w, false, '配偶'));
        if (u >= 0.7) addChildren(r, s, m, r() < 0.6 ? 1 : 2, w, 17, 0, 1);
      }
      break;
    }
  }
  return m;
}

// ---------------------------------------------------------------------------------------------------------------
// Calibration
// ---------------------------------------------------------------------------------------------------------------

interface TypeStats {
  n: number; // living members per household
  e: number; // living members aged 60+
  a: number; // living members aged 60+ who live alone
  hist: Float64Array; // living members per age band
}

interface Calibration {
  sampler: AgeSampler;
  /** Per housing type code (and '' for the default): cumulative weights of the 12 compositions. */
  typeCum: Map<string, Float64Array>;
  /** What the calibration expects on the reference mix (for the report and tests). */
  expected: { bands: number[]; share60: number; aloneShare: number; livingPerHouse: number };
}

function sampleStats(type: number, s: AgeSampler, samples: number): TypeStats {
  const r = mulberry32(0x5eed + type * 7919);
  const st: TypeStats = { n: 0, e: 0, a: 0, hist: new Float64Array(BANDS) };
  for (let i = 0; i < samples; i++) {
    const m = skeleton(type, r, s);
    let living = 0;
    let old = 0;
    for (const p of m) {
      if (p.kind === K_AWAY) continue;
      living++;
      if (p.age >= 60) old++;
      st.hist[bandOf(p.age)]!++;
    }
    st.n += living;
    st.e += old;
    if (living === 1 && old === 1) st.a++;
  }
  st.n /= samples;
  st.e /= samples;
  st.a /= samples;
  for (let b = 0; b < BANDS; b++) st.hist[b]! /= samples;
  return st;
}

/** Mix of x (alone), y (g2) and z (g3) giving the wanted shares; clamped to non-negative if unreachable. */
function solveMix(g: TypeStats[], e60: number, alone: number): [number, number, number] {
  const [g1, g2, g3] = g as [TypeStats, TypeStats, TypeStats];
  const m = [
    [g1.a - alone * g1.e, g2.a - alone * g2.e, g3.a - alone * g3.e],
    [g1.e - e60 * g1.n, g2.e - e60 * g2.n, g3.e - e60 * g3.n],
    [1, 1, 1],
  ];
  const det = (a: number[][]) =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) -
    a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) +
    a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m);
  const rhs = [0, 0, 1];
  const sol = [0, 1, 2].map((col) => det(m.map((row, i) => row.map((v, j) => (j === col ? rhs[i]! : v)))) / d);
  let [x, y, z] = sol.map((v) => (Number.isFinite(v) ? Math.max(0, v) : 0)) as [number, number, number];
  const sum = x + y + z || 1;
  x /= sum;
  y /= sum;
  z /= sum;
  return [x, y, z];
}

function mixStats(types: readonly number[], weights: readonly number[], stats: TypeStats[]): TypeStats {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const out: TypeStats = { n: 0, e: 0, a: 0, hist: new Float64Array(BANDS) };
  types.forEach((t, i) => {
    const w = weights[i]! / total;
    const st = stats[t]!;
    out.n += w * st.n;
    out.e += w * st.e;
    out.a += w * st.a;
    for (let b = 0; b < BANDS; b++) out.hist[b]! += w * st.hist[b]!;
  });
  return out;
}

let calibrationCache: Calibration | null = null;

function calibrate(): Calibration {
  if (calibrationCache) return calibrationCache;
  const target = AGE_BANDS.map((v) => v / AGE_BANDS.reduce((a, b) => a + b, 0));
  const e60 = target.slice(12).reduce((a, b) => a + b, 0);
  const weights = new Float64Array(MAX_AGE + 1);
  for (let a = 0; a <= MAX_AGE; a++) weights[a] = target[bandOf(a)]! / (a >= 100 ? MAX_AGE - 99 : 5);
  const profiles: Array<[string, HousingProfile]> = [...Object.entries(HOUSING), ['', DEFAULT_HOUSING]];
  let c = 1;
  let result: Calibration | null = null;
  const ROUNDS = 10;
  for (let round = 0; round < ROUNDS; round++) {
    const sampler = new AgeSampler(weights);
    const stats = Array.from({ length: TYPES }, (_, t) => sampleStats(t, sampler, 6000));
    const mixes = new Map<string, [number, number, number]>();
    const groups = new Map<string, TypeStats[]>();
    for (const [code, p] of profiles) groups.set(code, [stats[T_ELDER_ALONE]!, mixStats(G2_TYPES, p.g2, stats), mixStats(G3_TYPES, p.g3, stats)]);
    // The district-level share on the reference mix is the target: scale the housing types' factors to it.
    for (let it = 0; it < 30; it++) {
      let people = 0;
      let old = 0;
      for (const [code, p] of profiles) {
        const g = groups.get(code)!;
        const mix = solveMix(g, Math.min(0.95, e60 * p.elderlyFactor * c), ELDERLY_ALONE_SHARE);
        mixes.set(code, mix);
        const occ = 1 - p.vacant - p.shop - p.other;
        const n = mix[0] * g[0]!.n + mix[1] * g[1]!.n + mix[2] * g[2]!.n;
        people += p.houseShare * occ * n;
        old += p.houseShare * occ * (mix[0] * g[0]!.e + mix[1] * g[1]!.e + mix[2] * g[2]!.e);
      }
      c *= e60 / (old / people);
    }
    // The pyramid this gives, and the age weights reshaped towards the target.
    const bands = new Float64Array(BANDS);
    let people = 0;
    let old = 0;
    let alone = 0;
    let houses = 0;
    for (const [code, p] of profiles) {
      const g = groups.get(code)!;
      const mix = mixes.get(code)!;
      const occ = p.houseShare * (1 - p.vacant - p.shop - p.other);
      houses += p.houseShare;
      for (let k = 0; k < 3; k++) {
        const st = g[k]!;
        people += occ * mix[k]! * st.n;
        old += occ * mix[k]! * st.e;
        alone += occ * mix[k]! * st.a;
        for (let b = 0; b < BANDS; b++) bands[b]! += occ * mix[k]! * st.hist[b]!;
      }
    }
    const got = Array.from(bands, (v) => v / people);
    const typeCum = new Map<string, Float64Array>();
    for (const [code, p] of profiles) {
      const [x, y, z] = mixes.get(code)!;
      const w = new Float64Array(TYPES);
      w[T_ELDER_ALONE] = x;
      const s2 = p.g2.reduce((a, b) => a + b, 0);
      const s3 = p.g3.reduce((a, b) => a + b, 0);
      G2_TYPES.forEach((t, i) => (w[t] = (y * p.g2[i]!) / s2));
      G3_TYPES.forEach((t, i) => (w[t] = (z * p.g3[i]!) / s3));
      for (let t = 1; t < TYPES; t++) w[t]! += w[t - 1]!;
      typeCum.set(code, w);
    }
    result = { sampler, typeCum, expected: { bands: got, share60: old / people, aloneShare: alone / old, livingPerHouse: people / houses } };
    if (round < ROUNDS - 1) for (let a = 0; a <= MAX_AGE; a++) if (got[bandOf(a)]! > 0) weights[a]! *= target[bandOf(a)]! / got[bandOf(a)]!;
  }
  calibrationCache = result!;
  return result!;
}

// ---------------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------------

/** Surnames common among Shanghai natives (Shanghai public security surname rankings: 张王陈李徐朱周沈陆顾 lead). */
const SURNAMES_SHANGHAI = new Weighted<string>(
  (
    [
      ['张', 6.2],
      ['王', 6],
      ['陈', 5.8],
      ['李', 4.2],
      ['徐', 3.6],
      ['朱', 3.3],
      ['周', 3.1],
      ['沈', 2.9],
      ['陆', 2.7],
      ['顾', 2.6],
      ['吴', 2.6],
      ['黄', 2.3],
      ['杨', 2.2],
      ['刘', 2],
      ['钱', 1.5],
      ['孙', 1.5],
      ['姚', 1.3],
      ['金', 1.3],
      ['胡', 1.3],
      ['蒋', 1.2],
      ['施', 1.2],
      ['曹', 1.1],
      ['倪', 1],
      ['汤', 1],
      ['唐', 1],
      ['龚', 0.9],
      ['许', 0.9],
      ['马', 0.8],
      ['郁', 0.7],
      ['范', 0.7],
      ['俞', 0.7],
      ['夏', 0.7],
      ['潘', 0.7],
      ['袁', 0.7],
      ['邱', 0.6],
      ['秦', 0.6],
      ['严', 0.6],
      ['叶', 0.6],
      ['郑', 0.6],
      ['林', 0.6],
      ['宋', 0.5],
      ['谢', 0.5],
      ['奚', 0.4],
      ['褚', 0.3],
      ['戴', 0.5],
      ['陶', 0.5],
      ['方', 0.5],
      ['姜', 0.4],
      ['丁', 0.5],
      ['高', 0.5],
      ['毛', 0.4],
      ['赵', 0.6],
      ['何', 0.5],
      ['罗', 0.3],
      ['梁', 0.3],
      ['邵', 0.4],
      ['瞿', 0.3],
      ['卫', 0.2],
      ['浦', 0.2],
      ['欧阳', 0.03],
    ] as const
  ).map(([n, w]) => [n, w] as const),
);
/** China's most common surnames (Ministry of Public Security 2020 ranking: 王李张刘陈杨黄赵吴周 …). */
const SURNAMES_CHINA = new Weighted<string>(
  (
    [
      ['王', 7.1],
      ['李', 7],
      ['张', 6.7],
      ['刘', 5.4],
      ['陈', 4.6],
      ['杨', 3.1],
      ['黄', 2.4],
      ['赵', 2.3],
      ['吴', 2],
      ['周', 1.9],
      ['徐', 1.6],
      ['孙', 1.5],
      ['马', 1.3],
      ['朱', 1.2],
      ['胡', 1.15],
      ['郭', 1.1],
      ['何', 1],
      ['高', 0.95],
      ['林', 0.95],
      ['罗', 0.9],
      ['郑', 0.8],
      ['梁', 0.7],
      ['谢', 0.65],
      ['宋', 0.6],
      ['唐', 0.6],
      ['许', 0.55],
      ['韩', 0.55],
      ['冯', 0.5],
      ['邓', 0.5],
      ['曹', 0.5],
      ['彭', 0.45],
      ['曾', 0.45],
      ['肖', 0.45],
      ['田', 0.4],
      ['董', 0.4],
      ['袁', 0.4],
      ['潘', 0.38],
      ['于', 0.37],
      ['蒋', 0.37],
      ['蔡', 0.36],
      ['余', 0.35],
      ['杜', 0.34],
      ['叶', 0.34],
      ['程', 0.33],
      ['苏', 0.3],
      ['魏', 0.3],
      ['吕', 0.3],
      ['丁', 0.3],
      ['任', 0.3],
      ['沈', 0.28],
      ['姚', 0.28],
      ['卢', 0.28],
      ['姜', 0.27],
      ['崔', 0.25],
      ['钟', 0.25],
      ['谭', 0.24],
      ['陆', 0.23],
      ['汪', 0.22],
      ['范', 0.22],
      ['金', 0.21],
      ['石', 0.21],
      ['廖', 0.2],
      ['贾', 0.2],
      ['夏', 0.2],
      ['韦', 0.2],
      ['付', 0.19],
      ['方', 0.19],
      ['白', 0.18],
      ['邹', 0.18],
      ['孟', 0.17],
      ['熊', 0.17],
      ['秦', 0.17],
      ['邱', 0.17],
      ['江', 0.16],
      ['尹', 0.16],
      ['薛', 0.15],
      ['闫', 0.15],
      ['段', 0.14],
      ['雷', 0.14],
      ['侯', 0.14],
      ['龙', 0.13],
      ['史', 0.13],
      ['陶', 0.12],
      ['黎', 0.12],
      ['贺', 0.12],
      ['顾', 0.12],
      ['毛', 0.11],
      ['郝', 0.11],
      ['龚', 0.11],
      ['邵', 0.11],
      ['万', 0.1],
      ['钱', 0.1],
      ['严', 0.1],
      ['欧阳', 0.03],
      ['上官', 0.005],
    ] as const
  ).map(([n, w]) => [n, w] as const),
);
const SURNAMES_TAIWAN = new Weighted<string>([
  ['陈', 11],
  ['林', 8],
  ['黄', 6],
  ['张', 5],
  ['李', 5],
  ['王', 4],
  ['吴', 4],
  ['刘', 3],
  ['蔡', 3],
  ['杨', 3],
  ['许', 2],
  ['郑', 2],
  ['谢', 2],
  ['洪', 1.5],
  ['郭', 1.5],
]);

/** Given-name characters by birth cohort (before 1950, 1950–64, 1965–79, 1980–94, 1995–2009, 2010 on) and gender. */
const GIVEN: ReadonlyArray<{ male: string[]; female: string[]; maleWhole: string[]; femaleWhole: string[]; single: number }> = [
  {
    male: chars('国德福祥根荣宝兴金富昌海林忠庆财生发贵志文水炳章耀培寿康鸿仁义明泉松鹤'),
    female: chars('秀英兰珍凤芳桂妹娣宝翠琴玉美菊月梅云素金彩惠淑莲娥'),
    maleWhole: words('根宝 金龙 国良 德明 庆华 福根 荣生 宝林 志祥 兴发 德福 金生 炳坤 耀祖 鸿昌 海根 水根 文彬 仁杰 阿大'),
    femaleWhole: words('秀英 桂英 凤英 玉兰 秀珍 美娣 金妹 桂兰 素珍 彩凤 月娥 菊英 翠华 惠珍 淑贞 莲娣 宝娣 银娣 阿娟 小妹'),
    single: 0.12,
  },
  {
    male: chars('建国华明伟平军强卫东新跃永忠民林荣勇胜利刚峰斌文敏海'),
    female: chars('红丽敏萍霞华玲燕静芳英梅琴雪慧美凤珍'),
    maleWhole: words('建国 卫国 建华 国强 建平 跃进 卫东 红兵 国庆 建军 志刚 永明 新民 胜利 海平 伟民 国平 建新'),
    femaleWhole: words('红梅 丽华 秀英 美华 凤英 建华 玉珍 红英 桂芳 丽萍 雪芳 小红 惠娟 美玲'),
    single: 0.25,
  },
  {
    male: chars('伟磊勇军斌强杰涛刚峰华俊健敏辉鹏波骏毅明亮晓文海宇忠春'),
    female: chars('丽静敏燕艳娟霞婷颖琳洁莉蕾晶雯慧红萍芳琴佳华英'),
    maleWhole: [],
    femaleWhole: [],
    single: 0.38,
  },
  {
    male: chars('伟磊杰涛超鹏俊斌浩宇晨峰辉骏毅明亮晓文嘉翔健旻炜'),
    female: chars('婷静丽敏燕颖琳洁蕾晶雯慧倩佳菁瑾怡晓琪莹艳丹娜'),
    maleWhole: [],
    femaleWhole: [],
    single: 0.3,
  },
  {
    male: chars('浩宇杰俊昊磊晨轩睿博文天逸嘉子豪凯鑫翔泽航骏辰一'),
    female: chars('婷雯琪佳怡欣悦颖晶倩雪婕思诗梦瑶琳蕾菲薇雨涵'),
    maleWhole: [],
    femaleWhole: [],
    single: 0.12,
  },
  {
    male: chars('梓子浩宇轩睿辰泽奕铭沐宸航皓煜一彦锦承熙俊晨'),
    female: chars('梓子欣诗涵萱怡若语可思一雨悦彤芊沐妍汐朵琪瑶'),
    maleWhole: [],
    femaleWhole: [],
    single: 0.06,
  },
];
const TAIWAN_GIVEN = {
  male: words('志明 家豪 俊宏 建宏 冠宇 宗翰 承恩 柏翰 信宏 志伟 彦廷 国华'),
  female: words('雅婷 怡君 淑芬 佳蓉 欣怡 诗涵 美玲 宜蓁 佩珊 郁婷 筱涵 淑惠'),
};

function cohortOf(year: number): number {
  return year < 1950 ? 0 : year < 1965 ? 1 : year < 1980 ? 2 : year < 1995 ? 3 : year < 2010 ? 4 : 5;
}

function givenName(r: Rng, year: number, male: boolean): string {
  const g = GIVEN[cohortOf(year)]!;
  const whole = male ? g.maleWhole : g.femaleWhole;
  if (whole.length && r() < 0.45) return pickOf(r, whole);
  const pool = male ? g.male : g.female;
  const a = pickOf(r, pool);
  if (r() < g.single) return a;
  // Doubled characters (婷婷, 丽丽) are a girls' name habit; otherwise two different characters.
  if (!male && r() < 0.04) return a + a;
  let b = pickOf(r, pool);
  if (b === a) b = pool[(pool.indexOf(a) + 1) % pool.length]!;
  return a + b;
}

/** Foreign names, Latin or Chinese as they are written on forms. */
const FOREIGN_NAMES: Record<
  string,
  { family: string[]; male: string[]; female: string[]; latin?: number; cjk?: { family: string[]; male: string[]; female: string[] } }
> = {
  日本: {
    family: words('SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO'),
    male: words('HIROSHI TAKESHI KENTA DAISUKE SHOTA YUKI HARUTO RYO'),
    female: words('YUKO AYUMI HARUKA MISAKI SAKURA YUI AOI MAI'),
    latin: 0.4,
    cjk: {
      family: words('佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤'),
      male: words('浩 武 健太 大辅 翔太 雄一 阳翔 亮'),
      female: words('裕子 步美 遥 美咲 樱 结衣 葵 麻衣'),
    },
  },
  韩国: {
    family: words('KIM LEE PARK CHOI JUNG KANG CHO YOON'),
    male: words('MINJUN SEOJUN JIHO DOYUN HYUNWOO JUNHO SUNGMIN'),
    female: words('SEOYEON JIWOO MINJI SOYEON HAYOON YUNA EUNJI'),
    latin: 0.5,
    cjk: { family: words('金 李 朴 崔 郑 姜 赵 尹'), male: words('敏俊 瑞俊 智浩 道允 贤宇 俊浩 成民'), female: words('瑞妍 智友 敏智 素妍 夏允 裕娜 恩智') },
  },
  美国: {
    family: words('Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor'),
    male: words('James John Robert Michael David William Daniel Matthew'),
    female: words('Mary Jennifer Linda Elizabeth Sarah Emily Jessica Ashley'),
  },
  法国: {
    family: words('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau'),
    male: words('Pierre Jean Nicolas Julien Antoine Thomas Louis'),
    female: words('Marie Camille Julie Sophie Claire Chloé Léa'),
  },
  德国: {
    family: words('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann'),
    male: words('Thomas Michael Andreas Stefan Markus Lukas Jonas'),
    female: words('Anna Julia Katharina Laura Sabine Lena Hannah'),
  },
  新加坡: {
    family: words('Tan Lim Lee Ng Ong Wong Goh Chua'),
    male: words('Wei Ming|Jun Jie|Kok Leong|Zhi Hao|Jia Wei'.split('|').join(' ')),
    female: words('Hui Min|Xin Yi|Mei Ling|Shu Fen'.split('|').join(' ')),
    latin: 0.3,
    cjk: { family: words('陈 林 李 黄 王 吴 刘 蔡'), male: words('伟明 俊杰 国良 志豪 家伟'), female: words('慧敏 欣怡 美玲 淑芬 佳颖') },
  },
  加拿大: {
    family: words('Smith Brown Tremblay Martin Roy Wilson MacDonald Gagnon'),
    male: words('Liam Noah William Benjamin Ethan Lucas'),
    female: words('Olivia Emma Charlotte Ava Sophie Chloe'),
  },
  英国: {
    family: words('Smith Jones Taylor Brown Williams Wilson Johnson Davies Evans'),
    male: words('Oliver George Harry Jack James William Thomas'),
    female: words('Olivia Amelia Emily Isla Sophie Charlotte Grace'),
  },
  澳大利亚: {
    family: words('Smith Jones Williams Brown Wilson Taylor Nguyen Anderson'),
    male: words('Jack Oliver William Noah Thomas James'),
    female: words('Charlotte Olivia Ava Mia Chloe Isla'),
  },
  意大利: {
    family: words('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci'),
    male: words('Marco Alessandro Luca Giuseppe Francesco Matteo'),
    female: words('Giulia Francesca Sara Chiara Martina Alessia'),
  },
  马来西亚: {
    family: words('Lim Tan Wong Lee Ng Chong'),
    male: words('Chee Keong|Wei Liang|Kah Hoe'.split('|').join(' ')),
    female: words('Mei Fong|Siew Ling|Pei Shan'.split('|').join(' ')),
    latin: 1,
  },
  西班牙: {
    family: words('García Fernández González Rodríguez López Martínez Sánchez'),
    male: words('Antonio Manuel José David Javier Pablo'),
    female: words('María Carmen Lucía Laura Marta Elena'),
  },
  印度: {
    family: words('Sharma Patel Singh Kumar Gupta Reddy Iyer'),
    male: words('Rahul Amit Arjun Vikram Rohan Anil'),
    female: words('Priya Anjali Neha Pooja Divya Kavya'),
  },
};

function foreignName(r: Rng, nationality: string, male: boolean, family: string | null): { name: string; family: string } {
  const n = FOREIGN_NAMES[nationality] ?? FOREIGN_NAMES.美国!;
  const useCjk = n.cjk && r() >= (n.latin ?? 1);
  if (useCjk) {
    const cjk = n.cjk!;
    const fam = family && /\p{Script=Han}/u.test(family) ? family : pickOf(r, cjk.family);
    return { name: fam + pickOf(r, male ? cjk.male : cjk.female), family: fam };
  }
  const given = pickOf(r, male ? n.male : n.female);
  const fam = family && !/\p{Script=Han}/u.test(family) ? family : pickOf(r, n.family);
  // East Asian names in passport order (family name first, capitals); Western names given name first.
  const eastAsian = nationality === '日本' || nationality === '韩国' || nationality === '新加坡' || nationality === '马来西亚';
  return { name: eastAsian ? `${fam.toUpperCase()} ${given.toUpperCase()}` : `${given} ${fam}`, family: fam };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------------

const EPOCH_YEAR = 1900; // day 0 = 1900-01-01, a Monday
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(EPOCH_YEAR, 0, 1);

function parseDay(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`expected a date YYYY-MM-DD, got ${s}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number(m[1]) < 1990) throw new Error(`today ${s} is too early`);
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

/** YYYY-MM-DD for every day from 1900-01-01 to `last`, and each day's year. */
function dayTable(last: number): { str: string[]; year: Uint16Array } {
  const str = new Array<string>(last + 1);
  const year = new Uint16Array(last + 1);
  const mdays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let y = EPOCH_YEAR;
  let mo = 0;
  let d = 1;
  const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  let ys = String(y);
  for (let i = 0; i <= last; i++) {
    str[i] = `${ys}-${pad(mo + 1)}-${pad(d)}`;
    year[i] = y;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const len = mo === 1 && leap ? 29 : mdays[mo]!;
    if (++d > len) {
      d = 1;
      if (++mo > 11) {
        mo = 0;
        y++;
        ys = String(y);
      }
    }
  }
  return { str, year };
}

// ---------------------------------------------------------------------------------------------------------------
// The household generator
// ---------------------------------------------------------------------------------------------------------------

type Origin = 'local' | 'migrant' | 'foreign' | 'hmt';

interface Identity {
  docType: DocType;
  docNumber: string;
  residence: Residence;
  nationality: string | null;
  division: string | null;
  family: string;
  ethnicity: string | null;
}

class HouseholdGenerator {
  private readonly r: Rng;
  private readonly cal = calibrate();
  private readonly today: number;
  private readonly days: { str: string[]; year: Uint16Array };
  private readonly ownDivisions: Weighted<readonly [string, number, number]>;
  private readonly cityDivisions: string[];
  private readonly origins: Weighted<readonly string[]>;
  private readonly minorities = new Weighted<string>(MINORITIES);
  private readonly nationalities = new Weighted<readonly [string, number, string]>(NATIONALITIES.map((n) => [n, n[1]] as const));
  private readonly province: string;
  // ID sequence counters: per division, per birth day and gender (allocated when a division is first used).
  private readonly divisionIndex = new Map<string, number>();
  private readonly counters: Uint16Array[] = [];
  private phoneCount = 0;
  private passportCount = 0;
  private permitCount = 0;
  private readonly phoneOffset: number;
  private readonly phoneKeys = new Uint32Array(4);
  private readonly passportKeys = new Uint32Array(4);
  private readonly permitKeys = new Uint32Array(4);

  constructor(opts: { random: Rng; today: string; districtCode: string }) {
    this.r = opts.random;
    this.today = parseDay(opts.today);
    this.days = dayTable(this.today);
    const dc = opts.districtCode;
    const own = OWN_DIVISIONS[dc] ?? [[dc, 1, 9999] as const];
    this.ownDivisions = new Weighted(own.map((o) => [o, o[1]] as const));
    const ownCodes = new Set(own.map((o) => o[0]));
    this.cityDivisions = (CITY_DIVISIONS[dc.slice(0, 4)] ?? []).filter((c) => !ownCodes.has(c));
    if (!this.cityDivisions.length) this.cityDivisions = [dc];
    this.province = dc.slice(0, 2);
    const origins = MIGRANT_ORIGINS.filter(([, codes]) => !codes[0]!.startsWith(this.province));
    this.origins = new Weighted(origins.map(([w, codes]) => [codes, w] as const));
    this.phoneOffset = Math.floor(this.r() * PHONE_PREFIXES.length * 1e8);
    for (const keys of [this.phoneKeys, this.passportKeys, this.permitKeys]) for (let i = 0; i < 4; i++) keys[i] = Math.floor(this.r() * 4294967296);
  }

  // --- numbers -----------------------------------------------------------------------------------------------

  /** A resident ID number unique in this run: the sequence is the next free one for (division, birth day, gender). */
  private residentId(division: string, birthDay: number, male: boolean): { id: string; birthDay: number } {
    let di = this.divisionIndex.get(division);
    if (di === undefined) {
      di = this.counters.length;
      this.divisionIndex.set(division, di);
      this.counters.push(new Uint16Array((this.today + 1) * 2));
    }
    const counts = this.counters[di]!;
    const cap = male ? 500 : 499; // odd 001–999 for men, even 002–998 for women
    let day = birthDay;
    for (;;) {
      const slot = day * 2 + (male ? 1 : 0);
      const n = counts[slot]!;
      if (n < cap) {
        counts[slot] = n + 1;
        // A fixed permutation of the free sequence numbers, so numbers look issued rather than counted.
        const off = (Math.imul(day + 1, 0x9e3779b1) ^ Math.imul(di + 7, 0x85ebca6b)) >>> 0;
        const idx = (n * 211 + (off % cap)) % cap;
        const seq = male ? 1 + 2 * idx : 2 + 2 * idx;
        return { id: makeResidentId(division, this.days.str[day]!, seq), birthDay: day };
      }
      day = day > 0 ? day - 1 : this.today; // all taken that day (never at demo scale): the day before
    }
  }

  private phone(age: number): string | null {
    if (this.r() >= phoneChance(age)) return null;
    const n = PHONE_PREFIXES.length * 1e8;
    // Counter → (prefix, 8-digit index) bijectively, then the index permuted: unique and random-looking.
    const x = affine(1_640_531_527, this.phoneCount++, this.phoneOffset, n);
    const sub = permute8(Math.floor(x / PHONE_PREFIXES.length), this.phoneKeys);
    return PHONE_PREFIXES[x % PHONE_PREFIXES.length]! + String(sub).padStart(8, '0');
  }

  private nextPassportBase(): number {
    return permute8(this.passportCount++, this.passportKeys);
  }

  private passport(nationality: string): string {
    const u = this.nextPassportBase();
    const L = 'ABCDEFGHJK';
    const hi = Math.floor(u / 1e7);
    const lo7 = String(u % 1e7).padStart(7, '0');
    const u8 = String(u).padStart(8, '0');
    switch (nationality) {
      case '美国':
        return `${5 + (u % 2)}${u8}`;
      case '日本':
        return `T${L[hi]}${lo7}`;
      case '韩国':
        return `M${u8}`;
      case '法国':
        return `${String(Math.floor(u / 1e5) % 100).padStart(2, '0')}${L[hi]}${'CDFHJK'[u % 6]}${String(u % 1e5).padStart(5, '0')}`;
      case '德国':
        return `C${u8}`;
      case '新加坡':
        return `E${lo7}${L[hi]}`;
      case '加拿大':
        return `${L[Math.floor(u / 1e7)]}${L[Math.floor(u / 1e6) % 10]}${String(u % 1e6).padStart(6, '0')}`;
      case '英国':
        return `1${u8}`;
      case '澳大利亚':
        return `P${L[hi]}${lo7}`;
      case '意大利':
        return `Y${L[hi]}${lo7}`;
      case '马来西亚':
        return `A${u8}`;
      case '西班牙':
        return `P${L[hi]}${L[Math.floor(u / 1e6) % 10]}${String(u % 1e6).padStart(6, '0')}`;
      default:
        return `${L[hi]}${lo7}`;
    }
  }

  /** 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and 8 digits, on the 2013 card 10 (2 more for the issue). */
  private hmtPermit(kind: 'HK' | 'MO' | 'TW'): string {
    const u = permute8(this.permitCount++, this.permitKeys);
    const u8 = String(u).padStart(8, '0');
    if (kind === 'TW') return u8; // 台湾居民来往大陆通行证: 8 digits
    const core = `${kind === 'HK' ? 'H' : 'M'}${u8}`;
    return this.r() < 0.7 ? `${core}0${Math.floor(this.r() * 3)}` : core;
  }

  // --- identities --------------------------------------------------------------------------------------------

  private birthDay(age: number): number {
    const d = this.today - Math.floor(age * 365.2425) - 1 - Math.floor(this.r() * 364);
    return Math.max(d, 0);
  }

  private localDivision(year: number, age: number, adultOutsider: boolean): string {
    const r = this.r;
    const u = r();
    const other = adultOutsider ? 0.3 : age <= 18 ? 0.1 : 0.2;
    const province = adultOutsider ? 0.2 : age <= 18 ? 0 : year >= 1965 && year < 1998 ? 0.15 : 0.06;
    if (u < province) return pickOf(r, this.origins.pick(r));
    if (u < province + other) return pickOf(r, this.cityDivisions);
    const [code, , retired] = this.ownDivisions.pick(r);
    return year > retired ? (this.ownDivisions.items.find((o) => o[2] === 9999)?.[0] ?? code) : code;
  }

  private ethnicity(): string {
    return this.r() < MINORITY_SHARE ? this.minorities.pick(this.r) : '汉族';
  }

  household(h: GeneratorHouse): GeneratedHousehold {
    const r = this.r;
    const profile = (h.housingType && HOUSING[h.housingType]) || DEFAULT_HOUSING;
    const cum = this.cal.typeCum.get(h.housingType && HOUSING[h.housingType] ? h.housingType : '')!;
    const [aLo, aHi] = profile.area;
    const areaM2 = Math.round((aLo + (aHi - aLo) * r() ** 1.4) * 100) / 100;
    const u = r();
    if (u < profile.vacant + profile.shop + profile.other) {
      const use: HouseUse = u < profile.vacant ? 'vacant' : u < profile.vacant + profile.shop ? 'shop' : 'other';
      const ownership = use === 'vacant' ? (r() < profile.publicRental * 0.5 ? 'public_rental' : 'private') : r() < 0.7 ? 'private' : 'other';
      return { houseId: h.houseId, members: [], use, areaM2, ownership };
    }
    const tu = r() * cum[TYPES - 1]!;
    let type = 0;
    while (type < TYPES - 1 && tu >= cum[type]!) type++;
    let sks = skeleton(type, r, this.cal.sampler);
    const elderly = ELDERLY_TYPES.has(type);

    // Tenure and ownership.
    const rental = type === T_SHARED || type === T_MIGRANT_FAMILY || (type === T_FOREIGN ? r() < 0.8 : r() < (elderly ? profile.rentElder : profile.rentYoung));
    let ownership: GeneratedHousehold['ownership'] = 'private';
    let publicLease = false;
    if (rental) ownership = r() < 0.97 ? 'private' : 'other';
    else if (r() < profile.publicRental) {
      ownership = 'public_rental';
      publicLease = true;
    } else if (r() < 0.02) ownership = 'other';

    // Where the household comes from.
    let origin: Origin = 'local';
    if (type === T_FOREIGN) origin = 'foreign';
    else if (type === T_MIGRANT_FAMILY) origin = 'migrant';
    else if (type === T_SHARED) origin = r() < MIGRANT_AMONG_COTENANTS ? 'migrant' : 'local';
    else if (rental) origin = r() < (elderly ? MIGRANT_AMONG_TENANTS * 0.5 : MIGRANT_AMONG_TENANTS) ? 'migrant' : 'local';
    else if (r() < profile.migrantOwner) origin = 'migrant';
    if (!elderly && (origin === 'local' || origin === 'migrant') && type !== T_SHARED && r() < profile.hmt) origin = 'hmt';
    const hmtKind: 'HK' | 'MO' | 'TW' = origin !== 'hmt' ? 'HK' : r() < HMT_SPLIT[0] ? 'HK' : r() < HMT_SPLIT[1] / (1 - HMT_SPLIT[0]) ? 'MO' : 'TW';
    if (rental || origin !== 'local') {
      // Only a household registered here has members registered here who live elsewhere (nobody registers in a
      // flat they rent privately): drop them otherwise.
      const kept = sks.filter((m) => m.kind !== K_AWAY);
      if (kept.length !== sks.length) {
        const at = sks.map((m) => kept.indexOf(m));
        for (const m of kept) m.sur = m.sur >= 0 ? at[m.sur]! : -1;
        sks = kept;
      }
    }
    const nationality = origin === 'foreign' ? this.nationalities.pick(r) : null;
    const householdCounty = origin === 'migrant' ? this.origins.pick(r) : null;

    const address = { committeeCode: h.committeeCode, compound: h.compound, building: h.building, room: h.room };
    const headBirth = this.birthDay(sks[0]!.age);
    // When the household moved in: owners any time since the type's first year (once adult); tenants recently.
    const adultDay = headBirth + 20 * 365;
    let moveIn: number;
    if (rental) moveIn = this.today - 30 - Math.floor(r() * 4 * 365);
    else {
      const first = Math.max(adultDay, Math.round((profile.since - EPOCH_YEAR) * 365.2425));
      const last = this.today - 30;
      moveIn = first < last ? first + Math.floor(r() * (last - first)) : this.today - 30 - Math.floor(r() * 335);
    }
    if (moveIn < headBirth) moveIn = headBirth;

    const n = sks.length;
    const ids: Array<Identity | undefined> = new Array(n);
    const members: GeneratedPerson[] = new Array(n);
    // Members are made in an order where the one a member follows (surname, hometown) comes first.
    const order: number[] = [];
    for (let pass = 0; order.length < n && pass <= n; pass++) {
      for (let i = 0; i < n; i++) {
        if (ids[i] !== undefined || order.includes(i)) continue;
        const s = sks[i]!.sur;
        if (s < 0 || s >= n || s === i || order.includes(s)) order.push(i);
      }
    }
    for (let i = 0; i < n; i++) if (!order.includes(i)) order.push(i);
    for (const i of order) {
      const p = sks[i]!;
      const from = p.sur >= 0 && p.sur < n ? (ids[p.sur] ?? null) : null;
      const bday = i === 0 ? headBirth : this.birthDay(p.age);
      const year = this.days.year[bday]!;
      const isSpouse = p.rel === '配偶' || p.rel === '儿媳' || p.rel === '女婿';

      // Residence and document.
      let personOrigin: Origin = origin;
      if (p.kind === K_CARER) personOrigin = 'migrant';
      else if (p.kind === K_LODGER) personOrigin = r() < 0.8 ? 'migrant' : 'local';
      else if (p.kind === K_COTENANT) personOrigin = r() < MIGRANT_AMONG_COTENANTS ? 'migrant' : 'local';
      else if (origin === 'foreign' && isSpouse && r() < 0.2)
        personOrigin = 'local'; // married to a Chinese citizen
      else if (origin === 'hmt' && isSpouse && r() < 0.5) personOrigin = 'local';
      else if (origin === 'local' && isSpouse && p.age < 55 && p.kind === K_FAMILY && r() < 0.05) personOrigin = 'migrant'; // hukou not moved
      let id: Identity;
      let birthDay = bday;
      if (p.kind === K_AWAY) {
        const division = this.localDivision(year, p.age, false);
        const made = this.residentId(division, bday, p.male);
        birthDay = made.birthDay;
        id = { docType: 'resident_id', docNumber: made.id, residence: 'registered_away', nationality: '中国', division, family: '', ethnicity: null };
      } else if (personOrigin === 'foreign') {
        const nat = nationality ?? this.nationalities.pick(r);
        const permanent = r() < FOREIGN_PERMANENT_SHARE && p.age >= 18;
        let docNumber: string;
        let docType: DocType;
        if (permanent) {
          const made = this.residentId(`9${this.province}${nat[2]}`, bday, p.male);
          birthDay = made.birthDay;
          docNumber = made.id;
          docType = 'foreign_permanent';
        } else {
          docNumber = this.passport(nat[0]);
          docType = 'passport';
        }
        id = { docType, docNumber, residence: 'foreigner', nationality: nat[0], division: null, family: '', ethnicity: null };
      } else if (personOrigin === 'hmt') {
        const kind =
          from && from.docType === 'hk_macao_permit'
            ? from.docNumber.startsWith('M')
              ? 'MO'
              : 'HK'
            : from && from.docType === 'taiwan_permit'
              ? 'TW'
              : hmtKind;
        const docNumber = this.hmtPermit(kind);
        id = {
          docType: kind === 'TW' ? 'taiwan_permit' : 'hk_macao_permit',
          docNumber,
          residence: 'foreigner',
          nationality: kind === 'HK' ? '中国香港' : kind === 'MO' ? '中国澳门' : '中国台湾',
          division: null,
          family: '',
          ethnicity: null,
        };
      } else {
        let division: string;
        if (personOrigin === 'migrant') {
          // Children and a head's parent share the family's hometown registration; spouses often another county.
          if (from?.division && from.residence === 'migrant') division = from.division;
          else if (i === 0 || p.kind === K_FAMILY)
            division = householdCounty && (i === 0 || r() < 0.5) ? pickOf(r, householdCounty) : pickOf(r, this.origins.pick(r));
          else division = pickOf(r, this.origins.pick(r));
        } else {
          division = this.localDivision(year, p.age, isSpouse);
        }
        const made = this.residentId(division, bday, p.male);
        birthDay = made.birthDay;
        id = {
          docType: 'resident_id',
          docNumber: made.id,
          residence: personOrigin === 'migrant' ? 'migrant' : 'registered_living',
          nationality: '中国',
          division,
          family: '',
          ethnicity: null,
        };
      }

      // Name.
      let name: string;
      if (id.residence === 'foreigner' && id.docType !== 'hk_macao_permit' && id.docType !== 'taiwan_permit') {
        const fam = from && from.residence === 'foreigner' ? from.family : null;
        const fn = foreignName(r, id.nationality!, p.male, fam);
        name = fn.name;
        id.family = fn.family;
      } else {
        const family =
          from?.family && /^\p{Script=Han}+$/u.test(from.family)
            ? from.family
            : id.docType === 'taiwan_permit'
              ? SURNAMES_TAIWAN.pick(r)
              : id.residence === 'migrant' || id.docType === 'hk_macao_permit'
                ? SURNAMES_CHINA.pick(r)
                : SURNAMES_SHANGHAI.pick(r);
        id.family = family;
        name =
          family + (id.docType === 'taiwan_permit' && r() < 0.7 ? pickOf(r, p.male ? TAIWAN_GIVEN.male : TAIWAN_GIVEN.female) : givenName(r, year, p.male));
      }

      // Ethnicity (mainland residents only): children mostly follow the parent they are named after.
      if (id.docType === 'resident_id') id.ethnicity = from?.ethnicity && r() < 0.9 ? from.ethnicity : this.ethnicity();
      ids[i] = id;

      // Tie to the house.
      let relation: HouseRelation;
      if (p.kind === K_CARER) relation = 'resident';
      else if (p.kind === K_LODGER || p.kind === K_COTENANT) relation = 'tenant';
      else if (i === 0) relation = rental || publicLease ? 'tenant' : ownership === 'other' ? 'resident' : 'owner';
      else if (p.rel === '配偶' && !rental && !publicLease && ownership === 'private' && r() < 0.7)
        relation = 'owner'; // joint owners
      else relation = 'family';
      // Spouses and children-in-law joined on marriage at the earliest.
      let since = Math.max(moveIn, birthDay, isSpouse ? birthDay + 22 * 365 : 0);
      if (p.kind === K_CARER || p.kind === K_LODGER || p.kind === K_COTENANT) since = Math.max(since, this.today - 30 - Math.floor(r() * 3 * 365));
      if (since > this.today) since = Math.max(birthDay, this.today - 30 - Math.floor(r() * 300));

      members[i] = {
        houseId: h.houseId,
        person: {
          name,
          docType: id.docType,
          docNumber: id.docNumber,
          gender: p.male ? 'male' : 'female',
          birthDate: this.days.str[birthDay]!,
          ethnicity: id.ethnicity,
          phone: this.phone(p.age),
          residence: id.residence,
          nationality: id.nationality,
        },
        address,
        relation,
        since: this.days.str[since]!,
        headDocNumber: null,
        relationToHead: p.rel,
      };
    }
    const headDoc = members[0]!.person.docNumber;
    for (const m of members) m.headDocNumber = headDoc;
    return { houseId: h.houseId, members, use: rental ? 'rental' : 'residence', areaM2, ownership };
  }
}

/** Yields one household (or a vacant house with members: []) per house, in the order given. */
export function* generateHouseholds(
  houses: Iterable<GeneratorHouse>,
  opts: { random: () => number; today: string; districtCode: string },
): Generator<GeneratedHousehold> {
  const gen = new HouseholdGenerator(opts);
  for (const h of houses) yield gen.household(h);
}

// ---------------------------------------------------------------------------------------------------------------
// Visits (走访)
// ---------------------------------------------------------------------------------------------------------------

/**
 * How often households are visited in a year (assumptions after seed 003's "四百大走访": every household visited;
 * Jing'an's 1,054,000 visit records): routine visits to most households, care visits to special groups.
 */
const ROUTINE_VISITS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.1],
  [1, 0.55],
  [2, 0.25],
  [3, 0.1],
];
const CARE_VISITS_ALONE: readonly [number, number] = [3, 8]; // elderly living alone (独居老人): every month or two
const CARE_VISITS_ELDERLY_ONLY: readonly [number, number] = [1, 2]; // elderly-only households (纯老家庭)
const CARE_VISITS_DISABLED: readonly [number, number] = [3, 6]; // someone unable to look after themselves (失能)
const DISABLED_SHARE_80 = 0.15; // of households with someone 80+
const FOLLOW_UP_SHARE = 0.35; // visits with needs that get a follow-up visit
const NEEDS_PER_VISIT: ReadonlyArray<readonly [number, number]> = [
  [0, 0.58],
  [1, 0.32],
  [2, 0.1],
];

/** Households a need fits (bit flags). */
const F_ANY = 1;
const F_ELDER = 2;
const F_ALONE = 4;
const F_KIDS = 8;
const F_RENTAL = 16;
const F_PUBLIC = 32;
const F_DISABLED = 64;

const NEEDS: ReadonlyArray<readonly [string, string, number]> = [
  ['独居老人需要助餐服务', 'elderly', F_ALONE],
  ['希望安装紧急呼叫设备', 'elderly', F_ALONE],
  ['希望有志愿者定期上门陪伴聊天', 'elderly', F_ALONE],
  ['申请居家养老服务', 'elderly', F_ELDER],
  ['需要陪同就医', 'elderly', F_ELDER],
  ['希望家中做适老化改造（扶手、防滑）', 'elderly', F_ELDER],
  ['咨询长护险评估', 'elderly', F_DISABLED],
  ['需要上门助浴服务', 'elderly', F_DISABLED],
  ['有加装电梯意愿', 'housing', F_ELDER],
  ['卫生间漏水，影响楼下', 'housing', F_ANY],
  ['外墙渗水', 'housing', F_ANY],
  ['屋顶漏雨', 'housing', F_PUBLIC],
  ['下水道堵塞', 'housing', F_ANY],
  ['老旧电线需要更换', 'housing', F_PUBLIC],
  ['房屋需要修缮', 'housing', F_PUBLIC],
  ['楼道堆物', 'environment', F_ANY],
  ['垃圾分类点位有异味', 'environment', F_ANY],
  ['树木需要修剪，遮挡采光', 'environment', F_ANY],
  ['小区雨后积水', 'environment', F_ANY],
  ['电瓶车在楼道充电', 'safety', F_ANY],
  ['消防通道被占用', 'safety', F_ANY],
  ['楼道灯损坏', 'safety', F_ANY],
  ['单元门禁损坏', 'safety', F_ANY],
  ['噪音扰民', 'neighbourhood', F_ANY],
  ['楼上漏水引发邻里纠纷', 'neighbourhood', F_ANY],
  ['疑似群租', 'neighbourhood', F_ANY],
  ['宠物扰民', 'neighbourhood', F_ANY],
  ['空调外机噪音', 'neighbourhood', F_ANY],
  ['停车难', 'service', F_ANY],
  ['希望增设快递柜', 'service', F_ANY],
  ['咨询办理居住证', 'service', F_RENTAL],
  ['咨询租赁合同登记备案', 'service', F_RENTAL],
  ['希望小区增设充电桩', 'service', F_ANY],
  ['希望社区开设老年大学课程', 'service', F_ELDER],
  ['孩子放学后托管需求', 'service', F_KIDS],
  ['咨询入学入托', 'service', F_KIDS],
];

const FINDINGS = {
  routine: [
    '入户走访，家中情况正常',
    '了解家庭成员情况，核对人口信息',
    '宣传垃圾分类和社区活动',
    '走访了解居民近况，听取意见建议',
    '宣传反诈知识，发放宣传资料',
    '核对房屋和居住人员信息',
  ],
  routineRental: ['出租房屋走访，核对承租人信息', '走访租户，提醒办理居住登记'],
  care: [
    '上门探望老人，身体状况良好，精神不错',
    '看望老人，测量血压，提醒按时服药',
    '陪老人聊天，了解生活需求',
    '探望老人，检查燃气和用电安全',
    '老人腿脚不便，行动需要搀扶',
    '老人近期住院后返家，了解康复情况',
  ],
  careDisabled: ['探望失能老人，家属照护压力较大', '上门了解长期护理服务落实情况', '看望卧床老人，护理员按时上门'],
  patrolVacant: ['空置房巡查，门窗完好', '空置房巡查，房门紧闭，无异常', '空置房巡查，电表无异常走字'],
  patrolShop: ['沿街商铺消防安全检查，灭火器在有效期内', '商铺门前三包检查', '商铺油烟和垃圾分类检查'],
  patrolRental: ['出租房屋安全检查，未发现群租', '出租房屋巡查，核对承租人员'],
  patrolOther: ['非居用房巡查，无异常'],
  followUpDone: ['已解决，居民满意', '物业已上门处理，居民认可', '已协调相关部门处理完毕'],
  followUpPending: ['正在协调处理中', '已转街道相关部门，等待处理', '已列入自治项目，正在征询意见'],
};

function visitTime(r: Rng, today: number, days: { str: string[] }): { day: number; at: string } {
  let day = today - 1 - Math.floor(r() * 365);
  const wd = day % 7; // 0 Monday … 6 Sunday
  // Weekdays, and a few Saturdays: a weekend day moves to a weekday of the same week.
  if (wd === 6 || (wd === 5 && r() > 0.1)) day -= wd - Math.floor(r() * 5);
  if (day < today - 365) day += 7;
  // Working hours, Asia/Shanghai: 9:00–11:30 and 13:30–17:00.
  const morning = r() < 0.45;
  const minutes = morning ? 540 + Math.floor(r() * 150) : 810 + Math.floor(r() * 210);
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return { day, at: `${days.str[day]}T${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}:00+08:00` };
}

/** About a year of visits over the given households: most households once or more, special groups (elderly alone, disabled) several times. */
export function* generateVisits(households: Iterable<GeneratedHousehold>, opts: { random: () => number; today: string }): Generator<GeneratedVisit> {
  const r = opts.random;
  const today = parseDay(opts.today);
  const days = dayTable(today);
  const todayStr = days.str[today]!;
  const ty = Number(todayStr.slice(0, 4));
  const tmd = todayStr.slice(5);
  const needCache = new Map<number, Array<readonly [string, string, number]>>();
  const elderNeedCache = new Map<number, Array<readonly [string, string, number]>>();
  const pickCount = (table: ReadonlyArray<readonly [number, number]>) => {
    let u = r();
    for (const [n, p] of table) if ((u -= p) < 0) return n;
    return table[table.length - 1]![0];
  };
  const between = ([lo, hi]: readonly [number, number]) => lo + Math.floor(r() * (hi - lo + 1));

  for (const h of households) {
    const visits: GeneratedVisit[] = [];
    const living = h.members.filter((m) => m.person.residence !== 'registered_away');
    let flags = F_ANY;
    let allElderly = living.length > 0;
    let oldest = 0;
    for (const m of living) {
      const b = m.person.birthDate;
      const age = b ? ty - Number(b.slice(0, 4)) - (b.slice(5) > tmd ? 1 : 0) : 40;
      if (age > oldest) oldest = age;
      if (age >= 60) flags |= F_ELDER;
      else allElderly = false;
      if (age < 15) flags |= F_KIDS;
    }
    if (living.length === 1 && flags & F_ELDER) flags |= F_ALONE;
    if (h.use === 'rental') flags |= F_RENTAL;
    if (h.ownership === 'public_rental') flags |= F_PUBLIC;
    if (oldest >= 80 ? r() < DISABLED_SHARE_80 : oldest >= 60 && r() < 0.02) flags |= F_DISABLED;
    let needs = needCache.get(flags);
    if (!needs) {
      needs = NEEDS.filter(([, , f]) => (f & flags) === f);
      needCache.set(flags, needs);
    }
    const pool = needs;
    const elderPool = elderNeedCache.get(flags) ?? pool.filter((x) => x[1] === 'elderly');
    elderNeedCache.set(flags, elderPool);
    const drawNeeds = (elderFirst: boolean) => {
      const n = pickCount(NEEDS_PER_VISIT);
      const out: Array<{ text: string; category: string }> = [];
      for (let i = 0; i < n; i++) {
        const cand = elderFirst && elderPool.length && r() < 0.6 ? elderPool : pool;
        const [text, category] = pickOf(r, cand);
        if (!out.some((o) => o.text === text)) out.push({ text, category });
      }
      return out;
    };
    const add = (kind: GeneratedVisit['kind'], base: string, withNeeds: boolean, elderFirst = false) => {
      const t = visitTime(r, today, days);
      const needs = withNeeds ? drawNeeds(elderFirst) : [];
      const findings = needs.length ? `${base}。${kind === 'care' ? '老人' : '居民'}反映：${needs.map((n) => n.text).join('；')}。` : `${base}。`;
      visits.push({ houseId: h.houseId, visitedAt: t.at, kind, findings, needs });
      if (needs.length && r() < FOLLOW_UP_SHARE) {
        const fday = t.day + 5 + Math.floor(r() * 40);
        if (fday < today) {
          const done = r() < 0.6;
          const status = pickOf(r, done ? FINDINGS.followUpDone : FINDINGS.followUpPending);
          const wd = fday % 7;
          const d = wd >= 5 ? fday - (wd - 4) : fday;
          const at = `${days.str[d]}${t.at.slice(10)}`;
          visits.push({
            houseId: h.houseId,
            visitedAt: at,
            kind: 'follow_up',
            findings: `回访：${needs.map((n) => n.text).join('；')}，${status}。`,
            needs: [],
          });
        }
      }
    };

    if (!living.length) {
      const table = h.use === 'shop' ? FINDINGS.patrolShop : h.use === 'vacant' ? FINDINGS.patrolVacant : FINDINGS.patrolOther;
      const n = h.use === 'shop' ? between([1, 2]) : r() < 0.35 ? between([1, 2]) : 0;
      for (let i = 0; i < n; i++) add('patrol', pickOf(r, table), false);
    } else {
      const routine = pickCount(ROUTINE_VISITS);
      for (let i = 0; i < routine; i++) add('routine', pickOf(r, flags & F_RENTAL && r() < 0.5 ? FINDINGS.routineRental : FINDINGS.routine), true);
      let care = 0;
      if (flags & F_ALONE) care += between(CARE_VISITS_ALONE);
      else if (allElderly) care += between(CARE_VISITS_ELDERLY_ONLY);
      if (flags & F_DISABLED) care += between(CARE_VISITS_DISABLED);
      for (let i = 0; i < care; i++) add('care', pickOf(r, flags & F_DISABLED && r() < 0.5 ? FINDINGS.careDisabled : FINDINGS.care), r() < 0.5, true);
      if (flags & F_RENTAL && r() < 0.4) add('patrol', pickOf(r, FINDINGS.patrolRental), false);
    }
    visits.sort((a, b) => (a.visitedAt < b.visitedAt ? -1 : a.visitedAt > b.visitedAt ? 1 : 0));
    yield* visits;
  }
}
