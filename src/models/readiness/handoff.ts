import type { DurationInput } from '@/models/duration/types';
import { companyDurationFields, type CompanyContext } from '@/models/profile/duration-fields';
export type { CompanyContext } from '@/models/profile/duration-fields';
import { pointsFor } from './questions';
import type { ReadinessAnswers } from './types';

/** What the duration estimator can take over from the readiness answers (its own field names). */
export interface DurationHints {
  internalCommitment: 1 | 2 | 3 | 4 | 5;
  digitalMaturity: 1 | 2 | 3 | 4 | 5;
  integrations: number;
  expanding: boolean;
  keyStaffTurnover: boolean;
  plannedStart?: string;
}

/**
 * The estimator's digital maturity runs from 1 (paper and spreadsheets) to 5 (ERP in place, clean
 * master data). Customer data on paper is the bottom; data scattered over Excel, WeChat and notebooks
 * is one step up; clean, central data is high, though it says nothing about an ERP, so not the top.
 */
const MATURITY: Record<ReadinessAnswers['dataState'], DurationHints['digitalMaturity']> = { paper: 1, scattered: 2, clean: 4 };

/** Systems to connect: none; a few (the estimator's own baseline of two); many (the count at which it warns). */
const INTEGRATIONS: Record<ReadinessAnswers['integrationNeeds'], number> = { none: 0, few: 2, many: 6 };

/**
 * The estimator's "internal commitment" runs from 1 (no sponsor, part-time people) to 5 (an executive
 * sponsor and dedicated key users). The three answers that describe exactly that are averaged on
 * their 0-1 points and spread over the five levels.
 */
export function commitmentLevel(answers: Pick<ReadinessAnswers, 'executiveSponsor' | 'projectTeam' | 'keyUsersAvailable'>): DurationHints['internalCommitment'] {
  const mean =
    (pointsFor('executiveSponsor', answers.executiveSponsor) +
      pointsFor('projectTeam', answers.projectTeam) +
      pointsFor('keyUsersAvailable', answers.keyUsersAvailable)) /
    3;
  return (1 + Math.round(mean * 4)) as DurationHints['internalCommitment'];
}

/**
 * The estimator's fields the hand-off sets (everything but the start date), in its own field names:
 * what the readiness self-assessment schedules with and what it writes into the estimator. The
 * profile's size and current tools refine them (see `companyDurationFields`).
 */
export function handedOffInput(hints: DurationHints, company: CompanyContext = {}): Partial<DurationInput> {
  return {
    internalCommitment: hints.internalCommitment,
    expanding: hints.expanding,
    keyStaffTurnover: hints.keyStaffTurnover,
    ...companyDurationFields({ digitalMaturity: hints.digitalMaturity, integrations: hints.integrations }, company),
  };
}

/** A newly founded company counts as expanding: both have unsettled processes and busy people (004). */
export function durationHints(answers: ReadinessAnswers): DurationHints {
  const hints: DurationHints = {
    internalCommitment: commitmentLevel(answers),
    digitalMaturity: MATURITY[answers.dataState],
    integrations: INTEGRATIONS[answers.integrationNeeds],
    expanding: answers.companyStage !== 'stable',
    keyStaffTurnover: answers.keyStaffTurnover === 'high',
  };
  if (answers.plannedStart) hints.plannedStart = answers.plannedStart;
  return hints;
}
