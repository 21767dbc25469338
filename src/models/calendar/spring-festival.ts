/**
 * Spring Festival (Chinese New Year) dates from the Chinese lunisolar calendar.
 *
 * No table: the browser's and Node's ICU data already implement the Chinese calendar, reachable
 * through `Intl.DateTimeFormat` with the `chinese` calendar extension. Its `relatedYear` part is the
 * Gregorian year in which the current Chinese year began, so it changes exactly on New Year's Day;
 * the first day of a Gregorian year whose `relatedYear` equals that year is ICU's New Year.
 *
 * ICU's new moons can be minutes off, which moves New Year by a day when the new moon falls near
 * midnight in China (2027 and 2030 among the next years). So ICU picks the lunation and
 * `new-moon.ts` picks the day: the date, in China, of the true new moon nearest to ICU's answer.
 */
import { addDays, daysBetween, fromDayNumber, MAX_YEAR, MIN_YEAR, toDayNumber, toIsoDate } from './iso-date';
import { nearestNewMoonMs } from './new-moon';

/** Chinese New Year's Day always falls between 21 January and 20 February; the scan leaves a margin. */
const SCAN_FROM = { month: 1, day: 15 };
const SCAN_DAYS = 45;

/**
 * The working break around the festival, in days relative to New Year's Day (day 0).
 *
 * Source 004 describes a break of 10-15 days; the statutory holiday itself runs from New Year's
 * Eve to about the sixth day (8-9 days in 2025 and 2026). We take the middle of 004's range, 12 days:
 * from the third day before New Year's Day (travel home begins, offices thin out) to the eighth day
 * after it (two days of late returns after the statutory holiday ends). It is a planning window,
 * not an official calendar, and the page says so.
 */
export const HOLIDAY_DAYS_BEFORE = 3;
export const HOLIDAY_DAYS_AFTER = 8;
export const HOLIDAY_LENGTH_DAYS = HOLIDAY_DAYS_BEFORE + 1 + HOLIDAY_DAYS_AFTER;

export interface SpringFestivalHoliday {
  year: number;
  newYearsDay: string; // YYYY-MM-DD
  start: string; // first day of the break, inclusive
  end: string; // last day of the break, inclusive
  days: number;
}

let formatter: Intl.DateTimeFormat | null = null;
const cache = new Map<number, string>();

function chineseFormatter(): Intl.DateTimeFormat {
  if (!formatter) {
    // UTC: the instant we pass is midnight UTC of the Gregorian day we mean, so read it in UTC too.
    formatter = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    if (formatter.resolvedOptions().calendar !== 'chinese') {
      formatter = null;
      throw new Error('The Chinese calendar is not available in this JavaScript runtime (Intl without full ICU).');
    }
  }
  return formatter;
}

/** True when this runtime can compute Chinese calendar dates. */
export function chineseCalendarAvailable(): boolean {
  try {
    chineseFormatter();
    return true;
  } catch {
    return false;
  }
}

const MS_PER_DAY = 86_400_000;
/** China has used UTC+8 since 1929; before, Beijing local mean time (116°25' E), as Reingold does. */
function chinaOffsetMs(year: number): number {
  return (year >= 1929 ? 8 : 1397 / 180) * 3_600_000;
}

/** The day, in China, of the true new moon nearest to the given day (a day number). */
function trueNewMoonDay(dayNumber: number, year: number): number {
  const moment = nearestNewMoonMs(dayNumber * MS_PER_DAY);
  const day = Math.floor((moment + chinaOffsetMs(year)) / MS_PER_DAY);
  // ICU is off by minutes, so one day at most; anything else would mean a bug here: trust ICU.
  return Math.abs(day - dayNumber) <= 1 ? day : dayNumber;
}

function relatedYear(dayNumber: number): number {
  const parts = chineseFormatter().formatToParts(new Date(dayNumber * MS_PER_DAY));
  const part = parts.find((p) => (p.type as string) === 'relatedYear') ?? parts.find((p) => p.type === 'year');
  return Number(part?.value);
}

/** Chinese New Year's Day of the given Gregorian year, as `YYYY-MM-DD`. */
export function springFestivalDate(year: number): string {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}: ${year}`);
  }
  const known = cache.get(year);
  if (known) return known;
  const first = toDayNumber(toIsoDate({ year, ...SCAN_FROM }));
  for (let i = 0; i < SCAN_DAYS; i++) {
    if (relatedYear(first + i) === year) {
      const iso = fromDayNumber(trueNewMoonDay(first + i, year));
      cache.set(year, iso);
      return iso;
    }
  }
  throw new Error(`No Chinese New Year found for ${year}`);
}

/** The planning window of the Spring Festival break of the given Gregorian year (see HOLIDAY_*). */
export function springFestivalHoliday(year: number): SpringFestivalHoliday {
  const newYearsDay = springFestivalDate(year);
  return {
    year,
    newYearsDay,
    start: addDays(newYearsDay, -HOLIDAY_DAYS_BEFORE),
    end: addDays(newYearsDay, HOLIDAY_DAYS_AFTER),
    days: HOLIDAY_LENGTH_DAYS,
  };
}

/**
 * The festival breaks that come within `marginDays` of the inclusive range [start, end], earliest
 * first. A range can span two festivals only if it is over ten months long; tools pass short ones.
 */
export function springFestivalsNear(start: string, end: string, marginDays = 0): SpringFestivalHoliday[] {
  const from = addDays(start, -marginDays);
  const to = addDays(end, marginDays);
  const out: SpringFestivalHoliday[] = [];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let y = Math.max(firstYear, MIN_YEAR); y <= Math.min(lastYear, MAX_YEAR); y++) {
    const h = springFestivalHoliday(y);
    if (daysBetween(h.end, from) <= 0 && daysBetween(to, h.start) <= 0) out.push(h);
  }
  return out;
}

let monthFormatter: Intl.DateTimeFormat | null = null;

/** ICU's Chinese month ("5", or "5bis" for a leap fifth month) and day of a day number. */
function lunarMonthDay(dayNumber: number): { month: string; day: number } {
  chineseFormatter(); // throws the clear error where the runtime has no Chinese calendar
  monthFormatter ??= new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  const parts = monthFormatter.formatToParts(new Date(dayNumber * MS_PER_DAY));
  return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: Number(parts.find((p) => p.type === 'day')?.value) };
}

/**
 * The Gregorian date of a day of a (non-leap) lunar month in the Chinese year that begins in `year`:
 * `lunarDate(2026, 5, 5)` is the Dragon Boat Festival of 2026, `lunarDate(2026, 8, 15)` Mid-Autumn.
 * As for New Year, ICU finds the month and the true new moon fixes its first day.
 */
export function lunarDate(year: number, month: number, day: number): string {
  const newYear = toDayNumber(springFestivalDate(year));
  // Month m begins about (m - 1) lunations after New Year; a leap month before it adds one more.
  const from = newYear + Math.floor((month - 1) * 29.5) - 3;
  for (let d = from; d < from + 40; d++) {
    const md = lunarMonthDay(d);
    if (md.month === String(month) && md.day === 1) {
      return fromDayNumber(trueNewMoonDay(d, year) + day - 1);
    }
  }
  throw new Error(`No lunar month ${month} found in the Chinese year beginning in ${year}`);
}
