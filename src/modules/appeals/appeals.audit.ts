import type { Label } from '../../platform/i18n.js';
import { STEPS } from './orders/order.machine.js';
import { STEP_LABELS } from './orders/order.labels.js';
import { SUMMONS_STEPS } from './summons/summons.rules.js';
import { SUMMONS_STEP_LABELS } from './summons/summons.messages.js';

// Every step of an order and of a summons is audited as `appeals.order.<step>` / `appeals.summons.<step>`:
// their labels are the steps' own, so a new step is labelled where it is declared.
const orderSteps = Object.fromEntries(
  STEPS.map((s) => [`appeals.order.${s}`, { zh: `工单${STEP_LABELS[s].zh}`, en: `Order: ${STEP_LABELS[s].en.toLowerCase()}` }]),
);
const summonsSteps = Object.fromEntries(
  SUMMONS_STEPS.map((s) => [`appeals.summons.${s}`, { zh: `约请：${SUMMONS_STEP_LABELS[s].zh}`, en: `Summons: ${SUMMONS_STEP_LABELS[s].en.toLowerCase()}` }]),
);

/** What the audit log calls the appeals module's actions and records (served as `appeals.auditActions` / `appeals.auditTargets`). */
export const appealsAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    ...orderSteps,
    'appeals.order.intake': { zh: '工单受理', en: 'Order received' },
    'appeals.order.reveal_phone': { zh: '查看诉求人电话', en: "Reporter's phone shown" },
    'appeals.order.transfer_out': { zh: '工单转出至其他平台', en: 'Order sent to another platform' },
    'appeals.attachment.add': { zh: '添加工单附件', en: 'Attachment added to an order' },
    'appeals.hotline.import': { zh: '导入 12345 热线工单', en: '12345 hotline orders imported' },
    'appeals.routing_rule.create': { zh: '新增派单规则', en: 'Routing rule added' },
    'appeals.routing_rule.enable': { zh: '启用派单规则', en: 'Routing rule enabled' },
    'appeals.routing_rule.disable': { zh: '停用派单规则', en: 'Routing rule disabled' },
    'appeals.summons.raise': { zh: '发起约请', en: 'Summons raised' },
    ...summonsSteps,
    'appeals.transfer.callback': { zh: '收到互转平台回执', en: 'Progress received from a partner platform' },
    'appeals.transfer_partner.create': { zh: '新增互转平台', en: 'Transfer partner added' },
    'appeals.transfer_partner.update': { zh: '修改互转平台', en: 'Transfer partner changed' },
    'appeals.transfer_partner.rotate_secret': { zh: '更换互转平台密钥', en: "Transfer partner's secret renewed" },
    'appeals.open311_client.create': { zh: '签发 Open311 接入密钥', en: 'Open311 access key issued' },
    'appeals.open311_client.revoke': { zh: '吊销 Open311 接入密钥', en: 'Open311 access key revoked' },
  },
  auditTargets: {
    appeal_order: { zh: '工单', en: 'Order' },
    appeal_routing_rule: { zh: '派单规则', en: 'Routing rule' },
    summons: { zh: '约请', en: 'Summons' },
    transfer_partner: { zh: '互转平台', en: 'Transfer partner' },
    open311_client: { zh: 'Open311 接入应用', en: 'Open311 client' },
  },
};
