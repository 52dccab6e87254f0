/** Asia/Shanghai has kept UTC+8 all year since 1991 (no daylight saving): local dates are UTC shifted by 8 hours. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/**
 * Today's date in Asia/Shanghai (YYYY-MM-DD): ages, deadlines and "this year" follow local days. Called for
 * every row a list shows, so it does arithmetic rather than building an Intl formatter each time (which cost
 * more than the rest of a list request).
 */
export function todayInShanghai(now = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
