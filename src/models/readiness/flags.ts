import type { ReadinessAnswers, RedFlag, StartCheck } from './types';

/** Red flags in the order the page lists them: what stops a project before what delays it. */
export const RED_FLAGS: readonly RedFlag[] = [
  'newly-founded',
  'expansion',
  'no-sponsor',
  'no-goals',
  'no-processes',
  'no-budget',
  'no-team',
  'key-staff-turnover',
  'year-end',
  'spring-festival',
  'training-before-festival',
  'go-live-near-festival',
];

/** The flags that say a foundation of the project is missing (002, 003); three of them mean "wait". */
export const FOUNDATION_FLAGS: readonly RedFlag[] = ['no-sponsor', 'no-goals', 'no-processes', 'no-budget', 'no-team'];

/** Source documents behind each flag, by code (000-004, numbered for readers in src/site.ts); 002 is a vendor's article. */
export const FLAG_SOURCES: Record<RedFlag, readonly string[]> = {
  'year-end': ['004'],
  'spring-festival': ['004'],
  'training-before-festival': ['004'],
  'go-live-near-festival': ['004'],
  expansion: ['004', '000'],
  'newly-founded': ['004'],
  'key-staff-turnover': ['004'],
  'no-sponsor': ['002', '000'],
  'no-processes': ['002', '003'],
  'no-goals': ['003', '002'],
  'no-budget': ['003', '002'],
  'no-team': ['002', '000'],
};

const TRIGGERS: Record<RedFlag, (a: ReadinessAnswers, start: StartCheck | undefined) => boolean> = {
  'newly-founded': (a) => a.companyStage === 'newlyFounded',
  expansion: (a) => a.companyStage === 'expanding',
  'no-sponsor': (a) => a.executiveSponsor === 'none',
  'no-goals': (a) => a.goalsDefined === 'none',
  'no-processes': (a) => a.processesDefined === 'none',
  'no-budget': (a) => a.budget === 'none',
  'no-team': (a) => a.projectTeam === 'none',
  'key-staff-turnover': (a) => a.keyStaffTurnover === 'high',
  'year-end': (_a, s) => !!s?.yearEnd,
  'spring-festival': (_a, s) => !!s?.springFestival,
  'training-before-festival': (_a, s) => !!s?.findings.some((f) => f.code === 'training-before-festival'),
  'go-live-near-festival': (_a, s) => !!s?.findings.some((f) => f.code === 'go-live-near-festival'),
};

export function findRedFlags(answers: ReadinessAnswers, start: StartCheck | undefined): RedFlag[] {
  return RED_FLAGS.filter((flag) => TRIGGERS[flag](answers, start));
}
