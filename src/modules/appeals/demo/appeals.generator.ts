/**
 * A year of work orders for a demo district, or for a benchmark: generated in memory, in the order they were
 * received, and written in batches of column arrays (one INSERT … SELECT FROM unnest per table and batch).
 *
 * Every order lives its life through the same state machine as the services (`decide`), with the same clock
 * arithmetic on the district's working calendar (OrderClock), the same column changes per step as
 * OrderService, and the SLA sweep's yellow, red, supervision and closing of unrated orders at the minute the
 * sweep would have reached them. So the history of every order replays to its status, its deadlines, on-time
 * flag, acceptance minutes and SLA colour are what the running system would have stored, and the first sweep
 * after seeding finds nothing left to do.
 *
 * The mixes are assumptions for a central Shanghai district, stated where they are set: channels (12345
 * hotline largest), categories, the summer peaks of noise and water and the plum-rain peak of leaks and
 * waterlogging, fewer reports at weekends, a handler's quality, ratings and reopening. Two problems rise in
 * the last weeks (lift breakdowns in one street, 飞线充电 in another) so that hot topics show a rise.
 */
import { sql, type Kysely } from 'kysely';
import type { Core } from '../../../platform/core.js';
import type { Database } from '../../../platform/db/schema.js';
import type { FieldCrypto } from '../../../platform/crypto/field-crypto.js';
import { sealPhone } from '../../../platform/crypto/phone.js';
import type { Channel, Discovery, HandlerKind, OrderStatus, Rating, SlaLevel } from '../appeals.schema.js';
import { loadCategories, type Category, type CategoryCatalog } from '../category.catalog.js';
import { loadCalendar, OrderClock } from '../sla/order.clock.js';
import type { WorkCalendar } from '../sla/sla.calendar.js';
import { decide, type ActorKind, type OrderState, type Step } from '../orders/order.machine.js';
import { stepColumns, type StepContext } from '../orders/order.steps.js';
import { pickRule, type RoutingRule } from '../orders/routing.rules.js';
import { rulesOf } from '../orders/routing.repository.js';
import { keywords } from '../indicators/hot-topics.js';
import { FEEDBACK_DAYS } from '../sla/sla.sweep.js';
import { liveDepartments, liveUnitsOfTypes, unitGeography } from '../../org/index.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const YEAR = 365 * DAY;
/** The SLA sweep runs once a minute (sla.sweep.ts). */
const SWEEP = 60_000;
const SHANGHAI = 8 * HOUR;

// ---------------------------------------------------------------------------------------------------------------
// Mixes (assumptions for a central Shanghai district; no published breakdown is at hand)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Channels: the 12345 hotline brings most appeals in Shanghai; photo reports (随手拍) and grid patrols next,
 * then the committee's front desk, visits and sensors or video alarms; surveys and meetings a little.
 */
const CHANNELS: ReadonlyArray<readonly [Channel, number]> = [
  ['hotline', 0.44],
  ['photo', 0.19],
  ['patrol', 0.14],
  ['desk', 0.09],
  ['visit', 0.06],
  ['sensor', 0.05],
  ['survey', 0.015],
  ['meeting', 0.015],
];
/** How each channel discovers (as intake sets it): residents bring (被动), workers find (主动), sensors raise (自动). */
const DISCOVERY: Record<Channel, Discovery> = {
  hotline: 'passive',
  photo: 'passive',
  desk: 'passive',
  survey: 'passive',
  meeting: 'passive',
  open311: 'passive',
  transfer: 'passive',
  patrol: 'active',
  visit: 'active',
  sensor: 'auto',
};
/** Channels whose workers keep office hours and working days (desk, patrols, visits, surveys, meetings). */
const STAFF_CHANNELS: ReadonlySet<Channel> = new Set(['desk', 'visit', 'patrol', 'survey', 'meeting']);

/**
 * Relative frequency of each subcategory. City appearance, housing and property services are the most frequent
 * (about 22, 15 and 17 %), then traffic, public safety, municipal facilities, market order, disputes and
 * livelihood services. Codes a profile has and this table lacks weigh 1.
 */
const WEIGHTS: Record<string, number> = {
  P0101: 5,
  P0102: 2,
  P0103: 1.2,
  P0104: 1,
  P0105: 2.5,
  P0106: 2,
  P0107: 1.5,
  P0108: 0.8,
  P0109: 2,
  P0110: 3.5,
  P0201: 3,
  P0202: 2.5,
  P0203: 1,
  P0204: 3.5,
  P0205: 1,
  P0206: 0.5,
  P0207: 1.5,
  P0208: 1,
  P0209: 0.5,
  P0301: 2,
  P0302: 2.5,
  P0303: 1.5,
  P0304: 2,
  P0305: 3,
  P0306: 2.5,
  P0307: 1.5,
  P0308: 0.8,
  P0309: 0.7,
  P0401: 1.5,
  P0402: 2,
  P0403: 0.6,
  P0404: 0.8,
  P0405: 0.5,
  P0406: 0.8,
  P0407: 0.3,
  P0408: 0.8,
  P0409: 0.5,
  P0501: 3.5,
  P0502: 2,
  P0503: 1,
  P0504: 0.6,
  P0505: 0.5,
  P0506: 0.8,
  P0507: 0.8,
  P0508: 0.4,
  P0601: 1.5,
  P0602: 0.6,
  P0603: 1.5,
  P0604: 1.2,
  P0605: 0.6,
  P0606: 1,
  P0607: 1,
  P0608: 0.5,
  P0701: 2.5,
  P0702: 1.5,
  P0703: 1,
  P0704: 1,
  P0705: 0.5,
  P0706: 0.8,
  P0707: 0.5,
  P0801: 1.2,
  P0802: 0.8,
  P0803: 0.8,
  P0804: 0.8,
  P0805: 0.5,
  P0806: 0.6,
  P0807: 0.4,
  P0808: 0.6,
  P0901: 1.2,
  P0902: 1.2,
  P0903: 1.5,
  P0904: 1.8,
  P0905: 1.2,
  P0906: 0.6,
};
/** What each channel brings more or less of, by category: patrols find street problems, the desk hears disputes. */
const AFFINITY: Partial<Record<Channel, Record<string, number>>> = {
  photo: { P01: 1.6, P02: 1.2, P03: 1.1, P04: 1.2, P05: 1.5, P06: 1.5, P07: 0.3, P08: 0.3, P09: 0.8 },
  patrol: { P01: 2.5, P02: 1.2, P03: 0.5, P04: 1.8, P05: 2, P06: 1.5, P07: 0.1, P08: 0.1, P09: 1 },
  desk: { P01: 0.4, P02: 1, P03: 1.5, P04: 0.5, P05: 0.3, P06: 0.4, P07: 3, P08: 3, P09: 0.5 },
  visit: { P01: 0.3, P02: 0.8, P03: 1.2, P04: 1, P05: 0.2, P06: 0.3, P07: 2, P08: 4, P09: 0.2 },
  survey: { P01: 0.5, P02: 0.5, P03: 1.5, P04: 0.5, P05: 1, P06: 1, P07: 0.5, P08: 2, P09: 0.5 },
  meeting: { P01: 0.5, P02: 0.5, P03: 2, P04: 0.5, P05: 0.5, P06: 1, P07: 1, P08: 1.5, P09: 0.5 },
};
/** Sensors and video see only some problems: dumping, stalls, blocked fire lanes, e-bikes, parking, water. */
const SENSOR_WEIGHTS: Record<string, number> = { P0101: 3, P0105: 2, P0401: 3, P0402: 3, P0501: 3, P0502: 2, P0602: 1, P0603: 2, P0408: 1 };
const SENSOR_SOURCES = [
  ['camera', '视频智能识别平台'],
  ['iot', '城运物联感知平台'],
] as const;

/** Month factors (January first): summer noise and water, the plum-rain season, winter gas and heating, school places. */
const SEASONS = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  summer: [0.7, 0.7, 0.8, 0.9, 1.1, 1.4, 1.7, 1.7, 1.3, 1, 0.8, 0.7],
  rain: [0.4, 0.4, 0.6, 0.8, 1, 2.2, 2.6, 2, 1.6, 0.8, 0.5, 0.4],
  winter: [1.6, 1.4, 1.1, 0.9, 0.8, 0.7, 0.7, 0.7, 0.8, 1, 1.3, 1.6],
  school: [0.6, 0.8, 1, 1.2, 1.6, 2.2, 2, 1.8, 0.9, 0.5, 0.5, 0.5],
} as const;
type Season = keyof typeof SEASONS;
const SEASON_OF: Record<string, Season> = {
  P0109: 'summer',
  P0110: 'summer',
  P0701: 'summer',
  P0904: 'summer',
  P0303: 'summer',
  P0604: 'summer',
  P0107: 'summer',
  P0204: 'rain',
  P0405: 'rain',
  P0603: 'rain',
  P0408: 'rain',
  P0702: 'rain',
  P0403: 'winter',
  P0402: 'winter',
  P0801: 'winter',
  P0803: 'winter',
  P0806: 'school',
};
const SEASON_NAMES = Object.keys(SEASONS) as Season[];
/** Reports by weekday (Sunday first): Mondays bring the weekend's, Saturdays and Sundays fewer; holidays like Sundays. */
const WEEKDAY = [0.7, 1.15, 1.05, 1, 1, 0.95, 0.75];
const HOLIDAY = 0.7;
/** Share of a working day's staff reports on a rest day (patrols go on, desks mostly close). */
const STAFF_REST_DAY = 0.12;

/** Hour of receipt (0–23) by channel. */
const HOURS: Record<'hotline' | 'photo' | 'staff' | 'sensor', readonly number[]> = {
  hotline: [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3, 4, 4, 3.5, 2.5, 3, 3.5, 3.5, 3, 2.5, 2.5, 3, 3, 2.5, 1.5, 0.7],
  photo: [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1.5, 2.5, 3, 3, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3, 3, 3.5, 3.5, 3, 2, 0.8],
  staff: [0, 0, 0, 0, 0, 0, 0, 0, 0.3, 3, 3.5, 3, 1, 2.5, 3.5, 3, 2.5, 0.3, 0, 0, 0, 0, 0, 0],
  sensor: [2, 2, 2, 1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 2, 2.5, 2.5, 2.5, 2],
};

