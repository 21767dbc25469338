// Total cost of ownership over 1-5 years:
//   total = licensePerUserPerMonth * users * 12 * years + implementation + annualMaintenance * years
//           + trainingPerUser * users
// Implementation and training are one-off costs that fall in year 1; licences and maintenance recur.
// No discounting: for a 1-5 year horizon the simple sum is what budget owners compare, and it keeps
// every figure on the page checkable by hand.
import { SCORE_MAX, SCORE_MIN } from './limits';
import { roundTo } from './numbers';
import type { TcoInput, TcoOptionResult, TcoResult } from './types';

export function computeTco(input: TcoInput): TcoResult {
  const years = Math.max(0, Math.floor(input.years));
  return {
    options: input.options.map((o): TcoOptionResult => {
      const licencePerYear = o.licensePerUserPerMonth * input.users * 12;
      const oneOff = o.implementation + o.trainingPerUser * input.users;
      const byYear = Array.from({ length: years }, (_, y) => licencePerYear + o.annualMaintenance + (y === 0 ? oneOff : 0));
      const cumulative: number[] = [];
      byYear.reduce((acc, cost) => {
        cumulative.push(acc + cost);
        return acc + cost;
      }, 0);
      const breakdown = {
        licenses: licencePerYear * years,
        implementation: o.implementation,
        maintenance: o.annualMaintenance * years,
        training: o.trainingPerUser * input.users,
      };
      const total = breakdown.licenses + breakdown.implementation + breakdown.maintenance + breakdown.training;
      return { id: o.id, total, byYear, cumulative, breakdown };
    }),
  };
}

/**
 * Turns cost totals into `total-cost` scores: the cheapest option scores 5, and every 25% above the
 * cheapest costs one point, so an option at twice the cheapest cost or more scores 1. A ratio rather
 * than a min-max stretch, so that two quotes 3% apart do not become a 5 and a 1.
 */
export const COST_STEP = 0.25;

export function costScores(totals: Record<string, number>): Record<string, number> {
  const values = Object.values(totals).filter((v) => Number.isFinite(v) && v >= 0);
  const min = values.length > 0 ? Math.min(...values) : 0;
  const scores: Record<string, number> = {};
  for (const [id, total] of Object.entries(totals)) {
    if (!Number.isFinite(total) || total < 0) continue;
    let score: number;
    if (total === min) score = SCORE_MAX;
    else if (min === 0) score = SCORE_MIN; // free against paid: the paid one is "infinitely" dearer
    else score = SCORE_MAX - (total / min - 1) / COST_STEP;
    scores[id] = roundTo(Math.min(SCORE_MAX, Math.max(SCORE_MIN, score)), 1);
  }
  return scores;
}
