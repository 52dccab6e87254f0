import { beforeAll, describe, expect, it } from 'vitest';
import { parseResidentId } from './id-number.js';
import { DOC_TYPES, HOUSE_RELATIONS, HOUSE_USES, RESIDENCE } from './people.types.js';
import { generateHouseholds, generateVisits, PEOPLE_GENERATOR_CONSTANTS, type GeneratedHousehold, type GeneratorHouse } from './people.generator.js';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TODAY = '2026-06-30';
const TODAY_DATE = new Date(`${TODAY}T00:00:00Z`);
const MIX = Object.entries(PEOPLE_GENERATOR_CONSTANTS.referenceHousingMix);

/** Houses in the reference mix of housing types (or `count` houses of one type). */
function* houses(count: number, seed: number, only?: string | null): Generator<GeneratorHouse> {
  const rnd = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    let housingType: string | null = only === undefined ? MIX[0]![0] : only;
    if (only === undefined) {
      let u = rnd();
      for (const [code, w] of MIX)
        if ((u -= w) < 0) {
          housingType = code;
          break;
        }
    }
    const b = 1 + Math.floor(i / 48);
    yield {
      houseId: i + 1,
      committeeCode: '310106001001',
      compound: '延中小区',
      building: `${b}号楼`,
      room: `${1 + Math.floor((i % 48) / 4)}0${1 + (i % 4)}`,
      housingType,
    };
  }
}

