import type { DurationInput } from '@/models/duration/types';
import type { TimingFinding } from '@/models/timing';
// The readiness self-assessment's public contract. Other tools and the plan page rely on it.

export type Dimension = 'strategy' | 'process' | 'data' | 'people' | 'timing' | 'technology';

export interface ReadinessAnswers {
  goalsDefined: 'smart' | 'vague' | 'none';
  executiveSponsor: 'active' | 'nominal' | 'none';
  processesDefined: 'documented' | 'partly' | 'none';
  companyStage: 'stable' | 'expanding' | 'newlyFounded';
  dataState: 'clean' | 'scattered' | 'paper'; // scattered: Excel, WeChat, notebooks
  projectTeam: 'crossFunctional' | 'itOnly' | 'none';
  keyUsersAvailable: 'dedicated' | 'partTime' | 'none';
  keyStaffTurnover: 'low' | 'high';
  budget: 'approved' | 'partial' | 'none';
  itCapability: 'strong' | 'basic' | 'none';
  userAttitude: 'eager' | 'neutral' | 'resistant';
  integrationNeeds: 'none' | 'few' | 'many';
  plannedStart?: string; // YYYY-MM-DD
}

/** The twelve multiple-choice questions (everything but the optional date). */
export type QuestionId = Exclude<keyof ReadinessAnswers, 'plannedStart'>;
export type AnswerField = keyof ReadinessAnswers;

export type RedFlag =
  | 'year-end'
  | 'spring-festival'
  | 'training-before-festival'
  | 'go-live-near-festival'
  | 'expansion'
  | 'newly-founded'
  | 'key-staff-turnover'
  | 'no-sponsor'
  | 'no-processes'
  | 'no-goals'
  | 'no-budget'
  | 'no-team';

export type Verdict = 'go' | 'go-with-care' | 'wait';

/** Slugs of the guides an action can point to (URL `/<locale>/guides/<slug>/`). */
export type GuideSlug =
  | 'implementation-timeline'
  | 'preparation'
  | 'launch-framework'
  | 'department-pain-points'
  | 'setting-kpis'
  | 'choosing-software'
  | 'data-migration'
  | 'team-and-training'
  | 'why-projects-fail'
  | 'when-not-to-start'
  | 'case-studies';

export type ActionCode =
  | 'postpone-until-stable'
  | 'start-after-festival'
  | 'secure-sponsor'
  | 'set-smart-goals'
  | 'map-pain-points'
  | 'define-processes'
  | 'secure-budget'
  | 'form-project-team'
  | 'two-key-users-per-department'
  | 'free-key-users'
  | 'limit-scope-while-growing'
  | 'clean-data'
  | 'prepare-users'
  | 'plan-integrations'
  | 'choose-mature-product'
  | 'start-with-mvp'
  | 'estimate-duration'
  | 'learn-from-failures'
  | 'read-case-studies';

/** What the calendar check found; present when a start date (planned, or today) was known. */
export interface StartCheck {
  start: string; // the date checked, YYYY-MM-DD
  basis: 'planned' | 'today';
  inPast: boolean; // a planned start before `today`
  yearEnd: boolean; // starts in December
  springFestival: boolean; // the first month runs into the festival break
  festival: { newYearsDay: string; start: string; end: string } | null; // the break that matters
  suggestedStart: string | null; // the earliest start that clears every finding, when there is one
  /** The shared timing assessment's findings (the estimator reports the same ones). */
  findings: TimingFinding[];
  /**
   * Present when the visitor's saved estimator answers placed training and go-live: those of them
   * that differ from a typical company's (empty when none do).
   */
  fromEstimator?: Partial<DurationInput>;
}

export interface ReadinessResult {
  score: number; // 0-100
  dimensions: Record<Dimension, number>; // 0-100 each
  verdict: Verdict;
  redFlags: { code: RedFlag }[];
  actions: { code: string; guide?: string }[]; // most important first; guide = slug of the guide
  /** Extra detail for the page (dates for the timing flags); not needed to use the result. */
  startCheck?: StartCheck;
  /** Why the verdict is what it is, most decisive first (see verdict.ts). */
  verdictReasons: VerdictReason[];
}

export type VerdictReason =
  | 'unsettled-company' // expanding or newly founded with processes not documented: wait
  | 'missing-foundations' // three or more of sponsor, goals, processes, budget, team missing: wait
  | 'low-score' // score below the "go with care" threshold
  | 'red-flags' // at least one red flag caps the verdict at "go with care"
  | 'middling-score' // score below the "go" threshold
  | 'all-clear'; // score high and no flag

export type ValidationCode = 'missing' | 'unknown-option' | 'not-a-date';

export interface ValidationError {
  field: AnswerField;
  code: ValidationCode;
}

export type ValidationResult =
  | { ok: true; value: ReadinessAnswers }
  | { ok: false; errors: ValidationError[] };
