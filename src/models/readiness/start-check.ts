import { isIsoDate } from '@/models/calendar';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import { likelySchedule, schedulePoints } from '@/models/duration/schedule-points';
import type { CompanySize } from '@/models/duration/types';
import { assessTiming, type SchedulePoints } from '@/models/timing';
import { durationHints, handedOffInput } from './handoff';
import type { ReadinessAnswers, StartCheck } from './types';

/**
 * Where training and go-live would fall for this company: the duration estimator's likely schedule
 * for the inputs the hand-off gives it (and the company size, when known), so both tools judge the
 * same dates.
 */
export function readinessSchedulePoints(answers: ReadinessAnswers, companySize?: CompanySize): SchedulePoints {
  return schedulePoints(likelySchedule({ ...DEFAULT_DURATION_INPUT, ...handedOffInput(durationHints(answers), companySize) }));
}

/**
 * The shared timing assessment (`@/models/timing`, built on source 004) for the planned start, or
 * for today when none is planned: "is now the right time?".
 */
export function checkStart(answers: ReadinessAnswers, today: string | undefined, companySize?: CompanySize): StartCheck | undefined {
  const plannedStart = answers.plannedStart;
  const basis = plannedStart ? 'planned' : today && isIsoDate(today) ? 'today' : null;
  if (!basis) return undefined;
  const start = (basis === 'planned' ? plannedStart : today) as string;
  const timing = assessTiming(start, readinessSchedulePoints(answers, companySize));
  const has = (code: string) => timing.findings.some((f) => f.code === code);
  const festival = timing.findings.find((f) => f.festival)?.festival ?? null;
  return {
    start,
    basis,
    inPast: basis === 'planned' && !!today && isIsoDate(today) && start < today,
    yearEnd: has('december-start'),
    springFestival: has('first-month-festival'),
    festival,
    suggestedStart: timing.suggestedStart,
    findings: timing.findings,
  };
}

/** True when the date counts against the timing dimension. */
export function startIsFlagged(check: StartCheck | undefined): boolean {
  return !!check && check.findings.length > 0;
}
