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

export function isFuture(at: string | null | undefined): boolean {
  return !!at && dayjs(at).isAfter(dayjs());
}

export { dayjs };
