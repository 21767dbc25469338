// China's working calendar: which days are worked, which are public holidays, and which weekend days
// are worked in exchange for a longer break (调休). Years with a published State Council schedule use
// it (`official-holidays.ts`); other years are projected by rule and every answer says so, because a
// plan dated on a projection can move by a few days when the real schedule appears.
import { addDays, compareIsoDates, fromDayNumber, isIsoDate, isLeapYear, toDayNumber } from './iso-date';
import { dragonBoatDate, midAutumnDate, springFestivalDate } from './spring-festival';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from './lunar-table';
import { OFFICIAL_HOLIDAYS } from './official-holidays';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';
export type HolidayId = 'new-year' | 'spring-festival' | 'qingming' | 'labour-day' | 'dragon-boat' | 'mid-autumn' | 'national-day';
export type ScheduleBasis = 'official' | 'projected';

export interface CalendarDay {
  date: string;
  kind: DayKind;
  holiday?: HolidayId;
  basis: ScheduleBasis;
}

export interface HolidayPeriod {
  id: HolidayId;
  /** First and last day off, inclusive. */
  start: string;
  end: string;
  basis: ScheduleBasis;
}

/** The last year whose official schedule this calendar carries. */
export function officialScheduleThrough(): number {
  // Worked out on call, not at import: a module with no top-level work drops out of the pages that
  // import the calendar only for its date helpers.
  return Math.max(...Object.keys(OFFICIAL_HOLIDAYS).map(Number));
}

/** Qingming, the fifth solar term, falls on 4 or 5 April; this rule holds for 2001-2099. */
function qingmingDay(year: number): string {
  const y = year % 100;
  const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
  return `${year}-04-0${day}`;
}

/**
 * A year without a published schedule, by the rules the recent schedules follow: the Spring Festival
 * week from New Year's Eve to the sixth day after New Year's Day, National Day 1-7 October (1-8 when
 * Mid-Autumn falls in it, as in 2020 and 2025), Labour Day 1-5 May, and the other holidays on their
 * days. Weekend days worked in exchange cannot be foreseen and are left out.
 */
