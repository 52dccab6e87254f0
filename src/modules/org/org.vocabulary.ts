import type { Label } from '../../platform/i18n.js';
import { TYPE_LABEL } from './unit.rules.js';

/** Labels of the values org routes send, served by GET /api/vocabulary as `org.<name>`. */
export const orgVocabulary: Record<string, Record<string, Label>> = {
  unitType: TYPE_LABEL,
  /** A unit's kind within its level: a street or a town, a committee or a village. */
  unitKind: {
    street: { zh: '街道', en: 'Street' },
    town: { zh: '镇', en: 'Town' },
    committee: { zh: '居委会', en: 'Neighbourhood committee' },
    village: { zh: '村委会', en: 'Village committee' },
  },
  /** What an entry of a unit's history records. */
  unitChange: {
    created: { zh: '新建', en: 'Created' },
    renamed: { zh: '更名', en: 'Renamed' },
    moved: { zh: '调整隶属', en: 'Moved' },
    retired: { zh: '撤销', en: 'Retired' },
  },
  gridKind: {
    grid: { zh: '城运网格', en: 'Operations grid' },
    party_area: { zh: '党建片区', en: 'Party-building area' },
  },
};