/** Orders that are reports of something already reported (merged at triage), and orders set aside as invalid. */
const MERGED_SHARE = 0.02;
const INVALID_SHARE = 0.015;
/** Handlers return an order as not theirs; dispatchers move an order to another handler. */
const RETURN_SHARE = 0.03;
const TRANSFER_SHARE = 0.015;
/** Of orders that will be late, those whose handler asks for more time first; and how often it is granted. */
const EXTENSION_SHARE = 0.45;
const EXTENSION_APPROVED = 0.85;
/** Long cases suspended for a while (a court, an owners' vote). */
const SUSPEND_SHARE = 0.025;
/** Reporters who can be reached and rate (the 12345 callback, the app); the rest is closed by the sweep. */
const RATED_SHARE = 0.8;
/** Unsatisfied reporters who reopen (once, as the machine allows). */
const REOPEN_SHARE = 0.4;
/** Desk appeals the committee takes on at once (首问负责). */
const HANDLE_SELF_SHARE = 0.45;
/** Rising topics of the last weeks: share of the year's volume, days, and the street (index) they rise in. */
const BURSTS = [
  { code: 'P0302', share: 0.004, days: 21, street: 0, texts: 'lift' },
  { code: 'P0402', share: 0.0025, days: 14, street: 1, texts: 'flying' },
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Texts: what residents write, per subcategory, as they arrive through the hotline, photo reports and desks
// ---------------------------------------------------------------------------------------------------------------

const SLOTS: Record<string, readonly string[]> = {
  spot: ['小区东门', '小区南门', '楼道里', '垃圾箱房旁', '弄堂口', '地下车库入口', '楼下绿化带', '小区中心花园', '沿街商铺门口', '公交站旁'],
  days: ['两天', '三天', '一个星期', '好几天', '半个多月'],
  time: ['每天晚上', '凌晨', '中午', '周末', '一大早'],
  n: ['1', '2', '3', '5', '6', '8', '9', '11', '12', '15', '16', '18'],
};
const TAILS = ['', '希望尽快处理。', '请有关部门尽快解决。', '已经反映过好几次了。', '麻烦尽快派人来看看。', '谢谢！'];

/** Titles | descriptions per subcategory; {spot} {days} {time} {n} vary. */
const TEXTS: Record<string, readonly [string, string]> = {
  P0101: [
    '{spot}垃圾堆放无人清运|垃圾箱房周边暴露垃圾|绿化带内垃圾堆积',
    '{spot}的垃圾已经堆了{days}，没人清运，气味很大，还招来很多苍蝇。|垃圾箱房满溢，垃圾袋堆到路边，{time}有野猫翻找，弄得到处都是。|有人把生活垃圾堆在{spot}，影响通行和环境卫生。',
  ],
  P0102: [
    '垃圾分类投放不规范|湿垃圾干垃圾混投|垃圾分类投放点无人值守',
    '垃圾分类投放点{time}无人值守，干湿垃圾混投严重，可回收物也被扔进干垃圾桶。|定时定点投放时间太短，上班族赶不上，只能把垃圾放在{spot}。|垃圾清运车把分好类的垃圾混装，居民觉得分类白做了。',
  ],
  P0103: [
    '建筑垃圾乱倒|{spot}偷倒装修垃圾|渣土车夜间偷倒建筑垃圾',
    '{time}有人把装修拆下来的砖块、渣土倒在{spot}，已经堆了{days}。|建筑垃圾袋装后随意堆放，没有预约清运，占用了通道。|附近工地的渣土车夜间偷倒建筑垃圾，路面全是泥浆。',
  ],
  P0104: [
    '小广告乱张贴|墙面乱涂写|{spot}牛皮癣广告',
    '{spot}的墙面和电线杆上贴满了办证、开锁的小广告，清了又贴。|楼道墙面被人用喷漆涂写电话号码，影响小区面貌。|有人在单元门和电梯里张贴租房广告，{days}没人清理。',
  ],
  P0105: [
    '沿街商铺跨门营业|{spot}流动摊贩占道经营|水果店占用人行道堆放货物',
    '沿街商铺把货架和桌椅摆到人行道上，行人只能走机动车道，很危险。|{time}有流动摊贩在{spot}摆摊卖菜，堵塞通道，收摊后留下一地垃圾。|饭店在门口人行道上支起烧烤摊，油烟和垃圾影响周边居民。',
  ],
  P0106: [
    '道路保洁不到位|{spot}路面脏乱|落叶和垃圾长期无人清扫',
    '{spot}的路面{days}没人清扫，落叶和烟头堆积。|下雨后路面泥浆没有冲洗，行人经过一脚泥。|公共区域的垃圾桶满了没人倒，周围散落垃圾。',
  ],
  P0107: [
    '树木修剪不及时|绿化带杂草丛生|树枝遮挡窗户影响采光',
    '{spot}的树木长得太高，树枝伸到居民窗前，遮挡采光，还有虫子爬进屋。|绿化带杂草长得比人高，{time}蚊虫特别多，希望尽快修剪。|行道树枝叶遮挡路灯和交通标志，夜间看不清。',
  ],
  P0108: [
    '毁绿种菜|绿地被占用停车|擅自砍伐树木',
    '有居民把{spot}的公共绿地翻掉种菜，还浇粪水，气味难闻。|一楼住户把楼下绿化带围起来占为私家花园。|有人擅自砍伐小区里的大树，用来扩建停车位。',
  ],
  P0109: [
    '饭店油烟扰民|餐饮油烟直排|烧烤店油烟污染',
    '楼下饭店油烟管道直接对着居民窗户排放，{time}油烟很大，窗户都不敢开。|沿街餐饮店没有安装油烟净化设备，油烟直排，衣服晾在外面都是油烟味。|烧烤店{time}营业到深夜，油烟和噪声影响休息。',
  ],
  P0110: [
    '夜间施工噪音扰民|工地施工噪声|{time}施工噪声',
    '附近工地{time}还在施工，机器声很大，老人孩子都睡不好。|道路开挖施工从早上六点就开始，噪音扰民已经{days}。|工地夜间浇筑混凝土，没有看到夜间施工许可公示。',
  ],
  P0201: [
    '违法搭建|屋顶违章搭建|{spot}私搭乱建',
    '顶楼住户在屋顶平台违法搭建阳光房，担心影响房屋结构安全。|一楼住户在{spot}私自搭建棚屋，占用公共通道。|有人在天井里违章搭建，已经施工{days}。',
  ],
  P0202: [
    '群租房|疑似群租|群租扰民',
    '{n}号楼有一户被隔成七八间出租，住了十几个人，进出人员复杂。|隔壁房子被二房东隔断群租，{time}吵闹，卫生间下水经常堵塞。|群租户乱扔垃圾、在楼道堆放杂物，存在消防安全隐患。',
  ],
  P0203: [
    '居改非经营|住宅开设棋牌室|民宅改作经营场所',
    '{n}号楼一楼住宅被改成小饭店，油烟噪声扰民。|有住户把住宅改成棋牌室，{time}人员进出频繁。|底楼住宅破墙开店，担心影响房屋结构。',
  ],
  P0204: [
    '屋顶漏水|外墙渗水|房屋渗漏',
    '下雨时顶楼屋顶漏水，天花板发霉，墙皮脱落，已经{days}。|外墙渗水导致卧室墙面潮湿发霉。|楼上卫生间渗漏，我家天花板一直在滴水。',
  ],
  P0205: [
    '外墙脱落隐患|空调外机支架锈蚀|墙皮脱落有高坠隐患',
    '{n}号楼外墙面砖有松动脱落，下面是小区主通道，存在高坠隐患。|空调外机支架锈蚀严重，担心掉下来砸到人。|阳台上的花盆和杂物放在窗台外侧，刮风时很危险。',
  ],
  P0206: [
    '房屋墙体开裂|楼板出现裂缝|老房子结构安全隐患',
    '{n}号楼墙体出现明显裂缝，最近越来越宽，居民很担心。|楼上装修拆除承重墙，我家天花板出现裂缝。|老旧房屋木楼梯腐朽，踩上去摇晃。',
  ],
  P0207: [
    '违规装修|装修噪音扰民|装修拆改承重墙',
    '楼上装修{time}还在敲墙，影响休息，装修时间不符合规定。|有住户装修时拆改承重墙和外窗，物业劝阻无效。|装修垃圾堆放在楼道里{days}，影响通行。',
  ],
  P0208: [
    '加装电梯咨询|加装电梯意见不统一|加装电梯施工问题',
    '我们楼想加装电梯，想了解申请流程和补贴政策。|加装电梯低楼层住户不同意，希望居委会协调。|加装电梯施工影响通行，工期一再拖延。',
  ],
  P0209: [
    '旧改征收进度咨询|征收补偿政策咨询|旧区改造过渡安置',
    '想了解我们地块旧区改造的征收进度和补偿标准。|房屋征收评估价格有异议，希望有关部门解释。|过渡安置费发放不及时，希望尽快落实。',
  ],
  P0301: [
    '物业费上涨|物业收费不透明|停车费收费争议',
    '物业公司通知物业费上涨，没有经过业主大会表决。|物业公共收益和维修资金使用情况不公开，业主有意见。|物业多收停车管理费，收费标准不清楚。',
  ],
  P0302: [
    '电梯故障|电梯故障停运|电梯经常困人',
    '{n}号楼电梯故障停运{days}，楼里很多老人上下楼困难。|电梯运行时异响抖动，经常停在两层中间，存在安全隐患。|电梯故障频发，物业维修不及时，上周还发生了困人。',
  ],
  P0303: [
    '二次供水水质浑浊|水压低|水箱清洗不及时',
    '自来水放出来发黄有异味，怀疑水箱长期没有清洗。|高层住户{time}水压低，热水器都打不着火。|二次供水泵房设备老化，经常停水。',
  ],
  P0304: [
    '小区保洁不到位|楼道卫生差|保洁人员减少',
    '楼道{days}没人打扫，地上都是灰尘和垃圾。|小区保洁人员减少，{spot}垃圾没人清理。|楼道扶手和电梯轿厢很久没有清洁消毒。',
  ],
  P0305: [
    '楼道灯不亮|单元门损坏|下水管道堵塞',
    '{n}号楼楼道灯坏了{days}，晚上上下楼很不安全。|单元门门禁坏了，门一直关不上，外来人员随意进出。|公共下水管道堵塞，一楼住户家里返水。',
  ],
  P0306: [
    '小区停车难|外来车辆占用车位|车辆乱停堵塞通道',
    '小区车位紧张，{time}车辆停满通道，救护车都开不进来。|物业放外来车辆进小区停车，业主自己没有车位。|有车辆长期停放在{spot}，影响通行。',
  ],
  P0307: [
    '门禁系统故障|监控探头损坏|小区门岗无人值守',
    '小区门禁系统故障{days}，外来人员随意进出。|{spot}的监控探头坏了，电动车被偷也查不到。|小区门岗{time}没有保安值守。',
  ],
  P0308: [
    '业委会换届|业委会组建咨询|业委会运作不规范',
    '小区业委会任期已满，想了解换届选举怎么组织。|小区一直没有成立业委会，业主想申请组建。|业委会做决定不公开，业主对维修资金使用有疑问。',
  ],
  P0309: [
    '物业公司撤场交接|选聘新物业|物业交接不清',
    '原物业公司合同到期要撤场，新物业还没有选好，担心小区没人管。|业主想重新选聘物业公司，希望居委会指导程序。|物业交接时资料和公共设施清单不全。',
  ],
  P0401: [
    '消防通道被占用|车辆堵塞消防通道|楼道堆物堵塞消防通道',
    '{spot}的消防通道被私家车长期占用，一旦发生火灾消防车进不来。|楼道里堆满了纸板和旧家具，堵塞消防通道，存在火灾隐患。|消防通道标线被划成了停车位。',
  ],
  P0402: [
    '飞线充电|电瓶车楼道充电|电动自行车违规充电',
    '有住户从窗户拉电线下来给电瓶车飞线充电，存在火灾隐患。|电动自行车推进楼道和电梯，{time}在楼道里充电。|{spot}有人私拉电线给电动车充电，电线就挂在树上。',
  ],
  P0403: [
    '闻到燃气味|燃气管道老化|燃气泄漏隐患',
    '楼道里闻到很重的燃气味，担心燃气泄漏。|老式燃气管道锈蚀严重，希望检查更换。|有饭店在店里违规使用液化气钢瓶。',
  ],
  P0404: [
    '高空抛物|楼上扔垃圾|高空坠物伤人隐患',
    '{n}号楼有人从楼上往下扔垃圾袋和烟头，差点砸到人。|楼上住户经常往楼下扔东西，{time}掉下来一个玻璃瓶。|高空抛物砸坏了停在楼下的车辆。',
  ],
  P0405: [
    '防台加固|地下车库进水隐患|低洼地区防汛',
    '台风要来了，{spot}的广告牌和临时搭建松动，需要加固。|小区地势低，每次暴雨地下车库都进水。|防汛沙袋没有准备，担心暴雨时进水。',
  ],
  P0406: [
    '可疑人员出没|电动车被盗|小区治安隐患',
    '最近{time}有陌生人在小区里转悠，挨家挨户看门牌。|小区电动车被盗，希望加强巡逻。|{spot}路灯坏了又没有监控，晚上很不安全。',
  ],
  P0407: [
    '危险品违规存放|居民楼内存放液化气钢瓶|仓库存放易燃物品',
    '有住户在家里存放多个液化气钢瓶，存在安全隐患。|沿街商铺在店里堆放大量油漆和稀释剂。|地下室被租给别人当仓库，存放易燃物品。',
  ],
  P0408: [
    '大树倾斜有倒伏隐患|断枝悬挂|树木倒伏',
    '{spot}的大树明显倾斜，根部松动，刮风下雨随时可能倒下。|昨晚大风吹断了树枝，挂在电线上，存在安全隐患。|树木倒伏压在围墙上，阻断了通道。',
  ],
  P0409: [
    '疑似电信诈骗|老人接到诈骗电话|网络诈骗求助',
    '家里老人接到冒充公检法的电话，要求转账，怀疑是诈骗。|在网上刷单被骗了钱，想咨询怎么报案。|小区里有人推销保健品，以高额返利为诱饵。',
  ],
  P0501: [
    '机动车乱停放|车辆违停占用人行道|{spot}违章停车',
    '{spot}车辆乱停放，占用人行道和盲道，行人只能走马路。|{time}路边违停车辆很多，公交车都开不过去。|有车辆长期停在小区出入口，堵住了通道。',
  ],
  P0502: [
    '共享单车乱停放|{spot}非机动车乱停|共享单车堆积',
    '{spot}的共享单车堆成一片，占满了人行道。|地铁站出口共享单车乱停放，{time}行人无法通行。|废弃的共享单车长期堆在路边没人清理。',
  ],
  P0503: [
    '道路破损|路面坑洼|人行道地砖松动',
    '{spot}的路面有一个大坑，下雨积水，骑车经过很危险。|道路修补后不平整，车辆经过颠簸噪声大。|人行道地砖松动，踩上去溅一身水，老人容易摔倒。',
  ],
  P0504: [
    '红绿灯故障|交通标线模糊|交通标志被遮挡',
    '路口红绿灯故障{days}，车辆行人抢行，很危险。|学校门口斑马线标线模糊，希望重新划线。|交通标志被树枝遮挡，司机看不到。',
  ],
  P0505: [
    '公交线路调整建议|公交站点设置不合理|公交班次太少',
    '小区附近的公交线路取消后，老人出行很不方便，希望恢复。|公交站台没有遮雨棚，{time}候车很辛苦。|{time}公交车班次太少，等车要半个多小时。',
  ],
  P0506: [
    '停车收费不合理|道路停车收费争议|停车场乱收费',
    '路边停车收费员多收停车费，没有开发票。|公共停车场收费标准没有公示。|夜间停车收费太高，居民希望有优惠。',
  ],
  P0507: [
    '路口交通拥堵|{time}交通拥堵|学校门口接送拥堵',
    '{time}路口拥堵严重，红绿灯时间设置不合理。|学校门口接送孩子的车辆乱停，造成拥堵。|道路施工占道，造成长时间拥堵。',
  ],
  P0508: [
    '盲道被占用|无障碍坡道缺失|无障碍设施损坏',
    '{spot}的盲道被车辆和杂物占用，盲人无法通行。|社区服务中心门口没有无障碍坡道，坐轮椅的老人进不去。|无障碍电梯损坏{days}没有维修。',
  ],
  P0601: [
    '路灯不亮|{spot}路灯损坏|景观灯扰民',
    '{spot}的路灯不亮已经{days}，晚上一片漆黑，很不安全。|路灯忽明忽暗，灯杆有漏电隐患。|楼旁边的景观灯{time}太亮，照进卧室影响睡眠。',
  ],
  P0602: [
    '窨井盖缺失|井盖破损|窨井盖松动异响',
    '{spot}的窨井盖丢失，只用一块木板盖着，行人容易掉下去。|井盖破损下陷，车辆经过很危险。|窨井盖松动，车辆压过时声音很大，{time}影响休息。',
  ],
  P0603: ['道路积水|下水道堵塞|排水不畅', '每次下雨{spot}都积水，最深的地方没过脚踝。|下水道堵塞，雨水倒灌进一楼住户家里。|雨水井被垃圾堵住，排水不畅。'],
  P0604: [
    '停水|自来水水压低|水管爆裂',
    '小区突然停水，没有提前通知，已经停了大半天。|{time}自来水水压低，楼上住户基本没水用。|{spot}的供水管道爆裂，水流了一地。',
  ],
  P0605: [
    '公共厕所卫生差|公厕设施损坏|公厕开放时间',
    '附近的公共厕所卫生很差，异味很大。|公厕的冲水和洗手设施坏了{days}。|公共厕所{time}不开放，希望延长开放时间。',
  ],
  P0606: [
    '架空线杂乱|电线垂落|通信基站辐射担忧',
    '{spot}的架空线杂乱，有的电线垂得很低，存在安全隐患。|废弃的通信线缆缠在树上，掉下来挡住了路。|楼顶新装了通信基站，居民担心辐射。',
  ],
  P0607: ['护栏损坏|人行道设施损坏|路名牌缺失', '道路护栏被撞坏，{days}没人修。|{spot}的休息座椅损坏，老人没地方坐。|路口路名牌缺失，外地人找不到路。'],
  P0608: [
    '健身器材损坏|健身设施老化|增设健身设施建议',
    '{spot}的健身器材损坏，螺丝松动，老人锻炼时差点摔倒。|小区健身设施老化生锈，希望更换。|希望在社区增加一些适合老年人的健身设施。',
  ],
  P0701: [
    '邻居噪音扰民|楼上噪音|广场舞噪音扰民',
    '楼上邻居{time}拖拽家具、跺地板，噪音扰民，沟通多次没有效果。|{spot}的广场舞音响声音太大，{time}一直跳到很晚。|隔壁邻居家养的狗{time}叫个不停，影响休息。',
  ],
  P0702: [
    '楼上漏水|漏水纠纷|邻居家漏水不维修',
    '楼上卫生间漏水到我家，已经{days}，楼上住户不配合维修。|楼上空调冷凝水滴到我家窗台，协商没有结果。|隔壁水管漏水导致我家墙面发霉，希望居委会协调。',
  ],
  P0703: [
    '邻居占用公共走道|相邻关系纠纷|邻居摄像头对着我家门',
    '邻居在公共走道堆放杂物，影响通行，多次沟通无果。|邻居在门口安装摄像头正对我家大门，侵犯隐私。|邻居加装防盗门占用了公共部位。',
  ],
  P0704: [
    '宠物扰民|遛狗不牵绳|流浪猫投喂纠纷',
    '有住户遛狗不牵绳，狗在小区里乱跑，吓到小孩。|邻居家的狗在楼道里大小便，没人清理。|有人在{spot}投喂流浪猫，猫越来越多，气味很大。',
  ],
  P0705: [
    '家庭矛盾求助|赡养纠纷|家庭纠纷调解',
    '老人反映子女不尽赡养义务，希望居委会帮忙调解。|夫妻经常吵架，{time}声音很大，邻居担心出事。|兄弟姐妹因为老房子产权发生纠纷，希望调解。',
  ],
  P0706: [
    '租房押金纠纷|房东不退押金|租赁合同纠纷',
    '租房到期后房东不退押金，多次联系无果。|中介提前收回房子，不退还租金。|房东不修房屋设施，租客和房东发生纠纷。',
  ],
  P0707: ['拖欠工资|劳动争议求助|公司不缴社保', '公司拖欠工资{days}，多次讨要没有结果。|公司不给缴社保，想咨询怎么维权。|被公司辞退后没有拿到经济补偿。'],
  P0801: [
    '养老服务咨询|居家养老服务申请|独居老人照护需求',
    '家里老人行动不便，想申请居家养老服务。|独居老人{days}没有出门，邻居担心他的身体。|想了解长护险的申请条件和服务内容。',
  ],
  P0802: ['老年助餐点|助餐点饭菜质量|希望增设助餐点', '社区助餐点饭菜口味差，价格也涨了。|小区附近没有老年助餐点，老人吃饭不方便。|希望助餐服务能送餐上门。'],
  P0803: [
    '低保申请咨询|困难家庭求助|临时救助申请',
    '家里有人生重病，生活困难，想申请临时救助。|想了解低保的申请条件和办理流程。|困难家庭的救助金没有按时发放。',
  ],
  P0804: [
    '社区医院配药|家庭医生签约|社区卫生服务中心服务',
    '社区卫生服务中心配不到常用药，老人要跑大医院。|家庭医生签约后一直联系不上。|社区医院{time}排队时间太长。',
  ],
  P0805: ['就业援助咨询|失业登记|创业补贴咨询', '想了解失业登记和失业金的申领办法。|家里有就业困难人员，希望社区推荐工作。|想了解创业担保贷款和补贴政策。'],
  P0806: ['入学咨询|托育服务|对口入学政策', '孩子明年上小学，想了解对口入学政策。|附近没有普惠托育机构，双职工家庭很为难。|来沪人员子女入学需要哪些材料？'],
  P0807: ['残疾人证办理|无障碍改造申请|残疾人补贴咨询', '想了解残疾人证的办理流程。|家中残疾老人需要进行无障碍改造。|残疾人两项补贴没有收到。'],
  P0808: [
    '社区活动室开放|社区服务设施不足|增设便民设施建议',
    '社区活动室{time}经常关门，居民没有活动场所。|希望社区增设快递柜和便民维修点。|社区文化活动中心设施老旧，希望更新。',
  ],
  P0901: [
    '无证经营|无照经营小作坊|黑诊所',
    '{spot}有一家无证经营的小吃店，卫生状况很差。|居民楼里开了一个无照的小作坊，噪声和异味扰民。|有人在家里开设无证诊所给人看病打针。',
  ],
  P0902: ['食品安全问题|买到过期食品|餐馆卫生差', '在{spot}的小超市买到过期食品。|外卖吃了以后肚子疼，怀疑餐馆食品不卫生。|菜市场有摊贩销售来源不明的肉类。'],
  P0903: ['预付卡退费难|商家价格欺诈|健身房关门跑路', '健身房突然关门，预付卡里的钱退不出来。|商家标价和结账价格不一致。|理发店办卡后服务缩水，要求退卡被拒。'],
  P0904: [
    '商铺噪音扰民|酒吧噪音|商场外放音响',
    '沿街商铺用高音喇叭招揽顾客，{time}不停。|楼下酒吧{time}音乐声很大，影响休息。|商场空调外机和冷却塔噪声大，{time}都在响。',
  ],
  P0905: ['政策咨询|居住证办理咨询|医保政策咨询', '想咨询居住证积分的办理条件。|退休人员医保报销比例是多少？|想了解老旧小区改造的相关政策。'],
  P0906: ['社区治理建议|意见建议|关于增设设施的建议', '建议在小区门口增设非机动车停放点。|希望社区多组织一些针对老年人的活动。|建议在路口增设一个人行横道。'],
};
/** The rising topics' own phrasings, so that their terms (电梯故障, 飞线充电) carry the rise. */
const BURST_TEXTS: Record<string, readonly [string, string]> = {
  lift: [
    '电梯故障|电梯故障停运|电梯故障，老人下不了楼',
    '{n}号楼电梯故障停运，已经报修{days}，还没有修好，老人上下楼很困难。|电梯故障频发，这个月已经停了好几次，还困过人。|电梯故障后物业说要等配件，{days}了还没修好。',
  ],
  flying: [
    '飞线充电|楼道飞线充电|飞线充电隐患',
    '有住户从楼上拉电线下来飞线充电，电线就挂在窗外，存在火灾隐患。|{spot}飞线充电的越来越多，{time}电线横在路上。|电瓶车飞线充电，插线板放在地上淋雨。',
  ],
};
/** A handler's result when resolving, by category. */
const RESULTS: Record<string, string> = {
  P01: '已安排保洁人员清理完毕，并加强巡查。|已联系责任单位整改，现场已恢复整洁。|已对商户进行教育并责令整改，现场已规范。',
  P02: '已现场勘查并督促业主整改。|已联系维修单位完成修复。|已依法告知当事人限期整改，将持续跟踪。',
  P03: '已督促物业公司完成维修。|已协调物业与业主沟通，问题已解决。|物业已落实整改，并向居民说明情况。',
  P04: '已现场处置，隐患已消除。|已联合物业清理，并开展安全宣传。|已联系相关部门处置完毕。',
  P05: '已安排现场整治，并加强巡查。|已修复，恢复正常通行。|已向反映人解释相关政策。',
  P06: '已安排维修，设施恢复正常。|已联系养护单位处理完毕。|已疏通，排水恢复正常。',
  P07: '经居委会调解，双方已达成一致。|已组织双方协商，当事人表示接受。|已引导当事人通过人民调解解决。',
  P08: '已上门了解情况并按政策落实。|已向反映人详细解释政策并协助办理。|已转介相关服务机构跟进。',
  P09: '已现场检查并责令整改。|已向反映人答复相关政策。|已协调商家处理，反映人表示认可。',
  '*': '已核实情况并处理完毕。|已答复反映人。',
};
const REASONS = {
  return: ['非本单位职责范围，请重新派单', '地址不在本辖区', '需由专业部门处置'],
  transfer: ['按职责调整承办单位', '涉及多个部门，改由街道牵头'],
  extension: ['需协调多个部门联合处置', '等待维修材料到货', '需业主大会表决后实施', '涉及产权单位，需协调维修资金'],
  reject: ['时限内可以完成，请抓紧办理', '理由不充分，请按期办结'],
  suspend: ['等待法院判决', '需业主大会表决', '等待产权单位答复', '反映人暂时无法配合入户'],
  reopen: ['问题没有解决，仍然存在', '整改后又出现反复', '对处理结果不满意'],
  invalid: ['重复来电，已告知反映人', '不属于受理范围', '信息不全，无法联系反映人'],
};
// The texts the services and the sweep write themselves (intake.service.ts, sla.repository.ts).
const HANDLE_SELF_NOTE = '首问负责，居委会自办 / Taken on by the committee at the desk';
const SUPERVISE_NOTES = {
  accept: '超时未签收，自动督办 / Not accepted in time: supervised automatically',
  resolve: '超时未办结，自动督办 / Not resolved in time: supervised automatically',
};
const CLOSE_NOTE = '评价期满未评价，自动结案 / Not rated within the feedback period: closed';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚陆顾钱严金施毛薛范汪'];
const GIVEN = [
  '伟',
  '芳',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '慧',
  '建华',
  '建国',
  '玉兰',
  '桂英',
  '国强',
  '志明',
  '海燕',
  '雪梅',
  '文',
  '斌',
  '宇',
  '浩',
  '欣',
  '怡',
  '晨',
  '婷',
  '佳',
  '琳',
  '俊',
  '凤英',
  '小红',
];
const PHONE_PREFIXES = [
  '130',
  '131',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '158',
  '159',
  '177',
  '180',
  '181',
  '186',
  '187',
  '188',
  '189',
  '199',
];
/** Roads of central Shanghai, for addresses given by a hotline caller rather than a compound. */
const ROADS = [
  '江宁路',
  '昌平路',
  '新闸路',
  '北京西路',
  '常德路',
  '胶州路',
  '武定路',
  '康定路',
  '万航渡路',
  '长寿路',
  '西康路',
  '大田路',
  '共和新路',
  '天目西路',
  '中山北路',
  '广中路',
  '临汾路',
  '场中路',
  '汶水路',
  '平型关路',
  '彭江路',
  '灵石路',
  '洛川中路',
  '延长中路',
  '宝山路',
  '大统路',
  '恒丰路',
  '梅园路',
  '芷江西路',
  '普善路',
];
const PLACE_SPOTS = ['东门', '南门', '北门', '地下车库', '垃圾箱房', '中心花园', '北侧弄堂', '沿街商铺'];

/**
 * Where the streets are, for map points: Jing'an's streets by name (approximate centres, all within
 * 31.22–31.30 N, 121.42–121.48 E); other districts place their streets around the district's centre.
 */
const STREET_CENTRES: Record<string, readonly [number, number]> = {
  江宁路街道: [31.238, 121.451],
  石门二路街道: [31.234, 121.462],
  南京西路街道: [31.228, 121.456],
  静安寺街道: [31.224, 121.445],
  曹家渡街道: [31.229, 121.432],
  天目西路街道: [31.248, 121.459],
  北站街道: [31.249, 121.474],
  宝山路街道: [31.257, 121.477],
  共和新路街道: [31.264, 121.455],
  大宁路街道: [31.279, 121.456],
  彭浦新村街道: [31.298, 121.447],
  临汾路街道: [31.292, 121.458],
  芷江西路街道: [31.258, 121.463],
  彭浦镇: [31.289, 121.437],
};
const DISTRICT_BOXES: Record<string, { centre: readonly [number, number]; lat: readonly [number, number]; lng: readonly [number, number] }> = {
  '310106': { centre: [31.26, 121.452], lat: [31.22, 31.3], lng: [121.42, 121.48] },
  '310101': { centre: [31.225, 121.485], lat: [31.195, 31.25], lng: [121.465, 121.51] },
  '310105': { centre: [31.213, 121.41], lat: [31.19, 31.235], lng: [121.36, 121.44] },
  '330102': { centre: [30.255, 120.175], lat: [30.225, 30.29], lng: [120.15, 120.2] },
};

// ---------------------------------------------------------------------------------------------------------------
// The district the orders happen in
// ---------------------------------------------------------------------------------------------------------------

export interface WorldUnit {
  id: number;
  path: string;
  name: string;
  /** Where the unit is on the district's map (lat, lng), when the district has placed it. */
  point?: readonly [number, number];
}

export interface WorldDepartment {
  id: number;
  code: string;
  name: string;
  streetId: number | null;
}

/** A demo account who appears in histories as the one who acted. */
export interface WorldPerson {
  id: number;
  name: string;
}

export interface World {
  districtId: number;
  districtCode: string;
  root: WorldUnit;
  streets: WorldUnit[];
  /** Committees with the index of their street. */
  committees: Array<WorldUnit & { street: number }>;
  /** Compounds with the index of their committee. */
  compounds: Array<WorldUnit & { committee: number }>;
  departments: WorldDepartment[];
  categories: CategoryCatalog;
  calendar: WorkCalendar;
  rules: RoutingRule[];
  /** Demo accounts by the unit or department they act for: they take their share of the steps there. */
  people?: {
    dispatchers?: Map<number, WorldPerson>;
    committeeWorkers?: Map<number, WorldPerson>;
    departmentStaff?: Map<number, WorldPerson>;
    gridWorkers?: Map<number, WorldPerson>;
  };
}

export interface Handler {
  kind: HandlerKind;
  id: number;
  /** Territory path of a committee or street handler; null for a department. */
  path: string | null;
  name: string;
}

// ---------------------------------------------------------------------------------------------------------------
// What is written
// ---------------------------------------------------------------------------------------------------------------

/** One order as stored; times are epoch milliseconds, the phone is in clear until the writer seals it. */
export interface GeneratedOrder {
  id: number;
  channel: Channel;
  discovery: Discovery;
  category_code: string;
  category_group: string;
  title: string;
  description: string;
  keywords: string[];
  urgent: boolean;
  unit_id: number | null;
  unit_path: string;
  street_id: number | null;
  committee_id: number | null;
  lat: number | null;
  lng: number | null;
  address: string | null;
  status: OrderStatus;
  handler_kind: HandlerKind | null;
  handler_unit_id: number | null;
  handler_department_id: number | null;
  handler_path: string | null;
  dispatcher_unit_id: number;
  dispatcher_path: string;
  supervised_at: number | null;
  extension: { days: number; reason: string; requestedAt: string } | null;
  suspended_from: OrderStatus | null;
  suspended_at: number | null;
  suspended_remaining: number | null;
  reopen_count: number;
  rating: Rating | null;
  rated_at: number | null;
  merged_into_id: number | null;
  reporter_user_id: number | null;
  reporter_name: string | null;
  reporter_phone: string | null;
  anonymous: boolean;
  contact_shared: boolean;
  source_system: string | null;
  external_id: string | null;
  received_at: number;
  dispatched_at: number | null;
  accepted_at: number | null;
  resolved_at: number | null;
  closed_at: number | null;
  accept_due_at: number | null;
  accept_warn_at: number | null;
  resolve_due_at: number | null;
  resolve_warn_at: number | null;
  sla: SlaLevel;
  accept_minutes: number | null;
  on_time: boolean | null;
  seq: number;
  updated_at: number;
}

export interface GeneratedEvent {
  order_id: number;
  seq: number;
  step: Step;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  actor_id: number | null;
  actor_name: string;
  actor_kind: ActorKind;
  at: number;
  note: string | null;
  data: Record<string, unknown>;
}

export interface Generated {
  order: GeneratedOrder;
  events: GeneratedEvent[];
}

// ---------------------------------------------------------------------------------------------------------------
// Small tools
// ---------------------------------------------------------------------------------------------------------------

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  between(lo: number, hi: number) {
    return lo + this.next() * (hi - lo);
  }
  chance(p: number) {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Log-normal around a median: waiting times of people. */
  lognormal(median: number, sigma: number) {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
  draw(cdf: Float64Array) {
    const x = this.next() * cdf[cdf.length - 1]!;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

const cumulative = (weights: readonly number[]) => {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += Math.max(0, w)));
  return out;
};

/** A stable number in [0, 1) from an id, for what must not move between runs (where a compound is on the map). */
const unitHash = (id: number, salt = 0) => {
  let h = Math.imul((id ^ 0x9e3779b9) + salt * 0x85ebca6b, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 15), 0x1b873593);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
};

/** The Shanghai calendar day (days since 1970-01-01 there) of an instant, and back. */
const dayOf = (ms: number) => Math.floor((ms + SHANGHAI) / DAY);
const dayStart = (day: number) => day * DAY - SHANGHAI;
const yyyymmdd = (ms: number) => new Date(ms + SHANGHAI).toISOString().slice(0, 10).replaceAll('-', '');

/** Fills {slot}s of a template; one order's title and description share their choices (the same spot, the same days). */
function fill(template: string, dice: Dice, chosen: Map<string, string>) {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    let v = chosen.get(k);
    if (v === undefined) chosen.set(k, (v = dice.pick(SLOTS[k] ?? [''])));
    return v;
  });
}

