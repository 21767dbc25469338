// The duration estimator's model: pure functions, no DOM, no UI. See types.ts for the contract.
export type * from './types';
export { DEFAULT_DURATION_INPUT, WEEKS_PER_MONTH, LIMITS, COMPANY_SIZES, DEPLOYMENTS, PLATFORMS, LEVELS, PHASE_IDS } from './defaults';
export * as assumptions from './assumptions';
export { validateDurationInput, DURATION_FIELDS } from './validate';
export { estimateDuration } from './estimate';
export { phaseRanges } from './phase-ranges';
export { milestoneEvents, milestonesIcs, phaseTableCsv, type ExportLabels } from './export';
export { buildIcs, escapeIcsText, foldIcsLine, type IcsEvent } from './ics';
