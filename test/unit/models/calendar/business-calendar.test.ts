import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  dayInfo,
  fromDayNumber,
  holidaysBetween,
  isWorkingDay,
  officialScheduleThrough,
  springFestivalDate,
  toDayNumber,
  workingDaysBetween,
} from '@/models/calendar';

// Known days, each from the State Council's published schedule for its year.
describe('official schedules', () => {
  it.each([
    ['2026-02-14', 'makeup-workday', undefined], // Saturday worked before the 2026 Spring Festival break
    ['2026-02-28', 'makeup-workday', undefined], // and the Saturday after it
    ['2026-02-15', 'holiday', 'spring-festival'], // Sunday, first day of the break
    ['2026-02-23', 'holiday', 'spring-festival'], // Monday, its last day
    ['2026-02-24', 'workday', undefined],
    ['2026-10-05', 'holiday', 'national-day'], // a Monday off
    ['2026-09-20', 'makeup-workday', undefined], // Sunday worked before National Day
    ['2026-10-10', 'makeup-workday', undefined], // Saturday worked after it
    ['2026-01-04', 'makeup-workday', undefined], // Sunday worked after New Year
    ['2026-06-19', 'holiday', 'dragon-boat'],
    ['2025-10-08', 'holiday', 'national-day'], // 2025: National Day and Mid-Autumn together, eight days
    ['2025-01-26', 'makeup-workday', undefined],
    ['2024-02-18', 'makeup-workday', undefined],
    ['2023-12-30', 'holiday', 'new-year'], // the 2024 New Year break began in December 2023
    ['2026-03-02', 'workday', undefined],
    ['2026-03-07', 'weekend', undefined],
  ] as const)('%s is a %s', (date, kind, holiday) => {
    const info = dayInfo(date);
    expect(info.kind).toBe(kind);
    expect(info.holiday).toBe(holiday);
    expect(info.basis).toBe('official');
  });

  it('a make-up Saturday is a working day; a holiday Monday is not', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-10-05')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false);
  });

  it('carries the schedules through the last published year', () => {
    expect(officialScheduleThrough()).toBeGreaterThanOrEqual(2026);
    expect(dayInfo(`${officialScheduleThrough()}-12-31`).basis).toBe('official');
    expect(dayInfo(`${officialScheduleThrough() + 1}-03-01`).basis).toBe('projected');
  });
});

describe('projected years', () => {
  it('the Spring Festival break runs from New Year\'s Eve to the sixth day after New Year\'s Day', () => {
    // Chinese New Year 2027 is on 6 February.
    expect(springFestivalDate(2027)).toBe('2027-02-06');
    const [festival] = holidaysBetween('2027-01-20', '2027-02-28').filter((h) => h.id === 'spring-festival');
    expect(festival).toEqual({ id: 'spring-festival', start: '2027-02-05', end: '2027-02-12', basis: 'projected' });
    expect(dayInfo('2027-02-10')).toEqual({ date: '2027-02-10', kind: 'holiday', holiday: 'spring-festival', basis: 'projected' });
  });

  it('National Day is 1-7 October, and Dragon Boat and Mid-Autumn fall on their lunar days', () => {
    const holidays = holidaysBetween('2027-05-01', '2027-10-31');
    expect(holidays.find((h) => h.id === 'national-day')).toMatchObject({ start: '2027-10-01', end: '2027-10-07' });
    // 2027: Dragon Boat (fifth day of the fifth month) on 9 June, Mid-Autumn on 15 September.
    expect(holidays.find((h) => h.id === 'dragon-boat')).toMatchObject({ start: '2027-06-09' });
    expect(holidays.find((h) => h.id === 'mid-autumn')).toMatchObject({ start: '2027-09-15' });
    expect(holidays.every((h) => h.basis === 'projected')).toBe(true);
  });

  it('the rule gives the published dates for the years it can be checked against', () => {
    // Qingming and the lunar holidays of 2024-2026 fall inside their published breaks.
    for (const year of [2024, 2025, 2026]) {
      const info = dayInfo(`${year}-04-0${year === 2026 ? 5 : 4}`);
      expect(info.holiday, String(year)).toBe('qingming');
    }
    expect(dayInfo('2025-05-31').holiday).toBe('dragon-boat');
    expect(dayInfo('2024-09-17').holiday).toBe('mid-autumn');
  });
});

describe('working days', () => {
  it('counts a plain week and skips the Spring Festival break', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    // 9 February - 1 March 2026, three calendar weeks: the break (15-23) takes six weekdays, and the
    // Saturdays of the 14th and the 28th are worked, so 15 weekdays become 11 working days.
    expect(workingDaysBetween('2026-02-09', '2026-03-02')).toBe(11);
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  });

  it('with no days to add, gives the day itself or the next working day', () => {
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
    expect(() => addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
  });

  const dayIn = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

  it('fast-check: addWorkingDays and workingDaysBetween agree, for any date 2024-2032', () => {
    fc.assert(
      fc.property(dayIn('2024-01-01', '2032-12-31'), fc.integer({ min: 0, max: 400 }), (date, n) => {
        const later = addWorkingDays(date, n);
        expect(workingDaysBetween(date, later)).toBe(n);
        expect(isWorkingDay(later)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('fast-check: counting to a working day and adding the count back lands on that day', () => {
    fc.assert(
      fc.property(dayIn('2024-01-01', '2032-06-30'), fc.integer({ min: 0, max: 300 }), (start, span) => {
        const end = addDays(start, span);
        if (!isWorkingDay(end)) return;
        expect(addWorkingDays(start, workingDaysBetween(start, end))).toBe(end);
      }),
      { numRuns: 200 },
    );
  });

  it('no working day falls on a holiday, and every holiday lies inside a listed break (2024-2032)', () => {
    const breaks = holidaysBetween('2024-01-01', '2032-12-31');
    for (let d = toDayNumber('2024-01-01'); d <= toDayNumber('2032-12-31'); d++) {
      const date = fromDayNumber(d);
      const info = dayInfo(date);
      if (info.kind === 'holiday') {
        expect(isWorkingDay(date)).toBe(false);
        expect(breaks.some((b) => b.id === info.holiday && b.start <= date && date <= b.end), date).toBe(true);
      }
    }
    // Every year has all its holidays, once each (2025 and merged years fold Mid-Autumn into National Day).
    for (let year = 2024; year <= 2032; year++) {
      const ids = breaks.filter((b) => b.start.startsWith(String(year)) || b.end.startsWith(String(year))).map((b) => b.id);
      for (const id of ['new-year', 'spring-festival', 'qingming', 'labour-day', 'dragon-boat', 'national-day'] as const) {
        expect(ids, `${year} ${id}`).toContain(id);
      }
    }
  });
});
