import { addMonths, daysBetween } from '@/models/calendar';
import { roundTo } from './numbers';
import type { KpiUnit } from './types';

// Milestones follow a straight line in time from the baseline today to the target on the deadline.
// A straight line is the plan a team can check each month; a curve would need assumptions nobody can
// verify. One milestone per month after today, and the last one is the deadline with the exact target.

/** Counts move in whole units; everything else is shown to two decimals. */
export function decimalsFor(unit: KpiUnit): number {
  return unit === 'count' ? 0 : 2;
}

export function monthlyMilestones(
  today: string,
  deadline: string,
  baseline: number,
  target: number,
  unit: KpiUnit,
): { date: string; value: number }[] {
  const total = daysBetween(today, deadline);
  if (total <= 0) return [{ date: deadline, value: target }];
  const decimals = decimalsFor(unit);
  // Rounding could step outside the baseline-target span (a count of 10.5 rounds to 10); clamp it back.
  const lo = Math.min(baseline, target);
  const hi = Math.max(baseline, target);
  const out: { date: string; value: number }[] = [];
  for (let n = 1; ; n += 1) {
    const date = addMonths(today, n);
    if (date >= deadline) break;
    const share = daysBetween(today, date) / total;
    const value = roundTo(baseline + (target - baseline) * share, decimals);
    out.push({ date, value: Math.min(hi, Math.max(lo, value)) });
  }
  out.push({ date: deadline, value: target });
  return out;
}
