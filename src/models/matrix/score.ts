// Weighted scoring. Each option's total is its weighted mean score, mapped from the 1..5 scale onto
// 0..100 so that "all 1s" is 0 and "all 5s" is 100:
//   total = 100 * (sum_c w_c * (s_c - 1) / 4) / sum_c w_c
// Because weights only enter as shares (w_c / sum w), multiplying them all by the same factor changes
// nothing, which is what lets a visitor think in percentages or in raw points alike.
import { orderedCriteria } from './criteria';
import { SCORE_MAX, SCORE_MIN, TIE_MARGIN } from './limits';
import type { MatrixInput, MatrixResult, Sensitivity } from './types';

const SPAN = SCORE_MAX - SCORE_MIN;
// Totals are rounded far below what anyone sees, so that equal inputs reached by different sums
// (0.1 + 0.2 vs 0.3) rank as equal and keep the visitor's order.
const PRECISION = 1e9;
const EPS = 1e-9;

function clampScore(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return SCORE_MIN;
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, value));
}

function round(value: number): number {
  const r = Math.round(value * PRECISION) / PRECISION;
  return Object.is(r, -0) ? 0 : r;
}

// Weights come on any scale (0.01 steps or thousands), so a weight is rounded to significant digits,
// not to a fixed decimal: a tie point of 0.0025 keeps its precision as well as one of 2,500 does.
function roundWeight(value: number): number {
  const r = Number(value.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}

/** Expects input that passed validateMatrixInput; anything else is clamped rather than turned into NaN. */
export function scoreMatrix(input: MatrixInput): MatrixResult {
  const criteria = orderedCriteria(Object.keys(input.weights));
  const rawWeights = criteria.map((c) => {
    const w = input.weights[c];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 0;
  });
  let sum = rawWeights.reduce((a, b) => a + b, 0);
  // Unreachable for validated input ("no-weights"); equal weights are the neutral fallback.
  const weights = sum > 0 ? rawWeights : rawWeights.map(() => 1);
  if (!(sum > 0)) sum = weights.length;

  const shares: Record<string, number> = {};
  criteria.forEach((c, i) => (shares[c] = sum > 0 ? (100 * weights[i]!) / sum : 0));

  const totals: Record<string, number> = {};
  const contributions: Record<string, Record<string, number>> = {};
  for (const option of input.options) {
    const parts: Record<string, number> = {};
    let total = 0;
    criteria.forEach((c, i) => {
      const points = ((weights[i]! / sum) * 100 * (clampScore(option.scores[c]) - SCORE_MIN)) / SPAN;
      parts[c] = round(points);
      total += points;
    });
    contributions[option.id] = parts;
    totals[option.id] = round(total);
  }

  const order = input.options.map((o, i) => ({ id: o.id, i }));
  order.sort((a, b) => totals[b.id]! - totals[a.id]! || a.i - b.i);
  const ranking = order.map((o) => o.id);

  const first = ranking[0];
  const second = ranking[1];
  const margin = first !== undefined && second !== undefined ? round(totals[first]! - totals[second]!) : 0;
  const winner = first !== undefined && second !== undefined && margin > TIE_MARGIN + EPS ? first : null;

  const sensitivity =
    first !== undefined && second !== undefined
      ? sensitivityOf(input, criteria, weights, first, second)
      : criteria.map((c) => ({ criterionId: c, weightToFlip: null, shareToFlip: null, direction: null, favours: null }));

  return { totals, ranking, winner, margin, contributions, sensitivity, shares };
}

/**
 * For each criterion k, the weight at which the top two (A, B) tie, all other weights unchanged.
 * The gap's numerator is linear in w_k:  N(w_k) = N0 + (w_k - w_k0) * d_k,  with d_k = s_Ak - s_Bk and
 * N0 = sum_c w_c * d_c, so the tie is at  w_k* = w_k0 - N0 / d_k  (no tie when d_k = 0, none when w_k* < 0).
 * Only the top two are compared: a third option could overtake both at some other weight.
 */
function sensitivityOf(input: MatrixInput, criteria: string[], weights: number[], first: string, second: string): Sensitivity[] {
  const a = input.options.find((o) => o.id === first)!;
  const b = input.options.find((o) => o.id === second)!;
  const diffs = criteria.map((c) => clampScore(a.scores[c]) - clampScore(b.scores[c]));
  const n0 = criteria.reduce((acc, _c, i) => acc + weights[i]! * diffs[i]!, 0);
  const sum = weights.reduce((x, y) => x + y, 0);
  return criteria.map((c, i) => {
    const d = diffs[i]!;
    const favours = Math.abs(d) < EPS ? null : d > 0 ? first : second;
    const w0 = weights[i]!;
    if (favours === null) return { criterionId: c, weightToFlip: null, shareToFlip: null, direction: null, favours };
    let flip = w0 - n0 / d;
    if (Math.abs(flip) < EPS * Math.max(1, w0)) flip = 0;
    const others = sum - w0;
    // A tie needs some weight left somewhere; at w* = 0 with no other weight there is nothing to compare.
    if (flip < 0 || flip + others <= 0) return { criterionId: c, weightToFlip: null, shareToFlip: null, direction: null, favours };
    const direction = Math.abs(flip - w0) < EPS * Math.max(1, w0) ? null : flip > w0 ? 'up' : 'down';
    return {
      criterionId: c,
      weightToFlip: roundWeight(flip),
      shareToFlip: round((100 * flip) / (flip + others)),
      direction,
      favours,
    };
  });
}
