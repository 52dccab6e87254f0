import type { Label } from '../../platform/i18n.js';

/** What the audit log calls the self-governance module's actions and records (served as `selfgov.auditActions` / `selfgov.auditTargets`). */
export const selfgovAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    'selfgov.topic.create': { zh: '新建议题', en: 'Topic created' },
    'selfgov.topic.update': { zh: '修改议题', en: 'Topic changed' },
  },
  auditTargets: {
    selfgov_topic: { zh: '议题', en: 'Topic' },
  },
};
