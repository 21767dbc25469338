import { PHASE_IDS } from './defaults';
import { phaseRanges } from './phase-ranges';
import { schedule, type Durations, type Schedule } from './schedule';
import type { SchedulePoints } from '@/models/timing';
import type { DurationInput } from './types';

/** The likely schedule of the five phases, in weeks from the start. */
export function likelySchedule(input: DurationInput): Schedule {
  const ranges = phaseRanges(input);
  return schedule(Object.fromEntries(PHASE_IDS.map((id) => [id, ranges[id].likely])) as Durations);
}

/**
 * Where training and go-live fall in days after the start, on the likely schedule, rounded exactly
 * as the estimate's dates are (a phase lasting w weeks from day s ends on day s + round(7w) - 1).
 * The timing assessment needs only these; the readiness self-assessment computes them too.
 */
export function schedulePoints(likely: Schedule): SchedulePoints {
  return {
    trainingStart: Math.round(likely.start.training * 7),
    trainingEnd: Math.max(Math.round(likely.start.training * 7), Math.round(likely.end.training * 7) - 1),
    goLive: Math.max(0, Math.round(likely.total * 7) - 1),
  };
}
