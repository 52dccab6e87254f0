// A browser in another zone than the district's: the pickers must still read and show the district's clock.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { dayjs, formatTime, inZone, todayInZone, zoneDayEnd, zoneDayStart, zoneInstant } from '../web/src/shared/format.js';

describe("the web app's times in the district's zone, from a browser elsewhere", () => {
  it('runs in a zone other than Shanghai', () => {
    expect(new Date('2026-03-10T12:00:00Z').getTimezoneOffset()).toBe(240);
  });

  it("reads a picked day as the district's day, not the browser's", () => {
    const picked = dayjs('2026-03-10');
    expect(zoneDayStart(picked)).toBe('2026-03-09T16:00:00.000Z');
    expect(zoneDayEnd(picked)).toBe('2026-03-10T15:59:59.999Z');
  });

  it("reads a picked time on the district's wall clock, and shows an instant on it", () => {
    expect(zoneInstant(dayjs('2026-03-10T09:30:00'))).toBe('2026-03-10T01:30:00.000Z');
    const shown = inZone('2026-03-09T16:00:00.000Z');
    expect(shown.format('YYYY-MM-DD HH:mm')).toBe('2026-03-10 00:00');
    // What is shown is what is read back.
    expect(zoneInstant(shown)).toBe('2026-03-09T16:00:00.000Z');
    expect(formatTime('2026-03-09T16:00:00.000Z')).toBe('2026-03-10 00:00');
  });

  it("knows today by the district's calendar", () => {
    const shanghai = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(todayInZone()).toBe(shanghai);
  });
});
