import { todayIso } from '@/models/calendar';
import { judgeAttainability } from './attainability';
import { findKpi } from './catalog';
import { monthlyMilestones } from './milestones';
import { horizonOf, monthsBetween } from './months';
import { roundTo } from './numbers';
import type { KpiDefinition, KpiEvaluation, KpiInput, SmartReason } from './types';

/** Beyond three years a deadline is too far to steer by: set an intermediate target instead. */
export const MAX_TIME_BOUND_MONTHS = 36;

/**
 * Evaluates a validated KPI row. Call validateKpiInput first: for an id that is in neither the catalog
 * nor `extra`, this throws, because that is a programming error rather than a visitor's typo.
 */
export function evaluateKpi(input: KpiInput, extra: readonly KpiDefinition[] = []): KpiEvaluation {
  const def = findKpi(input.kpiId, extra);
  if (!def) throw new Error(`evaluateKpi: unknown KPI ${input.kpiId}`);
  const today = input.today ?? todayIso();
  const { baseline, target, deadline } = input;

  const absolute = target - baseline;
  // A baseline so close to zero that the ratio overflows is treated like zero: the ratio means nothing.
  const ratio = baseline === 0 ? null : absolute / Math.abs(baseline);
  const relative = ratio !== null && Number.isFinite(ratio) ? ratio : null;
  const exactMonths = monthsBetween(today, deadline);
  const attainability = judgeAttainability(def, baseline, target, exactMonths);

  const isCustom = findKpi(input.kpiId) === undefined;
  const hasOwner = Boolean(input.owner?.trim());
  const hasSource = Boolean(input.dataSource?.trim());
  const hasGoal = Boolean(input.goal?.trim());
  const timeBound = deadline > today && exactMonths <= MAX_TIME_BOUND_MONTHS;

  let attainableReason: SmartReason;
  if (attainability.zeroBaseline) attainableReason = 'zero-baseline';
  else if (attainability.verdict === 'yes') attainableReason = 'pace-ok';
  else if (attainability.verdict === 'stretch') attainableReason = 'pace-stretch';
  else attainableReason = 'pace-too-fast';

  return {
    change: { absolute: roundTo(absolute, 6), relative: relative === null ? null : roundTo(relative, 6) },
    months: roundTo(exactMonths, 2),
    horizon: horizonOf(exactMonths),
    smart: {
      // Specific: a defined measure with a number to reach and someone who answers for it.
      specific: hasOwner,
      // Measurable: a baseline (required by validation) and a named place the number comes from.
      measurable: hasSource,
      attainable: attainability.verdict,
      // Relevant: tied to a stated business goal, not measured for its own sake.
      relevant: hasGoal,
      timeBound,
    },
    reasons: {
      specific: hasOwner ? (isCustom ? 'custom-metric' : 'defined-metric') : 'no-owner',
      measurable: hasSource ? 'has-baseline-and-source' : 'no-data-source',
      attainable: attainableReason,
      relevant: hasGoal ? 'has-goal' : 'no-goal',
      timeBound: timeBound ? 'has-deadline' : 'too-far',
    },
    attainability,
    milestones: monthlyMilestones(today, deadline, baseline, target, def.unit),
  };
}
