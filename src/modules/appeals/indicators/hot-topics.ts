import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { STOP_WORDS } from './hot-topic.stop-words.js';

/**
 * Hot topics (热点) of appeals: the terms residents raise most, and the ones that suddenly rise, in the manner of
 * the 12345 hotline's analysis. Text is segmented by jieba with a user dictionary of governance and appeal
 * words, because the general dictionary splits exactly the words that matter here (自治金 → 自治/金,
 * 飞线充电 → 飞/线/充电, 群租 → 群/租房).
 */

/** The glossary's Chinese terms (shared/GLOSSARY.md), so that every module's texts segment the same way. */
export const GOVERNANCE_TERMS: readonly string[] = `
街道 居委会 村委会 小区 楼栋 楼组 房屋 实有人口 人户分离 城运网格 城运中心 职能部门 标签 走访 四百大走访 诉求 工单
随手拍 首问接待 派单 签收 办结 退单 延期 挂起 重办 督办 约请 工单互转 12345热线 议题 三会一代理 四会 四议两公开
共治联席会 议事厅 居民公约 自治章程 居务公开 自治家园 社区发展基金 社区基金会 自治金 共治金 居民区工作经费 公益创投
政府购买服务 公益相亲会 社会组织 统一社会信用代码 志愿者 志愿服务时长 共建单位 下沉准入 两张清单 社区工作者 社工
全岗通 社区分析 人文地产景 一特征三清单 民意直通车 社区事务受理服务中心 帮办 远程虚拟窗口 满意度 双向评议 业委会
物业公司 网格员 楼组长
`
  .trim()
  .split(/\s+/);

/** What residents complain about, as they write it and as the problem catalogue names it. */
export const APPEAL_TERMS: readonly string[] = `
垃圾分类 垃圾堆放 暴露垃圾 建筑垃圾 大件垃圾 湿垃圾 干垃圾 可回收物 有害垃圾 垃圾清运 群租 群租房 居改非
噪音扰民 施工噪音 施工噪声 油烟扰民 油烟污染 宠物扰民 犬只扰民 遛狗不牵绳 广场舞 邻里噪声 商业经营噪声
电梯故障 电梯困人 加装电梯 二次供水 水压低 停水 停电 漏水 渗水 房屋渗漏 屋顶漏水 外墙脱落 墙皮脱落 管道堵塞
下水道堵塞 排水不畅 积水 窨井盖 井盖缺失 违章搭建 违法搭建 违规装修 破墙开店 占道经营 跨门营业 无证经营
乱张贴 乱涂写 毁绿占绿 树木修剪 断枝 停车难 乱停车 乱停放 停车收费 消防通道 堵塞消防通道 飞线充电 电瓶车
电动自行车 违规充电 充电桩 共享单车 非机动车 高空抛物 高坠隐患 燃气泄漏 燃气安全 防汛防台 治安隐患 电信诈骗
路灯不亮 道路破损 交通拥堵 无障碍设施 公共厕所 物业费 物业服务 小区保洁 门禁 老旧小区改造 适老化改造 独居老人
高龄老人 老年助餐 养老服务 社会救助 入学入托 食品安全 快递柜
`
  .trim()
  .split(/\s+/);

// Ranked above the general dictionary's splits (自治 3780 × 金 15074 over a 60-million total) and above
// overlapping readings such as 小/区内 for 小区内, without swallowing neighbouring words.
const USER_WORD_FREQ = 20_000;

let jieba: Jieba | undefined;
const userTerms = new Set<string>();
const pendingTerms: string[] = [];

function dictionaryOf(terms: readonly string[]): Buffer {
  return Buffer.from(terms.map((t) => `${t} ${USER_WORD_FREQ} n`).join('\n'));
}

/** One tokenizer per process: building it parses the 350,000-word dictionary (a few hundred ms). */
function tokenizer(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    // Also loads whatever addTerms collected before the first text was cut.
    addTerms([...GOVERNANCE_TERMS, ...APPEAL_TERMS]);
  }
  return jieba;
}

/**
 * Adds words that must stay whole (e.g. a district's problem-catalogue names) to the process's tokenizer.
 * Terms added after texts were counted segment differently from then on, so add them before counting.
 */
export function addTerms(terms: Iterable<string>): void {
  for (const raw of terms) {
    const term = raw.normalize('NFKC').trim();
    if (!term) continue;
    if (/\s/.test(term)) throw new Error(`词典词不能含空白 / a dictionary term cannot contain white space: "${raw}"`);
    if (userTerms.has(term)) continue;
    userTerms.add(term);
    pendingTerms.push(term);
  }
  if (jieba && pendingTerms.length) jieba.loadDict(dictionaryOf(pendingTerms.splice(0)));
}