/** The instant that lies `minutes` working minutes before `now` (the latest such instant). */
export function workingMinutesBefore(calendar: WorkCalendar, now: Date, minutes: number): Date {
  const worked = (t: number) => calendar.workingMinutesBetween(new Date(t), now);
  let span = DAY;
  while (worked(now.getTime() - span) < minutes) span *= 2;
  let lo = now.getTime() - span;
  let hi = now.getTime();
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2);
    if (worked(mid) >= minutes) lo = mid;
    else hi = mid;
  }
  return new Date(lo);
}

// ---------------------------------------------------------------------------------------------------------------
// One order's life
// ---------------------------------------------------------------------------------------------------------------

interface Person {
  id: number | null;
  name: string;
}
const SYSTEM: Person = { id: null, name: 'system' };

/**
 * Event data objects, one per distinct value (a handler, a rating, a channel): most steps share one, so the
 * writer turns each into JSON once.
 */
class EventData {
  static readonly EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
  private readonly kept = new Map<string, Record<string, unknown>>();
  of(key: string, make: () => Record<string, unknown>) {
    let d = this.kept.get(key);
    if (!d) this.kept.set(key, (d = Object.freeze(make())));
    return d;
  }
  handler(h: Handler, rule: boolean) {
    return this.of(`h:${h.kind}:${h.id}:${rule}`, () => ({ handler: { kind: h.kind, id: h.id, name: h.name }, ...(rule ? { rule: true } : {}) }));
  }
}

