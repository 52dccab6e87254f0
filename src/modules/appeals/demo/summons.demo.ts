import { sql, type Insertable, type Transaction } from 'kysely';
import type { DemoContext } from '../../../platform/module.js';
import type { Work } from '../../../platform/core.js';
import type { Database } from '../../../platform/db/schema.js';
import { systemActor } from '../../../platform/actor.js';
import { format } from '../../../platform/i18n.js';
import { liveDepartments, unitNames, type OrgAnchors } from '../../org/index.js';
import type { AppealsTables } from '../appeals.schema.js';
import { loadCalendar } from '../sla/order.clock.js';
import type { WorkCalendar } from '../sla/sla.calendar.js';
import * as repo from '../summons/summons.repository.js';
import { respondDue, type SummonsStatus } from '../summons/summons.rules.js';
import { SUMMONS_TOLD } from '../summons/summons.messages.js';
import { shanghaiTime } from '../summons/summons.service.js';

/**
 * A year of summons (约请) for the demo district. Jing'an reports 3,570 summons over recent years with about
 * 92% of the problems solved (seed 003); the demo keeps that share and a tenth of a year's volume per unit of
 * scale, spread over the district's committees, departments, street teams and street offices. The demo
 * committee worker's committee and the demo department account get a set in every state.
 */

const DAY_MS = 86_400_000;
const WORKDAY = 480;

interface Topic {
  subject: string;
  description: string;
  /** Department codes that would come, the street team's code first ('HMO' for 'HMO-<street>'). */
  codes: string[];
  /** A matter for the street office (块) as much as for a department (条). */
  street?: boolean;
}

