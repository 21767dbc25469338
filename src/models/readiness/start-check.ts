import { isIsoDate } from '@/models/calendar';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import { likelySchedule, schedulePoints } from '@/models/duration/schedule-points';
import type { DurationField, DurationInput } from '@/models/duration/types';
import { assessTiming, type SchedulePoints } from '@/models/timing';
import { durationHints, handedOffInput, type CompanyContext } from './handoff';
import type { ReadinessAnswers, StartCheck } from './types';

/**
 * The estimator's input for this company: what the readiness answers and the profile decide, laid
 * over the visitor's saved estimator answers (`estimator`) or, without them, the estimator's defaults.
 * That is exactly what the hand-off leaves in the estimator, so both tools schedule the same project.
 */
export function readinessScheduleInput(answers: ReadinessAnswers, company?: CompanyContext, estimator?: DurationInput): DurationInput {
  const { startDate: _start, ...saved } = estimator ?? DEFAULT_DURATION_INPUT;
  return { ...DEFAULT_DURATION_INPUT, ...saved, ...handedOffInput(durationHints(answers), company) };
}

/**
 * Where training and go-live would fall for this company: the duration estimator's likely schedule
 * for `readinessScheduleInput`, so both tools judge the same dates.
 */
export function readinessSchedulePoints(answers: ReadinessAnswers, company?: CompanyContext, estimator?: DurationInput): SchedulePoints {
  return schedulePoints(likelySchedule(readinessScheduleInput(answers, company, estimator)));
}

/**
 * The saved estimator answers the schedule took that differ from a typical company's (the estimator's
 * defaults): what the readiness questions do not ask and the profile did not say. Empty when every
 * one of them is typical.
 */
export function estimatorAnswersUsed(answers: ReadinessAnswers, company: CompanyContext | undefined, estimator: DurationInput): Partial<DurationInput> {
  const decided = handedOffInput(durationHints(answers), company);
  const used: Partial<Record<DurationField, unknown>> = {};
  for (const field of Object.keys(estimator) as DurationField[]) {
    if (field === 'startDate' || field in decided) continue;
    if (estimator[field] !== DEFAULT_DURATION_INPUT[field]) used[field] = estimator[field];
  }
  return used as Partial<DurationInput>;
}

/**
 * The shared timing assessment (`@/models/timing`, built on source 004) for the planned start, or
 * for today when none is planned: "is now the right time?". `estimator`: the visitor's saved
 * estimator answers, when there are some (see `readinessScheduleInput`).
 */
export function checkStart(answers: ReadinessAnswers, today: string | undefined, company?: CompanyContext, estimator?: DurationInput): StartCheck | undefined {
  const plannedStart = answers.plannedStart;
  const knownToday = today && isIsoDate(today) ? today : undefined;
  const basis = plannedStart ? 'planned' : knownToday ? 'today' : null;
  if (!basis) return undefined;
  const start = (basis === 'planned' ? plannedStart : today) as string;
  // A start that has passed is not suggested: the search begins today at the earliest.
  const timing = assessTiming(start, readinessSchedulePoints(answers, company, estimator), knownToday);
  const has = (code: string) => timing.findings.some((f) => f.code === code);
  const festival = timing.findings.find((f) => f.festival)?.festival ?? null;
  return {
    start,
    basis,
    inPast: basis === 'planned' && !!knownToday && start < knownToday,
    yearEnd: has('december-start'),
    springFestival: has('first-month-festival'),
    festival,
    suggestedStart: timing.suggestedStart,
    findings: timing.findings,
    ...(estimator ? { fromEstimator: estimatorAnswersUsed(answers, company, estimator) } : {}),
  };
}

/** True when the date counts against the timing dimension. */
export function startIsFlagged(check: StartCheck | undefined): boolean {
  return !!check && check.findings.length > 0;
}
