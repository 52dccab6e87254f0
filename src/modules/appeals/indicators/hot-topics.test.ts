import { describe, expect, it } from 'vitest';
import { addTerms, countTerms, keywords, risingTerms, segment, topTerms } from './hot-topics.js';

// What residents write, per problem: a few phrasings each, as they arrive through 12345, 随手拍 and the front desk.
const PHRASES: Record<string, string[]> = {
  高空抛物: [
    '12号楼有人高空抛物，砸坏了停在楼下的汽车，请求调取监控查找责任人。',
    '小区内又出现高空抛物，一袋垃圾从楼上扔下来，差点砸到孩子。',
    '高空抛物太危险了，物业说查不到是哪家，希望派出所介入。',
  ],
  噪音扰民: ['楼上每天晚上11点以后还在装修，噪音扰民严重，希望有关部门尽快处理。', '隔壁饭店的排风机整夜轰鸣，噪音扰民，老人睡不着觉。'],
  垃圾分类: [
    '垃圾分类投放点满了没人清运，天热发臭。',
    '有住户不做垃圾分类，湿垃圾干垃圾混着扔，志愿者劝说无效。',
    '垃圾分类定时投放时间太早，上班族来不及，建议延长。',
  ],
  电梯故障: ['3号楼电梯故障已经三天了，老人上下楼很不方便，物业一直没有人来修。'],
  飞线充电: ['来电反映：某小区有居民在楼道里飞线充电，电瓶车停在楼道，存在消防安全隐患。'],
  群租: ['201室被改成群租房，住了十几个人，进出人员复杂，垃圾分类也不执行。'],
};
const week = (mix: Record<string, number>) =>
  Object.entries(mix).flatMap(([topic, n]) => Array.from({ length: n }, (_, i) => `${i + 1}. ${PHRASES[topic]![i % PHRASES[topic]!.length]}`));

describe('hot topics: segmentation', () => {
  it('keeps governance and appeal terms whole', () => {
    expect(keywords('自治金的使用情况没有公示，居民不知道钱花在哪里，要求居务公开。')).toEqual(['自治金', '公示', '居务公开']);
    expect(segment('自治金和共治金')).toEqual(['自治金', '和', '共治金']);
    const words = PHRASES.飞线充电!.concat(PHRASES.群租!, PHRASES.电梯故障!, PHRASES.高空抛物!).flatMap(keywords);
    expect(words).toEqual(expect.arrayContaining(['飞线充电', '群租房', '电梯故障', '高空抛物', '垃圾分类']));
    expect(keywords('菜市场门口占道经营，小区停车难，一楼违章搭建，卫生间天花板漏水')).toEqual(
      expect.arrayContaining(['占道经营', '停车难', '违章搭建', '漏水']),
    );
    expect(keywords('12345热线转来工单')).toEqual(['12345热线', '工单']);
  });

  it('drops stop words, single characters, numbers, quantities and punctuation', () => {
    expect(keywords('本人住在3号楼，楼上每天晚上11点以后还在装修，噪音扰民严重，希望有关部门尽快处理！！')).toEqual(['装修', '噪音扰民']);
    expect(keywords('201室住了十几个人，已经三天了，投诉多次')).toEqual([]);
    expect(keywords('  ，。！？…… 2026 ')).toEqual([]);
    // Where the problem is and what the resident wants to do about it are not the problem.
    expect(keywords('楼上住户把垃圾放在地上，楼下也有，想申请处理')).toEqual(['楼上住户', '垃圾']);
    expect(keywords('想申请居家养老服务，了解政策和办理流程')).toEqual(['居家', '养老服务']);
    // Full-width Latin and digits read as their plain forms.
    expect(keywords('ＷｉＦｉ信号差，１２３４５热线')).toEqual(['wifi', '信号', '12345热线']);
  });

  it("takes further terms, such as a district's own problem names, from then on", () => {
    expect(keywords('睦邻点活动室没人管')).not.toContain('睦邻点');
    addTerms(['睦邻点']);
    expect(keywords('睦邻点活动室没人管')).toContain('睦邻点');
    expect(() => addTerms(['两个 词'])).toThrow(/white space/);
  });
});

