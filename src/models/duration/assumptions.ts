/**
 * Every number the estimator uses, in one place, so the page's "how this is calculated" section
 * renders these same tables and the two can never disagree.
 *
 * Base ranges come from the sources (000 gives each phase in months). The factor multipliers are
 * editorial: the sources name the factors and their direction, not their size. We sized them so
 * that the estimator reproduces the sources' own end-to-end figures (see the unit tests):
 * small company 1-3 months (000, 001), typical company 3-9 months (000), large company 6 months or
 * more (001), switching vendors +1-3 months (000), training and pilot about one month (000).
 */
import type { CompanySize, Deployment, PhaseId, Platform, Range3 } from './types';
import { WEEKS_PER_MONTH as M } from './defaults';

const r3 = (low: number, likely: number, high: number): Range3 => ({ low, likely, high });

/** The typical medium company's phases, in weeks. */
export const BASE_RANGES: Readonly<Record<PhaseId, Range3 & { source: string }>> = {
  // 000: planning, requirements and selection take 1-2 months.
  planning: { ...r3(1 * M, 1.5 * M, 2 * M), source: '000' },
  // 000: deployment and configuration take 1-3 months.
  deployment: { ...r3(1 * M, 2 * M, 3 * M), source: '000' },
  // 000: data migration and integration take 1-3 months.
  migration: { ...r3(1 * M, 2 * M, 3 * M), source: '000' },
  // 000: role-based training followed by a pilot, about one month.
  training: { ...r3(3, 1 * M, 6), source: '000' },
  // 000 gives no figure for the company-wide rollout (optimisation after it has no end date);
  // 2-4 weeks of switch-over and close support is our editorial assumption.
  rollout: { ...r3(2, 3, 1 * M), source: 'editorial' },
};

/**
 * Migration runs alongside deployment: it starts once this share of the deployment is done
 * (fields and objects must exist before data can be loaded into them).
 */
export const MIGRATION_START_SHARE = 0.5;

/** No phase is stretched beyond this multiple of its base: past it, projects get re-scoped. */
export const MAX_MULTIPLIER = 2.5;

/** No phase is shorter than this many weeks, however favourable the factors. */
export const MIN_PHASE_WEEKS = 0.5;

export type PhaseMultipliers = Readonly<Partial<Record<PhaseId, number>>>;

/** Per level 1..5 (index 0..4), the multiplier on each phase it affects. Level 3 is neutral. */
export type LevelTable = Readonly<Partial<Record<PhaseId, readonly [number, number, number, number, number]>>>;

export const SIZE_FACTORS: Readonly<Record<CompanySize, PhaseMultipliers>> = {
  // 000, 001: small companies decide fast and have little data; large ones coordinate many parties.
  small: { planning: 0.5, deployment: 0.55, migration: 0.5, training: 0.6, rollout: 0.5 },
  medium: {},
  large: { planning: 1.4, deployment: 1.3, migration: 1.3, training: 1.4, rollout: 1.8 },
};

// 000: more business lines, sites and processes mean more requirements, configuration and rollout.
export const COMPLEXITY_FACTORS: LevelTable = {
  planning: [0.75, 0.88, 1, 1.15, 1.3],
  deployment: [0.75, 0.88, 1, 1.15, 1.3],
  migration: [0.85, 0.93, 1, 1.08, 1.15],
  training: [0.9, 0.95, 1, 1.07, 1.15],
  rollout: [0.8, 0.9, 1, 1.15, 1.3],
};

// 000: with ERP/SCM and clean data the CRM plugs in; from paper and Excel, processes and records
// must first be digitised.
export const MATURITY_FACTORS: LevelTable = {
  planning: [1.2, 1.1, 1, 0.95, 0.9],
  deployment: [1.15, 1.07, 1, 0.95, 0.9],
  migration: [1.5, 1.2, 1, 0.85, 0.7],
};

// 000: an experienced implementation team prevents technical stalls.
export const VENDOR_FACTORS: LevelTable = {
  deployment: [1.35, 1.15, 1, 0.9, 0.8],
  migration: [1.15, 1.07, 1, 0.95, 0.9],
  training: [1.2, 1.1, 1, 0.95, 0.9],
};