/**
 * An order being lived: each step is checked by the state machine and changes the columns as OrderService
 * does; before each step (and at the end) the SLA sweep is replayed up to that moment.
 */
class Life {
  readonly events: GeneratedEvent[] = [];
  private state: OrderState | null = null;
  last: number;

  constructor(
    readonly o: GeneratedOrder,
    readonly category: Category,
    private readonly clock: OrderClock,
    private readonly now: number,
    /** The minute within the sweep's period at which this process's sweep runs. */
    private readonly phase: number,
    private readonly shared: EventData,
  ) {
    this.last = o.received_at;
  }

  get status() {
    return this.o.status;
  }

  /** The first sweep at or after an instant. */
  private tick(x: number) {
    return x + ((((this.phase - x) % SWEEP) + SWEEP) % SWEEP);
  }

  private after(ms: number, minutes: number) {
    return this.clock.calendar.addWorkingMinutes(new Date(ms), minutes).getTime();
  }

  /** Whether a step planned at t has happened by now; if so, the sweep runs up to t first. */
  reach(t: number): boolean {
    if (t > this.now) return false;
    this.sweep(t, false);
    return true;
  }

  /**
   * The sweep's doings up to t. Before a step at t: what the once-a-minute sweep did before that step. At the end
   * (final): also a sweep at t itself, so that the first real sweep after seeding finds nothing left to do.
   */
  sweep(t: number, final: boolean) {
    const o = this.o;
    if (o.status === 'resolved') {
      const at = this.when(o.resolved_at! + FEEDBACK_DAYS * DAY, t, final);
      if (at !== null) this.take('close', 'system', SYSTEM, at, CLOSE_NOTE, EventData.EMPTY);
      return;
    }
    const waiting = o.status === 'received' || o.status === 'dispatched';
    const working = o.status === 'accepted' || o.status === 'in_progress';
    if (!waiting && !working) return;
    const due = waiting ? o.accept_due_at : o.resolve_due_at;
    const warn = waiting ? o.accept_warn_at : o.resolve_warn_at;
    if (due === null) return;
    const red = this.when(due, t, final);
    if (red !== null) {
      if (o.sla !== 'red' || o.supervised_at === null) {
        if (o.supervised_at === null) {
          const clock = waiting ? 'accept' : 'resolve';
          this.take('supervise', 'system', SYSTEM, red, SUPERVISE_NOTES[clock], { clock, due: new Date(due).toISOString() });
        }
        o.sla = 'red';
        o.updated_at = Math.max(o.updated_at, red);
      }
      return;
    }
    const yellow = warn !== null && o.sla === 'green' ? this.when(warn, t, final) : null;
    if (yellow !== null) {
      o.sla = 'yellow';
      o.updated_at = Math.max(o.updated_at, yellow);
    }
  }

  /** When the sweep acts on a deadline x: at its first run after x, or at t itself in the final sweep; null: not yet. */
  private when(x: number, t: number, final: boolean) {
    const k = this.tick(x);
    if (k < t) return k;
    return final && x <= t ? t : null;
  }

  private record(step: Step, as: ActorKind, who: Person, at: number, note: string | null, data: Record<string, unknown>, patch: Partial<GeneratedOrder>) {
    const h = data.handler as Handler | undefined;
    const d = decide(this.state, {
      step,
      as: [as],
      data: {
        note,
        handler: h ? { kind: h.kind, id: h.id } : undefined,
        rating: data.rating as Rating | undefined,
        days: data.days as number | undefined,
        into: data.into as number | undefined,
      },
    });
    if (!d.ok) throw new Error(`demo order ${this.o.id}: ${step} from ${this.state?.status ?? 'nothing'} refused (${d.code})`);
    const from = this.state?.status ?? null;
    this.state = d.next;
    const o = this.o;
    Object.assign(o, patch);
    o.status = d.next.status;
    o.seq += 1;
    o.updated_at = Math.max(o.updated_at, at);
    this.last = Math.max(this.last, at);
    this.events.push({
      order_id: o.id,
      seq: o.seq,
      step,
      from_status: from,
      to_status: d.next.status,
      actor_id: who.id,
      actor_name: who.name,
      actor_kind: d.by,
      at,
      note,
      data,
    });
  }

