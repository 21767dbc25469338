// Public contract of the KPI builder's model. Pure: no DOM, no Preact, no stores, no i18n.
export type {
  Attainability,
  AttainabilityDetail,
  Horizon,
  KpiCategory,
  KpiDefinition,
  KpiDirection,
  KpiError,
  KpiErrorCode,
  KpiEvaluation,
  KpiField,
  KpiInput,
  KpiUnit,
  SmartReason,
  ValidationResult,
} from './types';
export { KPI_CATALOG, KPI_CATEGORIES, KPI_UNITS, boundsForUnit, findKpi } from './catalog';
export { validateKpiInput, MAX_DEADLINE_YEARS, MAX_MAGNITUDE, MAX_TEXT_LENGTH } from './validate';
export { evaluateKpi, MAX_TIME_BOUND_MONTHS } from './evaluate';
export {
  COMFORTABLE_PACE,
  STRETCH_PACE,
  FULL_WEIGHT_MONTHS,
  PACE_FACTOR,
  calendarMonthsFor,
  changeEffort,
  effectiveMonths,
  judgeAttainability,
} from './attainability';
export { monthsBetween, horizonOf } from './months';
export { countAttainability, rowTerm } from './terms';
export type { AttainabilityCounts } from './terms';
export { monthlyMilestones, decimalsFor } from './milestones';
export { parseNumber, roundTo } from './numbers';
export { PAINS, PAIN_DEPARTMENTS, kpisForPains } from './pains';
export type { Pain, PainDepartment } from './pains';
export {
  EMPTY_SHEET,
  LIMITS,
  REVIEW_CADENCES,
  customDefinition,
  defaultCadence,
  defaultDeadline,
  evaluateRow,
  evaluateSheet,
  groupByHorizon,
  newRow,
  rowToInput,
  sheetDefinitions,
  suggestTarget,
  validateSheet,
} from './sheet';
export type { CustomKpi, KpiSheet, ReviewCadence, RowResult, SheetRow } from './sheet';
export { exampleSheet } from './defaults';
export type { ExampleTextKey } from './defaults';
export { toMarkdownTable } from './markdown';
export type { Align } from './markdown';
export { packSheet, unpackSheet, SHARE_VERSION } from './share';
export type { PackedSheet } from './share';
