import type { Label } from '../../platform/i18n.js';
import { ROLE_LABEL } from './estate.rules.js';

/** Labels of the values estate routes send and take, served by GET /api/vocabulary as `estate.<name>`. */
export const estateVocabulary: Record<string, Record<string, Label>> = {
  /** A compound's property service, from all its contracts. */
  serviceState: {
    active: { zh: '合同有效', en: 'Under contract' },
    expiring: { zh: '90 天内到期', en: 'Ends within 90 days' },
    expired: { zh: '合同已到期', en: 'Contract ended' },
    upcoming: { zh: '新合同待生效', en: 'New contract not yet started' },
    none: { zh: '无物业合同', en: 'No property contract' },
  },
  /** A compound's owners' committee, from its current term. */
  committeeState: {
    current: { zh: '任期内', en: 'In term' },
    expired: { zh: '任期已届满', en: 'Term expired' },
    none: { zh: '未成立', en: 'None' },
  },
  contractStatus: {
    active: { zh: '生效中', en: 'In force' },
    expired: { zh: '已到期', en: 'Ended' },
    upcoming: { zh: '未生效', en: 'Not yet started' },
  },
  termStatus: {
    current: { zh: '本届', en: 'Current' },
    expired: { zh: '已届满（待换届）', en: 'Expired (re-election due)' },
    ended: { zh: '已结束', en: 'Ended' },
  },
  committeeRole: ROLE_LABEL,
  /** The warnings the compounds list filters by (`state`). */
  listState: {
    attention: { zh: '需关注（任一提醒）', en: 'Needs attention (any warning)' },
    contractExpiring: { zh: '合同 90 天内到期', en: 'Contract ends within 90 days' },
    contractExpired: { zh: '合同已到期', en: 'Contract ended' },
    noContract: { zh: '无物业合同', en: 'No property contract' },
    termExpired: { zh: '业委会任期已届满', en: 'Committee term expired' },
    noOwnersCommittee: { zh: '未成立业委会', en: "No owners' committee" },
  },
};
