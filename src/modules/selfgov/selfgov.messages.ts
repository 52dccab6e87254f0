import type { Label } from '../../platform/i18n.js';

/** Error codes of this module: each starts with its id, so no other module can take one. */
export const selfgovMessages: Record<string, Label> = {
  SELFGOV_TOPIC_TITLE_EMPTY: { zh: '议题标题不能为空', en: 'A topic needs a title' },
};
