import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../platform/profiles.js';
import { shanghaiDate, WorkCalendar, type CalendarConfig } from './sla.calendar.js';

const catalog = loadProfile('jingan').catalogs.find((c) => c.name === 'calendar')!;
const cal = WorkCalendar.fromCatalog(catalog);
const config = catalog.extra as CalendarConfig;

/** An instant written as Shanghai wall-clock time. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
/** An instant shown as Shanghai wall-clock time, independent of the machine's TZ. */
const show = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const plus = (local: string, minutes: number) => show(cal.addWorkingMinutes(at(local), minutes));

describe('working calendar from the calendar catalog', () => {
  it('reads the catalog as loadProfile splits it, and says which years it covers', () => {
    expect(catalog.entries).toEqual([]);
    expect(Object.keys(catalog.extra)).toEqual(expect.arrayContaining(['timezone', 'weekend', 'workingHours', 'years']));
    expect([2024, 2025, 2026].map((y) => cal.coversYear(y))).toEqual([true, true, true]);
    expect(cal.coversYear(2027)).toBe(false);
    expect(cal.yearStatus(2027)).toBe('weekends-only');
    expect(new WorkCalendar({ ...config, draftYears: [2026] }).yearStatus(2026)).toBe('draft');
    expect(cal.dayMinutes).toBe(480);
  });

  it('knows holidays, make-up workdays and ordinary weekends', () => {
    expect(cal.isWorkingDay('2026-10-01')).toBe(false); // National Day, a Thursday
    expect(cal.isWorkingDay('2026-10-07')).toBe(false);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // Sunday, 调休上班
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // Monday inside the Spring Festival break
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-03-14')).toBe(false); // an ordinary Saturday
    expect(cal.isWorkingDay('2026-03-16')).toBe(true);
    // Years without an arrangement fall back to weekends only: 2027-10-01 is a Friday.
    expect(cal.isWorkingDay('2027-10-01')).toBe(true);
    expect(cal.isWorkingDay('2027-10-02')).toBe(false);
  });

  it("takes an instant's date in Shanghai, whatever the UTC date is", () => {
    // 00:30 on 1 October in Shanghai is still 30 September in UTC.
    expect(cal.isWorkingDay(new Date('2026-09-30T16:30:00Z'))).toBe(false);
    expect(cal.isWorkingDay(new Date('2026-09-30T15:30:00Z'))).toBe(true);
    expect(shanghaiDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
    expect(cal.isWorkingTime(at('2026-09-30 09:00'))).toBe(true);
    expect(cal.isWorkingTime(at('2026-09-30 17:00'))).toBe(false);
  });

  it('carries a Friday 16:30 + 60 working minutes over the weekend to Monday 09:30', () => {
    expect(plus('2026-03-13 16:30', 60)).toBe('2026-03-16 09:30');
  });

  it('skips the 2026 National Day break and works its make-up Sunday and Saturday', () => {
    expect(plus('2026-09-30 16:30', 60)).toBe('2026-10-08 09:30');
    expect(plus('2026-10-09 16:30', 60)).toBe('2026-10-10 09:30');
    expect(plus('2026-09-18 16:30', 60)).toBe('2026-09-20 09:30');
    expect(plus('2026-09-24 16:30', 60)).toBe('2026-09-28 09:30'); // Mid-Autumn, 25–27 September
  });

  it('skips the 2026 Spring Festival break and works the Saturdays before and after it', () => {
    expect(plus('2026-02-13 16:30', 60)).toBe('2026-02-14 09:30');
    expect(plus('2026-02-14 16:30', 60)).toBe('2026-02-24 09:30');
    expect(plus('2026-02-27 16:30', 60)).toBe('2026-02-28 09:30');
  });

  it('runs an urgent 30-minute acceptance clock within hours, and from the next opening outside them', () => {
    expect(show(cal.deadline(at('2026-03-12 10:00'), { minutes: 30 }))).toBe('2026-03-12 10:30');
    expect(show(cal.deadline(at('2026-03-12 08:10'), { minutes: 30 }))).toBe('2026-03-12 09:30');
    expect(show(cal.deadline(at('2026-10-10 16:50'), { minutes: 30 }))).toBe('2026-10-12 09:20');
    expect(show(cal.deadline(at('2026-03-12 15:30'), { hours: 2 }))).toBe('2026-03-13 09:30');
  });

  it('starts a clock raised on a holiday at the first opening after the break', () => {
    expect(plus('2026-10-03 11:00', 120)).toBe('2026-10-08 11:00');
    expect(plus('2026-01-01 10:00', 60)).toBe('2026-01-04 10:00'); // Sunday 4 January is 调休上班
    expect(show(cal.clockStart(at('2026-02-18 15:00')))).toBe('2026-02-24 09:00');
    expect(show(cal.clockStart(at('2026-02-24 15:00')))).toBe('2026-02-24 15:00');
  });

  it('ends a limit that runs out at closing time at closing time', () => {
    expect(plus('2026-03-13 16:00', 60)).toBe('2026-03-13 17:00');
    expect(plus('2026-03-13 18:00', 0)).toBe('2026-03-16 09:00');
    expect(show(cal.addWorkingDays(at('2026-03-13 18:00'), 1))).toBe('2026-03-16 17:00');
  });

  it('adds working days at the same position of the working clock', () => {
    expect(show(cal.deadline(at('2026-09-21 10:00'), { days: 15 }))).toBe('2026-10-19 10:00');
    expect(show(cal.addWorkingDays(at('2026-09-24 14:00'), 2))).toBe('2026-09-29 14:00'); // Mid-Autumn in between
    expect(show(cal.addWorkingDays(at('2026-09-18 14:00'), 1))).toBe('2026-09-20 14:00');
    expect(show(cal.addWorkingDays(at('2026-02-13 11:15'), 2))).toBe('2026-02-24 11:15');
  });

  it('measures working minutes between two instants, signed', () => {
    expect(cal.workingMinutesBetween(at('2026-09-30 16:30'), at('2026-10-08 09:30'))).toBe(60);
    expect(cal.workingMinutesBetween(at('2026-10-08 09:30'), at('2026-09-30 16:30'))).toBe(-60);
    expect(cal.workingMinutesBetween(at('2026-03-12 08:00'), at('2026-03-12 20:00'))).toBe(480);
    expect(cal.workingMinutesBetween(at('2026-10-02 08:00'), at('2026-10-05 20:00'))).toBe(0);
    // Across into 2027, which the catalog does not cover: 1 January 2027 (a Friday) counts as a working day.
    expect(cal.workingMinutesBetween(at('2026-12-31 16:00'), at('2027-01-04 10:00'))).toBe(60 + 480 + 60);
  });

  it("gives the same answers whatever the machine's time zone is", () => {
    const before = process.env.TZ;
    const sample = () => [plus('2026-09-30 16:30', 60), plus('2026-02-14 16:30', 60), cal.isWorkingDay(at('2026-10-01 00:30'))];
    const expected = sample();
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(sample()).toEqual(expected);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('refuses a catalog it cannot honour', () => {
    expect(() => new WorkCalendar({ timezone: 'Europe/Berlin' })).toThrow(/timezone/);
    expect(() => new WorkCalendar({ years: { '2026': { holidays: ['2025-12-31'] } } })).toThrow(/not in 2026/);
    expect(() => new WorkCalendar({ years: { '2026': { holidays: ['2026-02-30'] } } })).toThrow(/real date/);
    expect(() => new WorkCalendar({ workingHours: { start: '17:00', end: '09:00' } })).toThrow(/end after/);
    expect(() => new WorkCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(/whole week/);
    expect(() => cal.addWorkingMinutes(at('2026-03-12 10:00'), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingMinutes(new Date(Number.NaN), 1)).toThrow(RangeError);
  });

  it('counts weekends only without a catalog', () => {
    const bare = WorkCalendar.fromCatalog(undefined);
    expect(bare.coversYear(2026)).toBe(false);
    expect(bare.isWorkingDay('2026-10-01')).toBe(true);
    expect(show(bare.addWorkingMinutes(at('2026-09-30 16:30'), 60))).toBe('2026-10-01 09:30');
  });

  it("stays cheap at the SLA sweep's volume", () => {
    const t0 = performance.now();
    const base = at('2024-01-02 09:00').getTime();
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const from = new Date(base + ((i * 7_919) % 1_000_000) * 60_000);
      const due = cal.addWorkingDays(from, 15);
      sum += cal.workingMinutesBetween(from, due);
    }
    expect(sum).toBe(100_000 * 15 * 480);
    expect(performance.now() - t0).toBeLessThan(2_000);
    // Decades away are reached by whole-year jumps, not day by day.
    const far = cal.addWorkingDays(at('2026-03-12 10:00'), 10_000);
    expect(shanghaiDate(far)).toBe('2064-07-22');
    expect(cal.workingMinutesBetween(at('2026-03-12 10:00'), far)).toBe(10_000 * 480);
  });
});

describe('working calendar properties', () => {
  // Minute-aligned instants from 2024 to the end of 2028, so that years without an arrangement are crossed too.
  const start = at('2024-01-01 00:00').getTime();
  const instant = fc.integer({ min: 0, max: 5 * 366 * 1440 }).map((m) => new Date(start + m * 60_000));
  const minutes = fc.integer({ min: 0, max: 30 * 480 });

  it('never gives an earlier deadline for more minutes or a later start', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (a, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(cal.addWorkingMinutes(a, lo).getTime()).toBeLessThanOrEqual(cal.addWorkingMinutes(a, hi).getTime());
      }),
    );
    fc.assert(
      fc.property(instant, instant, minutes, (a, b, m) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingMinutes(early, m).getTime()).toBeLessThanOrEqual(cal.addWorkingMinutes(late, m).getTime());
      }),
    );
  });

  it('measures back exactly the minutes it added, from working time or not', () => {
    const working = instant.map((a) => cal.clockStart(a));
    fc.assert(fc.property(working, minutes, (a, m) => cal.workingMinutesBetween(a, cal.addWorkingMinutes(a, m)) === m));
    fc.assert(fc.property(instant, minutes, (a, m) => cal.workingMinutesBetween(a, cal.addWorkingMinutes(a, m)) === m));
  });

  it('adds spans and working days consistently', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        expect(cal.workingMinutesBetween(a, b) + cal.workingMinutesBetween(b, c)).toBe(cal.workingMinutesBetween(a, c));
      }),
    );
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (a, n) => {
        expect(cal.addWorkingDays(a, n).getTime()).toBe(cal.addWorkingMinutes(a, n * cal.dayMinutes).getTime());
      }),
    );
  });

  it("agrees with a minute-by-minute count made with Intl's Asia/Shanghai zone", () => {
    // An independent reading of the same catalog: Intl's time-zone data instead of the fixed offset, plain sets
    // instead of day tables, one minute at a time.
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const years = Object.values(config.years ?? {});
    const holidays = new Set(years.flatMap((y) => y.holidays ?? []));
    const workdays = new Set(years.flatMap((y) => y.workdays ?? []));
    const oracle = (a: Date, m: number) => {
      let t = a.getTime();
      for (let counted = 0; ; ) {
        const p = Object.fromEntries(fmt.formatToParts(t).map((x) => [x.type, x.value]));
        const day = `${p.year}-${p.month}-${p.day}`;
        const minute = Number(p.hour) * 60 + Number(p.minute);
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        const workingDay = workdays.has(day) || (weekday !== 0 && weekday !== 6 && !holidays.has(day));
        if (!workingDay) {
          t += (1440 - minute) * 60_000;
          continue;
        }
        if (minute >= 540 && minute < 1020 && ++counted === m) return t + 60_000;
        t += 60_000;
      }
    };
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 1_500 }), (a, m) => {
        expect(cal.addWorkingMinutes(a, m).getTime()).toBe(oracle(a, m));
      }),
      { numRuns: 60 },
    );
  });
});
