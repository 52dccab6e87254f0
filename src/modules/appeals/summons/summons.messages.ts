import type { Label } from '../../../platform/i18n.js';
import type { SummonsStatus, SummonsStep } from './summons.rules.js';

export const SUMMONS_STATUS_LABELS: Record<SummonsStatus, Label> = {
  invited: { zh: '待响应', en: 'Awaiting response' },
  accepted: { zh: '已接受', en: 'Accepted' },
  declined: { zh: '已拒绝', en: 'Declined' },
  met: { zh: '已现场会商', en: 'Met on site' },
  resolved: { zh: '已解决', en: 'Solved' },
  unresolved: { zh: '未解决', en: 'Not solved' },
};

export const SUMMONS_STEP_LABELS: Record<SummonsStep, Label> = {
  accept: { zh: '接受约请', en: 'Accept' },
  decline: { zh: '拒绝约请', en: 'Decline' },
  schedule: { zh: '约定会商', en: 'Schedule the meeting' },
  meet: { zh: '登记现场会商', en: 'Record the meeting' },
  report: { zh: '反馈结果', en: 'Report the result' },
  evaluate: { zh: '评价', en: 'Evaluate' },
};

/** What each side is told, in the app: the invitee when invited and evaluated, the committee at every answer. */
export const SUMMONS_TOLD = {
  invited: { zh: '{committee}约请贵单位：{subject}，请于 {due} 前响应', en: '{committee} summons you: {subject}; please answer by {due}' },
  accept: { zh: '{invitee}已接受约请：{subject}', en: '{invitee} accepted the summons: {subject}' },
  decline: { zh: '{invitee}拒绝了约请：{subject}（{note}）', en: '{invitee} declined the summons: {subject} ({note})' },
  schedule: { zh: '{invitee}约定于 {at} 在{place}现场会商：{subject}', en: '{invitee} will meet you on site at {place}, {at}: {subject}' },
  resolved: { zh: '{invitee}反馈约请事项已解决，请评价：{subject}', en: '{invitee} reports the matter solved; please evaluate: {subject}' },
  unresolved: { zh: '{invitee}反馈约请事项未能解决，请评价：{subject}', en: '{invitee} reports the matter not solved; please evaluate: {subject}' },
  evaluate: { zh: '{committee}评价了约请“{subject}”：{rating} 分', en: '{committee} rated the summons "{subject}": {rating}/5' },
} satisfies Record<string, Label>;

export const summonsMessages: Record<string, Label> = {
  SUMMONS_STEP_UNKNOWN: { zh: '未知的约请操作：{step}', en: 'Unknown summons step: {step}' },
  SUMMONS_STEP_NOT_ALLOWED_IN_STATUS: {
    zh: '约请当前状态为“{statusLabel}”，不能“{stepLabel}”',
    en: 'The summons is "{statusLabel}": "{stepLabel}" is not possible now',
  },
  SUMMONS_NOT_INVITEE: { zh: '只有受约请的部门或街道可以“{stepLabel}”', en: 'Only the invited department or street office can "{stepLabel}"' },
  SUMMONS_NOT_COMMITTEE: { zh: '只有发起约请的居委会可以“{stepLabel}”', en: 'Only the committee that raised the summons can "{stepLabel}"' },
  SUMMONS_REASON_REQUIRED: { zh: '拒绝约请须说明理由', en: 'Declining a summons needs a reason' },
  SUMMONS_MEETING_TIME_REQUIRED: { zh: '请填写现场会商时间', en: 'Give the time of the on-site meeting' },
  SUMMONS_MEETING_PLACE_REQUIRED: { zh: '请填写现场会商地点', en: 'Give the place of the on-site meeting' },
  SUMMONS_MEETING_BEFORE_INVITATION: { zh: '会商时间不能早于约请时间', en: 'The meeting cannot be before the invitation' },
  SUMMONS_MEETING_NOT_HELD: {
    zh: '会商尚未举行：登记的会商时间在将来，请先“约定会商”',
    en: 'The meeting has not happened yet: its time is in the future; schedule it instead',
  },
  SUMMONS_OUTCOME_REQUIRED: { zh: '请选择问题是否已解决', en: 'Say whether the problem was solved' },
  SUMMONS_RESULT_REQUIRED: { zh: '请填写处理结果', en: 'Describe the result' },
  SUMMONS_ALREADY_EVALUATED: { zh: '该约请已评价', en: 'This summons has already been evaluated' },
  SUMMONS_RATING_INVALID: { zh: '评分须为 1 至 5 分（居委会评分必填）', en: "Ratings are 1 to 5 (the committee's rating is required)" },
  SUMMONS_COMMITTEE_REQUIRED: { zh: '约请须由居委会发起：单位“{name}”不是居委会', en: 'A summons is raised by a committee: "{name}" is not one' },
  SUMMONS_INVITEE_REQUIRED: { zh: '请选择受约请的职能部门', en: 'Choose the department to invite' },
  SUMMONS_INVITEE_UNKNOWN: { zh: '受约请的职能部门不存在或不在本区：{id}', en: 'No such department in this district: {id}' },
  SUMMONS_ORDER_INVALID: {
    zh: '关联的工单 #{id} 不存在、不在您的管辖范围内，或不在本居委会',
    en: 'Order #{id} does not exist, is outside your scope, or is not in this committee',
  },
  SUMMONS_RESPOND_DAYS: { zh: '响应时限须在 1 至 {max} 个工作日之间', en: 'The response limit is 1 to {max} working days' },
};
