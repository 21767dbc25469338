import { holidaysTakingWork, officialScheduleThrough, workingDateAfter } from '@/models/calendar';
import { FIRST_RELEASE, INTEGRATIONS, LOW_COMMITMENT_AT_OR_BELOW } from './assumptions';
import { periodEnd } from './period-end';
import { schedulePoints } from './schedule-points';
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

  const phases: PhaseEstimate[] = PHASE_IDS.map((id) => {
    const phase: PhaseEstimate = {
      id,
      lowWeeks: round1(ranges[id].low),
      likelyWeeks: round1(ranges[id].likely),
      highWeeks: round1(ranges[id].high),
      startWeek: round1(likely.start[id]),
    };
    if (input.startDate) {
      // Both ends from the unrounded schedule, so consecutive phases and go-live line up exactly.
      phase.startDate = workingDateAfter(input.startDate, Math.round(likely.start[id] * 7));
      phase.endDate = periodEnd(input.startDate, likely.end[id]);
      if (phase.endDate < phase.startDate) phase.endDate = phase.startDate;
      phase.holidays = holidaysTakingWork(phase.startDate, phase.endDate);
    }
    return phase;
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
  if (input.startDate) {
    estimate.goLiveDate = periodEnd(input.startDate, likely.total);
    estimate.p80Date = periodEnd(input.startDate, sim.p80);
    if (estimate.firstReleaseWeeks !== undefined) estimate.firstReleaseDate = periodEnd(input.startDate, estimate.firstReleaseWeeks);
    const last = estimate.p80Date > estimate.goLiveDate ? estimate.p80Date : estimate.goLiveDate;
    estimate.calendar = {
      holidays: holidaysTakingWork(input.startDate, last),
      basis: Number(last.slice(0, 4)) > officialScheduleThrough() ? 'projected' : 'official',
    };
    estimate.timing = assessTiming(input.startDate, estimate.points);
    if (estimate.timing.suggestedStart) estimate.suggestedGoLiveDate = periodEnd(estimate.timing.suggestedStart, likely.total);
    calendar = estimate.timing.findings.map((f) => (f.festival ? { code: f.code, phase: f.phase, festival: f.festival } : { code: f.code, phase: f.phase }));
  }
  estimate.warnings = [...calendar, ...riskWarnings(input)];
  return estimate;
}
