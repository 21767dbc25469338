import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseCalendarAvailable } from '@/models/calendar/lunar-compute';
import {
  daysBetween,
  HOLIDAY_LENGTH_DAYS,
  springFestivalDate,
  springFestivalHoliday,
  springFestivalsNear,
} from '@/models/calendar';

// Chinese New Year's Day (正月初一) as published (Hong Kong Observatory conversion tables; the
// State Council holiday notices for past years). 2027 and 2030 are the years ICU alone gets wrong.
const KNOWN: [number, string][] = [
  [2000, '2000-02-05'],
  [2001, '2001-01-24'],
  [2002, '2002-02-12'],
  [2003, '2003-02-01'],
  [2004, '2004-01-22'],
  [2005, '2005-02-09'],
  [2006, '2006-01-29'],
  [2007, '2007-02-18'],
  [2008, '2008-02-07'],
  [2009, '2009-01-26'],
  [2010, '2010-02-14'],
  [2011, '2011-02-03'],
  [2012, '2012-01-23'],
  [2013, '2013-02-10'],
  [2014, '2014-01-31'],
  [2015, '2015-02-19'],
  [2016, '2016-02-08'],
  [2017, '2017-01-28'],
  [2018, '2018-02-16'],
  [2019, '2019-02-05'],
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  [2030, '2030-02-03'],
  [2031, '2031-01-23'],
  [2032, '2032-02-11'],
  [2033, '2033-01-31'],
  [2034, '2034-02-19'],
  [2035, '2035-02-08'],
  [2036, '2036-01-28'],
  [2037, '2037-02-15'],
  [2038, '2038-02-04'],
  [2039, '2039-01-24'],
  [2040, '2040-02-12'],
  [2041, '2041-02-01'],
  [2042, '2042-01-22'],
  [2043, '2043-02-10'],
  [2044, '2044-01-30'],
  [2045, '2045-02-17'],
  [2046, '2046-02-06'],
  [2047, '2047-01-26'],
  [2048, '2048-02-14'],
  [2049, '2049-02-02'],
  [2050, '2050-01-23'],
];

describe('springFestivalDate', () => {
  it('the runtime has the Chinese calendar', () => {
    expect(chineseCalendarAvailable()).toBe(true);
  });

  it.each(KNOWN.filter(([y]) => y >= 2025 && y <= 2035))('Chinese New Year %i is %s', (year, date) => {
    expect(springFestivalDate(year)).toBe(date);
  });

  it.each(KNOWN.filter(([y]) => y < 2025 || y > 2035))('and outside 2025-2035, the years most plans fall in: %i is %s', (year, date) => {
    expect(springFestivalDate(year)).toBe(date);
  });

  it('is stable when asked twice (cached)', () => {
    expect(springFestivalDate(2031)).toBe(springFestivalDate(2031));
  });

  it.each([[0], [10000], [2025.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('rejects year %p', (y) => {
    expect(() => springFestivalDate(y)).toThrow(RangeError);
  });

  it('always falls between 21 January and 20 February, 1900-2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (y) => {
        const d = springFestivalDate(y);
        return d >= `${y}-01-21` && d <= `${y}-02-20`;
      }),
      { numRuns: 200 },
    );
  });

  it('consecutive festivals are 353-385 days apart (12 or 13 lunar months)', () => {
    for (let y = 2000; y < 2100; y++) {
      const gap = daysBetween(springFestivalDate(y), springFestivalDate(y + 1));
      expect(gap).toBeGreaterThanOrEqual(353);
      expect(gap).toBeLessThanOrEqual(385);
    }
  });
});

describe('springFestivalHoliday', () => {
  it('2025: three days before to eight days after New Year (12 days)', () => {
    expect(springFestivalHoliday(2025)).toEqual({
      year: 2025,
      newYearsDay: '2025-01-29',
      start: '2025-01-26',
      end: '2025-02-06',
      days: 12,
    });
  });

  it('the window length sits inside the 10-15 days of source 004', () => {
    expect(HOLIDAY_LENGTH_DAYS).toBeGreaterThanOrEqual(10);
    expect(HOLIDAY_LENGTH_DAYS).toBeLessThanOrEqual(15);
  });

  // Statutory holidays from the State Council notices: the planning window must contain them.
  it.each([
    [2024, '2024-02-10', '2024-02-17'],
    [2025, '2025-01-28', '2025-02-04'],
    [2026, '2026-02-15', '2026-02-23'],
  ])('contains the statutory holiday of %i (%s to %s)', (year, from, to) => {
    const h = springFestivalHoliday(year);
    expect(h.start <= from && to <= h.end).toBe(true);
  });

  it('start <= New Year <= end, and end - start + 1 = days', () => {
    for (let y = 2020; y <= 2040; y++) {
      const h = springFestivalHoliday(y);
      expect(h.start <= h.newYearsDay && h.newYearsDay <= h.end).toBe(true);
      expect(daysBetween(h.start, h.end) + 1).toBe(h.days);
    }
  });
});

describe('springFestivalsNear', () => {
  it('finds the festival a range runs into', () => {
    expect(springFestivalsNear('2026-02-01', '2026-02-28').map((h) => h.year)).toEqual([2026]);
  });
  it('finds nothing for a summer range', () => {
    expect(springFestivalsNear('2026-06-01', '2026-08-31')).toEqual([]);
  });
  it('the margin reaches a festival two weeks away', () => {
    // 2026 break is 02-14 .. 02-25; a range ending 01-31 is 14 days before it.
    expect(springFestivalsNear('2026-01-01', '2026-01-31')).toEqual([]);
    expect(springFestivalsNear('2026-01-01', '2026-01-31', 14).map((h) => h.year)).toEqual([2026]);
    expect(springFestivalsNear('2026-01-01', '2026-01-30', 14)).toEqual([]);
  });
  it('a range over a year long meets every festival in it', () => {
    expect(springFestivalsNear('2025-01-01', '2027-12-31').map((h) => h.year)).toEqual([2025, 2026, 2027]);
  });
});
