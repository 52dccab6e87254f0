import type { PermissionDef } from '../../platform/module.js';

export const APPEALS = {
  report: 'appeals.report',
  intake: 'appeals.intake',
  alarm: 'appeals.alarm',
  read: 'appeals.read',
  dispatch: 'appeals.dispatch',
  handle: 'appeals.handle',
  supervise: 'appeals.supervise',
  configure: 'appeals.configure',
  indicators: 'appeals.indicators',
  summons: 'appeals.summons',
  respond: 'appeals.summons.respond',
  summonsRead: 'appeals.summons.read',
  reveal: 'appeals.reveal',
  transfer: 'appeals.transfer',
} as const;

// Three levels (三级平台): committees take reports at the desk and handle what they can, streets' operations
// centres triage and dispatch, departments handle what is dispatched to them, the district supervises.
export const appealsPermissions: Record<string, PermissionDef> = {
  [APPEALS.report]: {
    label: { zh: '反映诉求（随手拍）并跟踪、评价自己的诉求', en: "Report appeals (photo report), follow and rate one's own" },
    roles: ['resident', 'building_leader', 'unbound_resident'],
  },
  [APPEALS.intake]: {
    label: { zh: '登记诉求（首问接待、巡查、走访发现）', en: 'Register appeals (front desk, patrols, visits)' },
    roles: ['committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'district_staff', 'admin'],
  },
  [APPEALS.alarm]: {
    label: { zh: '推送物联感知与视频告警（系统接入令牌）', en: 'Post sensor and video alarms (system API tokens)' },
    roles: ['street_staff', 'district_staff', 'admin'],
  },
  [APPEALS.read]: {
    label: { zh: '查看工单', en: 'View work orders' },
    roles: [
      'resident',
      'building_leader',
      'unbound_resident',
      'committee_worker',
      'committee_head',
      'grid_worker',
      'street_staff',
      'department_staff',
      'district_staff',
      'admin',
    ],
  },
  [APPEALS.dispatch]: {
    label: { zh: '派单、转派、审批延期、合并与作废（城运中心）', en: 'Dispatch, transfer, approve extensions, merge and invalidate (operations centre)' },
    roles: ['street_staff', 'district_staff', 'admin'],
  },
  [APPEALS.handle]: {
    label: { zh: '签收、处置、退单、申请延期、挂起与办结', en: 'Accept, work on, return, ask for extension, suspend and resolve' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'department_staff'],
  },
  [APPEALS.supervise]: {
    label: { zh: '督办', en: 'Supervise overdue orders' },
    roles: ['district_staff', 'admin'],
  },
  [APPEALS.configure]: {
    label: { zh: '配置派单规则、工单互转平台与 Open311 接入', en: 'Configure routing rules, transfer partners and Open311 clients' },
    roles: ['district_staff', 'admin'],
  },
  [APPEALS.indicators]: {
    label: { zh: '查看诉求指标、排名与热点', en: 'View appeal indicators, rankings and hot topics' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'department_staff', 'district_staff', 'admin'],
  },
  [APPEALS.summons]: {
    label: { zh: '发起约请并评价', en: 'Raise summons and evaluate them' },
    roles: ['committee_worker', 'committee_head'],
  },
  [APPEALS.respond]: {
    label: { zh: '响应约请、现场会商并反馈结果', en: 'Respond to summons, meet on site and report the result' },
    roles: ['street_staff', 'department_staff'],
  },
  [APPEALS.summonsRead]: {
    label: {
      zh: '查看约请（居委会本会的、街道辖区的与约请本单位的、区级全部）',
      en: "View summons (a committee its own, a street its territory's and those inviting it, a department those inviting it, the district all)",
    },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'department_staff', 'district_staff', 'admin'],
  },
  [APPEALS.transfer]: {
    label: { zh: '工单互转：向其他平台转出工单、导入热线工单文件', en: 'Order transfer: send orders to another platform, import hotline order files' },
    roles: ['street_staff', 'district_staff', 'admin'],
  },
  [APPEALS.reveal]: {
    label: { zh: '查看反映人完整联系电话（须说明用途）', en: "Reveal a reporter's full phone (with a purpose)" },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
};
