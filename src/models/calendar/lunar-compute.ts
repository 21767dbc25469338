/**
 * Chinese lunisolar dates computed (Spring Festival, and a day of a lunar month). The site ships a
 * table generated from these functions (`lunar-table.ts`, by `scripts/build-lunar-table.mjs`); a unit
 * test checks the two agree for every year of the table. Computed, not in the browser bundle.
 *
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
import { fromDayNumber, MAX_YEAR, MIN_YEAR, toDayNumber, toIsoDate } from './iso-date';
import { nearestNewMoonMs } from './new-moon';

/** Chinese New Year's Day always falls between 21 January and 20 February; the scan leaves a margin. */
const SCAN_FROM = { month: 1, day: 15 };
const SCAN_DAYS = 45;

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
export function computeSpringFestivalDate(year: number): string {
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
 * `computeLunarDate(2026, 5, 5)` is the Dragon Boat Festival of 2026, `computeLunarDate(2026, 8, 15)` Mid-Autumn.
 * As for New Year, ICU finds the month and the true new moon fixes its first day.
 */
export function computeLunarDate(year: number, month: number, day: number): string {
  const newYear = toDayNumber(computeSpringFestivalDate(year));
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
