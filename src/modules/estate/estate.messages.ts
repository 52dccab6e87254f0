import type { Label } from '../../platform/i18n.js';

export const estateMessages: Record<string, Label> = {
  ESTATE_NAME_EMPTY: { zh: '名称不能为空', en: 'The name must not be empty' },
  ESTATE_DATE_INVALID: { zh: '日期 {value} 无效', en: 'The date {value} is not valid' },
  ESTATE_DATE_ORDER: { zh: '{endLabel}（{end}）不能早于{startLabel}（{start}）', en: 'The {endLabel} ({end}) cannot be before the {startLabel} ({start})' },
  ESTATE_PHONE_INVALID: {
    zh: '电话 {value} 格式不正确：应为 11 位手机号、带区号的固定电话或 400/800 服务电话',
    en: 'The phone {value} is malformed: use an 11-digit mobile, a landline with area code, or a 400/800 service number',
  },
  CREDIT_CODE_INVALID: { zh: '统一社会信用代码 {code} 无效：{reason}', en: 'The unified social credit code {code} is not valid: {reason}' },
  COMPANY_CODE_TAKEN: { zh: '统一社会信用代码 {code} 已登记为“{name}”', en: 'The credit code {code} is already registered as "{name}"' },
  COMPANY_IN_USE: { zh: '“{name}”还有 {count} 份物业服务合同，不能删除', en: '"{name}" still has {count} property service contracts and cannot be deleted' },
  CONTRACT_OVERLAP: {
    zh: '{compound}在 {start} 至 {end} 已有与“{company}”的物业服务合同；同一小区同一时间只能有一份合同，请先调整该合同的起止日期',
    en: '{compound} already has a contract with "{company}" from {start} to {end}; a compound has one property contract at a time, so change that contract\'s dates first',
  },
  TERM_START_ORDER: {
    zh: '新一届任期须晚于第 {number} 届的开始日期（{start}）',
    en: 'A new term must start after term {number} began ({start})',
  },
  MEMBER_PERSON_NOT_HERE: {
    zh: '“{name}”既不住在{compound}，也不是该小区的业主，不能关联为业委会成员',
    en: '"{name}" neither lives in {compound} nor owns a house there, so cannot be linked as a committee member',
  },
  MEMBER_DIRECTOR_TAKEN: { zh: '第 {number} 届业委会已有主任“{name}”（{since} 起）', en: 'Term {number} already has a director, "{name}" (since {since})' },
  MEMBER_OUTSIDE_TERM: {
    zh: '任职日期须在第 {number} 届任期（{start} 至 {end}）之内',
    en: 'Membership dates must lie within term {number} ({start} to {end})',
  },
};

/** Names of date fields, for messages that compare two of them. */
export const DATE_LABEL: Record<string, Label> = {
  start: { zh: '开始日期', en: 'start date' },
  end: { zh: '结束日期', en: 'end date' },
  since: { zh: '任职日期', en: 'start of office' },
  until: { zh: '离任日期', en: 'end of office' },
};

export const CREDIT_CODE_PROBLEM: Record<string, Label> = {
  CREDIT_CODE_FORMAT: {
    zh: '应为 18 位，由数字和大写字母组成（不含 I、O、Z、S、V），第 3 至 8 位为行政区划码',
    en: 'it must be 18 digits and capital letters (no I, O, Z, S or V), with a division code in places 3 to 8',
  },
  CREDIT_CODE_CHECK: { zh: '校验码（第 18 位）不正确，请核对', en: 'the check character (the 18th) is wrong; check the code' },
};
