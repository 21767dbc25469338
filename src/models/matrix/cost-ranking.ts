// What the cost comparison says in one sentence: which option costs least over the period and how far
// ahead of the next cheapest it is, or that they all cost the same. The figures are the model's, so the
// sentence, the exports and the tests agree on them.
import { YEARS_MAX, YEARS_MIN } from './limits';
import type { TcoOption, TcoResult } from './types';

/** The four prices of an option, in the order the calculator asks for them. */
export type PriceField = Exclude<keyof TcoOption, 'id'>;
export const PRICE_FIELDS: readonly PriceField[] = ['licensePerUserPerMonth', 'implementation', 'annualMaintenance', 'trainingPerUser'];

/** Every period the calculator offers, in years. */
export const YEAR_CHOICES: readonly number[] = Array.from({ length: YEARS_MAX - YEARS_MIN + 1 }, (_, k) => YEARS_MIN + k);

export type CostRanking =
  /** Every option (or the only one) costs `total`. */
  | { kind: 'equal'; total: number }
  /** `cheapest` costs `total`, `diff` less than `next`: `pct` percent of the next one's total. */
  | { kind: 'cheapest'; cheapest: string; next: string; total: number; diff: number; pct: number };

export function rankByCost(result: TcoResult): CostRanking {
  const sorted = [...result.options].sort((a, b) => a.total - b.total);
  const [low, next] = sorted;
  if (!low || !next || low.total === sorted.at(-1)!.total) return { kind: 'equal', total: low?.total ?? 0 };
  const diff = next.total - low.total;
  return { kind: 'cheapest', cheapest: low.id, next: next.id, total: low.total, diff, pct: next.total > 0 ? (100 * diff) / next.total : 0 };
}
