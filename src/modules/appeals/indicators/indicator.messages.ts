import type { Label } from '../../../platform/i18n.js';

export const indicatorMessages: Record<string, Label> = {
  PERIOD_INVALID: {
    zh: '统计期间有误：{from} 至 {to}（须为有效日期，起始不晚于截止，最长 1100 天）',
    en: 'Invalid period: {from} to {to} (valid dates, start not after end, at most 1,100 days)',
  },
};
