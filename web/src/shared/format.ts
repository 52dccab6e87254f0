import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Display zone of the platform (spec: time in Asia/Shanghai for display). */
export const DISPLAY_TZ = 'Asia/Shanghai';

export function formatTime(at: string | number | Date | null | undefined, withSeconds = false): string {
  if (at === null || at === undefined || at === '') return '—';
  const d = dayjs(at);
  if (!d.isValid()) return String(at);
  return d.tz(DISPLAY_TZ).format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

export function formatDate(at: string | number | Date | null | undefined): string {
  if (at === null || at === undefined || at === '') return '—';
  const d = dayjs(at);
  return d.isValid() ? d.tz(DISPLAY_TZ).format('YYYY-MM-DD') : String(at);
}

/*
 * Pickers show a wall clock and a calendar: the district's, whatever zone the browser is set to (a worker's
 * phone set to another zone, a test machine on UTC). A picked value is read as it is written, in DISPLAY_TZ,
 * and an instant is shown in DISPLAY_TZ; `today` is the district's.
 */

/** Today in the district's calendar (YYYY-MM-DD). */
export const todayInZone = (): string => dayjs().tz(DISPLAY_TZ).format('YYYY-MM-DD');

/** Now as a picker value showing the district's wall clock. */
export const nowInZone = (): dayjs.Dayjs => dayjs().tz(DISPLAY_TZ);

/** An instant as a picker value, shown on the district's wall clock. */
export const inZone = (at: string | number | Date): dayjs.Dayjs => dayjs(at).tz(DISPLAY_TZ);

/** The date and time a picker shows, read on the district's wall clock, as an instant (ISO). */
export const zoneInstant = (picked: dayjs.Dayjs): string => dayjs.tz(picked.format('YYYY-MM-DDTHH:mm:ss'), DISPLAY_TZ).toISOString();

/** The first and last instant of the day a picker shows, in the district's calendar (ISO). */
export const zoneDayStart = (picked: dayjs.Dayjs): string => dayjs.tz(picked.format('YYYY-MM-DD'), DISPLAY_TZ).toISOString();
export const zoneDayEnd = (picked: dayjs.Dayjs): string => dayjs.tz(picked.format('YYYY-MM-DD'), DISPLAY_TZ).endOf('day').toISOString();

export function isFuture(at: string | null | undefined): boolean {
  return !!at && dayjs(at).isAfter(dayjs());
}

export { dayjs };
