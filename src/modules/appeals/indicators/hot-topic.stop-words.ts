/**
 * Words that never name a problem (停用词) for hot topics: function words, the boilerplate of every appeal
 * ("反映", "希望尽快处理"), and the places, times and verbs around the problem rather than the problem ("放在
 * 地上", "楼上", "申请", "已经好几天"). Frequent in every category, they would top every list and say nothing.
 *
 * Reviewed against the demo's appeal texts and the 12345 phrasings of the tests: a word stays out of this list
 * when it tells problems apart, even if it is common (楼道, 车辆, 老人, 邻居, 物业, 装修, 占用, 隐患 …).
 * Single characters, numbers and quantities are dropped by `keywords` itself and need no entry here.
 */
const LIST = `
我们 你们 他们 她们 它们 咱们 大家 自己 本人 我家 他家 人家 别人 有人 这个 那个 这些 那些 这里 那里 这边 那边 这样
那样 这么 那么 这种 那种 什么 怎么 怎么办 怎样 为什么 为何 如何 哪里 哪儿 哪些 多少 因为 所以 但是 可是 不过 而且
并且 然后 然而 如果 虽然 即使 还是 或者 以及 还有 另外 已经 一直 一再 一样 一起 一些 一下 一点 一次 一切 没有 没人
不是 不能 不会 不要 不让 不了 不到 可以 可能 能够 需要 应该 必须 只能 只是 就是 就要 也是 都是 还要 还在
现在 目前 至今 今天 昨天 明天 前天 今年 去年 最近 近期 以前 以后 之前 之后 时候 期间 当时 每天 每次 天天 经常 总是
早上 上午 中午 下午 晚上 每天晚上 夜里
常常 往往 有时 有些 非常 特别 比较 十分 极其 严重 相当 确实 实在 真的 根本 完全 仍然 依然 希望 请求 恳请 要求
请问 麻烦 谢谢 感谢 反映 反应 投诉 举报 咨询 建议 诉求 问题 情况 事情 事件 现象 相关 有关 部门 单位 领导 处理 解决
落实 尽快 及时 马上 立即 帮助 帮忙 协调 加强 管理 使用 方便 改成 配合 执行 人员 关注 重视 核实 调查 回复 答复 联系
电话 来电 来信 表示 了解 知道 发现
看到 听说 告知 告诉 说明 存在 出现 发生 造成 导致 影响 进行 开始 继续 结果 效果 方面 地方 周边 附近 里面 外面 旁边
居民 市民 群众 住户 业主 老百姓 小区 社区 上海市 静安区 区域 位置 地址 门口
看看 看一看 修好 修一下 越来越 下楼 上楼 出门 回家 星期 礼拜 几天 好几天 一周 两周 半天 好像 觉得 感觉 有没有 能不能
是不是 一下子

放在 放到 放着 摆在 堆在 停在 扔在 位于 地上 地面上 楼上 楼下 上面 下面 前面 后面 对面 中间 周围 一带 边上 路上
门前 门外 家里 家中 屋里 当地
申请 办理 想要 打算 想问 担心 怀疑 等待 经过 通过 接到 看见 遇到 提出 提供 安排 沟通 解释 说是 处置 督促 到位
很大 很多 很久 太大 太多 太久 随意 随便 长期 多次 多年 反复 始终 依旧 仍旧 突然 明显 无法 无人 不好 不行 没用
时间 时段 平时 当天 每周 每月 原因 理由 办法 方法 方式 内容 事项 政策 流程 条件 标准 规定 具体 有关部门 工作人员
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(LIST.trim().split(/\s+/));

/** The same list for SQL: terms stored with orders before a word joined the list are left out when counted. */
export const STOP_WORD_LIST: readonly string[] = [...STOP_WORDS];
