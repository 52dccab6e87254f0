import type { Label } from '../../platform/i18n.js';

/** What the audit log calls the catalogs module's actions (served as `catalogs.auditActions`); its records are the platform's catalogs. */
export const catalogsAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    'catalogs.catalog.save': { zh: '保存目录新版本', en: 'Catalog saved as a new version' },
  },
  auditTargets: {},
};
