import type { Label } from '../../platform/i18n.js';
import type { TopicStep } from './meeting-type.catalog.js';

/** What each step a meeting performs on a topic is called, for errors and pages. */
export const topicStepLabels: Record<TopicStep, Label> = {
  raise: { zh: '提出议题', en: 'raise' },
  collect: { zh: '征集议题', en: 'collect' },
  consult: { zh: '协商听证', en: 'consult' },
  coordinate: { zh: '协调', en: 'coordinate' },
  decide: { zh: '决议', en: 'decide' },
  evaluate: { zh: '评议', en: 'evaluate' },
  publish: { zh: '公开', en: 'publish' },
  actAsAgent: { zh: '代理', en: 'act as agent' },
};
