import { PLAN_DATE_RANGE } from '../calendar/date-range';
import type { DurationInput } from './types';

/** Weeks in a month, as the page converts the sources' months (52 / 12, rounded as usual). */
export const WEEKS_PER_MONTH = 4.33;

/**
 * A typical medium company: the profile behind the sources' "3-9 months" (000), so every factor
 * table below is 1.0 here.
 */
export const DEFAULT_DURATION_INPUT: Readonly<DurationInput> = Object.freeze({
  companySize: 'medium',
  complexity: 3,
  digitalMaturity: 3,
  vendorSupport: 3,
  internalCommitment: 3,
  deployment: 'cloud',
  platform: 'saas',
  integrations: 2,
  switchingVendor: false,
  agile: false,
  expanding: false,
  keyStaffTurnover: false,
});

/** Limits the validator enforces. */
export const LIMITS = {
  integrations: { min: 0, max: 20 },
  level: { min: 1, max: 5 },
  startDate: PLAN_DATE_RANGE,
} as const;

export const COMPANY_SIZES = ['small', 'medium', 'large'] as const;
export const DEPLOYMENTS = ['cloud', 'hybrid', 'onPremise'] as const; // least to most set-up work
export const PLATFORMS = ['saas', 'lowCode', 'custom'] as const; // least to most build work
export const LEVELS = [1, 2, 3, 4, 5] as const;
export const PHASE_IDS = ['planning', 'deployment', 'migration', 'training', 'rollout'] as const;
