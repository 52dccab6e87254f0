/** How the dashboard writes figures: shares as percentages, changes with their sign, times in minutes or hours. */

export const pct = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`);

export const signed = (x: number, digits = 1) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(digits)}`;

/** Minutes under two hours as minutes, longer as hours with one decimal. */
export function duration(minutes: number | null, t: (k: 'kpi.minutes' | 'kpi.hours', v: { n: string }) => string) {
  if (minutes === null) return '—';
  return minutes < 120 ? t('kpi.minutes', { n: Math.round(minutes).toString() }) : t('kpi.hours', { n: (minutes / 60).toFixed(1) });
}