  /** A step with the columns the service's step function (order.steps.ts) gives it at t. */
  private take(
    step: Step,
    as: ActorKind,
    who: Person,
    t: number,
    note: string | null,
    data: Record<string, unknown>,
    c: Omit<StepContext, 'now' | 'clock' | 'category'> = {},
  ) {
    const o = this.o;
    const at = (ms: number | null) => (ms === null ? null : new Date(ms));
    const columns = stepColumns(
      step,
      { ...o, received_at: new Date(o.received_at), resolve_due_at: at(o.resolve_due_at), closed_at: at(o.closed_at) },
      { ...c, now: new Date(t), clock: this.clock, category: this.category },
    );
    const patch: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(columns)) patch[k] = v instanceof Date ? v.getTime() : v;
    this.record(step, as, who, t, note, data, patch as Partial<GeneratedOrder>);
  }

  intake(as: ActorKind, who: Person) {
    const o = this.o;
    this.take(
      'intake',
      as,
      who,
      o.received_at,
      null,
      this.shared.of(`i:${o.channel}`, () => ({ channel: o.channel, discovery: o.discovery })),
    );
  }

  /** The dispatch intake makes by a routing rule (or to the desk's own committee). */
  intakeDispatch(h: Handler, note: string | null) {
    this.take('dispatch', 'system', SYSTEM, this.o.received_at, note, this.shared.handler(h, true), { handler: h });
  }

  dispatch(t: number, h: Handler, who: Person) {
    this.take('dispatch', 'dispatcher', who, t, null, this.shared.handler(h, false), { handler: h });
  }

  transfer(t: number, h: Handler, who: Person, reason: string) {
    this.take('transfer', 'dispatcher', who, t, reason, this.shared.handler(h, false), { handler: h, note: reason });
  }

  giveBack(t: number, who: Person, reason: string) {
    this.take('return', 'handler', who, t, reason, EventData.EMPTY, { note: reason });
  }

  accept(t: number, who: Person) {
    this.take('accept', 'handler', who, t, null, EventData.EMPTY);
  }

  /** A desk worker's own committee takes the case at intake (首问负责): accepted at once. */
  intakeAccept(who: Person) {
    this.take('accept', 'handler', who, this.o.received_at, null, EventData.EMPTY);
  }

  start(t: number, who: Person) {
    this.take('start', 'handler', who, t, null, EventData.EMPTY);
  }

  requestExtension(t: number, who: Person, days: number, reason: string) {
    this.take(
      'request_extension',
      'handler',
      who,
      t,
      reason,
      this.shared.of(`d:${days}`, () => ({ days })),
      { days, note: reason },
    );
  }

  approveExtension(t: number, who: Person) {
    this.take('approve_extension', 'dispatcher', who, t, null, EventData.EMPTY);
  }

  rejectExtension(t: number, who: Person, reason: string) {
    this.take('reject_extension', 'dispatcher', who, t, reason, EventData.EMPTY, { note: reason });
  }

  suspend(t: number, who: Person, reason: string) {
    this.take('suspend', 'handler', who, t, reason, EventData.EMPTY, { note: reason });
  }

  resume(t: number, who: Person) {
    this.take('resume', 'handler', who, t, null, EventData.EMPTY);
  }

  resolve(t: number, who: Person, result: string) {
    this.take('resolve', 'handler', who, t, result, EventData.EMPTY, { note: result });
  }

  rate(t: number, who: Person, rating: Rating) {
    this.take(
      'rate',
      'reporter',
      who,
      t,
      null,
      this.shared.of(`r:${rating}`, () => ({ rating })),
      { rating },
    );
  }

  reopen(t: number, who: Person, reason: string) {
    this.take('reopen', 'reporter', who, t, reason, EventData.EMPTY, { note: reason });
  }

  merge(t: number, who: Person, into: number) {
    this.take('merge', 'dispatcher', who, t, null, { into }, { into });
  }

  invalidate(t: number, who: Person, reason: string) {
    this.take('invalidate', 'dispatcher', who, t, reason, EventData.EMPTY, { note: reason });
  }

  /** Working minutes later, never before the last step. */
  later(from: number, minutes: number) {
    return Math.max(this.after(from, Math.max(0, minutes)), this.last);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------------------------

export interface GeneratorOptions {
  /** Orders to generate (the rising topics included). */
  count: number;
  /** The year ends here ("now": orders received just before it are still open). */
  now: Date;
  /** Start of the period; a year before now by default. */
  from?: Date;
  random: () => number;
}

/** A hand-made order for a demo account: where, what, who, and which steps, spread over the time since receipt. */
export interface ScriptedOrder {
  /** A compound or committee of the world by id, or a house (with its compound's committee). */
  place: { unitId: number } | { house: WorldUnit & { committeeId: number; address: string } };
  categoryCode: string;
  channel: Channel;
  reporter?: { userId: number | null; name: string; phone: string | null };
  /** Working minutes between receipt and now. */
  ago: number;
  /** How it was routed at intake: by the district's rules, to the street's triage, or taken on by the desk. */
  route: 'rule' | 'triage' | 'self';
  /** Steps after intake, at even intervals of working time up to now. */
  steps: Array<'dispatch' | 'accept' | 'start' | 'return' | 'request_extension' | 'suspend' | 'resolve' | 'rate'>;
  /** The handler a manual dispatch picks (default: the catalogue's suggestion). */
  handler?: Handler;
  rating?: Rating;
  titleIndex?: number;
}

interface Place {
  unit: WorldUnit;
  committee: number;
  street: number;
  lat: number;
  lng: number;
  address: string;
}

interface Recent {
  id: number;
  at: number;
  category: number;
  unitIndex: number;
  committee: number;
  kind: 'compound' | 'committee';
}

const RECENT_KEEP = 256;
const DUPLICATE_WINDOW = 3 * DAY;

/**
 * Generates a district's orders in the order they were received, a batch at a time (ids are given by the caller,
 * reserved from the table's sequence). Deterministic for the same world, options and random sequence.
 */
export class OrderGenerator {
  private readonly dice: Dice;
  private readonly clock: OrderClock;
  private readonly now: number;
  private readonly from: number;
  private readonly codes: Category[];
  private readonly channelCdf: Float64Array;
  private readonly categoryCdf = new Map<Channel, Float64Array>();
  private readonly dayCdf = new Map<string, Float64Array>();
  private readonly firstDay: number;
  private readonly hourCdf: Record<keyof typeof HOURS, Float64Array>;
  private readonly deptByCode = new Map<string, WorldDepartment>();
  private readonly committeeLoc: Array<[number, number]>;
  private readonly compoundLoc: Array<[number, number]>;
  private readonly compoundsOf: number[][];
  private readonly box: (typeof DISTRICT_BOXES)[string];
  private readonly keywordCache = new Map<string, string[]>();
  private readonly pools = new Map<string, Person[]>();
  private readonly phones: string[] = [];
  private readonly phonePool: number;
  private readonly recent: Recent[] = [];
  private readonly routeCache = new Map<string, Handler | null>();
  private readonly shared = new EventData();
  private readonly handlerCache = new Map<string, Handler>();
  private readonly textLists = new Map<string, { titles: string[]; bodies: string[] }>();
  private readonly keywordSets = new Map<string, string[]>();
  private readonly chosen = new Map<string, string>();
  // The plan of the whole period, sorted by time of receipt.
  private readonly at: Float64Array;
  private readonly channelOf: Uint8Array;
  private readonly categoryOf: Uint16Array;
  private readonly committeeOf: Uint32Array;
  private readonly burstOf: Uint8Array;
  private readonly order: Uint32Array;
  private cursor = 0;
  private hotlineSeq = 0;
  private alarmSeq = 0;

  constructor(
    readonly world: World,
    opts: GeneratorOptions,
  ) {
    if (!world.committees.length) throw new Error('the district has no committees to place orders in');
    this.dice = new Dice(opts.random);
    this.clock = new OrderClock(world.calendar, world.categories.warnAtShare);
    this.now = opts.now.getTime();
    this.from = opts.from?.getTime() ?? this.now - YEAR;
    this.codes = [...world.categories.byCode.values()];
    if (!this.codes.length) throw new Error('the district has no problem catalogue');
    for (const d of world.departments) {
      // A street team is kept as 'HMO-<street id>', a district department by its code.
      this.deptByCode.set(d.streetId !== null ? `${d.code.replace(/-\d+$/, '')}@${d.streetId}` : d.code, d);
    }
    this.channelCdf = cumulative(CHANNELS.map(([, w]) => w));
    for (const [channel] of CHANNELS) {
      const weights = this.codes.map((c) =>
        channel === 'sensor' ? (SENSOR_WEIGHTS[c.code] ?? 0) : (WEIGHTS[c.code] ?? 1) * (AFFINITY[channel]?.[c.group] ?? 1),
      );
      // A catalogue without any of the sensors' codes: sensors see everything a little.
      this.categoryCdf.set(channel, cumulative(weights.some((w) => w > 0) ? weights : this.codes.map(() => 1)));
    }
    this.firstDay = dayOf(this.from);
    const lastDay = dayOf(this.now);
    for (const season of SEASON_NAMES) {
      for (const staff of [false, true]) {
        const weights: number[] = [];
        for (let day = this.firstDay; day <= lastDay; day++) {
          const d = new Date(dayStart(day) + SHANGHAI);
          const working = world.calendar.isWorkingDay(new Date(dayStart(day) + 12 * HOUR));
          const weekday = d.getUTCDay();
          const base = staff ? (working ? 1 : STAFF_REST_DAY) : working ? WEEKDAY[weekday]! : weekday === 0 || weekday === 6 ? WEEKDAY[weekday]! : HOLIDAY;
          weights.push(base * SEASONS[season][d.getUTCMonth()]!);
        }
        this.dayCdf.set(`${season}:${staff}`, cumulative(weights));
      }
    }
    this.hourCdf = { hotline: cumulative(HOURS.hotline), photo: cumulative(HOURS.photo), staff: cumulative(HOURS.staff), sensor: cumulative(HOURS.sensor) };
    this.box = DISTRICT_BOXES[world.districtCode] ?? DISTRICT_BOXES['310106']!;
    const centre = this.box.centre;
    const streetLoc = world.streets.map((s, i) => {
      if (s.point) return s.point;
      const known = STREET_CENTRES[s.name];
      if (known) return known;
      // A spiral around the centre, about 1.5 km apart.
      const angle = i * 2.4;
      const r = 0.012 * Math.sqrt(i + 0.5);
      return [centre[0] + r * Math.sin(angle), centre[1] + r * Math.cos(angle)] as const;
    });
    this.committeeLoc = world.committees.map((c) =>
      c.point
        ? ([...c.point] as [number, number])
        : this.clamp(streetLoc[c.street]![0] + (unitHash(c.id, 1) - 0.5) * 0.012, streetLoc[c.street]![1] + (unitHash(c.id, 2) - 0.5) * 0.014),
    );
    this.compoundsOf = world.committees.map(() => []);
    world.compounds.forEach((c, i) => this.compoundsOf[c.committee]!.push(i));
    this.compoundLoc = world.compounds.map((c) => {
      if (c.point) return [...c.point] as [number, number];
      const [lat, lng] = this.committeeLoc[c.committee]!;
      return this.clamp(lat + (unitHash(c.id, 3) - 0.5) * 0.003, lng + (unitHash(c.id, 4) - 0.5) * 0.0035);
    });
    this.phonePool = Math.max(50, Math.min(8000, Math.round(opts.count / 4)));

    // The whole period's plan: when, through which channel, what and where; then sorted by time.
    const n = Math.max(0, Math.round(opts.count));
    this.at = new Float64Array(n);
    this.channelOf = new Uint8Array(n);
    this.categoryOf = new Uint16Array(n);
    this.committeeOf = new Uint32Array(n);
    this.burstOf = new Uint8Array(n);
    let k = 0;
    const bursts = n >= 200 ? BURSTS.map((b) => ({ ...b, n: Math.round(n * b.share) })) : [];
    for (const [bi, b] of bursts.entries()) {
      const category = this.codes.findIndex((c) => c.code === b.code);
      const street = world.streets.length ? b.street % world.streets.length : 0;
      const committees = world.committees
        .map((c, i) => ({ c, i }))
        .filter((x) => x.c.street === street)
        .slice(0, 3)
        .map((x) => x.i);
      if (category < 0 || !committees.length) continue;
      const start = Math.max(this.from, this.now - b.days * DAY);
      for (let j = 0; j < b.n && k < n; j++, k++) {
        const channel = this.dice.chance(0.6) ? 'hotline' : 'photo';
        // Rising towards now: density grows with the square of the time into the burst.
        const x = Math.cbrt(this.dice.next());
        this.at[k] = this.within(this.timeOfDay(start + x * (this.now - start), channel), start);
        this.channelOf[k] = CHANNELS.findIndex(([c]) => c === channel);
        this.categoryOf[k] = category;
        this.committeeOf[k] = this.dice.pick(committees);
        this.burstOf[k] = bi + 1;
      }
    }
    for (; k < n; k++) {
      const ci = this.dice.draw(this.channelCdf);
      const channel = CHANNELS[ci]![0];
      const category = this.dice.draw(this.categoryCdf.get(channel)!);
      const season = SEASON_OF[this.codes[category]!.code] ?? 'flat';
      const day = this.firstDay + this.dice.draw(this.dayCdf.get(`${season}:${STAFF_CHANNELS.has(channel)}`)!);
      this.at[k] = this.within(this.timeOfDay(dayStart(day), channel), this.from);
      this.channelOf[k] = ci;
      this.categoryOf[k] = category;
      this.committeeOf[k] = this.dice.int(0, world.committees.length - 1);
    }
    this.order = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.order[i] = i;
    this.order.sort((a, b) => this.at[a]! - this.at[b]! || a - b);
  }

  /** Orders still to generate. */
  get remaining() {
    return this.order.length - this.cursor;
  }

  /** Keeps a point inside the district's box, folding what falls outside back in (no pile-up on the edge). */
  private clamp(lat: number, lng: number): [number, number] {
    const fold = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x > hi ? 2 * hi - x : x < lo ? 2 * lo - x : x));
    return [fold(lat, this.box.lat), fold(lng, this.box.lng)];
  }

  /** A time of receipt kept inside [start, now): the first and last day are partly outside the period. */
  private within(t: number, start: number) {
    const room = Math.max(1, Math.min(6 * HOUR, this.now - start));
    if (t >= this.now) return this.now - 1 - Math.floor(this.dice.next() * room);
    if (t < start) return start + Math.floor(this.dice.next() * room);
    return t;
  }

  /** An instant on the given day at an hour typical of the channel. */
  private timeOfDay(dayInstant: number, channel: Channel) {
    const cdf =
      channel === 'hotline' ? this.hourCdf.hotline : channel === 'photo' ? this.hourCdf.photo : channel === 'sensor' ? this.hourCdf.sensor : this.hourCdf.staff;
    const start = dayStart(dayOf(dayInstant));
    return start + this.dice.draw(cdf) * HOUR + Math.floor(this.dice.next() * HOUR);
  }

  /** The next orders, in order of receipt, with the given ids. */
  next(ids: readonly number[]): Generated[] {
    const out: Generated[] = [];
    for (const id of ids) {
      if (this.cursor >= this.order.length) break;
      const i = this.order[this.cursor++]!;
      out.push(this.bulk(id, i));
    }
    return out;
  }

  // --- places, people, texts ---

  private placeIn(committee: number, kind: 'compound' | 'committee', unitIndex?: number): { place: Place; unitIndex: number; kind: 'compound' | 'committee' } {
    const w = this.world;
    const c = w.committees[committee]!;
    const compounds = this.compoundsOf[committee]!;
    if (kind === 'compound' && compounds.length) {
      const ui = unitIndex ?? this.dice.pick(compounds);
      const u = w.compounds[ui]!;
      const [lat, lng] = this.compoundLoc[ui]!;
      const address = this.dice.chance(0.6) ? `${u.name}${this.dice.pick(SLOTS.n!)}号楼` : `${u.name}${this.dice.pick(PLACE_SPOTS)}`;
      const p = this.clamp(lat + (this.dice.next() - 0.5) * 0.0008, lng + (this.dice.next() - 0.5) * 0.0009);
      return { place: { unit: u, committee, street: c.street, lat: p[0], lng: p[1], address }, unitIndex: ui, kind: 'compound' };
    }
    const [lat, lng] = this.committeeLoc[committee]!;
    const p = this.clamp(lat + (this.dice.next() - 0.5) * 0.005, lng + (this.dice.next() - 0.5) * 0.006);
    return {
      place: { unit: c, committee, street: c.street, lat: p[0], lng: p[1], address: `${this.dice.pick(ROADS)}${this.dice.int(1, 999)}号` },
      unitIndex: committee,
      kind: 'committee',
    };
  }

  private name() {
    return `${this.dice.pick(SURNAMES)}${this.dice.pick(GIVEN)}`;
  }

  /** How a caller gives their name: often 王女士 or 李先生, sometimes in full. */
  private callerName() {
    return this.dice.chance(0.6) ? `${this.dice.pick(SURNAMES)}${this.dice.chance(0.55) ? '女士' : '先生'}` : this.name();
  }

  private phone() {
    const i = Math.floor(this.dice.next() * this.phonePool);
    while (this.phones.length <= i) this.phones.push(`${this.dice.pick(PHONE_PREFIXES)}${String(this.dice.int(0, 99_999_999)).padStart(8, '0')}`);
    return this.phones[i]!;
  }

  /** The few people who act for a unit or department, a demo account among them where there is one. */
  private staff(key: string, title: string, demo: WorldPerson | undefined): Person {
    let pool = this.pools.get(key);
    if (!pool) {
      pool = [
        ...(demo ? [{ id: demo.id, name: demo.name }] : []),
        ...Array.from({ length: demo ? 2 : 3 }, () => ({ id: null, name: `${title} ${this.name()}` })),
      ];
      this.pools.set(key, pool);
    }
    return this.dice.pick(pool);
  }

  private dispatcherOf(street: number): Person {
    const s = this.world.streets[street]!;
    return this.staff(`ops:${s.id}`, '街道城运中心', this.world.people?.dispatchers?.get(s.id));
  }

  private handlerPerson(h: Handler): Person {
    if (h.kind === 'committee') return this.staff(`c:${h.id}`, '社工', this.world.people?.committeeWorkers?.get(h.id));
    if (h.kind === 'street') return this.staff(`ops:${h.id}`, '街道城运中心', this.world.people?.dispatchers?.get(h.id));
    return this.staff(`d:${h.id}`, h.name, this.world.people?.departmentStaff?.get(h.id));
  }

  private keywordsOf(text: string) {
    let k = this.keywordCache.get(text);
    if (!k) this.keywordCache.set(text, (k = keywords(text)));
    return k;
  }

  /** Title and description from the subcategory's phrasings; keywords as intake computes them (title, then description). */
  private texts(category: Category, burst: string | null, titleIndex?: number) {
    const key = burst ?? category.code;
    let lists = this.textLists.get(key);
    if (!lists) {
      const [titles, bodies] = (burst ? BURST_TEXTS[burst] : TEXTS[category.code]) ?? [category.name.zh, `${category.name.zh}问题，请尽快处理。`];
      this.textLists.set(key, (lists = { titles: titles.split('|'), bodies: bodies.split('|') }));
    }
    const { titles, bodies } = lists;
    // Titles and descriptions are written in pairs; a caller's own words sometimes start elsewhere.
    const j = titleIndex ?? Math.floor(this.dice.next() * titles.length);
    this.chosen.clear();
    const title = fill(titles[j % titles.length]!, this.dice, this.chosen);
    const body = fill(this.dice.chance(0.85) ? bodies[j % bodies.length]! : this.dice.pick(bodies), this.dice, this.chosen);
    const tail = this.dice.pick(TAILS);
    const description = `${body}${tail}`;
    // Jieba cuts at punctuation and spaces, so the keywords of "title description" are those of its parts in
    // turn; the same title and description share one list.
    const both = `${title}\u0000${description}`;
    let words = this.keywordSets.get(both);
    if (!words) {
      words = [...this.keywordsOf(title), ...this.keywordsOf(body), ...(tail ? this.keywordsOf(tail) : [])];
      if (this.keywordSets.size < 100_000) this.keywordSets.set(both, words);
    }
    return { title, description, keywords: words };
  }

  // --- routing ---

  /** A department or street team by code, as routing.repository's departmentByCode finds it. */
  private department(code: string, street: number): Handler | null {
    const s = this.world.streets[street];
    const d = (s && this.deptByCode.get(`${code}@${s.id}`)) ?? this.deptByCode.get(code);
    return d ? this.handler('department', d.id, null, d.name) : null;
  }

  /** One Handler object per handler, so that their event data is shared. */
  private handler(kind: HandlerKind, id: number, path: string | null, name: string): Handler {
    const key = `${kind}:${id}`;
    let h = this.handlerCache.get(key);
    if (!h) this.handlerCache.set(key, (h = { kind, id, path, name }));
    return h;
  }

  private committeeHandler(committee: number): Handler {
    const c = this.world.committees[committee]!;
    return this.handler('committee', c.id, c.path, c.name);
  }

  private streetHandler(street: number): Handler {
    const s = this.world.streets[street]!;
    return this.handler('street', s.id, s.path, s.name);
  }

  /** The order's current handler (committees and streets handle only at the order's own place). */
  private currentHandler(o: GeneratedOrder, place: Place): Handler | null {
    if (o.handler_kind === null) return null;
    if (o.handler_kind === 'department') return this.handler('department', o.handler_department_id!, null, this.nameOfDepartment(o.handler_department_id!));
    return o.handler_kind === 'committee' ? this.committeeHandler(place.committee) : this.streetHandler(place.street);
  }

  /** The handler the district's rules give at intake, or null for the street's triage (as intake.service routes). */
  route(category: Category, place: Place): Handler | null {
    const key = `${category.code}:${place.unit.path}`;
    if (this.routeCache.has(key)) return this.routeCache.get(key)!;
    const rule = pickRule(this.world.rules, category.code, category.group, place.unit.path);
    let h: Handler | null = null;
    if (rule && rule.handler_kind === 'committee') h = this.committeeHandler(place.committee);
    else if (rule && rule.handler_kind === 'street') h = this.streetHandler(place.street);
    else if (rule && rule.handler_kind === 'department') h = this.department(rule.department_code!, place.street);
    if (this.routeCache.size < 200_000) this.routeCache.set(key, h);
    return h;
  }

  /** Where a dispatcher sends an order by hand: the catalogue's suggested handler, the committee, or the street itself. */
  private suggested(category: Category, place: Place): Handler {
    const code = category.handler;
    if ((category.group === 'P07' || category.group === 'P08' || category.group === 'P03') && this.dice.chance(0.3))
      return this.committeeHandler(place.committee);
    const d = code && code !== 'OPS' && !this.dice.chance(0.1) ? this.department(code, place.street) : null;
    return d ?? this.streetHandler(place.street);
  }

  /** Another handler than the current one, for a transfer or a dispatch after a return. */
  private other(current: Handler | null, category: Category, place: Place): Handler {
    for (let i = 0; i < 3; i++) {
      const h = this.suggested(category, place);
      if (!current || h.kind !== current.kind || h.id !== current.id) return h;
    }
    return current?.kind === 'street' ? this.committeeHandler(place.committee) : this.streetHandler(place.street);
  }

  /** How well a handler keeps its time limits (0.78–0.97): stable per handler, so rankings differ. */
  private quality(h: Handler | null) {
    if (!h) return 0.88;
    const base = 0.8 + 0.15 * unitHash(h.id, h.kind === 'department' ? 7 : 8);
    return Math.min(0.97, base + (h.kind === 'committee' ? 0.03 : h.kind === 'department' ? -0.01 : 0));
  }

  // --- one bulk order ---

  private bulk(id: number, i: number): Generated {
    const d = this.dice;
    const channel = CHANNELS[this.channelOf[i]!]![0];
    let category = this.codes[this.categoryOf[i]!]!;
    let committee = this.committeeOf[i]!;
    const received = Math.floor(this.at[i]!);
    const burst = this.burstOf[i] ? BURSTS[this.burstOf[i]! - 1]!.texts : null;
    // A second report of something reported a little earlier: same problem, same place; merged at triage.
    let duplicateOf: Recent | null = null;
    if (!burst && d.chance(MERGED_SHARE)) {
      const candidates = this.recent.filter((r) => r.at >= received - DUPLICATE_WINDOW && r.at <= received);
      if (candidates.length) duplicateOf = d.pick(candidates);
    }
    let where: ReturnType<typeof this.placeIn>;
    if (duplicateOf) {
      category = this.codes[duplicateOf.category]!;
      committee = duplicateOf.committee;
      where = this.placeIn(committee, duplicateOf.kind, duplicateOf.kind === 'compound' ? duplicateOf.unitIndex : undefined);
    } else {
      where = this.placeIn(
        committee,
        channel === 'hotline'
          ? d.chance(0.75)
            ? 'compound'
            : 'committee'
          : channel === 'sensor'
            ? d.chance(0.5)
              ? 'compound'
              : 'committee'
            : d.chance(0.88)
              ? 'compound'
              : 'committee',
      );
    }
    const place = where.place;
    const texts = this.texts(category, burst);
    const o = this.baseOrder(id, channel, category, place, received, texts);
    o.urgent = category.urgent ? d.chance(0.9) : d.chance(0.01);

    // Who reported it and who took it in.
    let intakeAs: ActorKind = 'system';
    let intakeBy: Person = SYSTEM;
    let canRate = false;
    switch (channel) {
      case 'hotline':
        canRate = this.reporterOf(o, 0.2, 1, 0.5, true);
        o.source_system = '12345';
        o.external_id = `${yyyymmdd(received)}${String(++this.hotlineSeq).padStart(7, '0')}`;
        intakeBy = { id: null, name: '12345市民服务热线' };
        break;
      case 'photo':
        canRate = this.reporterOf(o, 0.1, 1, 0.6, false);
        intakeAs = 'reporter';
        intakeBy = { id: null, name: o.reporter_name ?? '随手拍用户' };
        break;
      case 'sensor': {
        const [source, system] = d.pick(SENSOR_SOURCES);
        o.source_system = `alarm:${source}`;
        o.external_id = `${source.toUpperCase()}-${yyyymmdd(received)}-${String(++this.alarmSeq).padStart(6, '0')}`;
        intakeBy = { id: null, name: system };
        break;
      }
      case 'patrol':
        intakeAs = 'handler';
        intakeBy = this.gridWorkerOf(place.street);
        break;
      default:
        canRate = this.reporterOf(o, channel === 'desk' ? 0.1 : channel === 'visit' ? 0.3 : 0.6, channel === 'desk' ? 0.9 : 0.6, 0.5, false);
        intakeAs = 'handler';
        intakeBy = this.handlerPerson(this.committeeHandler(place.committee));
    }
    const reporter: Person = { id: null, name: o.reporter_name ?? '反映人' };

    const life = new Life(o, category, this.clock, this.now, this.phaseOf(id), this.shared);
    life.intake(intakeAs, intakeBy);
    // A duplicate waits for the dispatcher to merge it; the desk takes on only what is new.
    const selfHandled = !duplicateOf && channel === 'desk' && d.chance(HANDLE_SELF_SHARE);
    const ruled = selfHandled ? this.committeeHandler(place.committee) : this.route(category, place);
    if (ruled) {
      life.intakeDispatch(ruled, selfHandled ? HANDLE_SELF_NOTE : null);
      if (selfHandled) life.intakeAccept(intakeBy);
    }
    const dispatcher = this.dispatcherOf(place.street);

    const fate = duplicateOf ? 'merge' : !selfHandled && d.chance(INVALID_SHARE) ? 'invalid' : 'normal';
    if (fate === 'merge') {
      const t = life.later(received, this.triageMinutes(o.urgent));
      if (life.reach(t)) life.merge(t, dispatcher, duplicateOf!.id);
    } else if (fate === 'invalid') {
      const t = life.later(received, this.triageMinutes(o.urgent));
      if (life.reach(t)) life.invalidate(t, dispatcher, d.pick(REASONS.invalid));
    } else {
      this.recent.push({ id, at: received, category: this.codes.indexOf(category), unitIndex: where.unitIndex, committee, kind: where.kind });
      if (this.recent.length > RECENT_KEEP) this.recent.shift();
      this.work(life, place, dispatcher, canRate ? reporter : null, selfHandled);
    }
    life.sweep(this.now, true);
    return { order: o, events: life.events };
  }

  /** A reporter who gives a name (and often a phone), or nobody; whether they can be asked to rate. */
  private reporterOf(o: GeneratedOrder, pAnonymous: number, pPhone: number, pShared: number, caller: boolean) {
    const d = this.dice;
    if (d.chance(pAnonymous)) return false;
    o.anonymous = false;
    o.reporter_name = caller ? this.callerName() : this.name();
    o.reporter_phone = d.chance(pPhone) ? this.phone() : null;
    o.contact_shared = d.chance(pShared);
    return true;
  }

  private gridWorkerOf(street: number): Person {
    const id = this.world.streets[street]!.id;
    return this.staff(`grid:${id}`, '网格员', this.world.people?.gridWorkers?.get(id));
  }

  /** Working minutes an order waits at the operations centre: half an hour typically, minutes when urgent. */
  private triageMinutes(urgent: boolean) {
    return Math.min(480, Math.max(2, this.dice.lognormal(urgent ? 8 : 35, 0.8)));
  }

  private phaseOf(id: number) {
    return Math.floor(unitHash(id, 9) * SWEEP);
  }

  private baseOrder(
    id: number,
    channel: Channel,
    category: Category,
    place: Place,
    received: number,
    texts: { title: string; description: string; keywords: string[] },
  ): GeneratedOrder {
    const w = this.world;
    const street = w.streets[place.street]!;
    return {
      id,
      channel,
      discovery: DISCOVERY[channel],
      category_code: category.code,
      category_group: category.group,
      title: texts.title,
      description: texts.description,
      keywords: texts.keywords,
      urgent: false,
      unit_id: place.unit.id,
      unit_path: place.unit.path,
      street_id: street.id,
      committee_id: w.committees[place.committee]!.id,
      lat: Math.round(place.lat * 1e6) / 1e6,
      lng: Math.round(place.lng * 1e6) / 1e6,
      address: place.address,
      status: 'received',
      handler_kind: null,
      handler_unit_id: null,
      handler_department_id: null,
      handler_path: null,
      dispatcher_unit_id: street.id,
      dispatcher_path: street.path,
      supervised_at: null,
      extension: null,
      suspended_from: null,
      suspended_at: null,
      suspended_remaining: null,
      reopen_count: 0,
      rating: null,
      rated_at: null,
      merged_into_id: null,
      reporter_user_id: null,
      reporter_name: null,
      reporter_phone: null,
      anonymous: true,
      contact_shared: false,
      source_system: null,
      external_id: null,
      received_at: received,
      dispatched_at: null,
      accepted_at: null,
      resolved_at: null,
      closed_at: null,
      accept_due_at: null,
      accept_warn_at: null,
      resolve_due_at: null,
      resolve_warn_at: null,
      sla: 'green',
      accept_minutes: null,
      on_time: null,
      seq: 0,
      updated_at: received,
    };
  }

  /** From triage to the reporter's rating: the common path with its detours, each step only if its time has come. */
  private work(life: Life, place: Place, dispatcher: Person, reporter: Person | null, selfHandled: boolean) {
    const d = this.dice;
    const o = life.o;
    const category = life.category;
    if (o.status === 'received') {
      const t = life.later(life.last, this.triageMinutes(o.urgent));
      if (!life.reach(t)) return;
      life.dispatch(t, this.suggested(category, place), dispatcher);
    }

    const dayMinutes = this.clock.calendar.dayMinutes;
    for (let round = 0; round < 2; round++) {
      if (!selfHandled || round > 0) {
        if (round === 0 && d.chance(TRANSFER_SHARE)) {
          const t = life.later(life.last, d.between(20, 480));
          if (!life.reach(t)) return;
          life.transfer(t, this.other(this.currentHandler(o, place), category, place), dispatcher, d.pick(REASONS.transfer));
        }
        const acceptLimit = o.urgent ? category.urgentAcceptMinutes : category.acceptMinutes;
        if (round === 0 && d.chance(RETURN_SHARE)) {
          const t = life.later(o.dispatched_at!, acceptLimit * d.between(0.1, 0.8));
          if (!life.reach(t)) return;
          const back = this.currentHandler(o, place);
          life.giveBack(t, this.handlerPerson(back!), d.pick(REASONS.return));
          const t2 = life.later(t, this.triageMinutes(o.urgent));
          if (!life.reach(t2)) return;
          life.dispatch(t2, this.other(back, category, place), dispatcher);
        }
        const q = this.quality(this.currentHandler(o, place));
        const f = d.chance(Math.min(0.995, q + 0.12)) ? 0.03 + 0.85 * d.next() ** 1.5 : 1.02 + 1.5 * d.next();
        const t = life.later(o.dispatched_at!, acceptLimit * f);
        if (!life.reach(t)) return;
        life.accept(t, this.handlerPerson(this.currentHandler(o, place)!));
      }
      const worker = this.handlerPerson(this.currentHandler(o, place)!);
      if (d.chance(0.65)) {
        const t = life.later(life.last, d.between(5, 240));
        if (!life.reach(t)) return;
        life.start(t, worker);
      }
      const limit = category.resolveDays * dayMinutes;
      const onTime = d.chance(Math.min(0.99, this.quality(this.currentHandler(o, place)) + 0.03 + (round > 0 ? 0.05 : 0)));
      let fraction = onTime ? 0.04 + 0.9 * d.next() ** 1.3 : 1.03 + 1.3 * d.next();
      let base = o.accepted_at!;
      if (round === 0 && category.resolveDays >= 10 && d.chance(SUSPEND_SHARE)) {
        const ts = life.later(base, limit * Math.min(fraction, 1) * 0.4);
        if (!life.reach(ts)) return;
        life.suspend(ts, worker, d.pick(REASONS.suspend));
        const tr = life.later(ts + d.int(3, 25) * DAY, d.between(0, 120));
        if (!life.reach(tr)) return;
        life.resume(tr, worker);
        // What was left of the limit runs again from the resumption.
        base = tr;
        fraction *= 0.6;
      }
      if (!onTime && category.resolveDays >= 3 && o.status !== 'suspended' && d.chance(EXTENSION_SHARE)) {
        const tq = life.later(base, limit * 0.75);
        if (!life.reach(tq)) return;
        const days = Math.min(60, Math.max(0, Math.ceil((fraction - 1) * category.resolveDays)) + d.int(1, 3));
        life.requestExtension(tq, worker, days, d.pick(REASONS.extension));
        const tdec = life.later(tq, d.between(30, 600));
        if (!life.reach(tdec)) return;
        if (d.chance(EXTENSION_APPROVED)) life.approveExtension(tdec, dispatcher);
        else life.rejectExtension(tdec, dispatcher, d.pick(REASONS.reject));
      }
      const tres = life.later(base, limit * fraction);
      if (!life.reach(tres)) return;
      life.resolve(tres, worker, d.pick(this.results(category)));
      // The reporter rates within the feedback period, or the sweep closes the order at its end.
      if (!reporter || !d.chance(RATED_SHARE)) return;
      const trate = tres + (0.05 + (FEEDBACK_DAYS - 0.6) * d.next() ** 2) * DAY;
      if (!life.reach(trate)) return;
      const late = o.on_time === false;
      const unsatisfied = (0.09 + (1 - this.quality(this.currentHandler(o, place))) * 0.5 + (late ? 0.12 : 0)) * (round > 0 ? 0.8 : 1);
      const u = d.next();
      const rating: Rating = u < unsatisfied ? 'unsatisfied' : u < unsatisfied + 0.2 ? 'basic' : 'satisfied';
      life.rate(trate, reporter, rating);
      if (rating !== 'unsatisfied' || round > 0 || !d.chance(REOPEN_SHARE)) return;
      const tre = trate + d.between(1, 48) * HOUR;
      if (!life.reach(tre)) return;
      life.reopen(tre, reporter, d.pick(REASONS.reopen));
      selfHandled = false;
    }
  }

  private readonly resultLists = new Map<string, string[]>();
  private results(category: Category) {
    let r = this.resultLists.get(category.group);
    if (!r) this.resultLists.set(category.group, (r = (RESULTS[category.group] ?? RESULTS['*']!).split('|')));
    return r;
  }

  private deptNames?: Map<number, string>;
  private nameOfDepartment(id: number) {
    this.deptNames ??= new Map(this.world.departments.map((x) => [x.id, x.name]));
    return this.deptNames.get(id) ?? '';
  }

  // --- hand-made orders for demo accounts ---

  /** One scripted order: its steps happen at even intervals between receipt and now; the sweep runs as usual. */
  scripted(id: number, s: ScriptedOrder): Generated {
    const w = this.world;
    const category = w.categories.byCode.get(s.categoryCode);
    if (!category) throw new Error(`unknown category ${s.categoryCode}`);
    let place: Place;
    if ('house' in s.place) {
      const house = s.place.house;
      const committee = w.committees.findIndex((c) => c.id === house.committeeId);
      if (committee < 0) throw new Error(`house ${house.id}: committee ${house.committeeId} is not in the district`);
      const [lat, lng] = this.committeeLoc[committee]!;
      place = { unit: house, committee, street: w.committees[committee]!.street, lat, lng, address: house.address };
    } else {
      const unitId = s.place.unitId;
      const ci = w.compounds.findIndex((c) => c.id === unitId);
      const committee = ci >= 0 ? w.compounds[ci]!.committee : w.committees.findIndex((c) => c.id === unitId);
      if (committee < 0) throw new Error(`unit ${unitId} is not a compound or committee of the district`);
      place = this.placeIn(committee, ci >= 0 ? 'compound' : 'committee', ci >= 0 ? ci : undefined).place;
    }
    const received = workingMinutesBefore(w.calendar, new Date(this.now), s.ago).getTime() - this.dice.int(0, 59) * 1000;
    const o = this.baseOrder(id, s.channel, category, place, received, this.texts(category, null, s.titleIndex));
    o.urgent = category.urgent;
    if (s.reporter) {
      o.anonymous = false;
      o.reporter_user_id = s.reporter.userId;
      o.reporter_name = s.reporter.name;
      o.reporter_phone = s.reporter.phone;
      o.contact_shared = true;
    }
    const reporter: Person = { id: s.reporter?.userId ?? null, name: s.reporter?.name ?? '反映人' };
    const intakeAs: ActorKind = s.channel === 'photo' ? 'reporter' : STAFF_CHANNELS.has(s.channel) ? 'handler' : 'system';
    const intakeBy =
      intakeAs === 'reporter'
        ? reporter
        : intakeAs === 'handler'
          ? this.handlerPerson(this.committeeHandler(place.committee))
          : { id: null, name: '12345市民服务热线' };
    if (s.channel === 'hotline') {
      o.source_system = '12345';
      o.external_id = `${yyyymmdd(received)}${String(++this.hotlineSeq).padStart(7, '0')}`;
    }
    const life = new Life(o, category, this.clock, this.now, this.phaseOf(id), this.shared);
    life.intake(intakeAs, intakeBy);
    const ruled = s.route === 'self' ? this.committeeHandler(place.committee) : s.route === 'rule' ? this.route(category, place) : null;
    if (s.route === 'rule' && !ruled) throw new Error(`no routing rule sends ${s.categoryCode} anywhere at ${place.unit.path}`);
    if (ruled) {
      life.intakeDispatch(ruled, s.route === 'self' ? HANDLE_SELF_NOTE : null);
      if (s.route === 'self') life.intakeAccept(intakeBy);
    }
    const dispatcher = this.dispatcherOf(place.street);
    const current = () => this.currentHandler(o, place)!;
    s.steps.forEach((step, k) => {
      const t = this.clock.calendar.addWorkingMinutes(new Date(received), (s.ago * (k + 1)) / (s.steps.length + 1)).getTime();
      if (!life.reach(Math.max(t, life.last))) throw new Error(`scripted order ${id}: ${step} falls after now`);
      const at = Math.max(t, life.last);
      switch (step) {
        case 'dispatch':
          life.dispatch(at, s.handler ?? this.suggested(category, place), dispatcher);
          break;
        case 'accept':
          life.accept(at, this.handlerPerson(current()));
          break;
        case 'start':
          life.start(at, this.handlerPerson(current()));
          break;
        case 'return':
          life.giveBack(at, this.handlerPerson(current()), REASONS.return[0]!);
          break;
        case 'request_extension':
          life.requestExtension(at, this.handlerPerson(current()), 5, REASONS.extension[0]!);
          break;
        case 'suspend':
          life.suspend(at, this.handlerPerson(current()), REASONS.suspend[2]!);
          break;
        case 'resolve':
          life.resolve(at, this.handlerPerson(current()), this.dice.pick(this.results(category)));
          break;
        case 'rate':
          life.rate(at, reporter, s.rating ?? 'satisfied');
          break;
      }
    });
    life.sweep(this.now, true);
    return { order: o, events: life.events };
  }

  /** What a manual dispatch would pick for this category at this unit (for scripts that need a handler). */
  handlerFor(categoryCode: string, committeeId: number, kind: 'rule' | 'suggested'): Handler | null {
    const category = this.world.categories.byCode.get(categoryCode);
    const committee = this.world.committees.findIndex((c) => c.id === committeeId);
    if (!category || committee < 0) return null;
    const c = this.world.committees[committee]!;
    const place: Place = { unit: c, committee, street: c.street, lat: 0, lng: 0, address: '' };
    if (kind === 'rule') return this.route(category, place);
    return category.handler && category.handler !== 'OPS' ? this.department(category.handler, c.street) : this.streetHandler(c.street);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The demo district's routing rules (三级平台: committee first, then the street's teams, then departments)