const TOPICS: Topic[] = [
  {
    subject: '老旧小区加装电梯低层住户意见分歧',
    description: '3 号楼加装电梯已征询两轮，低层住户担心采光和噪声，高层老人出行困难，居委会多次协调未果，请房管部门到场解释政策与补偿办法。',
    codes: ['HMO', 'HOUSING'],
    street: true,
  },
  {
    subject: '外墙面砖脱落存在安全隐患',
    description: '临街一侧外墙面砖多处空鼓脱落，已砸坏一辆非机动车，物业称需动用维修资金，业委会尚未表决，请房管部门现场认定并督促处置。',
    codes: ['HMO', 'HOUSING'],
  },
  {
    subject: '顶层屋面渗漏多年维修推诿',
    description: '顶层 6 户屋面渗漏，物业与原售房单位互相推诿，居民多次投诉，请房管部门明确维修责任主体。',
    codes: ['HMO', 'HOUSING'],
  },
  {
    subject: '群租房人员密集、消防隐患突出',
    description: '某单元一套房屋隔成 8 间出租，人员进出频繁，楼道堆放杂物，居民担心消防安全，请派出所和房管部门联合整治。',
    codes: ['PST', 'HMO', 'PSB'],
  },
  {
    subject: '行道树枝杈伸入居民窗户、遮挡采光',
    description: '小区沿街香樟树多年未修剪，枝杈伸入二、三楼居民窗户，雨天滋生蚊虫，请绿化部门评估修剪。',
    codes: ['GRO', 'GREEN'],
  },
  {
    subject: '垃圾厢房选址居民反对',
    description: '垃圾分类厢房拟设在 5 号楼山墙旁，相邻住户担心异味，居委会组织议事会未达成一致，请绿化市容部门现场论证选址。',
    codes: ['GRO', 'GREEN'],
    street: true,
  },
  {
    subject: '沿街商铺跨门占道经营',
    description: '小区门口水果店、早餐店长期跨门经营，人行道通行困难，居委会劝导后反复，请城管执法到场。',
    codes: ['CMT', 'CITYMGMT'],
  },
  {
    subject: '屋顶违法搭建阳光房',
    description: '某号楼顶层住户在公共屋面搭建阳光房，楼下住户反映渗水和安全问题，请城管执法部门认定处置。',
    codes: ['CMT', 'CITYMGMT'],
  },
  {
    subject: '周边工地夜间施工噪声扰民',
    description: '相邻地块工地连续多晚 22 点后施工，居民无法休息，请执法和环保部门核查夜间施工许可。',
    codes: ['CMT', 'ECO', 'CITYMGMT'],
  },
  {
    subject: '底层餐饮店油烟直排扰民',
    description: '底层新开的餐饮店油烟未经净化直排，楼上住户无法开窗，请市场监管和生态环境部门核查。',
    codes: ['MST', 'ECO', 'SAMR'],
  },
  {
    subject: '菜场周边无证摊贩聚集',
    description: '菜场门口早晚无证摊贩聚集，占用消防通道，垃圾遍地，请市场监管所和城管中队联合整治。',
    codes: ['MST', 'CMT', 'SAMR'],
  },
  {
    subject: '电动自行车楼道飞线充电',
    description: '多个楼道存在电动自行车飞线充电和楼道停放，居委会宣传劝导效果有限，请消防部门上门检查并协调建设集中充电棚。',
    codes: ['FIRE', 'EMERG'],
    street: true,
  },
  {
    subject: '小区消防通道长期被占用',
    description: '夜间私家车占用消防通道，物业劝离无效，请派出所和消防部门到场明确处置办法。',
    codes: ['PST', 'FIRE', 'PSB'],
  },
  { subject: '小区周边僵尸车占用车位', description: '小区周边道路停放多辆长期无人使用的僵尸车，居民停车困难，请交警部门核查拖移。', codes: ['TRAFFIC', 'PST'] },
  { subject: '装修纠纷邻里矛盾激化', description: '楼上装修导致楼下天花板开裂，双方多次争执，居委会调解未果，请司法所专业调解。', codes: ['JST', 'JUSTICE'] },
  {
    subject: '独居老人助餐点选址',
    description: '辖区独居老人较多，最近的助餐点步行需 20 分钟，请民政部门和街道研究增设社区助餐点。',
    codes: ['CIVIL'],
    street: true,
  },
  {
    subject: '家庭医生签约服务上门难',
    description: '行动不便的老人反映家庭医生上门随访不及时，请社区卫生服务中心明确上门服务安排。',
    codes: ['CHC', 'HEALTH'],
  },
  { subject: '雨天弄堂积水倒灌', description: '连续降雨时弄堂积水倒灌底层住户，疑为雨污混接，请建设管理部门排查管网。', codes: ['CONSTR'], street: true },
  { subject: '人行道地砖松动多人绊倒', description: '小区门口人行道地砖大面积松动，近期有老人绊倒受伤，请建设管理部门修复。', codes: ['CONSTR', 'CMT'] },
  {
    subject: '物业撤管后小区无人管理',
    description: '原物业公司合同到期撤场，新物业尚未选聘，垃圾清运和门岗无人负责，请房管部门和街道协调应急托管。',
    codes: ['HMO', 'HOUSING'],
    street: true,
  },
  { subject: '社区活动用房不足', description: '居委会活动室仅 40 平方米，老年学校、议事会无处开展活动，请街道协调周边闲置用房。', codes: [], street: true },
  {
    subject: '美丽家园改造项目推进缓慢',
    description: '美丽家园改造已开工三个月，楼道粉刷和雨污分流进度缓慢，施工围挡影响出行，请街道和房管部门协调加快。',
    codes: ['HMO', 'HOUSING'],
    street: true,
  },
];

