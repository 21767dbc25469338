// Types of the KPI builder's model. The model is pure: numbers and ISO dates in, numbers and codes out.
// Human-readable text (KPI names, definitions, formulas, messages) lives in src/i18n/tools/kpi.ts, keyed by
// the ids and codes defined here, so both languages say exactly the same thing.

export type KpiUnit = 'percent' | 'score' | 'days' | 'hours' | 'currency' | 'count';
export type KpiCategory = 'sales' | 'marketing' | 'service' | 'relationship' | 'operations' | 'adoption';
export type KpiDirection = 'increase' | 'decrease';
export type Horizon = 'short' | 'mid' | 'long';

export interface KpiDefinition {
  id: string;
  category: KpiCategory;
  unit: KpiUnit;
  direction: KpiDirection;
  /** Lowest and highest values the measure can take (percent 0-100, NPS -100..100, counts >= 0). */
  min?: number;
  max?: number;
  /**
   * The sources' example target. `relative` is a signed fraction of the baseline (0.15 = +15 %),
   * `absolute` a value to reach (FCR 85), `days` a signed change in days (-10 = ten days shorter).
   */
  exampleTarget?: { relative?: number; absolute?: number; days?: number };
  /** Source document file name the KPI or its example target comes from. */
  source?: string;
  /** Where 003 places this kind of goal (short: adoption; mid: complaints, conversion; long: satisfaction). */
  typicalHorizon?: Horizon;
}

export interface KpiInput {
  kpiId: string;
  baseline: number;
  target: number;
  deadline: string; // YYYY-MM-DD
  today?: string; // YYYY-MM-DD; defaults to the runtime's local date
  owner?: string;
  dataSource?: string;
  goal?: string; // the business goal the KPI serves
}

export type Attainability = 'yes' | 'stretch' | 'unlikely';

/** Why a SMART letter passed or failed; the page turns each code into a sentence. */
export type SmartReason =
  | 'defined-metric'
  | 'custom-metric'
  | 'no-owner'
  | 'has-baseline-and-source'
  | 'no-data-source'
  | 'pace-ok'
  | 'pace-stretch'
  | 'pace-too-fast'
  | 'zero-baseline'
  | 'has-goal'
  | 'no-goal'
  | 'has-deadline'
  | 'too-far';

export interface AttainabilityDetail {
  verdict: Attainability;
  /** Size of the change on the KPI's own scale (log-odds for bounded rates, log-ratio otherwise). */
  effort: number;
  /** Effort per effective month, the number compared with the thresholds. */
  pace: number;
  /** Pace that is still comfortably attainable for this KPI, and the most that is a stretch. */
  comfortablePace: number;
  stretchPace: number;
  /** Calendar months after which this change would be comfortable / a stretch; null when not judgeable. */
  monthsComfortable: number | null;
  monthsStretch: number | null;
  /** True when the baseline sits at the floor of the scale, so growth cannot be judged as a ratio. */
  zeroBaseline: boolean;
}

export interface KpiEvaluation {
  change: { absolute: number; relative: number | null }; // relative is a signed fraction; null when baseline is 0
  months: number; // today -> deadline, calendar months with a fractional part
  horizon: Horizon; // <= 3, <= 12, > 12 months
  smart: {
    specific: boolean;
    measurable: boolean;
    attainable: Attainability;
    relevant: boolean;
    timeBound: boolean;
  };
  /** One reason code per SMART letter, for the badges' explanations. */
  reasons: {
    specific: SmartReason;
    measurable: SmartReason;
    attainable: SmartReason;
    relevant: SmartReason;
    timeBound: SmartReason;
  };
  attainability: AttainabilityDetail;
  milestones: { date: string; value: number }[]; // one per month to the deadline; the last is the deadline
}

export type KpiField = 'input' | 'kpiId' | 'baseline' | 'target' | 'deadline' | 'today' | 'owner' | 'dataSource' | 'goal';

export type KpiErrorCode =
  | 'missing'
  | 'unknown-kpi'
  | 'not-a-number'
  | 'out-of-range'
  | 'no-change'
  | 'wrong-direction'
  | 'deadline-past'
  | 'not-a-date'
  | 'not-text'
  | 'too-long';

export interface KpiError {
  field: KpiField;
  code: KpiErrorCode;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: KpiError[] };
