import type { AttainabilityDetail, KpiCategory, KpiDefinition } from './types';

// The attainability rule, in one place so the page can explain it and the tests can pin it.
//
// 1. Effort: the size of the change on a scale where equal steps are about equally hard.
//    - Rates with a floor and a ceiling (percentages 0-100, NPS -100..100) use log-odds: going from
//      10 % to 20 % is a doubling, and going from 90 % to 95 % halves what is left, so both ends are hard.
//      This is how the rule sees "a rate near its ceiling is harder to raise" (003: 70 % -> 95 % is not
//      attainable in the short term, 70 % -> 80 % is).
//    - Measures with only a floor (days, money, counts, ROI from -100 %) use the log of the ratio:
//      a 20 % cut is the same effort whatever the currency.
//    - Anything else uses the log of one plus the relative change.
// 2. Pace: effort divided by the months available. Beyond twelve months each extra month counts half,
//    because the easy gains come first.
// 3. Verdict: pace up to COMFORTABLE_PACE is attainable, up to STRETCH_PACE a stretch, above it unlikely.
//    Adoption and operations measures depend on the company's own people and processes rather than on
//    customers' behaviour, so they may move faster (003 puts adoption goals in the short term).
//
// The thresholds were set so the sources' own examples come out as the sources judge them; the unit
// tests hold each example as a named case.

export const COMFORTABLE_PACE = 0.1;
export const STRETCH_PACE = 0.2;
export const FULL_WEIGHT_MONTHS = 12;
export const PACE_FACTOR: Record<KpiCategory, number> = {
  sales: 1,
  marketing: 1,
  service: 1,
  relationship: 1,
  operations: 2,
  adoption: 3,
};

// How close to the floor or ceiling a target may be counted: 0.1 % of the range, so a target of exactly
// 100 % (or 0 complaints) is very hard but never infinitely hard.
const EDGE = 0.001;
const MAX_RATIO = 1000;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Inverse of effectiveMonths: calendar months that give `eff` effective months. */
export function calendarMonthsFor(eff: number): number {
  return eff <= FULL_WEIGHT_MONTHS ? eff : FULL_WEIGHT_MONTHS + 2 * (eff - FULL_WEIGHT_MONTHS);
}

/** Months with diminishing weight after the first year. */
export function effectiveMonths(months: number): number {
  const m = Math.max(months, 1 / 31);
  return m <= FULL_WEIGHT_MONTHS ? m : FULL_WEIGHT_MONTHS + (m - FULL_WEIGHT_MONTHS) / 2;
}

interface Effort {
  effort: number;
  zeroBaseline: boolean;
  /** False when the effort cannot be judged at all (growth from zero with no ceiling). */
  judgeable: boolean;
}

function boundedEffort(b: number, t: number, min: number, max: number): Effort {
  const span = max - min;
  const pb = clamp((b - min) / span, 0, 1);
  const pt = clamp((t - min) / span, EDGE, 1 - EDGE);
  // log-odds difference = growth away from one edge + headroom used towards the other.
  const towardsCeiling = t >= b;
  const leavingEdge = towardsCeiling ? pb : 1 - pb; // the edge the value moves away from
  const nearEdge = towardsCeiling ? pt : 1 - pt;
  const headroomBefore = 1 - leavingEdge;
  const headroomAfter = 1 - nearEdge;
  // Differences of logs rather than logs of ratios: a ratio of two extreme values can overflow.
  const headroomTerm = Math.log(headroomBefore) - Math.log(headroomAfter);
  if (leavingEdge <= 0) return { effort: Math.max(0, headroomTerm), zeroBaseline: true, judgeable: true };
  const growthTerm = Math.log(nearEdge) - Math.log(leavingEdge);
  return { effort: Math.max(0, growthTerm + headroomTerm), zeroBaseline: false, judgeable: true };
}

function floorOnlyEffort(b: number, t: number, min: number): Effort {
  const bb = b - min;
  if (bb <= 0) return { effort: 0, zeroBaseline: true, judgeable: false };
  const tt = Math.max(t - min, bb / MAX_RATIO);
  return { effort: Math.min(Math.abs(Math.log(tt) - Math.log(bb)), Math.log(MAX_RATIO)), zeroBaseline: false, judgeable: true };
}

function unboundedEffort(b: number, t: number): Effort {
  if (b === 0) return { effort: 0, zeroBaseline: true, judgeable: false };
  return { effort: Math.log1p(Math.min(Math.abs(t - b) / Math.abs(b), MAX_RATIO)), zeroBaseline: false, judgeable: true };
}

export function changeEffort(def: Pick<KpiDefinition, 'min' | 'max'>, baseline: number, target: number): Effort {
  const { min, max } = def;
  if (min !== undefined && max !== undefined && max > min) return boundedEffort(baseline, target, min, max);
  if (min !== undefined) return floorOnlyEffort(baseline, target, min);
  return unboundedEffort(baseline, target);
}

export function judgeAttainability(
  def: Pick<KpiDefinition, 'min' | 'max' | 'category'>,
  baseline: number,
  target: number,
  months: number,
): AttainabilityDetail {
  const { effort, zeroBaseline, judgeable } = changeEffort(def, baseline, target);
  const factor = PACE_FACTOR[def.category] ?? 1;
  const comfortablePace = COMFORTABLE_PACE * factor;
  const stretchPace = STRETCH_PACE * factor;
  const pace = effort / effectiveMonths(months);
  let verdict: AttainabilityDetail['verdict'];
  if (!judgeable) verdict = 'stretch';
  else if (pace <= comfortablePace) verdict = 'yes';
  else if (pace <= stretchPace) verdict = 'stretch';
  else verdict = 'unlikely';
  // What the visitor can act on: how long a change this size usually takes.
  const monthsComfortable = judgeable ? calendarMonthsFor(effort / comfortablePace) : null;
  const monthsStretch = judgeable ? calendarMonthsFor(effort / stretchPace) : null;
  return { verdict, effort, pace, comfortablePace, stretchPace, zeroBaseline, monthsComfortable, monthsStretch };
}