const PLACES = ['居委会会议室', '问题现场（楼栋门口）', '小区物业办公室', '小区门口', '居民议事厅'];
const DECLINES = [
  '该事项不属于本部门职责，建议约请城管执法部门',
  '已纳入区级统一整治计划，将按计划推进，本次不单独到场',
  '涉及的地块尚在规划调整中，请街道先行协调',
];
const MEETING_NOTES = [
  '部门、居委会、物业与居民代表共同踏勘现场，明确分工和时间节点',
  '现场听取居民意见，部门当场答复政策口径',
  '与业委会、物业三方会商，形成会议纪要',
];
const RESOLVED = ['已现场处置完毕，居民认可', '已制定整改方案并按期完成，居委会复核通过', '经协调各方达成一致，问题已解决', '已立案处理并整改到位'];
const UNRESOLVED = ['涉及产权和历史遗留问题，需市级层面协调，暂无法解决', '业主意见仍未统一，暂缓实施，继续做工作', '资金来源未落实，已列入下一年度计划'];
const EVALUATIONS = ['响应及时，现场解决问题', '部门重视，处置到位', '沟通顺畅，居民满意', '处置偏慢，但结果认可', '未能解决，希望继续跟进'];

export interface PlanInput {
  now: Date;
  calendar: WorkCalendar;
  random: () => number;
  count: number;
  committees: Array<{ id: number; streetId: number }>;
  departments: Array<{ id: number; code: string; streetId: number | null }>;
  /** The demo committee worker's committee, a sibling committee of its street, and the demo department account's department. */
  showcase: { committeeId: number; siblingId: number; departmentId: number | null } | null;
  /** A few orders of each committee to link some summons to. */
  orders: Map<number, number[]>;
}

export interface PlannedSummons {
  committeeId: number;
  streetId: number;
  departmentId: number | null;
  /** Invites the committee's street office. */
  streetOffice: boolean;
  orderId: number | null;
  subject: string;
  description: string;
  status: SummonsStatus;
  invitedAt: Date;
  respondDueAt: Date;
  respondedAt: Date | null;
  responseMinutes: number | null;
  responseNote: string | null;
  meetingAt: Date | null;
  meetingPlace: string | null;
  meetingNote: string | null;
  result: string | null;
  resolved: boolean | null;
  resultAt: Date | null;
  committeeRating: number | null;
  residentsRating: number | null;
  evaluationNote: string | null;
  evaluatedAt: Date | null;
  /** One of the demo accounts' summons. */
  showcase: 'worker' | 'dept' | null;
}

type Stage = 'invited' | 'accepted' | 'scheduled' | 'declined' | 'met' | 'resolved' | 'unresolved';

interface Story {
  /** Calendar days ago; working days for the demo accounts' stories. */
  daysAgo: number;
  stage: Stage;
  evaluated?: boolean;
  rating?: number;
  /** Working minutes to answer; past the limit (3 days = 1440) it was late. */
  answerMinutes: number;
  /** Working minutes from the answer to the meeting and from the meeting to the result (random when not told). */
  meetAfter?: number;
  resultAfter?: number;
}

/** The demo accounts' summons: each state once or twice, some overdue, some waiting for their action. */
const SHOWCASE: Array<Story & { committee: 'worker' | 'sibling'; invitee: 'dept' | 'district' | 'street' }> = [
  { committee: 'worker', invitee: 'dept', stage: 'invited', daysAgo: 0.1, answerMinutes: 0 },
  { committee: 'sibling', invitee: 'dept', stage: 'invited', daysAgo: 2, answerMinutes: 0 },
  { committee: 'worker', invitee: 'district', stage: 'invited', daysAgo: 8, answerMinutes: 0 },
  { committee: 'worker', invitee: 'street', stage: 'invited', daysAgo: 1, answerMinutes: 0 },
  { committee: 'worker', invitee: 'dept', stage: 'accepted', daysAgo: 5, answerMinutes: 300 },
  { committee: 'sibling', invitee: 'dept', stage: 'scheduled', daysAgo: 6, answerMinutes: 200 },
  { committee: 'worker', invitee: 'dept', stage: 'met', daysAgo: 9, answerMinutes: 600, meetAfter: 480 },
  { committee: 'worker', invitee: 'district', stage: 'resolved', daysAgo: 14, answerMinutes: 900, meetAfter: 960, resultAfter: 1440 },
  { committee: 'worker', invitee: 'street', stage: 'resolved', daysAgo: 30, answerMinutes: 120, meetAfter: 960, resultAfter: 2400, evaluated: true, rating: 5 },
  {
    committee: 'worker',
    invitee: 'district',
    stage: 'unresolved',
    daysAgo: 45,
    answerMinutes: 1900,
    meetAfter: 1440,
    resultAfter: 2880,
    evaluated: true,
    rating: 2,
  },
  { committee: 'worker', invitee: 'district', stage: 'declined', daysAgo: 14, answerMinutes: 700 },
  { committee: 'worker', invitee: 'dept', stage: 'resolved', daysAgo: 70, answerMinutes: 400, meetAfter: 960, resultAfter: 1920, evaluated: true, rating: 4 },
];

