import type { PermissionDef } from '../../platform/module.js';

export const PEOPLE = {
  read: 'people.read',
  manage: 'people.manage',
  reveal: 'people.reveal',
  sensitiveTags: 'people.tag.sensitive',
  visit: 'people.visit.record',
  import: 'people.import',
  export: 'people.export',
  exportApprove: 'people.export.approve',
  exportPolicy: 'people.export.policy',
  quality: 'people.quality',
  share: 'people.share',
  bindRequest: 'people.binding.request',
} as const;

// Base data is kept by committees (every post does every job, 全岗通); streets and the district read it;
// grid workers and building leaders see their own patch and record visits; departments go through sharing.
export const peoplePermissions: Record<string, PermissionDef> = {
  [PEOPLE.read]: {
    label: { zh: '查看实有人口与房屋', en: 'View residents and houses' },
    roles: ['building_leader', 'committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'district_staff', 'admin'],
  },
  [PEOPLE.manage]: {
    label: { zh: '维护实有人口与房屋', en: 'Maintain residents and houses' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'admin'],
  },
  [PEOPLE.reveal]: {
    label: { zh: '查看完整证件号与电话（须说明用途）', en: 'Reveal full ID numbers and phones (with a purpose)' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'admin'],
  },
  [PEOPLE.sensitiveTags]: {
    label: { zh: '查看敏感标签（健康、救助、矫正）', en: 'See sensitive tags (health, assistance, correction)' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
  [PEOPLE.visit]: { label: { zh: '记录走访', en: 'Record visits' }, roles: ['building_leader', 'committee_worker', 'committee_head', 'grid_worker'] },
  [PEOPLE.import]: {
    label: { zh: '导入人口房屋数据', en: 'Import residents and houses' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'admin'],
  },
  [PEOPLE.export]: { label: { zh: '导出名单', en: 'Export lists' }, roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'] },
  // Large exports need a supervisor: a committee's head, its street, the district (see export-request.rules).
  [PEOPLE.exportApprove]: {
    label: { zh: '审批超过限额的名单导出', en: 'Approve list exports above the limit' },
    roles: ['committee_head', 'street_staff', 'district_staff', 'admin'],
  },
  [PEOPLE.exportPolicy]: { label: { zh: '设置名单导出的审批限额', en: 'Set the approval limit of list exports' }, roles: ['district_staff', 'admin'] },
  [PEOPLE.share]: {
    label: { zh: '通过共享接口查询基础数据（须说明用途）', en: 'Query base data through the sharing API (with a purpose)' },
    roles: ['department_staff', 'street_staff', 'district_staff', 'admin'],
  },
  [PEOPLE.bindRequest]: { label: { zh: '申请实名绑定房屋', en: "Ask to be bound to one's house" }, roles: ['resident', 'unbound_resident'] },
  [PEOPLE.quality]: {
    label: { zh: '查看数据质量', en: 'View data quality' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
};
