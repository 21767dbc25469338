import { addDays, addMonths, isIsoDate, springFestivalHoliday, springFestivalsNear } from '@/models/calendar';
import type { StartCheck } from './types';

/**
 * The timing rules of 004: a project should not start at year-end, and its first month (kick-off
 * and the first training) should not run into the Spring Festival break, after which staff have
 * forgotten what they were taught. Either way the advice is to start once the break is over.
 *
 * "Year-end" is December: the month 004's consultant turns clients away in. The festival break is
 * the shared planning window of `@/models/calendar` (about twelve days around New Year's Day).
 */
export function checkStart(plannedStart: string | undefined, today: string | undefined): StartCheck | undefined {
  const basis = plannedStart ? 'planned' : today && isIsoDate(today) ? 'today' : null;
  if (!basis) return undefined;
  const start = (basis === 'planned' ? plannedStart : today) as string;
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));

  const firstMonthEnd = addDays(addMonths(start, 1), -1);
  const overlapping = springFestivalsNear(start, firstMonthEnd)[0] ?? null;
  const yearEnd = month === 12;
  const springFestival = overlapping !== null;

  // The break to wait for: the one the first month runs into, else (a December start) the next one.
  const festival = overlapping ?? (yearEnd ? springFestivalHoliday(year + 1) : null);
  const suggestedStart = festival && (yearEnd || springFestival) ? addDays(festival.end, 1) : null;

  return {
    start,
    basis,
    inPast: basis === 'planned' && !!today && isIsoDate(today) && start < today,
    yearEnd,
    springFestival,
    festival: festival ? { newYearsDay: festival.newYearsDay, start: festival.start, end: festival.end } : null,
    suggestedStart,
  };
}

/** True when the date counts against the timing dimension. */
export function startIsFlagged(check: StartCheck | undefined): boolean {
  return !!check && (check.yearEnd || check.springFestival);
}