// ---------------------------------------------------------------------------------------------------------------

export interface RuleDraft {
  category_code: string;
  handler_kind: 'committee' | 'street' | 'department' | 'ops';
  department_code: string | null;
  /** 'first-street': the rule applies in the district's first street only (a street's own pilot). */
  area: 'district' | 'first-street';
  note: string;
}

/**
 * Rules as Jing'an would set them, after the catalogue's suggested handlers: a compound's own matters and
 * neighbours' disputes go to the committee; housing to the street's housing office (HMO); city appearance to
 * the landscaping and city-appearance station (GRO) and enforcement matters to the enforcement squad (CMT);
 * roads, drains and gas to the construction commission; what has no rule waits for the street's operations
 * centre. A subcategory's rule beats its category's.
 */
export const DEMO_RULES: readonly RuleDraft[] = [
  { category_code: 'P01', handler_kind: 'department', department_code: 'GRO', area: 'district', note: '市容环境由街道绿化市容管理所处置' },
  { category_code: 'P0103', handler_kind: 'department', department_code: 'CMT', area: 'district', note: '建筑垃圾乱倒由城管执法中队查处' },
  { category_code: 'P0105', handler_kind: 'department', department_code: 'CMT', area: 'district', note: '占道经营由城管执法中队查处' },
  { category_code: 'P0108', handler_kind: 'department', department_code: 'CMT', area: 'district', note: '毁绿占绿由城管执法中队查处' },
  { category_code: 'P0110', handler_kind: 'department', department_code: 'CMT', area: 'district', note: '施工噪声由城管执法中队查处' },
  { category_code: 'P0109', handler_kind: 'department', department_code: 'ECO', area: 'district', note: '餐饮油烟由区生态环境局处置' },
  { category_code: 'P02', handler_kind: 'department', department_code: 'HMO', area: 'district', note: '房屋管理由街道房管办事处处置' },
  { category_code: 'P0201', handler_kind: 'department', department_code: 'CMT', area: 'district', note: '违法搭建由城管执法中队查处' },
  { category_code: 'P0209', handler_kind: 'department', department_code: 'HOUSING', area: 'district', note: '旧改征收由区房管局答复' },
  { category_code: 'P03', handler_kind: 'committee', department_code: null, area: 'district', note: '物业服务先由居委会协调业委会、物业处理' },
  { category_code: 'P0302', handler_kind: 'department', department_code: 'HMO', area: 'district', note: '电梯故障由房管办督促物业和维保单位抢修' },
  { category_code: 'P0303', handler_kind: 'department', department_code: 'HMO', area: 'district', note: '二次供水由房管办处置' },
  { category_code: 'P0305', handler_kind: 'department', department_code: 'HMO', area: 'district', note: '共用设施设备维修由房管办督促物业' },
  { category_code: 'P0309', handler_kind: 'department', department_code: 'HMO', area: 'district', note: '物业选聘与交接由房管办指导' },
  { category_code: 'P0401', handler_kind: 'department', department_code: 'FIRE', area: 'district', note: '消防通道由消防救援支队处置' },
  { category_code: 'P0402', handler_kind: 'committee', department_code: null, area: 'district', note: '电动自行车违规充电先由居委会劝导' },
  { category_code: 'P0403', handler_kind: 'department', department_code: 'CONSTR', area: 'district', note: '燃气安全由区建管委处置' },
  { category_code: 'P0404', handler_kind: 'department', department_code: 'PST', area: 'district', note: '高空抛物由派出所处置' },
  { category_code: 'P0405', handler_kind: 'street', department_code: null, area: 'district', note: '防汛防台由街道城运中心统筹' },
  { category_code: 'P0406', handler_kind: 'department', department_code: 'PST', area: 'district', note: '治安隐患由派出所处置' },
  { category_code: 'P0408', handler_kind: 'department', department_code: 'GRO', area: 'district', note: '树木倒伏由绿化市容管理所抢险' },
  { category_code: 'P0501', handler_kind: 'department', department_code: 'TRAFFIC', area: 'district', note: '机动车乱停放由交警处置' },
  { category_code: 'P0502', handler_kind: 'committee', department_code: null, area: 'first-street', note: '试点：非机动车乱停放由居委会组织志愿者整理' },
  { category_code: 'P0503', handler_kind: 'department', department_code: 'CONSTR', area: 'district', note: '道路破损由区建管委养护' },
  { category_code: 'P0601', handler_kind: 'department', department_code: 'CONSTR', area: 'district', note: '路灯由区建管委养护' },
  { category_code: 'P0602', handler_kind: 'department', department_code: 'CONSTR', area: 'district', note: '窨井盖由区建管委处置' },
  { category_code: 'P0603', handler_kind: 'department', department_code: 'CONSTR', area: 'district', note: '排水积水由区建管委处置' },
  { category_code: 'P0608', handler_kind: 'street', department_code: null, area: 'district', note: '公共健身设施由街道维护' },
  { category_code: 'P07', handler_kind: 'committee', department_code: null, area: 'district', note: '矛盾纠纷先由居委会人民调解' },
  { category_code: 'P0706', handler_kind: 'department', department_code: 'JST', area: 'district', note: '租赁纠纷由司法所调解' },
  { category_code: 'P0707', handler_kind: 'department', department_code: 'HRSS', area: 'district', note: '劳动争议由区人社局处理' },
  { category_code: 'P0801', handler_kind: 'committee', department_code: null, area: 'district', note: '养老服务需求先由居委会对接' },
  { category_code: 'P0802', handler_kind: 'committee', department_code: null, area: 'district', note: '老年助餐先由居委会对接' },
  { category_code: 'P0808', handler_kind: 'street', department_code: null, area: 'district', note: '社区公共服务设施由街道统筹' },
  { category_code: 'P0901', handler_kind: 'department', department_code: 'MST', area: 'district', note: '无证经营由市场监管所查处' },
  { category_code: 'P0902', handler_kind: 'department', department_code: 'MST', area: 'district', note: '食品安全由市场监管所查处' },
  { category_code: 'P0904', handler_kind: 'department', department_code: 'CMT', area: 'district', note: '商业经营噪声由城管执法中队查处' },
  { category_code: 'P0905', handler_kind: 'ops', department_code: null, area: 'district', note: '政策咨询由城运中心直接答复' },
];

