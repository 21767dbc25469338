// The neutral starting state: equal weights, the two standard options scored 3 everywhere, and a cost
// calculator with the same placeholder prices for both, so nothing on the first screen leans either way.
import { DEFAULT_PRESET_ID, presetInput } from './presets';
import type { CriterionId, MatrixInput, TcoInput, TcoOption } from './types';
import { CRITERIA } from './criteria';

export const DEFAULT_MATRIX_INPUT: MatrixInput = presetInput(DEFAULT_PRESET_ID);

/** Neutral score for a newly added option: the middle of the scale on every criterion. */
export function neutralScores(): Record<CriterionId, number> {
  return Object.fromEntries(CRITERIA.map((c) => [c.id, 3])) as Record<CriterionId, number>;
}

/** Placeholder prices, identical for every option: visitors replace them with the quotes they receive. */
export const PLACEHOLDER_PRICES: Omit<TcoOption, 'id'> = {
  licensePerUserPerMonth: 150,
  implementation: 50_000,
  annualMaintenance: 10_000,
  trainingPerUser: 500,
};

/** True while every option still has the placeholder prices: the cost comparison says nothing yet. */
export function pricesArePlaceholders(options: readonly Omit<TcoOption, 'id'>[]): boolean {
  return options.every(
    (o) =>
      o.licensePerUserPerMonth === PLACEHOLDER_PRICES.licensePerUserPerMonth &&
      o.implementation === PLACEHOLDER_PRICES.implementation &&
      o.annualMaintenance === PLACEHOLDER_PRICES.annualMaintenance &&
      o.trainingPerUser === PLACEHOLDER_PRICES.trainingPerUser,
  );
}

export const DEFAULT_USERS = 20;
export const DEFAULT_YEARS = 3;

export const DEFAULT_TCO_INPUT: TcoInput = {
  users: DEFAULT_USERS,
  years: DEFAULT_YEARS,
  options: DEFAULT_MATRIX_INPUT.options.map((o) => ({ id: o.id, ...PLACEHOLDER_PRICES })),
};
