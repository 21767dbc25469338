import { addWorkingDays, holidaysTakingWork, officialScheduleThrough } from '@/models/calendar';
import { FIRST_RELEASE, INTEGRATIONS, LOW_COMMITMENT_AT_OR_BELOW } from './assumptions';
import { datePhases } from './dated-schedule';
import { periodEnd } from './period-end';
import { phaseDays, schedulePoints } from './schedule-points';
import { assessTiming } from '@/models/timing';
import { PHASE_IDS } from './defaults';
import { phaseRanges } from './phase-ranges';
import { schedule, type Durations } from './schedule';
import { simulateTotal } from './simulate';
import type { DurationEstimate, DurationInput, DurationWarning, PhaseEstimate, PhaseId, Range3 } from './types';

/** Weeks are shown to one decimal; rounding is monotone, so it keeps every ordering intact. */
const round1 = (x: number) => Math.round(x * 10) / 10;

function pick(ranges: Record<PhaseId, Range3>, key: keyof Range3): Durations {
  return Object.fromEntries(PHASE_IDS.map((id) => [id, ranges[id][key]])) as Durations;
}

function firstRelease(input: DurationInput, likely: ReturnType<typeof schedule>): number {
  const build = Math.max(likely.end.deployment, likely.end.migration) - likely.end.planning;
  const buildFactor = input.platform === 'lowCode' ? FIRST_RELEASE.lowCodeBuildFactor : 1;
  const weeks =
    likely.end.planning * FIRST_RELEASE.planningShare +
    build * FIRST_RELEASE.buildShare * buildFactor +
    FIRST_RELEASE.pilotWeeks;
  return Math.min(weeks, likely.total);
}

function riskWarnings(input: DurationInput): DurationWarning[] {
  const out: DurationWarning[] = [];
  if (input.internalCommitment <= LOW_COMMITMENT_AT_OR_BELOW) out.push({ code: 'low-commitment', phase: 'planning' });
  if (input.expanding) out.push({ code: 'expansion', phase: 'planning' });
  if (input.keyStaffTurnover) out.push({ code: 'key-staff', phase: 'training' });
  if (input.switchingVendor) out.push({ code: 'switching-vendor', phase: 'migration' });
  if (input.integrations >= INTEGRATIONS.warnAtOrAbove) out.push({ code: 'many-integrations', phase: 'migration' });
  return out;
}

export function estimateDuration(input: DurationInput): DurationEstimate {
  const ranges = phaseRanges(input);
  const low = schedule(pick(ranges, 'low'));
  const likely = schedule(pick(ranges, 'likely'));
  const high = schedule(pick(ranges, 'high'));
  const sim = simulateTotal(ranges);
  const dated = input.startDate ? datePhases(input.startDate, phaseDays(likely)) : undefined;

  const phases: PhaseEstimate[] = PHASE_IDS.map((id) => {
    const phase: PhaseEstimate = {
      id,
      lowWeeks: round1(ranges[id].low),
      likelyWeeks: round1(ranges[id].likely),
      highWeeks: round1(ranges[id].high),
      startWeek: round1(likely.start[id]),
    };
    return dated ? { ...phase, ...dated[id] } : phase;
  });

  const estimate: DurationEstimate = {
    phases,
    total: {
      lowWeeks: round1(low.total),
      likelyWeeks: round1(likely.total),
      highWeeks: round1(high.total),
      p50Weeks: round1(sim.p50),
      p80Weeks: round1(sim.p80),
    },
    warnings: [],
    points: schedulePoints(likely),
  };
  if (input.agile) estimate.firstReleaseWeeks = round1(firstRelease(input, likely));

  let calendar: DurationWarning[] = [];
  if (input.startDate && dated) {
    // Go-live is the last working day of the rollout: the day the last piece of work is done.
    estimate.goLiveDate = dated.rollout.endDate;
    estimate.p80Date = periodEnd(input.startDate, sim.p80);
    if (estimate.firstReleaseWeeks !== undefined) estimate.firstReleaseDate = periodEnd(input.startDate, estimate.firstReleaseWeeks);
    const last = estimate.p80Date > estimate.goLiveDate ? estimate.p80Date : estimate.goLiveDate;
    estimate.calendar = {
      // The holidays inside the schedule only: one after go-live delays nothing.
      holidays: holidaysTakingWork(input.startDate, estimate.goLiveDate),
      // The 80% date is shown too, so it counts towards whether any date rests on a projection.
      basis: Number(last.slice(0, 4)) > officialScheduleThrough() ? 'projected' : 'official',
    };
    estimate.timing = assessTiming(input.startDate, estimate.points);
    if (estimate.timing.suggestedStart) estimate.suggestedGoLiveDate = addWorkingDays(estimate.timing.suggestedStart, estimate.points.goLive);
    calendar = estimate.timing.findings.map((f) => (f.festival ? { code: f.code, phase: f.phase, festival: f.festival } : { code: f.code, phase: f.phase }));
  }
  estimate.warnings = [...calendar, ...riskWarnings(input)];
  return estimate;
}
