import { addMonths, daysBetween } from '@/models/calendar';
import type { Horizon } from './types';

/**
 * Calendar months from `from` to `to`, with the part-month as a fraction of the month it falls in,
 * so 15 January -> 15 April is exactly 3 whatever the lengths of the months between.
 */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  let whole = 0;
  // Jump close first so a deadline decades away does not loop month by month.
  const approx = Math.max(0, Math.floor(daysBetween(from, to) / 31) - 1);
  whole = approx;
  while (addMonths(from, whole + 1) <= to) whole += 1;
  const anchor = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  return whole + daysBetween(anchor, to) / daysBetween(anchor, next);
}

/** 003's split: short term up to three months, mid term up to a year, long term beyond. */
export function horizonOf(months: number): Horizon {
  if (months <= 3) return 'short';
  if (months <= 12) return 'mid';
  return 'long';
}