// 000: executive sponsorship and engaged departments speed every phase; buck-passing slows all.
export const COMMITMENT_FACTORS: LevelTable = {
  planning: [1.3, 1.12, 1, 0.93, 0.85],
  deployment: [1.3, 1.12, 1, 0.93, 0.85],
  migration: [1.3, 1.12, 1, 0.93, 0.85],
  training: [1.3, 1.12, 1, 0.93, 0.85],
  rollout: [1.3, 1.12, 1, 0.93, 0.85],
};

// 000: servers, network and security policies add set-up work on premise; hybrid must connect both.
export const DEPLOYMENT_FACTORS: Readonly<Record<Deployment, PhaseMultipliers>> = {
  cloud: {},
  hybrid: { deployment: 1.2, migration: 1.05 },
  onPremise: { deployment: 1.35, migration: 1.1 },
};

// 002: heavily customised CRM takes 6-12 months or longer. 002 (a no-code vendor) also claims a
// no-code MVP in weeks; we apply that only to the first release, not to the whole project.
export const PLATFORM_FACTORS: Readonly<Record<Platform, PhaseMultipliers>> = {
  saas: {},
  lowCode: { planning: 1.05, deployment: 1.15 },
  custom: { planning: 1.3, deployment: 1.9, migration: 1.1, training: 1.15 },
};

/**
 * Integrations beyond the typical two add work to deployment and migration. Beyond four, further
 * interfaces count half, since they are usually built in parallel.
 */
export const INTEGRATIONS = {
  baseline: 2,
  parallelAfter: 4,
  parallelWeight: 0.5,
  perIntegration: { deployment: 0.08, migration: 0.06 } as PhaseMultipliers,
  warnAtOrAbove: 6,
};

// 000: agile iterations shorten the overall cycle; an MVP needs less up-front detail.
export const AGILE_FACTORS: PhaseMultipliers = { planning: 0.8, deployment: 0.9, rollout: 0.9 };

/**
 * Risks add a little to the likely duration and more to the pessimistic one.
 * 000, 004: rapid expansion brings staff churn, changing processes and exploding data.
 * 004: losing a key user mid-project hurts, the more so the later it happens.
 */
export const RISK_FACTORS = {
  expanding: {
    likely: { planning: 1.1, deployment: 1.1, migration: 1.1, training: 1.1, rollout: 1.1 } as PhaseMultipliers,
    high: { planning: 1.3, deployment: 1.3, migration: 1.3, training: 1.3, rollout: 1.3 } as PhaseMultipliers,
  },
  keyStaffTurnover: {
    likely: { migration: 1.05, training: 1.1, rollout: 1.1 } as PhaseMultipliers,
    high: { migration: 1.2, training: 1.35, rollout: 1.35 } as PhaseMultipliers,
  },
};

/**
 * 000: switching from one CRM vendor to another takes 1-3 months longer: requirements are
 * re-mapped to the new product and data converted between two systems' formats. Added weeks.
 */
export const SWITCHING_EXTRA_WEEKS: Readonly<Partial<Record<PhaseId, Range3>>> = {
  planning: r3(1, 1.5, 3),
  migration: r3(1 * M - 1, 5, 3 * M - 3),
};

/** Warn about low commitment at or below this level (004, 002: no sponsor, part-time people). */
export const LOW_COMMITMENT_AT_OR_BELOW = 2;

/**
 * Agile first release: enough planning to scope an MVP, a first slice of configuration and data,
 * and a short pilot. 002's claim of a no-code MVP in weeks shows up as the low-code factor.
 */
export const FIRST_RELEASE = {
  planningShare: 0.6,
  buildShare: 0.35,
  pilotWeeks: 2,
  lowCodeBuildFactor: 0.7,
};

/**
 * Monte Carlo settings: a fixed seed so the same input always gives the same p50 and p80; the
 * share of phases that follow the project's common pace (see simulate.ts) is editorial.
 */
export const SIMULATION = { runs: 2000, seed: 0x5eed_c0de, sharedPace: 0.6 };
