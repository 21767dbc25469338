// The readiness self-assessment's model: pure functions, no DOM, no UI. See types.ts for the contract.
export type * from './types';
export { BEST_ANSWERS, WORST_ANSWERS, EXAMPLE_ANSWERS, THRESHOLDS, MAX_MISSING_FOUNDATIONS, LIMITS } from './defaults';
export {
  DIMENSIONS,
  QUESTIONS,
  QUESTION_IDS,
  START_DATE_WEIGHT,
  START_DATE_DIMENSION,
  questionById,
  questionsByDimension,
  optionValues,
  pointsFor,
  type Question,
} from './questions';
export { validateReadinessAnswers, sanitizePartialAnswers, unansweredQuestions } from './validate';
export { completeDimensions, openInDimension } from './progress';
export { assessReadiness } from './assess';
export { checkStart, startIsFlagged } from './start-check';
export { scoreAnswers } from './score';
export { RED_FLAGS, FOUNDATION_FLAGS, FLAG_SOURCES, findRedFlags } from './flags';
export { decideVerdict, isUnsettled } from './verdict';
export { ACTION_RULES, chooseActions } from './actions';
export { commitmentLevel, durationHints, handedOffInput, type CompanyContext, type DurationHints } from './handoff';
