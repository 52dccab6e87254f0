import type { Label } from '../../platform/i18n.js';

/** What the audit log calls the estate module's actions and records (served as `estate.auditActions` / `estate.auditTargets`). */
export const estateAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    'estate.company.create': { zh: '新增物业公司', en: 'Property company added' },
    'estate.company.update': { zh: '修改物业公司', en: 'Property company changed' },
    'estate.company.delete': { zh: '删除物业公司', en: 'Property company deleted' },
    'estate.company.reveal': { zh: '查看物业公司联系电话', en: "Property company's phone shown" },
    'estate.contract.create': { zh: '新增物业合同', en: 'Property contract added' },
    'estate.contract.update': { zh: '修改物业合同', en: 'Property contract changed' },
    'estate.contract.delete': { zh: '删除物业合同', en: 'Property contract deleted' },
    'estate.term.start': { zh: '业委会新一届任期', en: "Owners' committee term started" },
    'estate.term.update': { zh: '修改业委会任期', en: "Owners' committee term changed" },
    'estate.term.end': { zh: '业委会任期结束', en: "Owners' committee term ended" },
    'estate.member.add': { zh: '新增业委会委员', en: "Owners' committee member added" },
    'estate.member.update': { zh: '修改业委会委员', en: "Owners' committee member changed" },
    'estate.member.delete': { zh: '删除业委会委员', en: "Owners' committee member removed" },
    'estate.member.reveal': { zh: '查看业委会委员电话', en: "Owners' committee member's phone shown" },
  },
  auditTargets: {
    property_company: { zh: '物业公司', en: 'Property company' },
    property_contract: { zh: '物业合同', en: 'Property contract' },
    owners_committee_term: { zh: '业委会任期', en: "Owners' committee term" },
    owners_committee_member: { zh: '业委会委员', en: "Owners' committee member" },
  },
};
