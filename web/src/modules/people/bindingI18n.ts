import { defineMessages, useModuleT } from '../../app/i18n';
import { peopleMessages } from './i18n';

/** Texts of the committee's check of residents' binding requests, Chinese first. */
const bindingMessages = defineMessages(
  {
    'bindings.title': '实名绑定审核',
    'bindings.subtitle': '居民申请与本人登记信息绑定：请核对身份后批准或驳回（7 天内未处理即失效），每一步都被记录',
    'bindings.col.createdAt': '申请时间',
    'bindings.col.account': '申请账号',
    'bindings.col.person': '登记人员',
    'bindings.col.address': '住址',
    'bindings.col.expiresAt': '处理期限',
    'bindings.col.actions': '审核',
    'bindings.boundElsewhere': '该登记已绑定其他账号，批准后改绑到此账号',
    'bindings.approve': '批准',
    'bindings.reject': '驳回',
    'bindings.approveConfirm': '批准 {name} 与该登记信息绑定？',
    'bindings.rejectTitle': '驳回绑定申请',
    'bindings.note': '说明',
    'bindings.notePlaceholder': '可选，如：证件信息与登记不符',
    'bindings.approved': '已批准',
    'bindings.rejected': '已驳回',
    'bindings.empty': '没有待审核的绑定申请',
    'bindings.limit': '仅显示最早的 {n} 条',
  },
  {
    'bindings.title': 'Binding requests',
    'bindings.subtitle':
      'Residents ask to be bound to their own record: check who they are, then approve or reject (a request left for 7 days lapses); every step is logged',
    'bindings.col.createdAt': 'Asked',
    'bindings.col.account': 'Account',
    'bindings.col.person': 'Registered person',
    'bindings.col.address': 'Address',
    'bindings.col.expiresAt': 'Deadline',
    'bindings.col.actions': 'Decision',
    'bindings.boundElsewhere': 'This record is bound to another account: approving moves it to this one',
    'bindings.approve': 'Approve',
    'bindings.reject': 'Reject',
    'bindings.approveConfirm': 'Bind {name} to this record?',
    'bindings.rejectTitle': 'Reject the binding request',
    'bindings.note': 'Note',
    'bindings.notePlaceholder': 'Optional, e.g. the document does not match the record',
    'bindings.approved': 'Approved',
    'bindings.rejected': 'Rejected',
    'bindings.empty': 'No binding requests waiting',
    'bindings.limit': 'Showing the oldest {n} only',
  },
);

const messages = { zh: { ...peopleMessages.zh, ...bindingMessages.zh }, en: { ...peopleMessages.en, ...bindingMessages.en } };

export const useBindingT = () => useModuleT(messages);
