import type { Label } from '../../platform/i18n.js';
import { HOTLINE_COLUMNS } from './hotline/hotline.rules.js';
import { CHANNEL_LABELS, RATING_LABELS, STATUS_LABELS, STEP_LABELS } from './orders/order.labels.js';
import { SUMMONS_STATUS_LABELS, SUMMONS_STEP_LABELS } from './summons/summons.messages.js';

/** Labels of the values appeals routes send and take, served by GET /api/vocabulary as `appeals.<name>`. */
export const appealsVocabulary: Record<string, Record<string, Label>> = {
  orderStatus: STATUS_LABELS,
  orderStep: STEP_LABELS,
  channel: CHANNEL_LABELS,
  rating: RATING_LABELS,
  /** An open order's time-limit colour. */
  sla: {
    green: { zh: '正常', en: 'On time' },
    yellow: { zh: '临期', en: 'Due soon' },
    red: { zh: '超期', en: 'Overdue' },
  },
  /** What a reader is to an order (`as`), and who took a step. */
  actorKind: {
    reporter: { zh: '反映人', en: 'Reporter' },
    dispatcher: { zh: '派单（城运中心）', en: 'Dispatcher (operations centre)' },
    handler: { zh: '承办单位', en: 'Handler' },
    supervisor: { zh: '督办', en: 'Supervisor' },
    system: { zh: '系统', en: 'System' },
  },
  /** Who a routing rule sends orders to. */
  handlerKind: {
    committee: { zh: '居委会', en: 'Committee' },
    street: { zh: '街镇', en: 'Street' },
    department: { zh: '职能部门', en: 'Department' },
    ops: { zh: '城运中心人工派单', en: 'Operations centre, by hand' },
  },
  /** How an order found its place (decision 0020). */
  placement: {
    given: { zh: '按反映人所选位置', en: 'Where the reporter chose' },
    boundary: { zh: '定位点落在边界内', en: 'The point lies inside the boundary' },
    nearest_compound: { zh: '按定位点匹配最近小区', en: 'Nearest compound to the point' },
    nearest_committee: { zh: '按定位点匹配最近居委会', en: 'Nearest committee to the point' },
    desk: { zh: '区级人工定位', en: 'Placed by hand at the desk' },
    unplaced: { zh: '未能定位，待人工定位', en: 'Not placed: waiting to be placed by hand' },
  },
  attachmentKind: {
    report: { zh: '反映照片', en: 'Report photos' },
    before: { zh: '处置前', en: 'Before' },
    after: { zh: '处置后', en: 'After' },
    other: { zh: '附件', en: 'Files' },
  },
  summonsStatus: SUMMONS_STATUS_LABELS,
  summonsStep: SUMMONS_STEP_LABELS,
  /** How a summons' answer stands against its limit. */
  responseTiming: {
    waiting: { zh: '待响应', en: 'Awaiting answer' },
    overdue: { zh: '超时未响应', en: 'Answer overdue' },
    on_time: { zh: '按时响应', en: 'Answered on time' },
    late: { zh: '逾期响应', en: 'Answered late' },
  },
  inviteeKind: {
    department: { zh: '职能部门', en: 'Department' },
    street: { zh: '街道', en: 'Street' },
  },
  /** The columns of a hotline file, as import errors name them. */
  hotlineField: Object.fromEntries(Object.entries(HOTLINE_COLUMNS).map(([field, c]) => [field, c.label])),
};