const baseCode = (code: string, streetId: number | null) => (streetId !== null ? code.replace(/-\d+$/, '') : code);

/** The summons of the demo, planned without a database: what the seed writes and what its test checks. */
export function planSummons(p: PlanInput): PlannedSummons[] {
  const { calendar, now, random } = p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const between = (a: number, b: number) => a + random() * (b - a);
  const district = new Map(p.departments.filter((d) => d.streetId === null).map((d) => [d.code, d.id]));
  const teams = new Map(p.departments.filter((d) => d.streetId !== null).map((d) => [`${baseCode(d.code, d.streetId)}@${d.streetId}`, d.id]));
  const streetOf = new Map(p.committees.map((c) => [c.id, c.streetId]));
  // A few committees summon often, most now and then.
  const weights = p.committees.map(() => 0.3 + random() ** 3 * 3);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const committee = () => {
    let r = random() * weightSum;
    for (const [i, w] of weights.entries()) if ((r -= w) <= 0) return p.committees[i]!;
    return p.committees[p.committees.length - 1]!;
  };
  /** A topic's invitee: its street team, else its district department, else the street office. */
  const inviteeFor = (t: Topic, streetId: number): { departmentId: number | null; streetOffice: boolean } => {
    if (!t.codes.length || (t.street && random() < 0.35)) return { departmentId: null, streetOffice: true };
    for (const code of t.codes) {
      const team = teams.get(`${code}@${streetId}`);
      const dept = district.get(code);
      if (team && (!dept || random() < 0.7)) return { departmentId: team, streetOffice: false };
      if (dept) return { departmentId: dept, streetOffice: false };
    }
    return { departmentId: null, streetOffice: true };
  };
  /** The start of the working day `n` working days before now (the demo accounts' stories must fit in whatever the calendar holds). */
  const workingDaysAgo = (n: number) => {
    let t = now.getTime();
    for (let left = Math.floor(n); left > 0; ) if (calendar.isWorkingDay(new Date((t -= DAY_MS)))) left--;
    return t;
  };
  /** An instant during office hours about `daysAgo` days before now: calendar days, or working days for a story. */
  const invitedAround = (daysAgo: number, working = false) => {
    const from = working ? workingDaysAgo(daysAgo) : now.getTime() - daysAgo * DAY_MS;
    const t = calendar.addWorkingMinutes(calendar.clockStart(new Date(from)), Math.floor(random() * WORKDAY * 0.8));
    return t.getTime() < now.getTime() ? t : new Date(now.getTime() - 30 * 60_000);
  };
  const linkOrder = (committeeId: number, share: number) => {
    const list = p.orders.get(committeeId);
    return list?.length && random() < share ? pick(list) : null;
  };

  const live = (
    s: Story,
    base: { committeeId: number; streetId: number; departmentId: number | null; streetOffice: boolean; topic: Topic; showcase: PlannedSummons['showcase'] },
  ): PlannedSummons => {
    const invitedAt = invitedAround(s.daysAgo, base.showcase !== null);
    const out: PlannedSummons = {
      committeeId: base.committeeId,
      streetId: base.streetId,
      departmentId: base.departmentId,
      streetOffice: base.streetOffice,
      orderId: linkOrder(base.committeeId, 0.3),
      subject: base.topic.subject,
      description: base.topic.description,
      status: 'invited',
      invitedAt,
      respondDueAt: respondDue(calendar, invitedAt),
      respondedAt: null,
      responseMinutes: null,
      responseNote: null,
      meetingAt: null,
      meetingPlace: null,
      meetingNote: null,
      result: null,
      resolved: null,
      resultAt: null,
      committeeRating: null,
      residentsRating: null,
      evaluationNote: null,
      evaluatedAt: null,
      showcase: base.showcase,
    };
    const at = (from: Date, minutes: number) => calendar.addWorkingMinutes(from, minutes);
    const past = (d: Date) => d.getTime() <= now.getTime();
    if (s.stage === 'invited') return out;
    const responded = at(invitedAt, s.answerMinutes);
    if (!past(responded)) return out;
    out.respondedAt = responded;
    out.responseMinutes = Math.round(calendar.workingMinutesBetween(invitedAt, responded));
    if (s.stage === 'declined') return { ...out, status: 'declined', responseNote: pick(DECLINES) };
    out.status = 'accepted';
    out.responseNote = random() < 0.5 ? '收到，将安排人员到场' : null;
    if (s.stage === 'accepted') return out;
    const meeting =
      s.stage === 'scheduled' ? at(now, Math.round(between(1, 3)) * WORKDAY) : at(responded, s.meetAfter ?? Math.round(between(120, 4 * WORKDAY)));
    out.meetingPlace = pick(PLACES);
    // A meeting still ahead is a scheduled one, except where the story needs it held (then it was this past hour).
    out.meetingAt = past(meeting) || s.stage !== 'met' ? meeting : new Date(Math.max(responded.getTime(), now.getTime() - 60 * 60_000));
    if (s.stage === 'scheduled' || !past(out.meetingAt)) return out;
    out.status = 'met';
    out.meetingNote = pick(MEETING_NOTES);
    if (s.stage === 'met') return out;
    const resultAt = at(out.meetingAt, s.resultAfter ?? Math.round(between(60, 8 * WORKDAY)));
    if (!past(resultAt)) return out;
    const solved = s.stage === 'resolved';
    Object.assign(out, { status: s.stage, resolved: solved, result: pick(solved ? RESOLVED : UNRESOLVED), resultAt });
    if (!s.evaluated) return out;
    const evaluatedAt = at(resultAt, Math.round(between(60, 3 * WORKDAY)));
    if (!past(evaluatedAt)) return out;
    const rating = s.rating ?? (solved ? (random() < 0.7 ? 5 : 4) : random() < 0.6 ? 2 : 3);
    return {
      ...out,
      evaluatedAt,
      committeeRating: rating,
      residentsRating: random() < 0.75 ? Math.max(1, Math.min(5, rating + (random() < 0.2 ? -1 : 0))) : null,
      evaluationNote: random() < 0.6 ? (solved ? pick(EVALUATIONS.slice(0, 4)) : pick(EVALUATIONS.slice(3))) : null,
    };
  };

  const out: PlannedSummons[] = [];
  if (p.showcase) {
    const sc = p.showcase;
    for (const s of SHOWCASE) {
      const committeeId = s.committee === 'worker' ? sc.committeeId : sc.siblingId;
      const streetId = streetOf.get(committeeId)!;
      const candidates = TOPICS.filter((t) => (s.invitee === 'street' ? t.street : s.invitee === 'district' ? t.codes.some((c) => district.has(c)) : true));
      const topic = pick(candidates);
      const invitee =
        s.invitee === 'street' || (s.invitee === 'dept' && sc.departmentId === null)
          ? { departmentId: null, streetOffice: true }
          : s.invitee === 'dept'
            ? { departmentId: sc.departmentId, streetOffice: false }
            : { departmentId: district.get(topic.codes.find((c) => district.has(c))!)!, streetOffice: false };
      out.push(live(s, { committeeId, streetId, ...invitee, topic, showcase: s.committee === 'worker' ? 'worker' : 'dept' }));
    }
  }
  while (out.length < p.count) {
    const c = committee();
    const topic = pick(TOPICS);
    const daysAgo = random() * 365;
    // The answer: mostly the same or next working day, one in ten after the three-day limit.
    const r = random();
    const answerMinutes = Math.round(r < 0.55 ? between(30, WORKDAY) : r < 0.9 ? between(WORKDAY, 3 * WORKDAY) : between(3 * WORKDAY, 6 * WORKDAY));
    const stage: Stage = random() < 0.04 ? 'declined' : random() < 0.92 ? 'resolved' : 'unresolved';
    out.push(
      live(
        { daysAgo, stage, answerMinutes, evaluated: random() < 0.88 },
        { committeeId: c.id, streetId: c.streetId, ...inviteeFor(topic, c.streetId), topic, showcase: null },
      ),
    );
  }
  return out;
}

