/** The four timing rules (see assess.ts). */
export type TimingCode = 'december-start' | 'first-month-festival' | 'training-before-festival' | 'go-live-near-festival';

/** A Spring Festival break: the festival's date and the days off planned around it. */
export interface FestivalBreak { newYearsDay: string; start: string; end: string }

export interface TimingFinding {
  code: TimingCode;
  /** The project phase concerned: kick-off (planning), training, or the rollout that ends at go-live. */
  phase: 'planning' | 'training' | 'rollout';
  /** The dates of that phase (or day) that meet the rule, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** The break the finding is about (for a December start, the one that follows). */
  festival: FestivalBreak | null;
}

/**
 * Where training and go-live fall, as working days of the project numbered from 0 (the first working
 * day on or after the start); training inclusive on both ends.
 */
export interface SchedulePoints { trainingStart: number; trainingEnd: number; goLive: number }

export interface TimingAssessment {
  start: string;
  findings: TimingFinding[];
  /** The earliest later start, a working day, with no finding, when the start has one. */
  suggestedStart: string | null;
}
