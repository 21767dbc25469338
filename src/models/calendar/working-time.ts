// Project time measured in working days. A plan says "planning takes 3 weeks"; those are weeks of
// work. When a public holiday falls inside them, the phase ends later by the working days lost, and
// a make-up Saturday gives a day back. Outside holidays the dates are exactly the plain-calendar ones.
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

/**
 * The day `days` plain-calendar days of work after `start` ends (exclusive): `start + days` when no
 * holiday intervenes, later by the working days a holiday takes. Non-decreasing in `days`, so phases
 * laid out on it keep their order and overlaps.
 */
export function workingDateAfter(start: string, days: number): string {
  const plainEnd = addDays(start, Math.max(0, Math.round(days)));
  const needed = weekdaysIn(start, Math.max(0, Math.round(days)));
  const worked = workingDaysBetween(start, plainEnd);
  return worked >= needed ? plainEnd : addWorkingDays(plainEnd, needed - worked);
}

/** The last day (inclusive) of a period of `weeks` working weeks that starts on `start`. */
export function workingPeriodEnd(start: string, weeks: number): string {
  const days = Math.max(1, Math.round(weeks * 7));
  return addDays(workingDateAfter(start, days), -1);
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
