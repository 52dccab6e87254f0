import type { Label } from '../../platform/i18n.js';

/** What the audit log calls the audit module's own actions and records (served as `audit.auditActions` / `audit.auditTargets`). */
export const auditAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    'audit.failed_event.retry': { zh: '重试失败事件', en: 'Failed event retried' },
    'audit.failed_event.resolve': { zh: '标记失败事件已处理', en: 'Failed event marked handled' },
  },
  auditTargets: {
    domain_event_failure: { zh: '失败事件', en: 'Failed event' },
  },
};
