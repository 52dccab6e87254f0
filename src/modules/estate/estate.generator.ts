import type { CommitteeRole } from './estate.schema.js';
import { makeCreditCode } from './credit-code.js';
import { addDays, addYears, TERM_YEARS } from './estate.rules.js';

/**
 * Demo property companies, contracts and owners' committees for a district's compounds, as a street office
 * would find them: most compounds under a contract, some running out, a few lapsed; owners' committees in
 * most commodity-housing compounds and few in sold public housing or old lane houses; five-year terms, some
 * overdue for re-election. Pure: the same random sequence gives the same district.
 */
export interface GeneratorCompound {
  id: number;
  name: string;
  housingType: string | null;
  /** Always given a contract and a committee (the compounds the demo accounts open first). */
  showcase: boolean;
}

export interface GeneratedCompany {
  name: string;
  creditCode: string;
  contactName: string;
  phone: string;
  address: string;
}

export interface GeneratedContract {
  compoundId: number;
  company: number;
  start: string;
  end: string;
  serviceScope: string;
  feeFenPerM2: number;
}

export interface GeneratedMember {
  name: string;
  role: CommitteeRole;
  phone: string;
  since: string;
  until: string | null;
  /** Index of an owner of the compound to link, when the demo has residents there. */
  owner: number | null;
}

export interface GeneratedTerm {
  number: number;
  start: string;
  end: string;
  electionDate: string;
  endedOn: string | null;
  members: GeneratedMember[];
}

export interface GeneratedCommittee {
  compoundId: number;
  name: string;
  terms: GeneratedTerm[];
}

// Housing type → [share under a property contract, share with an owners' committee, fee range in fen/m²/month].
const PROFILE: Record<string, [number, number, [number, number]]> = {
  HT01: [0.85, 0.15, [30, 80]], // 售后公房: low fees, committees rare
  HT02: [0.97, 0.9, [150, 350]], // 普通商品房
  HT03: [0.97, 0.9, [300, 800]], // 涉外商品房
  HT04: [0.6, 0.05, [100, 300]], // 老洋房
  HT05: [0.95, 0.6, [80, 150]], // 动迁安置房
};
const FALLBACK: [number, number, [number, number]] = [0.9, 0.5, [100, 250]];

const BRANDS = words(
  '恒安 宏信 锦程 安居 诚达 嘉禾 怡景 瑞丰 华庭 百悦 汇成 德馨 同润 申悦 康桥 绿洲 金茂 新苑 佳园 和润 明德 宝华 盛世 鸿运 东升 祥和 顺泰 中兴 天誉 君安 裕丰 润泽 长宁 沪安 华厦 万和 九鼎 弘毅 思源 雅居 融信 邦和 正弘 凯旋 银都 东湖 仁恒 永晟 睿达 泰和',
);
const FORMS = ['物业管理有限公司', '物业服务有限公司', '物业管理有限公司', '物业管理股份有限公司', '物业服务集团有限公司'];
const ROADS = words('延安中路 南京西路 共和新路 万荣路 沪太路 大统路 西藏北路 江场路 广中路 平型关路 汶水路 灵石路 常德路 新闸路 北京西路 长寿路');
const SURNAMES = words('王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 朱 马 胡 郭 沈 陆 顾 钱 施 姚 蒋 曹 许 金 严 蔡 唐 汪');
const GIVEN = words('建国 秀英 伟 敏 丽华 志强 静 军 海燕 建华 明 红 玉兰 国平 秀珍 卫东 桂英 勇 雪梅 俊 文华 晓燕 德明 美娟 立新 春花 振华 丽 国庆 凤英');
const SCOPES = [
  '公共区域保洁、秩序维护、绿化养护、共用部位和共用设施设备日常维修养护',
  '公共区域保洁、秩序维护、绿化养护、共用设施设备维修养护，含电梯维护保养',
  '公共区域保洁、秩序维护、绿化养护、共用设施设备维修养护，含停车管理和垃圾分类短驳',
  '公共区域保洁、门岗值守、绿化养护、房屋共用部位报修',
];
// Committees have an odd number of seats; how many of them sit as deputies.
const SIZES: Array<[number, number]> = [
  [5, 1],
  [7, 1],
  [7, 2],
  [9, 2],
];

