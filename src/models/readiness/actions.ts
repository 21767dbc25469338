import { isUnsettled } from './verdict';
import type { ActionCode, GuideSlug, ReadinessAnswers, RedFlag, Verdict } from './types';

/**
 * Urgency of an action: 0 it clears a red flag or the reason to wait, 1 it fills something missing,
 * 2 it strengthens something weak, 3 a next step for any project. Null: the action does not apply.
 */
type Tier = 0 | 1 | 2 | 3;

interface Context {
  answers: ReadinessAnswers;
  flags: readonly RedFlag[];
  verdict: Verdict;
}

interface ActionRule {
  code: ActionCode;
  guide: GuideSlug;
  tier: (c: Context) => Tier | null;
}

const has = (c: Context, flag: RedFlag) => c.flags.includes(flag);

/** Catalogue order breaks ties within a tier, so the result is stable and explainable. */
export const ACTION_RULES: readonly ActionRule[] = [
  { code: 'postpone-until-stable', guide: 'when-not-to-start', tier: (c) => (isUnsettled(c.answers) ? 0 : null) },
  {
    code: 'start-after-festival',
    guide: 'when-not-to-start',
    tier: (c) => (['year-end', 'spring-festival', 'training-before-festival', 'go-live-near-festival'].some((f) => has(c, f as RedFlag)) ? 0 : null),
  },
  {
    code: 'secure-sponsor',
    guide: 'team-and-training',
    tier: (c) => ({ none: 0, nominal: 2, active: null })[c.answers.executiveSponsor] as Tier | null,
  },
  {
    code: 'set-smart-goals',
    guide: 'setting-kpis',
    tier: (c) => ({ none: 0, vague: 2, smart: null })[c.answers.goalsDefined] as Tier | null,
  },
  {
    code: 'map-pain-points',
    guide: 'department-pain-points',
    tier: (c) => (c.answers.goalsDefined === 'none' ? 1 : null),
  },
  {
    code: 'define-processes',
    guide: 'preparation',
    tier: (c) => ({ none: 0, partly: 2, documented: null })[c.answers.processesDefined] as Tier | null,
  },
  {
    code: 'secure-budget',
    guide: 'choosing-software',
    tier: (c) => ({ none: 0, partial: 2, approved: null })[c.answers.budget] as Tier | null,
  },
  {
    code: 'form-project-team',
    guide: 'team-and-training',
    tier: (c) => ({ none: 0, itOnly: 1, crossFunctional: null })[c.answers.projectTeam] as Tier | null,
  },
  {
    code: 'two-key-users-per-department',
    guide: 'when-not-to-start',
    tier: (c) => (c.answers.keyStaffTurnover === 'high' ? 0 : null),
  },
  {
    code: 'free-key-users',
    guide: 'team-and-training',
    tier: (c) => ({ none: 1, partTime: 2, dedicated: null })[c.answers.keyUsersAvailable] as Tier | null,
  },
  {
    code: 'limit-scope-while-growing',
    guide: 'launch-framework',
    tier: (c) => (c.answers.companyStage !== 'stable' && !isUnsettled(c.answers) ? 0 : null),
  },
  {
    code: 'clean-data',
    guide: 'data-migration',
    tier: (c) => ({ paper: 1, scattered: 2, clean: null })[c.answers.dataState] as Tier | null,
  },
  {
    code: 'prepare-users',
    guide: 'team-and-training',
    tier: (c) => ({ resistant: 1, neutral: 2, eager: null })[c.answers.userAttitude] as Tier | null,
  },
  {
    code: 'plan-integrations',
    guide: 'data-migration',
    tier: (c) => (c.answers.integrationNeeds === 'many' ? 2 : null),
  },
  {
    code: 'choose-mature-product',
    guide: 'choosing-software',
    tier: (c) => ({ none: 1, basic: 2, strong: null })[c.answers.itCapability] as Tier | null,
  },
  { code: 'start-with-mvp', guide: 'launch-framework', tier: (c) => (c.verdict === 'wait' ? null : 3) },
  { code: 'estimate-duration', guide: 'implementation-timeline', tier: (c) => (c.verdict === 'wait' ? null : 3) },
  { code: 'learn-from-failures', guide: 'why-projects-fail', tier: (c) => (c.verdict === 'go' ? null : 3) },
  { code: 'read-case-studies', guide: 'case-studies', tier: (c) => (c.verdict === 'wait' ? 3 : null) },
];

/** The actions that apply, most urgent first. */
export function chooseActions(c: Context): { code: ActionCode; guide: GuideSlug }[] {
  return ACTION_RULES.map((rule, index) => ({ rule, index, tier: rule.tier(c) }))
    .filter((x): x is { rule: ActionRule; index: number; tier: Tier } => x.tier !== null && x.tier !== undefined)
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ rule }) => ({ code: rule.code, guide: rule.guide }));
}
