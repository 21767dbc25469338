/**
 * The likely schedule on the calendar, for a start date: each phase's dates and the public holidays
 * that lengthen it. Dates come from counting working days from the start (`addWorkingDays`), so a
 * later start never gives an earlier date, and every phase ends on a working day. The first phase
 * starts on the date the visitor chose, even a weekend or a holiday: the plan starts then, and the
 * days off before work can begin are counted as holidays the schedule absorbs.
 */
import { addDays, addWorkingDays, holidaysTakingWork, type HolidayInPeriod } from '@/models/calendar';
import { PHASE_IDS } from './defaults';
import type { PhaseDays } from './schedule-points';
import type { PhaseId } from './types';

export interface PhaseDates {
  startDate: string;
  endDate: string;
  holidays: HolidayInPeriod[];
}

type Span = Pick<PhaseDates, 'startDate' | 'endDate'>;

/**
 * The way from the start to go-live, cut into one stretch per phase that carries it, as the last day
 * of each (each begins the day after the one before). Days off between two phases go to the later
 * one: they delay its start, and so its end. Deployment and migration overlap: from migration's start
 * on, the days go to whichever of the two ends later, since that is the one training waits for. So a
 * working day a holiday takes is noted on one phase only, and the notes add up to the total.
 */
function stretchEnds(spans: Record<PhaseId, Span>): [PhaseId, string][] {
  const { deployment, migration } = spans;
  const build: [PhaseId, string][] =
    deployment.endDate >= migration.endDate
      ? [['deployment', deployment.endDate]]
      : [['deployment', addDays(migration.startDate, -1)], ['migration', migration.endDate]];
  return [['planning', spans.planning.endDate], ...build, ['training', spans.training.endDate], ['rollout', spans.rollout.endDate]];
}

/** The holidays on each phase's stretch; none for a phase off the way to go-live. */
function holidaysByPhase(start: string, spans: Record<PhaseId, Span>): Record<PhaseId, HolidayInPeriod[]> {
  const out = Object.fromEntries(PHASE_IDS.map((id) => [id, [] as HolidayInPeriod[]])) as Record<PhaseId, HolidayInPeriod[]>;
  let from = start;
  for (const [id, to] of stretchEnds(spans)) {
    out[id] = holidaysTakingWork(from, to);
    from = addDays(to, 1);
  }
  return out;
}

export function datePhases(start: string, days: Record<PhaseId, PhaseDays>): Record<PhaseId, PhaseDates> {
  const span = (id: PhaseId): Span => ({
    startDate: days[id].first === 0 ? start : addWorkingDays(start, days[id].first),
    endDate: addWorkingDays(start, days[id].last),
  });
  const spans = Object.fromEntries(PHASE_IDS.map((id) => [id, span(id)])) as Record<PhaseId, Span>;
  const holidays = holidaysByPhase(start, spans);
  return Object.fromEntries(PHASE_IDS.map((id) => [id, { ...spans[id], holidays: holidays[id] }])) as Record<PhaseId, PhaseDates>;
}
