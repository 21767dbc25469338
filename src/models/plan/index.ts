// The plan page's model: one state gathering the four tools and the profile, its file and link
// formats, the cross-tool checks and the merged next actions. Pure: no DOM, no stores, no UI.
export type * from './types';
export { IMPORT_ERROR_CODES, ISSUE_CODES, TOOL_KEYS } from './types';
export * from './limits';
export { canonicalJson, sameJson } from './canonical';
export {
  EMPTY_PLAN,
  gatherPlan,
  isDefault,
  normalisePlan,
  readDuration,
  readKpi,
  readPlanState,
  readProfile,
  readReadiness,
  readSelection,
  toolStatesOf,
  usedTools,
  type ToolStates,
} from './state';
export { buildPlanFile, importErrorCode, serializePlanFile, validateImport } from './export-file';
export { looksTruncated } from './json-scan';
export { PLATFORM_OF_OPTION, findInconsistencies } from './consistency';
export { DURATION_WARNING_GUIDE, LINKED_FAQ_IDS, SMART_GOALS_DONE, mergeNextActions, smartKpiCount } from './next-actions';
export { MAX_RISKS, isRisk, topRisks } from './risks';
export { computePlanReport, describePlan, type PlanContents } from './report';
export { reportConflicts, type ConflictUse, type ReportConflict, type ReportSection } from './conflicts';
export { SMART_LETTERS, smartCheck, type SmartCheck, type SmartLetter } from './kpi-check';
export { EXAMPLE_START, EXAMPLE_TODAY, examplePlan } from './example';
