import type { Label } from '../../platform/i18n.js';

export const peopleMessages: Record<string, Label> = {
  PERSON_INVALID: { zh: '人员信息有误：{summary}', en: 'The person is not valid: {summary}' },
  PERSON_EXISTS: { zh: '证件号码已登记（{name}），请直接修改该人员', en: 'This document number is already registered ({name}); edit that person instead' },
  PERSON_DOC_UNAVAILABLE: {
    zh: '该证件号码不能由您登记；居民从其他社区迁入的，请由原居委会办理迁出，或请区级管理员核实',
    en: 'You cannot register this document number; for a resident who moved from another community, ask their former committee to record the move, or ask the district administrator',
  },
  HEAD_NOT_IN_HOUSE: {
    zh: '户主须是居住在本房屋（或与本房屋有登记关系）的人员',
    en: 'The head of household must be someone who lives at, or is registered with, this house',
  },
  HOUSE_REQUIRED: { zh: '请选择一处房屋', en: 'Choose a house' },
  NOT_A_HOUSE: { zh: '“{name}”不是房屋，人员只能登记在房屋上', en: '"{name}" is not a house; people are registered at houses' },
  TAG_UNKNOWN: { zh: '标签 {code} 不在本区标签目录中', en: "Tag {code} is not in this district's catalog" },
  TAG_RULE_ONLY: { zh: '标签“{name}”由规则自动计算，不能手工设置', en: 'Tag "{name}" is computed by rule and cannot be set by hand' },
  VISIT_CONFLICT: { zh: '走访记录编号 {clientId} 已用于另一处房屋', en: 'Visit id {clientId} was already used for another house' },
  BINDING_TOO_MANY: {
    zh: '今天的实名绑定申请已达 {max} 次，请明天再试或联系居委会',
    en: 'You have asked to be bound {max} times today; try again tomorrow or contact your committee',
  },
  BINDING_PENDING: { zh: '您已有一条待审核的绑定申请', en: 'You already have a binding request waiting for review' },
  BINDING_DECIDED: { zh: '该申请已处理', en: 'This request has already been decided' },
  IMPORT_FORMAT: { zh: '文件“{name}”不是 .xlsx 或 .csv 文件', en: 'The file "{name}" is not an .xlsx or .csv file' },
  IMPORT_NO_FILE: { zh: '请选择要导入的文件', en: 'Choose a file to import' },
  EXPORT_APPROVAL_REQUIRED: {
    zh: '导出 {rows} 行超过本区 {limit} 行的限额：请说明用途，提交上级审批，批准后可下载一次',
    en: "Exporting {rows} rows is above this district's limit of {limit}: state why you need the list; once a supervisor approves, you can download it once",
  },
  EXPORT_OWN_REQUEST: { zh: '不能审批自己的导出申请', en: 'You cannot decide your own export request' },
  EXPORT_NOT_SUPERVISOR: { zh: '该导出申请须由申请人的上级审批', en: 'This export request must be decided by a supervisor of the requester' },
  EXPORT_DECIDED: { zh: '该导出申请已处理', en: 'This export request has already been decided' },
  EXPORT_NOT_REQUESTER: { zh: '只有申请人（以申请时的岗位）可以下载', en: 'Only the requester, in the position that asked, can download this export' },
  EXPORT_NOT_APPROVED: { zh: '该导出申请未获批准', en: 'This export request has not been approved' },
  EXPORT_DOWNLOADED: { zh: '该导出已下载过，每次批准只能下载一次', en: 'This export was already downloaded; an approval allows one download' },
  EXPORT_EXPIRED: { zh: '批准已过期（批准后 24 小时内有效），请重新申请', en: 'The approval has expired (it is valid for 24 hours); ask again' },
  REVEAL_FIELD_EMPTY: { zh: '该人员没有登记此项', en: 'This person has no such value recorded' },
  PERSON_DECEASED: { zh: '{name} 已登记死亡，不能再变更居住情况', en: '{name} is recorded as deceased; where they live can no longer change' },
  PERSON_MOVED_OUT: { zh: '{name} 已登记迁出', en: '{name} is already recorded as moved away' },
  PERSON_SAME_HOUSE: { zh: '该人员已居住在这处房屋，请选择另一处房屋', en: 'The person already lives at this house; choose another house' },
};

/** Field problems from person.rules, in both languages, for messages that name the field. */
export const FIELD_LABEL: Record<string, Label> = {
  name: { zh: '姓名', en: 'Name' },
  docType: { zh: '证件类型', en: 'Document type' },
  docNumber: { zh: '证件号码', en: 'Document number' },
  gender: { zh: '性别', en: 'Gender' },
  birthDate: { zh: '出生日期', en: 'Birth date' },
  phone: { zh: '联系电话', en: 'Phone' },
  residence: { zh: '居住状态', en: 'Residence' },
  date: { zh: '日期', en: 'Date' },
  movedTo: { zh: '迁往地', en: 'Moved to' },
  since: { zh: '入住日期', en: 'Moved in on' },
};

export const PROBLEM_LABEL: Record<string, Label> = {
  PERSON_NAME: { zh: '姓名为空或过长', en: 'empty or too long' },
  ID_FORMAT: { zh: '应为 18 位（末位可为 X）', en: 'must be 18 characters (the last may be X)' },
  ID_CHECK_DIGIT: { zh: '校验位错误', en: 'wrong check digit' },
  ID_BIRTH_DATE: { zh: '其中的出生日期不存在', en: 'contains an impossible birth date' },
  ID_GENDER_MISMATCH: { zh: '与证件号码不符', en: 'does not match the ID number' },
  ID_BIRTH_MISMATCH: { zh: '与证件号码不符', en: 'does not match the ID number' },
  DOC_FORMAT: { zh: '格式不符合该证件类型', en: 'does not fit the document type' },
  DATE_INVALID: { zh: '日期无效或在未来', en: 'invalid or in the future' },
  DATE_BEFORE_BIRTH: { zh: '早于出生日期', en: 'before the birth date' },
  PHONE_FORMAT: { zh: '应为 11 位手机号或带区号的固定电话', en: 'must be an 11-digit mobile or a landline with area code' },
  RESIDENCE_DOC_MISMATCH: { zh: '持居民身份证者不能登记为境外人员', en: 'a resident ID holder cannot be a foreign national' },
};
