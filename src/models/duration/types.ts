import type { FestivalBreak, SchedulePoints, TimingAssessment, TimingCode } from '@/models/timing';
import type { HolidayInPeriod, ScheduleBasis } from '@/models/calendar';
// The duration estimator's public contract. Other tools and the plan page rely on it.

export type Level = 1 | 2 | 3 | 4 | 5;
export type CompanySize = 'small' | 'medium' | 'large';
export type Deployment = 'cloud' | 'onPremise' | 'hybrid';
export type Platform = 'saas' | 'lowCode' | 'custom';

export interface DurationInput {
  companySize: CompanySize; // < 100, 100-999, >= 1000 employees
  complexity: Level; // 1 one product line, one site ... 5 many units, sites or countries
  digitalMaturity: Level; // 1 paper and spreadsheets ... 5 ERP/SCM in place, clean master data
  vendorSupport: Level; // 1 little help ... 5 experienced implementation team
  internalCommitment: Level; // 1 no sponsor, part-time people ... 5 executive sponsor, dedicated key users
  deployment: Deployment;
  platform: Platform;
  integrations: number; // other systems to connect (ERP, finance, OA, WeCom...), 0-20
  switchingVendor: boolean; // replacing an existing CRM
  agile: boolean; // MVP first, then iterations
  expanding?: boolean; // company in rapid expansion
  keyStaffTurnover?: boolean; // turnover peak expected during the project
  startDate?: string; // YYYY-MM-DD
}

export type PhaseId = 'planning' | 'deployment' | 'migration' | 'training' | 'rollout';

export interface PhaseEstimate {
  id: PhaseId;
  lowWeeks: number;
  likelyWeeks: number;
  highWeeks: number;
  startWeek: number; // offset from project start; phases may overlap
  /** When dated: the first day (the chosen start for the first phase, a working day for the others). */
  startDate?: string;
  /** When dated: the last day, always a working day. */
  endDate?: string;
  /**
   * When dated: the public holidays on this phase's stretch of the way to go-live, with the working
   * days each takes there. Each day a holiday takes is noted on one phase only (where deployment and
   * migration overlap, on the one that ends later), so the notes add up to `calendar.holidays`.
   */
  holidays?: HolidayInPeriod[];
}

export type WarningCode =
  | TimingCode
  | 'switching-vendor'
  | 'expansion'
  | 'key-staff'
  | 'low-commitment'
  | 'many-integrations';

export interface DurationWarning {
  code: WarningCode;
  phase?: PhaseId;
  /** For a timing finding: the Spring Festival break it is about. */
  festival?: FestivalBreak;
}

export interface DurationTotal {
  lowWeeks: number;
  likelyWeeks: number;
  highWeeks: number;
  p50Weeks: number;
  p80Weeks: number;
}

export interface DurationEstimate {
  phases: PhaseEstimate[]; // all five, in order
  total: DurationTotal;
  firstReleaseWeeks?: number; // when agile: first usable release
  firstReleaseDate?: string; // when agile and dated
  /** When dated: the last working day of the rollout. */
  goLiveDate?: string;
  /** When dated: the 80% date (the project is live by then in 80% of simulated runs), a working day. */
  p80Date?: string;
  /**
   * When dated: every holiday break from the start to go-live that takes working days, and whether
   * the dates (the 80% date included) rest on a published schedule or a projected one.
   */
  calendar?: { holidays: HolidayInPeriod[]; basis: ScheduleBasis };
  /** When startDate was given: the shared timing assessment (findings and the earliest clear start). */
  timing?: TimingAssessment;
  /** When the timing advice suggests a later start (a working day): the likely go-live for that start. */
  suggestedGoLiveDate?: string;
  /** Where training and go-live fall, in working days from the start, on the likely schedule. */
  points: SchedulePoints;
  warnings: DurationWarning[];
}

export type DurationField = keyof DurationInput;

export type ValidationCode =
  | 'not-an-object'
  | 'missing'
  | 'unknown-option'
  | 'not-a-number'
  | 'not-a-whole-number'
  | 'out-of-range'
  | 'not-a-boolean'
  | 'not-a-date';

export interface ValidationError {
  field: DurationField | 'input';
  code: ValidationCode;
}

export type ValidationResult =
  | { ok: true; value: DurationInput }
  | { ok: false; errors: ValidationError[] };

/** A three-point range in weeks. */
export interface Range3 {
  low: number;
  likely: number;
  high: number;
}
