/** Today's date in Asia/Shanghai (YYYY-MM-DD): ages, deadlines and "this year" follow local days. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
