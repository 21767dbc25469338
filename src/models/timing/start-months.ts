import { addMonths } from '@/models/calendar';
import { placePoints, timingFindings } from './assess';
import type { SchedulePoints, TimingCode } from './types';

export interface StartMonth {
  /** The first day of the month, YYYY-MM-DD. */
  start: string;
  /** The likely go-live for a start on that day. */
  goLive: string;
  /** The timing findings a start on that day raises (empty: a clear month). */
  findings: TimingCode[];
}

/**
 * The next `count` months to start in, each from its first day, with the likely go-live and the
 * timing findings: "when could we start, and what would it cost us?". The first month is the one
 * after `today`'s, so every row is a start still ahead.
 */
export function startMonths(today: string, points: SchedulePoints, count = 12): StartMonth[] {
  const first = addMonths(`${today.slice(0, 7)}-01`, 1);
  return Array.from({ length: count }, (_, i) => {
    const start = addMonths(first, i);
    return { start, goLive: placePoints(start, points).goLive, findings: timingFindings(start, points).map((f) => f.code) };
  });
}