export async function seedSummons(ctx: DemoContext) {
  const db = ctx.core.db;
  const org = ctx.shared.org as OrgAnchors | undefined;
  if (!org?.committees.length) return;
  const streetOf = new Map(org.streets.flatMap((s) => s.committees.map((c) => [c, s.id] as const)));
  const demoUser = async (username: string) =>
    db
      .selectFrom('app_user')
      .innerJoin('position', 'position.user_id', 'app_user.id')
      .select(['app_user.id', 'position.unit_id', 'position.department_id'])
      .where('app_user.username', '=', username)
      .where('app_user.district_id', '=', ctx.districtId)
      .where('position.ended_at', 'is', null)
      .executeTakeFirst();
  const [worker, dept] = [await demoUser('worker'), await demoUser('dept')];
  const workerCommittee = worker?.unit_id ?? org.streets[0]!.committees[0]!;
  const street = streetOf.get(workerCommittee)!;
  const sibling = org.streets.find((s) => s.id === street)!.committees.find((c) => c !== workerCommittee) ?? workerCommittee;

  const [departments, orderRows, calendar] = await Promise.all([
    liveDepartments(db, ctx.districtId),
    sql<{ committee_id: number; id: number }>`
      select committee_id, id from (
        select committee_id, id, row_number() over (partition by committee_id order by id desc) as n
        from appeal_order where district_id = ${ctx.districtId} and committee_id is not null and status not in ('merged', 'invalid')
      ) o where n <= 3`.execute(db),
    loadCalendar(db, ctx.districtId),
  ]);
  const orders = new Map<number, number[]>();
  for (const o of orderRows.rows) orders.set(o.committee_id, [...(orders.get(o.committee_id) ?? []), Number(o.id)]);
  const deptId = dept?.department_id ?? null;

  const plan = planSummons({
    now: new Date(),
    calendar,
    random: ctx.random,
    count: Math.round(3570 * ctx.scale * 10) + 20,
    committees: org.committees.map((id) => ({ id, streetId: streetOf.get(id)! })),
    departments: departments.map((d) => ({ id: d.id, code: d.code, streetId: d.street_id })),
    showcase: { committeeId: workerCommittee, siblingId: sibling, departmentId: deptId },
    orders,
  });
  const paths = new Map((await unitNames(db, [...new Set(plan.map((s) => s.committeeId))])).map((u) => [u.id, u.path]));
  const rows: Insertable<AppealsTables['summons']>[] = plan.map((s) => {
    const answeredByDept = s.showcase !== null && !s.streetOffice && s.departmentId === deptId && !!dept;
    return {
      district_id: ctx.districtId,
      committee_id: s.committeeId,
      unit_path: paths.get(s.committeeId)!,
      order_id: s.orderId,
      invitee_department_id: s.streetOffice ? null : s.departmentId,
      invitee_unit_id: s.streetOffice ? s.streetId : null,
      subject: s.subject,
      description: s.description,
      status: s.status,
      invited_at: s.invitedAt,
      respond_due_at: s.respondDueAt,
      responded_at: s.respondedAt,
      response_note: s.responseNote,
      response_minutes: s.responseMinutes,
      responded_by: answeredByDept && s.respondedAt ? dept!.id : null,
      meeting_at: s.meetingAt,
      meeting_place: s.meetingPlace,
      meeting_note: s.meetingNote,
      result: s.result,
      resolved: s.resolved,
      result_at: s.resultAt,
      result_by: answeredByDept && s.resultAt ? dept!.id : null,
      committee_rating: s.committeeRating,
      residents_rating: s.residentsRating,
      evaluation_note: s.evaluationNote,
      evaluated_at: s.evaluatedAt,
      evaluated_by: s.showcase === 'worker' && s.evaluatedAt && worker ? worker.id : null,
      created_by: s.showcase === 'worker' && worker ? worker.id : null,
    };
  });
  await repo.insertMany(db, rows);

  // The demo accounts find in their notifications what the service would have told them.
  const showcased = await db
    .selectFrom('summons')
    .selectAll()
    .where('district_id', '=', ctx.districtId)
    .where('committee_id', 'in', [workerCommittee, sibling])
    .where('invited_at', '>=', new Date(Date.now() - 90 * DAY_MS))
    .orderBy('invited_at')
    .execute();
  const names = await repo.namesOf(db, [workerCommittee, sibling, street], deptId ? [deptId] : [], []);
  let told = 0;
  // In-app rows only, written in the seed's transaction: nothing goes out for the demo's past.
  const work: Work = { db: db as Transaction<Database>, actor: systemActor('seed'), audit: async () => undefined, emit: () => undefined };
  for (const s of showcased) {
    const invitee = s.invitee_department_id ? names.departments.get(s.invitee_department_id)?.name : names.units.get(s.invitee_unit_id ?? -1);
    if (!invitee) continue;
    const params = {
      committee: names.units.get(s.committee_id) ?? '',
      invitee,
      subject: s.subject,
      due: shanghaiTime(s.respond_due_at),
      note: s.response_note ?? '',
    };
    const to = async (userId: number | undefined, kind: keyof typeof SUMMONS_TOLD, at: Date | null) => {
      if (!userId) return;
      const before = await db
        .selectFrom('notification')
        .select((eb) => eb.fn.max('id').as('id'))
        .where('user_id', '=', userId)
        .executeTakeFirst();
      await ctx.core.notifier.notify(work, {
        userIds: [userId],
        kind: `appeals.summons.${kind}`,
        title: { zh: format(SUMMONS_TOLD[kind].zh, params), en: format(SUMMONS_TOLD[kind].en, params) },
        link: `/appeals/summons/${s.id}`,
        data: { summonsId: s.id, step: kind, status: s.status },
      });
      const r = await db
        .updateTable('notification')
        .set({ created_at: at ?? new Date() })
        .where('user_id', '=', userId)
        .where('id', '>', Number(before?.id ?? 0))
        .returning('id')
        .execute();
      told += r.length;
    };
    if (s.status === 'invited' && s.invitee_department_id === deptId) await to(dept?.id, 'invited', s.invited_at);
    if (s.committee_id !== workerCommittee) continue;
    if (s.status === 'accepted' || s.status === 'declined') await to(worker?.id, s.status === 'accepted' ? 'accept' : 'decline', s.responded_at);
    if ((s.status === 'resolved' || s.status === 'unresolved') && !s.evaluated_at) await to(worker?.id, s.status, s.result_at);
  }
  const solved = plan.filter((s) => s.resolved === true).length;
  const reported = plan.filter((s) => s.resolved !== null).length;
  ctx.log(`appeals: ${plan.length} summons, ${solved}/${reported} solved, ${told} notifications to the demo accounts`);
}