function words(s: string) {
  return s.split(' ');
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export function generateEstate(compounds: GeneratorCompound[], opts: { random: () => number; today: string; districtCode: string; districtName: string }) {
  const rnd = opts.random;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const personName = () => `${pick(SURNAMES)}${pick(GIVEN)}`;
  const mobile = () => `1${pick(['35', '37', '38', '39', '50', '58', '86', '89'])}${String(between(0, 99_999_999)).padStart(8, '0')}`;

  // A few dozen companies; a handful serve many compounds, most a few (weights falling with rank).
  const companyCount = Math.min(BRANDS.length, Math.max(20, Math.round(compounds.length / 12)));
  const brands = shuffle([...BRANDS], rnd);
  const serials = new Set<number>();
  const serial = () => {
    let n = between(10_000_000, 99_999_999);
    while (serials.has(n)) n = between(10_000_000, 99_999_999);
    serials.add(n);
    return n;
  };
  const companies: GeneratedCompany[] = Array.from({ length: companyCount }, (_, i) => ({
    name: `上海${brands[i]}${pick(FORMS)}`,
    // Registered in the district, or at the city's market regulator (310000).
    creditCode: makeCreditCode(rnd() < 0.6 ? opts.districtCode : '310000', serial()),
    contactName: personName(),
    phone: rnd() < 0.3 ? `021-${between(5000_0000, 6999_9999)}` : mobile(),
    address: `上海市${opts.districtName}${pick(ROADS)}${between(1, 1800)}号`,
  }));
  const weights = companies.map((_, i) => 1 / (i + 1) ** 0.8);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickCompany = () => {
    let r = rnd() * totalWeight;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) <= 0) return i;
    return weights.length - 1;
  };

  const contracts: GeneratedContract[] = [];
  const committees: GeneratedCommittee[] = [];
  for (const c of compounds) {
    const [serviced, governed, [feeLo, feeHi]] = PROFILE[c.housingType ?? ''] ?? FALLBACK;
    const fee = () => Math.round(between(feeLo, feeHi) / 5) * 5;
    if (c.showcase || rnd() < serviced) {
      const company = pickCompany();
      const years = pick([2, 3, 3, 3, 5]);
      const r = rnd();
      // 7% lapsed, 12% running out within the warning window, the rest well inside their term.
      const end =
        !c.showcase && r < 0.07
          ? addDays(opts.today, -between(10, 400))
          : r < 0.19
            ? addDays(opts.today, between(5, 88))
            : addDays(opts.today, between(91, years * 365 - 10));
      const start = addDays(addYears(end, -years), 1);
      contracts.push({ compoundId: c.id, company, start, end, serviceScope: pick(SCOPES), feeFenPerM2: fee() });
      if (rnd() < 0.6) {
        const before = pick([2, 3, 5]);
        const prevEnd = addDays(start, -1);
        contracts.push({
          compoundId: c.id,
          company: rnd() < 0.7 ? company : pickCompany(),
          start: addDays(addYears(prevEnd, -before), 1),
          end: prevEnd,
          serviceScope: pick(SCOPES),
          feeFenPerM2: fee(),
        });
      }
      // Some renewals running out are already signed: the next contract waits to start.
      if (end > opts.today && end <= addDays(opts.today, 90) && rnd() < 0.25) {
        contracts.push({ compoundId: c.id, company, start: addDays(end, 1), end: addYears(end, 3), serviceScope: pick(SCOPES), feeFenPerM2: fee() });
      }
    }
    if (c.showcase || rnd() < governed) committees.push({ compoundId: c.id, name: `${c.name}业主委员会`, terms: terms(c.showcase) });
  }

  function terms(showcase: boolean): GeneratedTerm[] {
    const count = showcase ? 2 : pick([1, 2, 2, 3, 3, 4]);
    // The current term started up to five years and five months ago: the oldest ones are overdue.
    const start = addDays(opts.today, -between(30, showcase ? 5 * 365 - 200 : 5 * 365 + 150));
    const out: GeneratedTerm[] = [];
    let nextStart = start;
    let owner = 0;
    for (let n = count; n >= 1; n--) {
      const current = n === count;
      const s = current ? start : addDays(addYears(nextStart, -TERM_YEARS), between(0, 200));
      const end = current ? addDays(addYears(s, TERM_YEARS), -1) : addDays(nextStart, -1 - (rnd() < 0.2 ? between(30, 300) : 0));
      const endedOn = current ? null : end;
      const [size, deputies] = pick(SIZES);
      const members: GeneratedMember[] = Array.from({ length: size }, (_, i) => ({
        name: personName(),
        role: i === 0 ? 'director' : i <= deputies ? 'deputy' : 'member',
        phone: mobile(),
        since: s,
        until: endedOn,
        // Only the sitting committee is linked to today's residents.
        owner: current ? owner++ : null,
      }));
      out.push({ number: n, start: s, end, electionDate: addDays(s, -between(7, 45)), endedOn, members });
      nextStart = s;
    }
    return out;
  }

  return { companies, contracts, committees };
}
