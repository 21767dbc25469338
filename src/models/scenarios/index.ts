// Scenarios: named versions of a tool's state, and what differs between two of them. Pure.
export * from './pair';
export * from './list';
export * from './file';
export { mergeScenarios } from './merge';
export { compareDurations, type DurationComparison, type PhaseMove } from './duration';
export { compareSelections, type SelectionComparison, type SelectionSide } from './selection';
export { compareKpiSheets, type KpiComparison, type KpiRowComparison, type KpiRowView, type KpiSide } from './kpi';
export { compareReadiness, type ReadinessComparison } from './readiness';
