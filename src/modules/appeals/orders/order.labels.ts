import type { Label } from '../../../platform/i18n.js';
import type { Channel, OrderStatus, Rating } from '../appeals.schema.js';
import type { Step } from './order.machine.js';

export const STATUS_LABELS: Record<OrderStatus, Label> = {
  received: { zh: '待派单', en: 'Awaiting dispatch' },
  dispatched: { zh: '待签收', en: 'Awaiting acceptance' },
  accepted: { zh: '已签收', en: 'Accepted' },
  in_progress: { zh: '处置中', en: 'In progress' },
  suspended: { zh: '已挂起', en: 'Suspended' },
  resolved: { zh: '已办结待评价', en: 'Resolved, awaiting feedback' },
  closed: { zh: '已结案', en: 'Closed' },
  merged: { zh: '已合并', en: 'Merged' },
  invalid: { zh: '已作废', en: 'Invalid' },
};

export const STEP_LABELS: Record<Step, Label> = {
  intake: { zh: '受理', en: 'Received' },
  place: { zh: '人工定位', en: 'Place by hand' },
  dispatch: { zh: '派单', en: 'Dispatch' },
  transfer: { zh: '转派', en: 'Transfer' },
  accept: { zh: '签收', en: 'Accept' },
  return: { zh: '退单', en: 'Return' },
  start: { zh: '开始处置', en: 'Start work' },
  request_extension: { zh: '申请延期', en: 'Request extension' },
  approve_extension: { zh: '同意延期', en: 'Approve extension' },
  reject_extension: { zh: '驳回延期', en: 'Reject extension' },
  suspend: { zh: '挂起', en: 'Suspend' },
  resume: { zh: '恢复办理', en: 'Resume' },
  resolve: { zh: '办结', en: 'Resolve' },
  rate: { zh: '评价', en: 'Rate' },
  reopen: { zh: '重办', en: 'Reopen' },
  close: { zh: '结案', en: 'Close' },
  supervise: { zh: '督办', en: 'Supervise' },
  merge: { zh: '合并', en: 'Merge' },
  invalidate: { zh: '作废', en: 'Invalidate' },
};

export const CHANNEL_LABELS: Record<Channel, Label> = {
  photo: { zh: '随手拍', en: 'Photo report' },
  desk: { zh: '首问接待', en: 'Front desk' },
  visit: { zh: '走访发现', en: 'Visit' },
  patrol: { zh: '网格巡查', en: 'Grid patrol' },
  hotline: { zh: '12345热线', en: '12345 hotline' },
  sensor: { zh: '物联感知', en: 'Sensor / video alarm' },
  survey: { zh: '民意调查', en: 'Survey' },
  meeting: { zh: '会议收集', en: 'Meeting' },
  open311: { zh: 'Open311 接入', en: 'Open311 client' },
  transfer: { zh: '平台互转', en: 'Transferred in' },
};

export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

export const RATING_LABELS: Record<Rating, Label> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basic: { zh: '基本满意', en: 'Basically satisfied' },
  unsatisfied: { zh: '不满意', en: 'Unsatisfied' },
};
