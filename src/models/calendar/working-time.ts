// Project time measured in working days. A plan says "planning takes 3 weeks"; those are weeks of
// work, five working days each, on China's working calendar: a public holiday inside them moves the
// end out by the working days it takes, and a make-up Saturday gives a day back.
//
// Every date of a schedule is found by counting working days from the project's start, never by
// adding calendar days and correcting for holidays afterwards. Two things follow, and the estimator
// relies on both: a later start can never finish earlier (the n-th working day on or after a date
// only moves forward with the date), and the last day of a phase, or of the project, is always a
// working day: the day its last piece of work is done.
import { addWorkingDays, holidaysBetween, workingDaysBetween, type HolidayPeriod } from './business-calendar';
import { addDays, toDayNumber } from './iso-date';

/** Monday to Friday in [start, start + days), whatever the holidays: the work a plain calendar holds. */
function weekdaysIn(start: string, days: number): number {
  const first = toDayNumber(start);
  const weekday = (((first + 4) % 7) + 7) % 7; // 0 = Sunday; day 0 (1970-01-01) was a Thursday
  const full = Math.floor(days / 7);
  let count = full * 5;
  for (let i = 0; i < days % 7; i++) {
    const d = (weekday + i) % 7;
    if (d !== 0 && d !== 6) count++;
  }
  return count;
}

/** A week of work: Monday to Friday. */
const WORKING_DAYS_PER_WEEK = 5;

/** Weeks of work as whole working days, to the nearest day. Non-decreasing in `weeks`. */
export function workingDaysIn(weeks: number): number {
  return Math.max(0, Math.round(weeks * WORKING_DAYS_PER_WEEK));
}

/**
 * The last day of a period of `weeks` weeks of work that starts on `start`: the working day on which
 * its last day of work falls (a period holds at least one).
 */
export function workingPeriodEnd(start: string, weeks: number): string {
  // addWorkingDays(start, i) is working day number i of the period, counting from 0.
  return addWorkingDays(start, Math.max(1, workingDaysIn(weeks)) - 1);
}

/** A holiday break inside a period and the working days it takes from it. */
export interface HolidayInPeriod extends HolidayPeriod {
  /** Weekdays of the break inside the period, less the make-up days worked inside it. */
  workdaysLost: number;
}

/** The working days a set of breaks takes in all. */
export function workdaysLostTo(holidays: readonly HolidayInPeriod[]): number {
  return holidays.reduce((n, h) => n + h.workdaysLost, 0);
}

/**
 * The breaks that take working days from [start, end] (both included): those with at least one
 * weekday off inside it. A holiday that falls on a weekend costs nothing and is left out.
 */
export function holidaysTakingWork(start: string, end: string): HolidayInPeriod[] {
  const out: HolidayInPeriod[] = [];
  for (const h of holidaysBetween(start, end)) {
    const from = h.start > start ? h.start : start;
    const to = h.end < end ? h.end : end;
    const span = toDayNumber(to) - toDayNumber(from) + 1;
    const lost = weekdaysIn(from, span) - workingDaysBetween(from, addDays(to, 1));
    if (lost > 0) out.push({ ...h, workdaysLost: lost });
  }
  return out;
}
