/**
 * Monte Carlo over the phases' three-point ranges. Each phase is drawn from a triangular
 * distribution (low, likely, high) and the draws go through the same schedule as the plan.
 *
 * The generator is seeded with a constant, so the same input always gives the same p50 and p80.
 * Using the same random numbers for every input also means a longer phase range can only move
 * each simulated project later, never earlier, so the percentiles keep the model's monotonicity.
 * Overruns come together in real projects (the same people, sponsor and vendor run every phase),
 * so phases are not drawn independently: in each simulated project every phase follows a shared
 * "project pace" draw with probability `SIMULATION.sharedPace`, and its own draw otherwise. Each
 * phase keeps its triangular distribution; only the correlation changes.
 */
import { SIMULATION } from './assumptions';
import { totalWeeks } from './schedule';
import type { PhaseId, Range3 } from './types';

/** mulberry32: tiny, fast, good enough for estimates; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inverse CDF of the triangular distribution; u in [0, 1]. */
export function triangularQuantile(u: number, { low, likely, high }: Range3): number {
  const span = high - low;
  if (span <= 0) return low;
  const split = (likely - low) / span;
  return u < split
    ? low + Math.sqrt(u * span * (likely - low))
    : high - Math.sqrt((1 - u) * span * (high - likely));
}

/** Value at the given quantile of sorted data (nearest rank). */
function quantile(sorted: Float64Array, q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

let buffer = new Float64Array(0);

export interface SimulationResult {
  p50: number;
  p80: number;
}

export function simulateTotal(
  ranges: Readonly<Record<PhaseId, Range3>>,
  runs: number = SIMULATION.runs,
  seed: number = SIMULATION.seed,
  sharedPace: number = SIMULATION.sharedPace,
): SimulationResult {
  const next = mulberry32(seed);
  // Reused between calls: the estimator runs on every keystroke, so spare the garbage collector.
  if (buffer.length !== runs) buffer = new Float64Array(runs);
  const totals = buffer;
  const { planning, deployment, migration, training, rollout } = ranges;
  for (let i = 0; i < runs; i++) {
    const pace = next();
    const draw = () => {
      const own = next();
      return next() < sharedPace ? pace : own;
    };
    totals[i] = totalWeeks(
      triangularQuantile(draw(), planning),
      triangularQuantile(draw(), deployment),
      triangularQuantile(draw(), migration),
      triangularQuantile(draw(), training),
      triangularQuantile(draw(), rollout),
    );
  }
  totals.sort();
  return { p50: quantile(totals, 0.5), p80: quantile(totals, 0.8) };
}
