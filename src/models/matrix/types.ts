// The selection matrix's data shapes. Numbers in, numbers out: labels, sentences and formatting belong to
// the view, so the same model runs at build time (the no-JavaScript default) and in the browser.

export const CRITERION_IDS = [
  'process-fit',
  'extensibility',
  'integration',
  'time-to-value',
  'total-cost',
  'vendor-support',
  'usability',
  'security-compliance',
  'local-ecosystem',
  'data-control',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export interface Criterion {
  id: CriterionId;
  /** Weight in the neutral default; every criterion starts equal so no option is favoured. */
  defaultWeight: number;
  /** Source document file names the criterion comes from, comma-separated. */
  source?: string;
}

export interface MatrixOption {
  id: string;
  label?: string;
  /** criterion id -> 1..5 */
  scores: Record<string, number>;
}

export interface MatrixInput {
  /** criterion id -> weight >= 0, any scale */
  weights: Record<string, number>;
  options: MatrixOption[];
}

export interface Sensitivity {
  criterionId: string;
  /** Weight of this criterion (others unchanged, same scale as the input) at which the top two tie. */
  weightToFlip: number | null;
  /** The same point as this criterion's share of all weight, in percent (0-100). */
  shareToFlip: number | null;
  /** Whether the weight must rise or fall to reach the tie. */
  direction: 'up' | 'down' | null;
  /** Which of the top two gains when this criterion weighs more; null when they score it the same. */
  favours: string | null;
}

export interface MatrixResult {
  /** option id -> 0..100: weighted mean score mapped from 1..5 */
  totals: Record<string, number>;
  /** best first; equal totals keep the input order */
  ranking: string[];
  /** null when the top two are within TIE_MARGIN points */
  winner: string | null;
  /** top minus second, points */
  margin: number;
  /** option -> criterion -> points; an option's points add up to its total */
  contributions: Record<string, Record<string, number>>;
  sensitivity: Sensitivity[];
  /** criterion id -> share of all weight in percent */
  shares: Record<string, number>;
}

export interface TcoOption {
  id: string;
  licensePerUserPerMonth: number;
  /** one-off, year 1 */
  implementation: number;
  /** per year */
  annualMaintenance: number;
  /** one-off per user, year 1 */
  trainingPerUser: number;
}

export interface TcoInput {
  users: number;
  years: number;
  options: TcoOption[];
}

export interface TcoBreakdown {
  licenses: number;
  implementation: number;
  maintenance: number;
  training: number;
}

export interface TcoOptionResult {
  id: string;
  total: number;
  /** cost falling in each year, year 1 first */
  byYear: number[];
  /** running total at the end of each year */
  cumulative: number[];
  breakdown: TcoBreakdown;
}

export interface TcoResult {
  options: TcoOptionResult[];
}

export interface FieldError {
  field: string;
  code: MatrixErrorCode;
}

/** Why a matrix field was refused. Each has its own message in both locales. */
export const MATRIX_ERROR_CODES = [
  'missing',
  'wrong-type',
  'not-a-number',
  'not-a-whole-number',
  'out-of-range',
  'no-weights',
  'too-few-options',
  'too-many-options',
  'duplicate-option',
  'unknown-criterion',
  'invalid-id',
  'too-long',
] as const;
export type MatrixErrorCode = (typeof MATRIX_ERROR_CODES)[number];

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
