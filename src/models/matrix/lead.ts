// How firm the matrix's leader is, in the terms a board asks about: whose weights these are (the
// visitor's own, or an editorial starting point left as it came), by how much the leader is ahead, and
// whether one plausible change, one weight moved a little or one score moved by a point, would put
// another option level with it or ahead.
import { SCORE_MAX, SCORE_MIN } from './limits';
import { presetInput, type PresetId } from './presets';
import { scoreMatrix } from './score';
import type { MatrixInput, MatrixResult } from './types';

/**
 * A weight change counts as plausible when the criterion's share of all weight moves by at most this
 * many percentage points: one notch of a slider in a workshop, not a different set of priorities.
 */
export const PLAUSIBLE_SHARE_SHIFT = 10;
/** A score change counts as plausible when it moves one score by one point on the 1–5 scale. */
export const PLAUSIBLE_SCORE_STEP = 1;

/** Where the weights come from. `preset`: an editorial starting point, unchanged; `own`: the visitor changed it. */
export type WeightBasis = 'own' | 'preset' | 'neutral';

export interface WeightFlip {
  criterionId: string;
  fromShare: number;
  toShare: number;
}

export interface ScoreFlip {
  optionId: string;
  criterionId: string;
  from: number;
  to: number;
  /** The option that then leads or ties (the changed one when it is raised). */
  challenger: string;
}

export interface LeadReading {
  /** The option ahead, or null when the matrix has fewer than two options. */
  leader: string | null;
  runnerUp: string | null;
  margin: number;
  basis: WeightBasis;
  /** The closest plausible weight change that ties or reverses the top two, if any. */
  weightFlip: WeightFlip | null;
  /** The first plausible one-point score change that ties or overtakes the leader, if any. */
  scoreFlip: ScoreFlip | null;
}

function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // Weights only count as shares, so a preset scaled by a constant is still that preset.
  const sumA = Object.values(a).reduce((x, y) => x + y, 0);
  const sumB = Object.values(b).reduce((x, y) => x + y, 0);
  if (!(sumA > 0) || !(sumB > 0)) return sumA === sumB;
  for (const k of keys) if (Math.abs((a[k] ?? 0) / sumA - (b[k] ?? 0) / sumB) > 1e-9) return false;
  return true;
}

export function weightBasis(preset: PresetId, weights: Record<string, number>): WeightBasis {
  if (!sameWeights(weights, presetInput(preset).weights)) return 'own';
  return preset === 'neutral' ? 'neutral' : 'preset';
}

function weightFlipOf(result: MatrixResult): WeightFlip | null {
  let best: WeightFlip | null = null;
  for (const s of result.sensitivity) {
    if (s.shareToFlip === null || s.direction === null) continue;
    const fromShare = result.shares[s.criterionId] ?? 0;
    const shift = Math.abs(s.shareToFlip - fromShare);
    if (shift > PLAUSIBLE_SHARE_SHIFT) continue;
    if (!best || shift < Math.abs(best.toShare - best.fromShare)) best = { criterionId: s.criterionId, fromShare, toShare: s.shareToFlip };
  }
  return best;
}

// One point on criterion c moves an option's total by share_c / (SCORE_MAX - SCORE_MIN) points (see
// score.ts), so each candidate change is checked without rescoring the matrix.
const EPS = 1e-9;

function scoreFlipOf(input: MatrixInput, result: MatrixResult, leader: string): ScoreFlip | null {
  // The leader a point lower on one criterion, or any other option a point higher: the first change
  // (in option, then criterion order) after which the leader is no longer strictly ahead.
  const total = (id: string) => result.totals[id] ?? 0;
  const lead = total(leader);
  const best = Math.max(...result.ranking.filter((id) => id !== leader).map(total));
  for (const option of input.options) {
    const step = option.id === leader ? -PLAUSIBLE_SCORE_STEP : PLAUSIBLE_SCORE_STEP;
    for (const [criterionId, from] of Object.entries(option.scores)) {
      const share = result.shares[criterionId] ?? 0;
      if (!(share > 0)) continue;
      const to = from + step;
      if (to < SCORE_MIN || to > SCORE_MAX) continue;
      const delta = (share * PLAUSIBLE_SCORE_STEP) / (SCORE_MAX - SCORE_MIN);
      if (option.id === leader) {
        if (lead - delta <= best + EPS) {
          const challenger = result.ranking.find((id) => id !== leader && total(id) === best)!;
          return { optionId: option.id, criterionId, from, to, challenger };
        }
      } else if (total(option.id) + delta >= lead - EPS) {
        return { optionId: option.id, criterionId, from, to, challenger: option.id };
      }
    }
  }
  return null;
}

/** Expects a validated, complete matrix (the saved selection state). */
export function readLead(preset: PresetId, input: MatrixInput, result: MatrixResult = scoreMatrix(input)): LeadReading {
  const [leader = null, runnerUp = null] = result.ranking;
  const basis = weightBasis(preset, input.weights);
  if (leader === null || runnerUp === null) return { leader, runnerUp, margin: 0, basis, weightFlip: null, scoreFlip: null };
  return {
    leader,
    runnerUp,
    margin: result.margin,
    basis,
    weightFlip: weightFlipOf(result),
    scoreFlip: scoreFlipOf(input, result, leader),
  };
}