/**
 * The raw jieba tokens (punctuation and all), e.g. for BM25 indexing. HMM discovery of unknown words is off:
 * it invents one-off words from runs of single characters (没人修, 钱花), which scatter counts of the same
 * problem over accidental forms; the user dictionary carries the words that matter instead.
 */
export function segment(text: string): string[] {
  return tokenizer().cut(text.normalize('NFKC'), false);
}

// Counts, dates, floors and room numbers (三天, 十几个, 11点, 201室, 一楼): everywhere, and never the topic.
const QUANTITY = /^[\d.%零〇一二两三四五六七八九十百千万亿几多半]+[个次天日月年号楼层栋幢室户元块点分秒周位人辆件遍岁]?$/u;
const HAS_LETTER = /\p{L}/u;

/** The content words of a text: no stop words (hot-topic.stop-words.ts), single characters, numbers or punctuation. */
export function keywords(text: string): string[] {
  const out: string[] = [];
  for (const raw of segment(text)) {
    const token = raw.trim().toLowerCase();
    if ([...token].length < 2 || !HAS_LETTER.test(token) || QUANTITY.test(token) || STOP_WORDS.has(token)) continue;
    out.push(token);
  }
  return out;
}

/** Term counts of one period: a Map kept from earlier, or the period's texts. */
export type TermSource = ReadonlyMap<string, number> | readonly string[];

/**
 * How many texts mention each term. A text counts once per term, so one long complaint repeating 噪音 five
 * times weighs as much as any other appeal.
 */
export function countTerms(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const term of new Set(keywords(text))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

const countsOf = (source: TermSource): ReadonlyMap<string, number> => (source instanceof Map ? source : countTerms(source as readonly string[]));

// Ties by code point, so the same data always lists the same way.
const byTerm = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface TermCount {
  term: string;
  count: number;
}

/** The n terms mentioned by the most texts. */
export function topTerms(source: TermSource, n = 10): TermCount[] {
  return [...countsOf(source)]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || byTerm(a.term, b.term))
    .slice(0, Math.max(0, n));
}

export interface RisingOptions {
  /** Fewest mentions in the current period for a term to be news at all (default 3). */
  minCount?: number;
  /** Smallest smoothed ratio (count + 1) / (expected + 1) (default 2: at least twice the usual). */
  minRatio?: number;
  /** Smallest Poisson z-score (default 3). */
  minZ?: number;
  /** Longest list returned (default all). */
  limit?: number;
}

export interface RisingTerm extends TermCount {
  /** The term's average count over the baseline periods. */
  expected: number;
  ratio: number;
  z: number;
}

/**
 * Terms that rose suddenly in the current period against the baseline periods before it (each of the same
 * length as the current one: weeks against previous weeks, days against previous days).
 *
 * Rule: expected = the term's mean count over the baseline periods (0 where absent); a term rises when
 *   count ≥ minCount, and
 *   ratio = (count + 1) / (expected + 1) ≥ minRatio, and
 *   z = (count − expected) / √max(expected, 1) ≥ minZ.
 * A count of mentions behaves like a Poisson count, whose variance is its mean, hence the z-score; its floor
 * of 1 keeps a term with a near-zero baseline from looking infinitely significant. The z-score alone would
 * flag large steady terms on small relative moves (垃圾分类 1,100 against 1,000 gives z ≈ 3.2); the add-one
 * ratio alone would flag noise at small numbers (3 against 1). Both must hold. Strongest rise first.
 */
export function risingTerms(current: TermSource, baseline: readonly TermSource[], opts: RisingOptions = {}): RisingTerm[] {
  const { minCount = 3, minRatio = 2, minZ = 3, limit = Infinity } = opts;
  const now = countsOf(current);
  const before = baseline.map(countsOf);
  const rising: RisingTerm[] = [];
  for (const [term, count] of now) {
    if (count < minCount) continue;
    const expected = before.length ? before.reduce((sum, period) => sum + (period.get(term) ?? 0), 0) / before.length : 0;
    const ratio = (count + 1) / (expected + 1);
    const z = (count - expected) / Math.sqrt(Math.max(expected, 1));
    if (ratio >= minRatio && z >= minZ) rising.push({ term, count, expected, ratio, z });
  }
  return rising.sort((a, b) => b.z - a.z || b.count - a.count || byTerm(a.term, b.term)).slice(0, Math.max(0, limit));
}
