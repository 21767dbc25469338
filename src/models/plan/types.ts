// The plan page's data shapes. The plan owns no answers of its own: it gathers the four tools' saved
// states and the shared company profile, so one export, one link or one report holds everything.
import type { Profile } from '@/models/profile';
import type { DurationEstimate, DurationInput } from '@/models/duration';
import type { LeadReading, MatrixResult, SelectionState, TcoResult } from '@/models/matrix';
import type { ReadinessAnswers, ReadinessResult } from '@/models/readiness';
import type { KpiSheet, RowResult } from '@/models/kpi';
import type { PLAN_KIND, PLAN_VERSION } from './limits';

export type ToolKey = 'readiness' | 'duration' | 'selection' | 'kpi';
export const TOOL_KEYS: readonly ToolKey[] = ['readiness', 'duration', 'selection', 'kpi'];

/**
 * Everything the visitor has told the site. A tool part is null when that tool has not been used
 * (its state equals the tool's defaults), so "not used" survives an export and a share link.
 */
export interface PlanState {
  profile: Profile;
  /** The answers given so far (possibly partial); the step the visitor was on is navigation, not data. */
  readiness: Partial<ReadinessAnswers> | null;
  duration: DurationInput | null;
  selection: SelectionState | null;
  kpi: KpiSheet | null;
}

// ---- errors ----

/** Why an imported file was refused. Each has its own sentence on the page. */
export const IMPORT_ERROR_CODES = [
  'empty', // nothing in the file
  'too-large', // above MAX_IMPORT_CHARS: not a plan this site wrote
  'too-deep', // nested far deeper than any plan: refused before it is walked
  'truncated', // JSON that stops part-way (an interrupted download or copy)
  'not-json', // not JSON at all (a spreadsheet, a text file)
  'foreign-kind', // JSON, but not a plan file (another tool's file, any other JSON)
  'unsupported-version', // a plan file of a version this page does not know
  'wrong-types', // a plan file whose contents do not have the right types or values
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface PlanError {
  /** `file`, or the path inside the plan that is wrong (`plan.duration.complexity`). */
  field: string;
  code: ImportErrorCode;
}

export type ImportResult = { ok: true; value: PlanFile } | { ok: false; errors: PlanError[] };

/** The JSON file the page exports and imports. `kind` and `version` identify it before anything else is read. */
export interface PlanFile {
  kind: typeof PLAN_KIND;
  version: typeof PLAN_VERSION;
  /** ISO timestamp of the export, shown when importing; informational only. */
  exportedAt: string | null;
  plan: PlanState;
}

// ---- consistency ----

/** Where two tools' answers about the same fact disagree. Each has its own label on the page. */
export const ISSUE_CODES = ['planned-start', 'company-size', 'expansion', 'key-staff', 'commitment', 'platform'] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
export type AnswerSource = 'profile' | 'readiness' | 'duration' | 'selection';
export type IssueValue = string | number | boolean;

export interface IssueChoice {
  value: IssueValue;
  /** Where this value was given. */
  sources: AnswerSource[];
  /** False when the value cannot be written back to every tool (then choosing it means "keep as is"). */
  writable: boolean;
}

/**
 * Two tools disagree (`conflict`), or the estimator lacks an answer another tool already has (`gap`).
 * `signature` identifies the exact values, so a choice to keep them can be remembered.
 */
export interface ConsistencyIssue {
  code: IssueCode;
  kind: 'conflict' | 'gap';
  choices: IssueChoice[];
  signature: string;
}

// ---- next actions ----

export type ActionSource = ToolKey | 'plan';
export type ActionPriority = 0 | 1 | 2 | 3;

export type ActionLink =
  | { kind: 'guide'; slug: string }
  | { kind: 'faq'; id: string }
  | { kind: 'tool'; tool: ToolKey };

export interface NextAction {
  /** Unique within the list, e.g. `readiness:secure-sponsor`, `duration:year-end:training`. */
  key: string;
  source: ActionSource;
  /** What to say: a readiness action code, a duration warning key, or one of the plan's own codes. */
  code: string;
  /** 0 clears a blocker or a calendar risk, 1 fills something missing, 2 strengthens, 3 next steps. */
  priority: ActionPriority;
  link: ActionLink;
  /** Values for the sentence's placeholders (counts, KPI ids). */
  vars?: Record<string, string | number>;
  /** Other tools that raised the same point, merged into this one. */
  also?: ActionSource[];
}

// ---- the report ----

export interface ReadinessPart {
  answers: Partial<ReadinessAnswers>;
  answered: number;
  total: number;
  result: ReadinessResult | null;
}

export interface DurationPart {
  input: DurationInput;
  estimate: DurationEstimate;
  /** The day by which the project ends with 80% probability, when a start date is given. */
  p80Date: string | null;
}

export interface SelectionPart {
  state: SelectionState;
  matrix: MatrixResult;
  /** Over the years the visitor chose in the selection tool; the brief and the appendix both show it. */
  tco: TcoResult;
  /** Whose weights, the margin, and whether one plausible change would flip the leader. */
  lead: LeadReading;
  /** The winner's option id, or null when the top two are too close to call. */
  ahead: string | null;
}

export interface KpiPart {
  sheet: KpiSheet;
  rows: RowResult[];
  counts: { total: number; valid: number; incomplete: number; yes: number; stretch: number; unlikely: number };
}

export interface PlanReport {
  today: string;
  used: Record<ToolKey, boolean>;
  readiness: ReadinessPart | null;
  duration: DurationPart | null;
  selection: SelectionPart | null;
  kpi: KpiPart | null;
  issues: ConsistencyIssue[];
  actions: NextAction[];
  /** The first three actions that answer a risk, for the brief's first page. */
  risks: NextAction[];
}