function ageOn(birth: string, today = TODAY): number {
  return Number(today.slice(0, 4)) - Number(birth.slice(0, 4)) - (birth.slice(5) > today.slice(5) ? 1 : 0);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const BANDS = PEOPLE_GENERATOR_CONSTANTS.ageBands;
const TARGET_0_14 = sum(BANDS.slice(0, 3)) / sum(BANDS);
const TARGET_60 = sum(BANDS.slice(12)) / sum(BANDS);
const TARGET_65 = sum(BANDS.slice(13)) / sum(BANDS);
const TARGET_80 = sum(BANDS.slice(16)) / sum(BANDS);

describe('generateHouseholds', () => {
  it('is deterministic: the same seed gives the same households, another seed others', () => {
    const run = (seed: number) => JSON.stringify([...generateHouseholds(houses(1500, 3), { random: mulberry32(seed), today: TODAY, districtCode: '310106' })]);
    const a = run(11);
    expect(run(11)).toBe(a);
    expect(run(12)).not.toBe(a);
  });

  it('streams: it reads houses only as households are taken, so it works on an endless input', () => {
    let pulled = 0;
    function* endless(): Generator<GeneratorHouse> {
      for (let i = 1; ; i++) {
        pulled++;
        yield { houseId: i, committeeCode: 'C', compound: '小区', building: '1号楼', room: String(i), housingType: 'HT02' };
      }
    }
    const gen = generateHouseholds(endless(), { random: mulberry32(1), today: TODAY, districtCode: '310106' });
    expect(pulled).toBe(0);
    let taken = 0;
    for (const h of gen) {
      expect(h.houseId).toBe(++taken);
      if (taken === 5000) break;
    }
    expect(pulled).toBe(5000);
  });

  describe('at scale (about 200,000 people)', () => {
    const stats = {
      houses: 0,
      people: 0,
      living: 0,
      old60: 0,
      old65: 0,
      old80: 0,
      kids: 0,
      alone60: 0,
      vacant: 0,
      han: 0,
      withEthnicity: 0,
      foreigners: { HT03: 0, other: 0 },
      peopleByType: { HT03: 0, other: 0 },
      rentalByType: {} as Record<string, [number, number]>,
      ownDivision: 0,
      away: 0,
      awayShanghai: 0,
      registeredLiving: 0,
      heapGrowthMB: 0,
    };
    const problems: string[] = [];
    const docNumbers = new Set<string>();
    const phones = new Set<string>();
    let duplicateDocs = 0;
    let duplicatePhones = 0;
    const sample: GeneratedHousehold[] = [];

    beforeAll(() => {
      const types = new Map<number, string | null>();
      const input = houses(85_000, 99);
      function* tracked() {
        for (const h of input) {
          types.set(h.houseId, h.housingType);
          yield h;
        }
      }
      const heapBefore = process.memoryUsage().heapUsed;
      for (const h of generateHouseholds(tracked(), { random: mulberry32(2026), today: TODAY, districtCode: '310106' })) {
        stats.houses++;
        const ht = types.get(h.houseId) ?? null;
        types.delete(h.houseId);
        if (sample.length < 400 && h.houseId % 37 === 0 && h.members.length) sample.push(h);
        if (!h.members.length) {
          if (h.use === 'vacant') stats.vacant++;
          if (h.use !== 'vacant' && h.use !== 'shop' && h.use !== 'other') problems.push(`empty house ${h.houseId} with use ${h.use}`);
          continue;
        }
        const [rented, all] = (stats.rentalByType[ht ?? ''] ??= [0, 0]);
        stats.rentalByType[ht ?? ''] = [rented + (h.use === 'rental' ? 1 : 0), all + 1];
        const head = h.members[0]!;
        if (head.relationToHead !== '户主') problems.push(`house ${h.houseId}: head first`);
        let living = 0;
        let old = 0;
        for (const m of h.members) {
          stats.people++;
          const p = m.person;
          if (m.houseId !== h.houseId) problems.push(`house id of ${p.docNumber}`);
          if (m.headDocNumber !== head.person.docNumber) problems.push(`head doc of ${p.docNumber}`);
          if (m !== head && m.relationToHead === '户主') problems.push(`two heads in ${h.houseId}`);
          if (!DOC_TYPES.includes(p.docType) || !RESIDENCE.includes(p.residence) || !HOUSE_RELATIONS.includes(m.relation))
            problems.push(`enum values of ${p.docNumber}`);
          if (docNumbers.has(`${p.docType}:${p.docNumber}`)) duplicateDocs++;
          docNumbers.add(`${p.docType}:${p.docNumber}`);
          if (p.phone !== null) {
            if (!/^1(3\d|5[0-35-9]|7[35-8]|8\d|9[13589])\d{8}$/.test(p.phone)) problems.push(`phone ${p.phone}`);
            if (phones.has(p.phone)) duplicatePhones++;
            phones.add(p.phone);
          }
          const birth = p.birthDate!;
          const age = ageOn(birth);
          if (age < 0 || age > 105) problems.push(`age ${age} of ${p.docNumber}`);
          if (age < 12 && p.phone !== null) problems.push(`child ${p.docNumber} with a phone`);
          if (!m.since || m.since < birth || m.since > TODAY) problems.push(`since ${m.since} of ${p.docNumber} born ${birth}`);
          if (p.docType === 'resident_id' || p.docType === 'foreign_permanent') {
            const parsed = parseResidentId(p.docNumber, TODAY_DATE);
            if (!parsed.ok) problems.push(`invalid ${p.docType} ${p.docNumber}: ${parsed.problem}`);
            else {
              if (parsed.birthDate !== birth) problems.push(`birth date of ${p.docNumber} is ${birth}`);
              if (parsed.gender !== p.gender) problems.push(`gender of ${p.docNumber}`);
              if (p.docType === 'foreign_permanent' && !/^931\d{14}[\dX]$/.test(p.docNumber)) problems.push(`permanent card ${p.docNumber}`);
            }
          }
          if (p.docType === 'resident_id') {
            stats.withEthnicity++;
            if (p.ethnicity === '汉族') stats.han++;
            if (!p.ethnicity || p.nationality !== '中国') problems.push(`mainland resident ${p.docNumber} without ethnicity or nationality`);
            if (p.residence === 'foreigner') problems.push(`resident ID ${p.docNumber} marked foreigner`);
            if (p.residence === 'migrant' && p.docNumber.startsWith('31')) problems.push(`migrant with a Shanghai number ${p.docNumber}`);
            if (p.residence === 'registered_away') {
              // A number keeps its first division when the registration moves, so only most are Shanghai's.
              stats.away++;
              if (p.docNumber.startsWith('31')) stats.awayShanghai++;
            }
            if (p.residence === 'registered_living') {
              stats.registeredLiving++;
              if (p.docNumber.startsWith('310106') || p.docNumber.startsWith('310108')) stats.ownDivision++;
              if (p.docNumber.startsWith('310108') && birth >= '2016-01-01') problems.push(`Zhabei code for someone born ${birth}`);
            }
          } else {
            if (p.residence !== 'foreigner' || p.ethnicity !== null || !p.nationality)
              problems.push(`${p.docType} ${p.docNumber}: residence ${p.residence}, ethnicity ${p.ethnicity}`);
            if (p.docType === 'hk_macao_permit' && !/^[HM]\d{8}(\d{2})?$/.test(p.docNumber)) problems.push(`HK/Macao permit ${p.docNumber}`);
            if (p.docType === 'taiwan_permit' && !/^\d{8}$/.test(p.docNumber)) problems.push(`Taiwan permit ${p.docNumber}`);
            if (p.docType === 'passport' && !/^[A-Z0-9]{8,9}$/.test(p.docNumber)) problems.push(`passport ${p.docNumber}`);
            const key = ht === 'HT03' ? 'HT03' : 'other';
            if (p.docType === 'passport' || p.docType === 'foreign_permanent') stats.foreigners[key]++;
          }
          stats.peopleByType[ht === 'HT03' ? 'HT03' : 'other']++;
          if (p.residence === 'registered_away') continue;
          stats.living++;
          living++;
          if (age >= 60) old++;
          if (age >= 60) stats.old60++;
          if (age >= 65) stats.old65++;
          if (age >= 80) stats.old80++;
          if (age < 15) stats.kids++;
        }
        if (living === 1 && old === 1) stats.alone60++;
        if (!HOUSE_USES.includes(h.use) || h.areaM2 <= 0) problems.push(`house ${h.houseId}: use ${h.use}, area ${h.areaM2}`);
      }
      stats.heapGrowthMB = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    });

    it('generates about 200,000 people at about 2.4 a house', () => {
      expect(stats.people).toBeGreaterThan(190_000);
      expect(stats.people).toBeLessThan(215_000);
      // ~2.4 people per house in central Shanghai (1.1 million people over about 460,000 houses).
      expect(stats.people / stats.houses).toBeGreaterThan(2.2);
      expect(stats.people / stats.houses).toBeLessThan(2.6);
    });

    it('has every record consistent: valid ID numbers, dates, relations, residence by document', () => {
      expect(problems.slice(0, 20)).toEqual([]);
    });

    it('issues unique document numbers and phones', () => {
      expect(duplicateDocs).toBe(0);
      expect(duplicatePhones).toBe(0);
      expect(phones.size).toBeGreaterThan(stats.people * 0.8);
    });

    it('matches the age pyramid: 0–14, 60+, 65+, 80+', () => {
      expect(Math.abs(stats.kids / stats.living - TARGET_0_14)).toBeLessThan(0.015);
      expect(Math.abs(stats.old60 / stats.living - TARGET_60)).toBeLessThan(0.015);
      expect(Math.abs(stats.old65 / stats.living - TARGET_65)).toBeLessThan(0.015);
      expect(Math.abs(stats.old80 / stats.living - TARGET_80)).toBeLessThan(0.01);
    });

    it('has the configured share of people aged 60+ living alone', () => {
      expect(Math.abs(stats.alone60 / stats.old60 - PEOPLE_GENERATOR_CONSTANTS.elderlyAloneShare)).toBeLessThan(0.02);
    });

    it("has 5–8 % vacant houses, ~1.5 % minorities, most registered residents with the district's own codes", () => {
      expect(stats.vacant / stats.houses).toBeGreaterThan(0.05);
      expect(stats.vacant / stats.houses).toBeLessThan(0.08);
      expect(stats.han / stats.withEthnicity).toBeGreaterThan(0.975);
      expect(stats.han / stats.withEthnicity).toBeLessThan(0.993);
      expect(stats.ownDivision / stats.registeredLiving).toBeGreaterThan(0.5);
      expect(stats.awayShanghai / stats.away).toBeGreaterThan(0.8);
    });

    it('puts foreigners mostly in 涉外商品房 and tenants in commercial housing more than in 售后公房/动迁房', () => {
      expect(stats.foreigners.HT03 / stats.peopleByType.HT03).toBeGreaterThan(5 * (stats.foreigners.other / stats.peopleByType.other));
      const rate = (t: string) => stats.rentalByType[t]![0] / stats.rentalByType[t]![1];
      expect(rate('HT02')).toBeGreaterThan(rate('HT05'));
      expect(rate('HT03')).toBeGreaterThan(rate('HT01'));
    });

    it("names families: children mostly share the head's surname when the head is their father", () => {
      let same = 0;
      let all = 0;
      for (const h of sample) {
        const head = h.members[0]!;
        if (head.person.gender !== 'male' || head.person.docType !== 'resident_id') continue;
        for (const m of h.members) {
          if ((m.relationToHead === '子' || m.relationToHead === '女') && m.person.docType === 'resident_id') {
            all++;
            if (m.person.name[0] === head.person.name[0]) same++;
          }
        }
      }
      expect(all).toBeGreaterThan(20);
      expect(same / all).toBeGreaterThan(0.85);
    });

    it('does not keep what it generated (memory stays bounded)', () => {
      // Not a precise measurement (no forced GC): holding 200,000 people would take several hundred MB.
      expect(stats.heapGrowthMB).toBeLessThan(250);
    });
  });

  it('gives retired predecessor codes only to people born before they were retired (Huangpu: 卢湾 310103 until 2011)', () => {
    let luwan = 0;
    for (const h of generateHouseholds(houses(6000, 5), { random: mulberry32(8), today: TODAY, districtCode: '310101' })) {
      for (const m of h.members) {
        const n = m.person.docNumber;
        if (m.person.docType !== 'resident_id' || !n.startsWith('310103')) continue;
        luwan++;
        expect(m.person.birthDate! <= '2011-12-31').toBe(true);
      }
    }
    expect(luwan).toBeGreaterThan(100);
  });

  it('handles houses without a housing type', () => {
    const out = [...generateHouseholds(houses(500, 1, null), { random: mulberry32(3), today: TODAY, districtCode: '310105' })];
    expect(out).toHaveLength(500);
    expect(out.filter((h) => h.members.length).length).toBeGreaterThan(400);
  });
});

describe('generateVisits', () => {
  const households = [...generateHouseholds(houses(8000, 21), { random: mulberry32(21), today: TODAY, districtCode: '310106' })];
  const visits = [...generateVisits(households, { random: mulberry32(22), today: TODAY })];

  it('is deterministic', () => {
    expect(JSON.stringify([...generateVisits(households.slice(0, 500), { random: mulberry32(5), today: TODAY })])).toBe(
      JSON.stringify([...generateVisits(households.slice(0, 500), { random: mulberry32(5), today: TODAY })]),
    );
  });

  it('spreads visits over the last year, on weekdays (and a few Saturdays) in working hours, Shanghai time', () => {
    const earliest = new Date(TODAY_DATE.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
    const weekdays = new Set<number>();
    for (const v of visits) {
      expect(v.visitedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
      const day = v.visitedAt.slice(0, 10);
      expect(day >= earliest && day < TODAY).toBe(true);
      const minutes = Number(v.visitedAt.slice(11, 13)) * 60 + Number(v.visitedAt.slice(14, 16));
      expect((minutes >= 540 && minutes < 690) || (minutes >= 810 && minutes < 1020)).toBe(true);
      const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
      expect(wd).not.toBe(0);
      weekdays.add(wd);
    }
    expect(weekdays.size).toBeGreaterThanOrEqual(5);
  });

  it('visits most households, and elderly living alone several times', () => {
    const byHouse = new Map<number, typeof visits>();
    for (const v of visits) byHouse.set(v.houseId, [...(byHouse.get(v.houseId) ?? []), v]);
    const occupied = households.filter((h) => h.members.length);
    expect(occupied.filter((h) => byHouse.has(h.houseId)).length / occupied.length).toBeGreaterThan(0.85);
    const alone = occupied.filter((h) => {
      const living = h.members.filter((m) => m.person.residence !== 'registered_away');
      return living.length === 1 && ageOn(living[0]!.person.birthDate!) >= 60;
    });
    expect(alone.length).toBeGreaterThan(100);
    for (const h of alone) expect((byHouse.get(h.houseId) ?? []).filter((v) => v.kind === 'care').length).toBeGreaterThanOrEqual(3);
  });

  it('records findings and needs in Chinese with categories, and all four kinds', () => {
    const kinds = new Set(visits.map((v) => v.kind));
    expect([...kinds].sort()).toEqual(['care', 'follow_up', 'patrol', 'routine']);
    const categories = new Set<string>();
    for (const v of visits) {
      expect(v.findings).toMatch(/\p{Script=Han}/u);
      for (const n of v.needs) {
        expect(n.text).toMatch(/\p{Script=Han}/u);
        categories.add(n.category);
      }
    }
    expect([...categories].sort()).toEqual(['elderly', 'environment', 'housing', 'neighbourhood', 'safety', 'service']);
    expect(visits.filter((v) => v.needs.length).length / visits.length).toBeGreaterThan(0.15);
  });
});
