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

/** Source documents behind each flag (file names in shared/seeds/); 002 is a vendor's article. */
export const FLAG_SOURCES: Record<RedFlag, readonly string[]> = {
  'year-end': ['004_0112ec1d79df2bcd.txt'],
  'spring-festival': ['004_0112ec1d79df2bcd.txt'],
  'training-before-festival': ['004_0112ec1d79df2bcd.txt'],
  'go-live-near-festival': ['004_0112ec1d79df2bcd.txt'],
  expansion: ['004_0112ec1d79df2bcd.txt', '000_d50f515de8d68d88.txt'],
  'newly-founded': ['004_0112ec1d79df2bcd.txt'],
  'key-staff-turnover': ['004_0112ec1d79df2bcd.txt'],
  'no-sponsor': ['002_76d9076d0f9a95e4.txt', '000_d50f515de8d68d88.txt'],
  'no-processes': ['002_76d9076d0f9a95e4.txt', '003_808cb5031f8bda0b.txt'],
  'no-goals': ['003_808cb5031f8bda0b.txt', '002_76d9076d0f9a95e4.txt'],
  'no-budget': ['003_808cb5031f8bda0b.txt', '002_76d9076d0f9a95e4.txt'],
  'no-team': ['002_76d9076d0f9a95e4.txt', '000_d50f515de8d68d88.txt'],
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
