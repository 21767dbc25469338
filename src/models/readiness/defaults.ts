import { PLAN_DATE_RANGE } from '../calendar/date-range';
import type { ReadinessAnswers } from './types';

/** The best answer to every question: the model must call this "go" with a score of at least 85. */
export const BEST_ANSWERS: Readonly<ReadinessAnswers> = Object.freeze({
  goalsDefined: 'smart',
  executiveSponsor: 'active',
  processesDefined: 'documented',
  companyStage: 'stable',
  dataState: 'clean',
  projectTeam: 'crossFunctional',
  keyUsersAvailable: 'dedicated',
  keyStaffTurnover: 'low',
  budget: 'approved',
  itCapability: 'strong',
  userAttitude: 'eager',
  integrationNeeds: 'none',
});

/** The worst answer to every question: "wait" with a score of at most 25. */
export const WORST_ANSWERS: Readonly<ReadinessAnswers> = Object.freeze({
  goalsDefined: 'none',
  executiveSponsor: 'none',
  processesDefined: 'none',
  companyStage: 'newlyFounded',
  dataState: 'paper',
  projectTeam: 'none',
  keyUsersAvailable: 'none',
  keyStaffTurnover: 'high',
  budget: 'none',
  itCapability: 'none',
  userAttitude: 'resistant',
  integrationNeeds: 'many',
});

/**
 * A typical small or medium company that has decided to look at a CRM: it knows roughly what it wants,
 * the owner backs it, data sits in spreadsheets. Used for the example rendered at build time.
 */
export const EXAMPLE_ANSWERS: Readonly<ReadinessAnswers> = Object.freeze({
  goalsDefined: 'vague',
  executiveSponsor: 'active',
  processesDefined: 'partly',
  companyStage: 'stable',
  dataState: 'scattered',
  projectTeam: 'crossFunctional',
  keyUsersAvailable: 'partTime',
  keyStaffTurnover: 'low',
  budget: 'partial',
  itCapability: 'basic',
  userAttitude: 'neutral',
  integrationNeeds: 'few',
});

/** Score thresholds of the verdict (before the rules that cap it; see verdict.ts). */
export const THRESHOLDS = { go: 75, goWithCare: 50 } as const;

/** Three or more missing foundations (sponsor, goals, processes, budget, team) mean "wait". */
export const MAX_MISSING_FOUNDATIONS = 2;

/** Dates outside this range are typos. */
export const LIMITS = { plannedStart: PLAN_DATE_RANGE } as const;