function projectedPeriods(year: number): HolidayPeriod[] {
  const p = (id: HolidayId, start: string, end = start): HolidayPeriod => ({ id, start, end, basis: 'projected' });
  const fixed = [p('new-year', `${year}-01-01`), p('qingming', qingmingDay(year)), p('labour-day', `${year}-05-01`, `${year}-05-05`)];
  // Beyond the lunar table (1900-2210, wider than any date the tools accept) only the fixed-date holidays are known.
  if (year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return [...fixed, p('national-day', `${year}-10-01`, `${year}-10-07`)];
  const newYear = springFestivalDate(year);
  const midAutumn = midAutumnDate(year);
  const merged = compareIsoDates(midAutumn, `${year}-09-30`) >= 0 && compareIsoDates(midAutumn, `${year}-10-08`) <= 0;
  return [
    fixed[0]!,
    p('spring-festival', addDays(newYear, -1), addDays(newYear, 6)),
    fixed[1]!,
    fixed[2]!,
    p('dragon-boat', dragonBoatDate(year)),
    ...(merged ? [p('national-day', `${year}-10-01`, `${year}-10-08`)] : [p('mid-autumn', midAutumn), p('national-day', `${year}-10-01`, `${year}-10-07`)]),
  ];
}

interface YearSchedule {
  basis: ScheduleBasis;
  periods: HolidayPeriod[];
  /** Every day off (date -> holiday) and every weekend day worked, of this year's schedule. */
  offDays: Map<string, HolidayId>;
  makeup: Set<string>;
}

const schedules = new Map<number, YearSchedule>();

function scheduleOf(year: number): YearSchedule {
  const known = schedules.get(year);
  if (known) return known;
  const official = OFFICIAL_HOLIDAYS[year];
  const periods: HolidayPeriod[] = official ? official.periods.map((o) => ({ ...o, basis: 'official' as const })) : projectedPeriods(year);
  const offDays = new Map<string, HolidayId>();
  for (const period of periods) {
    for (let d = toDayNumber(period.start); d <= toDayNumber(period.end); d++) offDays.set(fromDayNumber(d), period.id);
  }
  const schedule: YearSchedule = { basis: official ? 'official' : 'projected', periods, offDays, makeup: new Set(official?.makeupWorkdays ?? []) };
  schedules.set(year, schedule);
  return schedule;
}

/** Whether the day is worked, a weekend, a public holiday or a weekend day worked in exchange. */
export function dayInfo(date: string): CalendarDay {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${String(date)}`);
  const year = Number(date.slice(0, 4));
  const own = scheduleOf(year);
  // A break can begin in the year before (New Year 2024 began on 30 December 2023).
  for (const schedule of year < 9999 ? [own, scheduleOf(year + 1)] : [own]) {
    if (schedule.makeup.has(date)) return { date, kind: 'makeup-workday', basis: schedule.basis };
    const holiday = schedule.offDays.get(date);
    if (holiday) return { date, kind: 'holiday', holiday, basis: schedule.basis };
  }
  const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7; // 0 = Sunday; day 0 (1970-01-01) was a Thursday
  return { date, kind: weekday === 0 || weekday === 6 ? 'weekend' : 'workday', basis: own.basis };
}

export function isWorkingDay(date: string): boolean {
  const { kind } = dayInfo(date);
  return kind === 'workday' || kind === 'makeup-workday';
}

/**
 * Working days counted once per year, as running totals (`cum[i]`: working days from 1 January up to,
 * not including, day i of the year). The schedule of a CRM project asks "how many working days
 * between" and "which day after n working days" thousands of times (every candidate start date of
 * the timing advice), so both answer from these totals instead of walking the days.
 */
interface YearCount { first: number; cum: Uint16Array }
const yearCounts = new Map<number, YearCount>();

function yearCount(year: number): YearCount {
  const known = yearCounts.get(year);
  if (known) return known;
  const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const length = isLeapYear(year) ? 366 : 365;
  const cum = new Uint16Array(length + 1);
  for (let i = 0; i < length; i++) cum[i + 1] = cum[i]! + (isWorkingDay(fromDayNumber(first + i)) ? 1 : 0);
  const count = { first, cum };
  yearCounts.set(year, count);
  return count;
}

const yearOfDay = (day: number) => Number(fromDayNumber(day).slice(0, 4));

/** Working days from `start` (included) to `end` (excluded); 0 when `end` is not after `start`. */
export function workingDaysBetween(start: string, end: string): number {
  let from = toDayNumber(start);
  const to = toDayNumber(end);
  let count = 0;
  while (from < to) {
    const { first, cum } = yearCount(yearOfDay(from));
    const stop = Math.min(to, first + cum.length - 1);
    count += cum[stop - first]! - cum[from - first]!;
    from = stop;
  }
  return count;
}

/**
 * The first working day on which `n` working days have passed since `date`: the day work resumes
 * after n days of it. `addWorkingDays(monday, 5)` is the next Monday; with `n` = 0 it is `date`
 * itself, or the next working day when `date` is not one. Always a working day, so
 * `workingDaysBetween(date, addWorkingDays(date, n))` is `n`.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number of days, 0 or more: ${n}`);
  // The answer is the (n + 1)th working day counting `date` itself.
  let wanted = n + 1;
  let day = toDayNumber(date);
  for (;;) {
    const { first, cum } = yearCount(yearOfDay(day));
    const base = cum[day - first]!;
    const inYear = cum[cum.length - 1]! - base;
    if (inYear >= wanted) {
      // Smallest i with cum[i + 1] - base >= wanted: the day on which the count is reached.
      let lo = day - first;
      let hi = cum.length - 2;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid + 1]! - base >= wanted) hi = mid;
        else lo = mid + 1;
      }
      return fromDayNumber(first + lo);
    }
    wanted -= inYear;
    day = first + cum.length - 1;
  }
}

/** The holiday breaks that overlap [start, end] (both included), earliest first. */
export function holidaysBetween(start: string, end: string): HolidayPeriod[] {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  const out: HolidayPeriod[] = [];
  for (let year = first; year <= last + 1; year++) {
    for (const period of scheduleOf(year).periods) {
      if (compareIsoDates(period.end, start) >= 0 && compareIsoDates(period.start, end) <= 0) out.push(period);
    }
  }
  return out.sort((a, b) => compareIsoDates(a.start, b.start));
}
