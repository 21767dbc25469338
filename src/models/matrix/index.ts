// The selection matrix's public contract: criteria, presets, validation, scoring, cost of ownership and
// CSV export. Pure TypeScript: no DOM, no UI, no i18n.
export * from './types';
export * from './limits';
export { CRITERIA, NEUTRAL_WEIGHT, SOURCE, isCriterionId, orderedCriteria } from './criteria';
export { parseNumber, roundTo } from './numbers';
export { checkLabel, checkOptionId, checkPrice, checkScore, checkUsers, checkWeight, checkYears } from './fields';
export type { FieldCheck } from './fields';
export { validateMatrixInput, validateTcoInput } from './validate';
export { scoreMatrix } from './score';
export { computeTco, costScores, COST_STEP } from './tco';
export { PRICE_FIELDS, YEAR_CHOICES, rankByCost } from './cost-ranking';
export type { CostRanking, PriceField } from './cost-ranking';
export { PLAUSIBLE_SCORE_STEP, PLAUSIBLE_SHARE_SHIFT, readLead, weightBasis } from './lead';
export type { LeadReading, ScoreFlip, WeightBasis, WeightFlip } from './lead';
export {
  PRESETS,
  PRESET_IDS,
  DEFAULT_PRESET_ID,
  STANDARD_OPTION_IDS,
  applyPreset,
  getPreset,
  isPresetId,
  presetInput,
} from './presets';
export type { Preset, PresetId, StandardOptionId } from './presets';
export { DEFAULT_MATRIX_INPUT, DEFAULT_TCO_INPUT, DEFAULT_USERS, DEFAULT_YEARS, PLACEHOLDER_PRICES, neutralScores, pricesArePlaceholders } from './defaults';
export { matrixCsv, matrixCsvRows } from './csv';
export type { MatrixCsvLabels } from './csv';
export { DEFAULT_SELECTION_STATE, alignTco, completeMatrix, isNeutralState, parseSelectionState } from './state';
export type { SelectionState } from './state';
export { costSheet, matrixLayout, matrixSheet, matrixXlsxSheets } from './xlsx';
export type { MatrixXlsxLabels } from './xlsx';
