import type { Label } from '../../platform/i18n.js';

/** What the audit log calls the org module's actions and records (served as `org.auditActions` / `org.auditTargets`). */
export const orgAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    'org.unit.create': { zh: '新建单位', en: 'Unit created' },
    'org.unit.rename': { zh: '单位更名', en: 'Unit renamed' },
    'org.unit.move': { zh: '单位调整隶属', en: 'Unit moved' },
    'org.unit.retire': { zh: '撤销单位', en: 'Unit retired' },
    'org.unit.locate': { zh: '设置单位地图位置', en: 'Unit placed on the map' },
  },
  auditTargets: {
    unit: { zh: '单位', en: 'Unit' },
  },
};
