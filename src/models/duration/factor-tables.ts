// The estimator's multipliers laid out as tables, one per answer, a row per possible value and a column
// per phase: what the "How this is calculated" section prints. Read from the same constants the
// estimate uses, so the page cannot describe factors the model does not apply.
import * as A from './assumptions';
import { LEVELS, PHASE_IDS } from './defaults';
import type { PhaseId } from './types';

/** An answer the estimate scales phases by; `agile` is a yes/no box with one row. */
export type FactorField = 'companySize' | 'complexity' | 'digitalMaturity' | 'vendorSupport' | 'internalCommitment' | 'deployment' | 'platform' | 'agile';

export interface FactorRow {
  /** The answer's value as the form stores it (`small`, `3`…); null for the single row of a yes/no box. */
  readonly option: string | null;
  /** Each phase's multiplier; a phase the answer does not change is absent. */
  readonly values: Readonly<Partial<Record<PhaseId, number>>>;
}

export interface FactorTable {
  readonly field: FactorField;
  readonly rows: readonly FactorRow[];
}

const levelRows = (table: A.LevelTable): FactorRow[] =>
  LEVELS.map((level) => ({
    option: String(level),
    values: Object.fromEntries(PHASE_IDS.flatMap((id) => (table[id] ? [[id, table[id][level - 1]]] : []))),
  }));

const choiceRows = (table: Readonly<Record<string, A.PhaseMultipliers>>): FactorRow[] =>
  Object.entries(table).map(([option, values]) => ({ option, values }));

/** Every factor table, in the order the form asks the questions. */
export function factorTables(): FactorTable[] {
  return [
    { field: 'companySize', rows: choiceRows(A.SIZE_FACTORS) },
    { field: 'complexity', rows: levelRows(A.COMPLEXITY_FACTORS) },
    { field: 'digitalMaturity', rows: levelRows(A.MATURITY_FACTORS) },
    { field: 'vendorSupport', rows: levelRows(A.VENDOR_FACTORS) },
    { field: 'internalCommitment', rows: levelRows(A.COMMITMENT_FACTORS) },
    { field: 'deployment', rows: choiceRows(A.DEPLOYMENT_FACTORS) },
    { field: 'platform', rows: choiceRows(A.PLATFORM_FACTORS) },
    { field: 'agile', rows: [{ option: null, values: A.AGILE_FACTORS }] },
  ];
}
