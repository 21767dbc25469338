import { isIsoDate } from '@/models/calendar';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import { likelySchedule, schedulePoints } from '@/models/duration/schedule-points';
import { assessTiming, type SchedulePoints } from '@/models/timing';
import { durationHints, handedOffInput, type CompanyContext } from './handoff';
import type { ReadinessAnswers, StartCheck } from './types';

/**
 * Where training and go-live would fall for this company: the duration estimator's likely schedule
 * for the inputs the hand-off gives it (and the company's size and current tools, when known), so both tools judge the
 * same dates.
 */
export function readinessSchedulePoints(answers: ReadinessAnswers, company?: CompanyContext): SchedulePoints {
  return schedulePoints(likelySchedule({ ...DEFAULT_DURATION_INPUT, ...handedOffInput(durationHints(answers), company) }));
}

/**
 * The shared timing assessment (`@/models/timing`, built on source 004) for the planned start, or
 * for today when none is planned: "is now the right time?".
 */
export function checkStart(answers: ReadinessAnswers, today: string | undefined, company?: CompanyContext): StartCheck | undefined {
  const plannedStart = answers.plannedStart;
  const basis = plannedStart ? 'planned' : today && isIsoDate(today) ? 'today' : null;
  if (!basis) return undefined;
  const start = (basis === 'planned' ? plannedStart : today) as string;
  const timing = assessTiming(start, readinessSchedulePoints(answers, company));
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
