import { assessTiming } from './assess';
import type { SchedulePoints, TimingAssessment } from './types';

// A module of its own: only the estimator's list of warnings needs it, and that loads on demand.

/**
 * An assessment made without a date (the estimator's, which is the same whatever the day) as seen on
 * `today`: whether its start has passed, and then a suggestion searched again from today, so a
 * start that has already passed is never offered. A start still ahead keeps its assessment.
 */
export function timingSeenOn(timing: TimingAssessment, points: SchedulePoints, today: string): TimingAssessment & { inPast: boolean } {
  if (timing.start >= today) return { ...timing, inPast: false };
  return { ...assessTiming(timing.start, points, today), inPast: true };
}