/**
 * The demo rules this district can carry: a rule naming a department or street team the district lacks is left
 * out (the category's wider rule, or the street's triage, applies instead), as is a code its catalogue lacks.
 */
export function demoRules(world: Pick<World, 'districtId' | 'streets' | 'departments' | 'categories'>): RoutingRule[] {
  const codes = new Set(world.departments.map((d) => (d.streetId !== null ? d.code.replace(/-\d+$/, '') : d.code)));
  const categories = new Set([...world.categories.byCode.keys(), ...world.categories.groups.map((g) => g.code)]);
  const firstStreet = world.streets[0]?.path ?? null;
  return DEMO_RULES.filter(
    (r) => categories.has(r.category_code) && (r.department_code === null || codes.has(r.department_code)) && (r.area === 'district' || firstStreet),
  ).map((r, i) => ({
    id: i + 1,
    district_id: world.districtId,
    category_code: r.category_code,
    area_path: r.area === 'first-street' ? firstStreet : null,
    handler_kind: r.handler_kind,
    department_code: r.department_code,
    active: true,
    note: r.note,
    created_at: new Date(0),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Loading the district and writing the orders
// ---------------------------------------------------------------------------------------------------------------

/** The demo district's routing rules, used when a district to fill has none of its own. */
export type RuleSource = (world: Omit<World, 'rules'>) => RoutingRule[];

/** The district as the generator needs it: territory down to compounds, departments, catalogues, rules, demo accounts. */
export async function loadWorld(db: Kysely<Database>, districtId: number, fallbackRules?: RuleSource): Promise<World> {
  const district = await db.selectFrom('district').select('code').where('id', '=', districtId).executeTakeFirstOrThrow();
  const units = await liveUnitsOfTypes(db, districtId, ['district', 'street', 'committee', 'compound']);
  const root = units.find((u) => u.type === 'district');
  if (!root) throw new Error(`district ${districtId} has no territory`);
  // Reports are made where the units are on the district's map, so that placing them by their point finds them.
  const points = new Map((await unitGeography(db, districtId)).map((g) => [g.id, [g.lat, g.lng] as const]));
  const at = (id: number) => (points.has(id) ? { point: points.get(id)! } : {});
  const streets = units.filter((u) => u.type === 'street').map((u) => ({ id: u.id, path: u.path, name: u.name, ...at(u.id) }));
  const streetIndex = new Map(streets.map((s, i) => [s.id, i]));
  const committees = units
    .filter((u) => u.type === 'committee' && streetIndex.has(u.parent_id!))
    .map((u) => ({ id: u.id, path: u.path, name: u.name, street: streetIndex.get(u.parent_id!)!, ...at(u.id) }));
  const committeeIndex = new Map(committees.map((c, i) => [c.id, i]));
  const compounds = units
    .filter((u) => u.type === 'compound' && committeeIndex.has(u.parent_id!))
    .map((u) => ({ id: u.id, path: u.path, name: u.name, committee: committeeIndex.get(u.parent_id!)!, ...at(u.id) }));
  const departments = (await liveDepartments(db, districtId))
    .sort((a, b) => a.id - b.id)
    .map((d) => ({ id: d.id, code: d.code, name: d.name, streetId: d.street_id }));
  const [categories, calendar, rules] = await Promise.all([loadCategories(db, districtId), loadCalendar(db, districtId), rulesOf(db, districtId)]);
  const accounts = await db
    .selectFrom('app_user')
    .innerJoin('position', 'position.user_id', 'app_user.id')
    .select(['app_user.id', 'app_user.display_name', 'position.role', 'position.unit_id', 'position.department_id'])
    .where('app_user.district_id', '=', districtId)
    .where('app_user.is_demo', '=', true)
    .where('position.ended_at', 'is', null)
    .orderBy('app_user.id')
    .execute();
  const people = {
    dispatchers: new Map<number, WorldPerson>(),
    committeeWorkers: new Map<number, WorldPerson>(),
    departmentStaff: new Map<number, WorldPerson>(),
    gridWorkers: new Map<number, WorldPerson>(),
  };
  for (const a of accounts) {
    const p = { id: a.id, name: a.display_name };
    if (a.role === 'street_staff' && a.unit_id !== null) people.dispatchers.set(a.unit_id, p);
    if ((a.role === 'committee_worker' || a.role === 'committee_head') && a.unit_id !== null && !people.committeeWorkers.has(a.unit_id))
      people.committeeWorkers.set(a.unit_id, p);
    if (a.role === 'department_staff' && a.department_id !== null) people.departmentStaff.set(a.department_id, p);
    if (a.role === 'grid_worker' && a.unit_id !== null) people.gridWorkers.set(a.unit_id, p);
  }
  const world = {
    districtId,
    districtCode: district.code,
    root: { id: root.id, path: root.path, name: root.name },
    streets,
    committees,
    compounds,
    departments,
    categories,
    calendar,
    people,
  };
  const own = rules.some((r) => r.active);
  return { ...world, rules: own || !fallbackRules ? rules : fallbackRules(world) };
}

/** How a column travels: as numbers, booleans or quoted text in one array literal; times as epoch milliseconds. */
type ColumnType = 'int' | 'float8' | 'text' | 'bool' | 'ts' | 'jsonb' | 'textarr';

interface Column<R> {
  name: string;
  type: ColumnType;
  /** The array literal element of a row's value (already quoted for text). */
  element: (row: R) => string;
}

/**
 * One INSERT of many rows as column arrays, each sent as a single array literal: a dozen parameters instead of
 * tens of thousands, the same statement on PostgreSQL and PGlite.
 */
function insertColumns<R>(db: Kysely<Database>, table: string, columns: ReadonlyArray<Column<R>>, rows: readonly R[]) {
  const input = (t: ColumnType) => (t === 'ts' ? 'float8' : t === 'jsonb' || t === 'textarr' ? 'text' : t);
  const output = (c: string, t: ColumnType) =>
    t === 'ts' ? `to_timestamp(${c} / 1000.0)` : t === 'jsonb' ? `${c}::jsonb` : t === 'textarr' ? `${c}::text[]` : c;
  const params = columns.map((c) => {
    const parts = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) parts[i] = c.element(rows[i]!);
    return sql`${`{${parts.join(',')}}`}::${sql.raw(input(c.type))}[]`;
  });
  return sql`insert into ${sql.table(table)} (${sql.raw(columns.map((c) => c.name).join(', '))})
    select ${sql.raw(columns.map((c) => output(`u_${c.name}`, c.type)).join(', '))}
    from unnest(${sql.join(params)}) as u(${sql.raw(columns.map((c) => `u_${c.name}`).join(', '))})`.execute(db);
}

/** An array literal element: quoted, with quotes and backslashes escaped. */
const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
const num = (v: number | null) => (v === null ? 'NULL' : String(v));
const bool = (v: boolean | null) => (v === null ? 'NULL' : v ? 't' : 'f');

/**
 * Writes generated orders with their histories. The texts of a year repeat (titles, names, notes, keywords), so
 * their quoted forms are kept; phones are sealed as intake seals them, each distinct number once (reporters call
 * again), so a year's volume costs a few thousand encryptions, not one per order.
 */
export class OrderWriter {
  private readonly sealed = new Map<string, { phone_enc: string | null; phone_masked: string | null }>();
  private readonly quoted = new Map<string, string>();
  private readonly json = new WeakMap<object, string>();
  private readonly keywordLiterals = new WeakMap<string[], string>();
  private readonly orderColumns: Array<Column<GeneratedOrder>>;
  private readonly eventColumns: Array<Column<GeneratedEvent>>;
  orders = 0;
  events = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly crypto: FieldCrypto,
    private readonly districtId: number,
  ) {
    const district = String(districtId);
    const text = (v: string | null) => (v === null ? 'NULL' : this.text(v));
    const phone = (o: GeneratedOrder) => this.seal(o.reporter_phone);
    this.orderColumns = [
      { name: 'id', type: 'int', element: (o) => String(o.id) },
      { name: 'district_id', type: 'int', element: () => district },
      { name: 'channel', type: 'text', element: (o) => o.channel },
      { name: 'discovery', type: 'text', element: (o) => o.discovery },
      { name: 'category_code', type: 'text', element: (o) => text(o.category_code) },
      { name: 'category_group', type: 'text', element: (o) => text(o.category_group) },
      { name: 'title', type: 'text', element: (o) => text(o.title) },
      { name: 'description', type: 'text', element: (o) => text(o.description) },
      { name: 'keywords', type: 'textarr', element: (o) => this.keywords(o.keywords) },
      { name: 'urgent', type: 'bool', element: (o) => bool(o.urgent) },
      { name: 'unit_id', type: 'int', element: (o) => num(o.unit_id) },
      { name: 'unit_path', type: 'text', element: (o) => text(o.unit_path) },
      { name: 'street_id', type: 'int', element: (o) => num(o.street_id) },
      { name: 'committee_id', type: 'int', element: (o) => num(o.committee_id) },
      { name: 'lat', type: 'float8', element: (o) => num(o.lat) },
      { name: 'lng', type: 'float8', element: (o) => num(o.lng) },
      { name: 'address', type: 'text', element: (o) => text(o.address) },
      { name: 'status', type: 'text', element: (o) => o.status },
      { name: 'handler_kind', type: 'text', element: (o) => o.handler_kind ?? 'NULL' },
      { name: 'handler_unit_id', type: 'int', element: (o) => num(o.handler_unit_id) },
      { name: 'handler_department_id', type: 'int', element: (o) => num(o.handler_department_id) },
      { name: 'handler_path', type: 'text', element: (o) => text(o.handler_path) },
      { name: 'dispatcher_unit_id', type: 'int', element: (o) => String(o.dispatcher_unit_id) },
      { name: 'dispatcher_path', type: 'text', element: (o) => text(o.dispatcher_path) },
      { name: 'supervised_at', type: 'ts', element: (o) => num(o.supervised_at) },
      { name: 'extension', type: 'jsonb', element: (o) => (o.extension ? quote(JSON.stringify(o.extension)) : 'NULL') },
      { name: 'suspended_from', type: 'text', element: (o) => o.suspended_from ?? 'NULL' },
      { name: 'suspended_at', type: 'ts', element: (o) => num(o.suspended_at) },
      { name: 'suspended_remaining', type: 'int', element: (o) => num(o.suspended_remaining) },
      { name: 'reopen_count', type: 'int', element: (o) => String(o.reopen_count) },
      { name: 'rating', type: 'text', element: (o) => o.rating ?? 'NULL' },
      { name: 'rated_at', type: 'ts', element: (o) => num(o.rated_at) },
      { name: 'merged_into_id', type: 'int', element: (o) => num(o.merged_into_id) },
      { name: 'reporter_user_id', type: 'int', element: (o) => num(o.reporter_user_id) },
      { name: 'reporter_name', type: 'text', element: (o) => text(o.reporter_name) },
      { name: 'reporter_phone_enc', type: 'text', element: (o) => text(phone(o).phone_enc) },
      { name: 'reporter_phone_masked', type: 'text', element: (o) => text(phone(o).phone_masked) },
      { name: 'anonymous', type: 'bool', element: (o) => bool(o.anonymous) },
      { name: 'contact_shared', type: 'bool', element: (o) => bool(o.contact_shared) },
      { name: 'source_system', type: 'text', element: (o) => text(o.source_system) },
      { name: 'external_id', type: 'text', element: (o) => (o.external_id === null ? 'NULL' : quote(o.external_id)) },
      { name: 'received_at', type: 'ts', element: (o) => String(o.received_at) },
      { name: 'dispatched_at', type: 'ts', element: (o) => num(o.dispatched_at) },
      { name: 'accepted_at', type: 'ts', element: (o) => num(o.accepted_at) },
      { name: 'resolved_at', type: 'ts', element: (o) => num(o.resolved_at) },
      { name: 'closed_at', type: 'ts', element: (o) => num(o.closed_at) },
      { name: 'accept_due_at', type: 'ts', element: (o) => num(o.accept_due_at) },
      { name: 'accept_warn_at', type: 'ts', element: (o) => num(o.accept_warn_at) },
      { name: 'resolve_due_at', type: 'ts', element: (o) => num(o.resolve_due_at) },
      { name: 'resolve_warn_at', type: 'ts', element: (o) => num(o.resolve_warn_at) },
      { name: 'sla', type: 'text', element: (o) => o.sla },
      { name: 'accept_minutes', type: 'int', element: (o) => num(o.accept_minutes) },
      { name: 'on_time', type: 'bool', element: (o) => bool(o.on_time) },
      { name: 'seq', type: 'int', element: (o) => String(o.seq) },
      { name: 'updated_at', type: 'ts', element: (o) => String(o.updated_at) },
    ];
    this.eventColumns = [
      { name: 'district_id', type: 'int', element: () => district },
      { name: 'order_id', type: 'int', element: (e) => String(e.order_id) },
      { name: 'seq', type: 'int', element: (e) => String(e.seq) },
      { name: 'step', type: 'text', element: (e) => e.step },
      { name: 'from_status', type: 'text', element: (e) => e.from_status ?? 'NULL' },
      { name: 'to_status', type: 'text', element: (e) => e.to_status },
      { name: 'actor_id', type: 'int', element: (e) => num(e.actor_id) },
      { name: 'actor_name', type: 'text', element: (e) => text(e.actor_name) },
      { name: 'actor_kind', type: 'text', element: (e) => e.actor_kind },
      { name: 'at', type: 'ts', element: (e) => String(e.at) },
      { name: 'note', type: 'text', element: (e) => text(e.note) },
      { name: 'data', type: 'jsonb', element: (e) => this.data(e.data) },
    ];
  }

  private text(v: string) {
    let q = this.quoted.get(v);
    if (q === undefined) {
      q = quote(v);
      if (this.quoted.size < 200_000) this.quoted.set(v, q);
    }
    return q;
  }

  private keywords(words: string[]) {
    let k = this.keywordLiterals.get(words);
    if (k === undefined) this.keywordLiterals.set(words, (k = quote(`{${words.map(quote).join(',')}}`)));
    return k;
  }

  private data(d: Record<string, unknown>) {
    let j = this.json.get(d);
    if (j === undefined) {
      j = quote(JSON.stringify(d));
      // Shared (frozen) data objects are kept; one-off ones (a supervision's deadline, a merge target) are not.
      if (Object.isFrozen(d)) this.json.set(d, j);
    }
    return j;
  }

  private seal(phone: string | null) {
    if (!phone) return { phone_enc: null, phone_masked: null };
    let s = this.sealed.get(phone);
    if (!s) this.sealed.set(phone, (s = sealPhone(this.crypto, phone)));
    return s;
  }

  /**
   * Orders first, then their steps. In a transaction both statements are sent at once (they run in order on its
   * one connection); on a pool the steps wait for their orders, which another connection could not see yet.
   */
  async write(batch: readonly Generated[]) {
    if (!batch.length) return;
    const orders = batch.map((g) => g.order);
    const events = batch.flatMap((g) => g.events);
    const a = insertColumns(this.db, 'appeal_order', this.orderColumns, orders);
    if (!this.db.isTransaction) await a;
    const b = events.length ? insertColumns(this.db, 'appeal_event', this.eventColumns, events) : Promise.resolve();
    await Promise.all([a, b]);
    this.orders += orders.length;
    this.events += events.length;
  }
}

/** Ids for new orders from the table's own sequence, so that later intake continues after them. */
export async function reserveOrderIds(db: Kysely<Database>, n: number): Promise<number[]> {
  if (n <= 0) return [];
  const r = await sql<{ id: string | number }>`select nextval(pg_get_serial_sequence('appeal_order', 'id')) as id from generate_series(1, ${n})`.execute(db);
  return r.rows.map((x) => Number(x.id)).sort((a, b) => a - b);
}

export interface GenerateOrdersOptions {
  districtId: number;
  count: number;
  random: () => number;
  /** End of the year of orders; the current time by default. */
  now?: Date;
  from?: Date;
  /** Orders per INSERT (default 5,000). */
  batchSize?: number;
  /** Rules for a district that has none (a benchmark district seeded without the appeals demo): the demo's by default. */
  fallbackRules?: RuleSource | null;
}

/**
 * A year of orders for a district, written in batches; the next batch is generated while the last one is written.
 * Memory stays bounded by the batch (the plan of the year is a few typed arrays).
 */
export async function generateOrders(
  core: Pick<Core, 'db' | 'crypto'>,
  opts: GenerateOrdersOptions,
): Promise<{ orders: number; events: number; generator: OrderGenerator; writer: OrderWriter }> {
  const world = await loadWorld(core.db, opts.districtId, opts.fallbackRules === undefined ? demoRules : (opts.fallbackRules ?? undefined));
  const gen = new OrderGenerator(world, { count: opts.count, now: opts.now ?? new Date(), from: opts.from, random: opts.random });
  // One transaction: a batch's steps follow its orders on the same connection, and a failure leaves nothing.
  const run = async (db: Kysely<Database>) => {
    const writer = new OrderWriter(db, core.crypto, opts.districtId);
    await writeAll(db, gen, writer, opts.batchSize);
    return writer;
  };
  const writer = core.db.isTransaction ? await run(core.db) : await core.db.transaction().execute(run);
  return { orders: writer.orders, events: writer.events, generator: gen, writer };
}

/**
 * Generates and writes everything a generator has left, generating the next batch while the last is written.
 * Give it a transaction (or PGlite's one connection): a batch's two statements must run in order.
 */
export async function writeAll(db: Kysely<Database>, gen: OrderGenerator, writer: OrderWriter, batchSize = 5000) {
  const size = batchSize;
  const core = { db };
  let ids: number[] = [];
  let pending: Promise<void> | null = null;
  try {
    while (gen.remaining > 0) {
      if (!ids.length) ids = await reserveOrderIds(core.db, Math.min(gen.remaining, size * 4));
      const batch = gen.next(ids.splice(0, size));
      if (pending) await pending;
      pending = writer.write(batch);
    }
    if (pending) await pending;
  } catch (e) {
    // Let a write in flight settle before the caller's transaction is rolled back.
    await pending?.catch(() => undefined);
    throw e;
  }
}
