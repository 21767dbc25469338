import { workingDaysIn } from '@/models/calendar';
import { PHASE_IDS } from './defaults';
import { phaseRanges } from './phase-ranges';
import { schedule, type Durations, type Schedule } from './schedule';
import type { SchedulePoints } from '@/models/timing';
import type { DurationInput, PhaseId } from './types';

/** The likely schedule of the five phases, in weeks from the start. */
export function likelySchedule(input: DurationInput): Schedule {
  const ranges = phaseRanges(input);
  return schedule(Object.fromEntries(PHASE_IDS.map((id) => [id, ranges[id].likely])) as Durations);
}

/** A phase's working days, numbered from 0 (the project's first working day): its first and its last. */
export interface PhaseDays {
  first: number;
  last: number;
}

/**
 * Each phase's working days on a schedule: its weeks of work turned into whole working days (five a
 * week) once, here, so the estimator's dates, the timing rules and the readiness self-assessment all
 * count the same days. A phase begins on the working day after the one its predecessor ends on.
 */
export function phaseDays(plan: Schedule): Record<PhaseId, PhaseDays> {
  const day = (id: PhaseId): PhaseDays => {
    const first = workingDaysIn(plan.start[id]);
    return { first, last: Math.max(first, workingDaysIn(plan.end[id]) - 1) };
  };
  return Object.fromEntries(PHASE_IDS.map((id) => [id, day(id)])) as Record<PhaseId, PhaseDays>;
}

/**
 * Where training and go-live fall, as working days of the project (numbered from 0) on the likely
 * schedule. The timing assessment needs only these; the readiness self-assessment computes them too.
 */
export function schedulePoints(likely: Schedule): SchedulePoints {
  const days = phaseDays(likely);
  return { trainingStart: days.training.first, trainingEnd: days.training.last, goLive: days.rollout.last };
}