describe('hot topics: frequent and rising terms', () => {
  it('lists the terms mentioned by most appeals, each appeal counting once', () => {
    const texts = week({ 垃圾分类: 6, 高空抛物: 4, 噪音扰民: 2, 群租: 1 });
    const top = topTerms(texts, 3);
    // The 群租 appeal also mentions 垃圾分类: 7 texts; two of the three 垃圾分类 phrasings say 投放, and a tie
    // lists in code-point order.
    expect(top).toEqual([
      { term: '垃圾分类', count: 7 },
      { term: '投放', count: 4 },
      { term: '高空抛物', count: 4 },
    ]);
    expect(countTerms(PHRASES.飞线充电!).get('楼道')).toBe(1);
    expect(
      topTerms(
        new Map([
          ['漏水', 2],
          ['停车难', 2],
          ['电梯故障', 5],
        ]),
        10,
      ),
    ).toEqual([
      { term: '电梯故障', count: 5 },
      { term: '停车难', count: 2 },
      { term: '漏水', count: 2 },
    ]);
    expect(topTerms(texts, 0)).toEqual([]);
  });

  it('finds a sudden rise against the previous weeks, not steady or scarce terms', () => {
    const baseline = [
      week({ 垃圾分类: 9, 噪音扰民: 2, 高空抛物: 1, 电梯故障: 1 }),
      week({ 垃圾分类: 11, 噪音扰民: 1, 电梯故障: 2 }),
      week({ 垃圾分类: 10, 噪音扰民: 3, 高空抛物: 1 }),
      week({ 垃圾分类: 10, 噪音扰民: 2, 高空抛物: 2, 电梯故障: 1 }),
    ];
    const current = week({ 垃圾分类: 11, 噪音扰民: 3, 高空抛物: 9, 电梯故障: 1, 飞线充电: 2 });
    const rising = risingTerms(current, baseline);
    // The words that come with the problem (派出所, 监控 …) rise with it, behind it.
    expect(rising[0]).toMatchObject({ term: '高空抛物', count: 9, expected: 1, ratio: 5, z: 8 });
    expect(rising.map((r) => r.term)).toEqual(expect.arrayContaining(['派出所', '查不到']));
    for (const steadyOrScarce of ['垃圾分类', '噪音扰民', '电梯故障', '飞线充电']) {
      expect(rising.map((r) => r.term)).not.toContain(steadyOrScarce);
    }
    // The same counts kept as maps give the same answer.
    expect(risingTerms(countTerms(current), baseline.map(countTerms))).toEqual(rising);
  });

  it('needs both a Poisson z-score and a smoothed ratio', () => {
    const steady = [new Map([['垃圾分类', 1000]])];
    // z = 100 / √1000 ≈ 3.2, but only 10% more: not a sudden rise.
    expect(risingTerms(new Map([['垃圾分类', 1100]]), steady)).toEqual([]);
    expect(risingTerms(new Map([['垃圾分类', 2100]]), steady).map((r) => r.term)).toEqual(['垃圾分类']);
    // Three times the usual, but 3 against 1 is within chance (z = 2).
    expect(risingTerms(new Map([['漏水', 3]]), [new Map([['漏水', 1]])])).toEqual([]);
    // A term never seen before rises once it reaches the minimum count.
    expect(risingTerms(new Map([['飞线充电', 2]]), [new Map()])).toEqual([]);
    expect(risingTerms(new Map([['飞线充电', 3]]), [new Map()]).map((r) => r.term)).toEqual(['飞线充电']);
    expect(risingTerms(new Map([['飞线充电', 2]]), [], { minCount: 2, minZ: 2 }).map((r) => r.term)).toEqual(['飞线充电']);
  });

  it('lists the strongest rise first and honours the limit', () => {
    const current = new Map([
      ['停车难', 6],
      ['高空抛物', 12],
      ['漏水', 20],
    ]);
    const baseline = [
      new Map([
        ['漏水', 18],
        ['停车难', 0],
      ]),
      new Map([
        ['漏水', 22],
        ['停车难', 1],
      ]),
    ];
    expect(risingTerms(current, baseline).map((r) => r.term)).toEqual(['高空抛物', '停车难']);
    expect(risingTerms(current, baseline, { limit: 1 }).map((r) => r.term)).toEqual(['高空抛物']);
  });

  it("counts a year's worth of a street's appeals quickly with the one tokenizer", () => {
    const texts = week({ 垃圾分类: 1500, 噪音扰民: 1500, 高空抛物: 1000, 电梯故障: 500, 飞线充电: 500, 群租: 1000 });
    const t0 = performance.now();
    const counts = countTerms(texts);
    expect(counts.get('高空抛物')).toBe(1000);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
