import { describe, expect, it } from 'vitest';
import { springFestivalHoliday, addDays } from '@/models/calendar';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  assessReadiness,
  BEST_ANSWERS,
  WORST_ANSWERS,
  EXAMPLE_ANSWERS,
  FLAG_SOURCES,
  RED_FLAGS,
  ACTION_RULES,
  type ReadinessAnswers,
} from '@/models/readiness';

const best = (patch: Partial<ReadinessAnswers> = {}): ReadinessAnswers => ({ ...BEST_ANSWERS, ...patch });
const flagsOf = (a: ReadinessAnswers, today?: string) => assessReadiness(a, today).redFlags.map((f) => f.code);
const actionsOf = (a: ReadinessAnswers, today?: string) => assessReadiness(a, today).actions.map((x) => x.code);

describe('the extremes', () => {
  it('the best answer everywhere gives "go" with a score of at least 85', () => {
    const r = assessReadiness(BEST_ANSWERS);
    expect(r.verdict).toBe('go');
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.redFlags).toEqual([]);
    expect(r.verdictReasons).toEqual(['all-clear']);
  });

  it('the best answers with a well-timed start (mid-March) are still "go"', () => {
    const r = assessReadiness(best({ plannedStart: '2026-03-16' }));
    expect(r.verdict).toBe('go');
    expect(r.score).toBe(100);
  });

  it('the worst answer everywhere gives "wait" with a score of at most 25', () => {
    const r = assessReadiness(WORST_ANSWERS);
    expect(r.verdict).toBe('wait');
    expect(r.score).toBeLessThanOrEqual(25);
  });

  it('the worst answers with a December start stay "wait" and add the year-end flag', () => {
    const r = assessReadiness({ ...WORST_ANSWERS, plannedStart: '2026-12-01' });
    expect(r.verdict).toBe('wait');
    expect(r.score).toBeLessThanOrEqual(25);
    expect(r.redFlags.map((f) => f.code)).toContain('year-end');
  });

  it('a typical company with vague goals and spreadsheets is told to go with care', () => {
    const r = assessReadiness(EXAMPLE_ANSWERS);
    expect(r.verdict).toBe('go-with-care');
    expect(r.redFlags).toEqual([]);
    expect(r.actions[0]!.code).toBe('set-smart-goals');
  });
});

describe('004: an expanding or newly founded company without defined processes should wait', () => {
  it.each([
    ['expanding, processes partly defined', 'expanding', 'partly', 'expansion'],
    ['expanding, no processes', 'expanding', 'none', 'expansion'],
    ['newly founded, processes partly defined', 'newlyFounded', 'partly', 'newly-founded'],
    ['newly founded, no processes', 'newlyFounded', 'none', 'newly-founded'],
  ] as const)('%s', (_name, companyStage, processesDefined, flag) => {
    const r = assessReadiness(best({ companyStage, processesDefined }));
    expect(r.verdict).toBe('wait');
    expect(r.verdictReasons[0]).toBe('unsettled-company');
    expect(r.redFlags.map((f) => f.code)).toContain(flag);
    expect(r.actions[0]).toEqual({ code: 'postpone-until-stable', guide: 'when-not-to-start' });
    expect(r.actions.map((a) => a.code)).not.toContain('start-with-mvp');
  });

  it('even with an otherwise high score (the rule, not the score, decides)', () => {
    const r = assessReadiness(best({ companyStage: 'expanding', processesDefined: 'partly' }));
    expect(r.score).toBeGreaterThanOrEqual(75);
    expect(r.verdict).toBe('wait');
  });

  it('expanding with documented processes: flagged and capped at "go with care", keep the scope small', () => {
    const r = assessReadiness(best({ companyStage: 'expanding' }));
    expect(r.verdict).toBe('go-with-care');
    expect(r.redFlags).toEqual([{ code: 'expansion' }]);
    expect(r.actions[0]).toEqual({ code: 'limit-scope-while-growing', guide: 'launch-framework' });
  });

  it('a stable company with undefined processes is not told to wait for that reason alone', () => {
    const r = assessReadiness(best({ processesDefined: 'none' }));
    expect(r.verdict).toBe('go-with-care');
    expect(r.redFlags).toEqual([{ code: 'no-processes' }]);
  });
});

describe('004: year-end and the Spring Festival', () => {
  it('a start in December is flagged and the action is to move the start', () => {
    const r = assessReadiness(best({ plannedStart: '2025-12-10' }));
    expect(r.redFlags).toEqual([{ code: 'year-end' }]);
    expect(r.verdict).toBe('go-with-care');
    expect(r.actions[0]).toEqual({ code: 'start-after-festival', guide: 'when-not-to-start' });
    // Spring Festival 2026 is on 17 February; the break runs 14-25 February.
    expect(r.startCheck).toMatchObject({
      start: '2025-12-10',
      basis: 'planned',
      yearEnd: true,
      springFestival: false,
      festival: { newYearsDay: '2026-02-17', start: '2026-02-14', end: '2026-02-25' },
    });
    expect(r.startCheck?.findings.map((f) => f.code)).toEqual(['december-start']);
    // The earliest start that clears every finding: after the new year, and itself clear.
    const suggested = r.startCheck!.suggestedStart!;
    expect(suggested > '2025-12-31').toBe(true);
    expect(assessReadiness(best({ plannedStart: suggested })).startCheck?.findings).toEqual([]);
  });

  it('an autumn start whose training would fall just before the 2027 festival is flagged, with a start that clears it', () => {
    const r = assessReadiness(best({ plannedStart: '2026-10-08' }));
    expect(r.redFlags).toEqual([{ code: 'training-before-festival' }]);
    expect(r.startCheck?.festival?.newYearsDay).toBe('2027-02-06');
    const suggested = r.startCheck!.suggestedStart!;
    expect(assessReadiness(best({ plannedStart: suggested })).startCheck?.findings).toEqual([]);
    expect(r.actions[0]!.code).toBe('start-after-festival');
  });

  it.each(['2026-12-01', '2026-12-15', '2026-12-31'])('every December day is year-end: %s', (plannedStart) => {
    expect(flagsOf(best({ plannedStart }))).toContain('year-end');
  });

  it('a late-December start whose first month reaches an early festival raises both flags', () => {
    // Spring Festival 2028 is on 26 January: the break starts on the 23rd.
    const r = assessReadiness(best({ plannedStart: '2027-12-28' }));
    expect(r.redFlags.map((f) => f.code)).toEqual(['year-end', 'spring-festival']);
    expect(r.startCheck?.festival?.newYearsDay).toBe('2028-01-26');
    expect(r.startCheck?.suggestedStart).toBe(addDays(springFestivalHoliday(2028).end, 1));
  });

  it.each([
    ['mid-January 2026 (festival 17 February): first month ends 19 February', '2026-01-20', '2026-02-17'],
    ['early January 2027 (festival 6 February)', '2027-01-10', '2027-02-06'],
    ['during the 2030 break itself', '2030-02-04', '2030-02-03'],
    ['a week before the 2031 festival (23 January)', '2031-01-16', '2031-01-23'],
    // Past year-end but before the festival: 004's "start once the new year is over" means the festival.
    ['early January 2026, the first month ending two weeks before the break', '2026-01-05', '2026-02-17'],
  ])('a first month running into the festival is flagged: %s', (_name, plannedStart, newYearsDay) => {
    const r = assessReadiness(best({ plannedStart }));
    expect(r.redFlags).toEqual([{ code: 'spring-festival' }]);
    expect(r.startCheck?.festival?.newYearsDay).toBe(newYearsDay);
    expect(r.startCheck?.suggestedStart! > r.startCheck!.festival!.end).toBe(true);
    expect(r.actions[0]!.code).toBe('start-after-festival');
  });

  it.each([
    ['the day after the 2026 break', '2026-02-26'],
    ['spring', '2026-04-01'],
    ['summer', '2026-06-01'],
    ['the last day of November', '2026-11-30'],
  ])('a start clear of both is not flagged: %s', (_name, plannedStart) => {
    const r = assessReadiness(best({ plannedStart }));
    expect(r.redFlags).toEqual([]);
    expect(r.verdict).toBe('go');
    expect(r.startCheck?.suggestedStart).toBeNull();
  });

  it('without a planned start, today is checked ("is now the right time?")', () => {
    const r = assessReadiness(BEST_ANSWERS, '2026-12-03');
    expect(r.redFlags).toEqual([{ code: 'year-end' }]);
    expect(r.startCheck?.basis).toBe('today');
  });

  it('a planned start takes precedence over today, and one in the past is marked', () => {
    const r = assessReadiness(best({ plannedStart: '2026-03-02' }), '2026-12-03');
    expect(r.redFlags).toEqual([]);
    expect(r.startCheck).toMatchObject({ basis: 'planned', inPast: true });
  });

  it('with no date at all the calendar rules are skipped and the score ignores timing dates', () => {
    const r = assessReadiness(BEST_ANSWERS);
    expect(r.startCheck).toBeUndefined();
    expect(r.dimensions.timing).toBe(100);
  });

  it('an invalid "today" is ignored rather than thrown on', () => {
    expect(() => assessReadiness(BEST_ANSWERS, 'not a date')).not.toThrow();
    expect(assessReadiness(BEST_ANSWERS, '2026-13-40').startCheck).toBeUndefined();
  });

  it('a flagged date lowers the timing dimension', () => {
    expect(assessReadiness(best({ plannedStart: '2026-12-01' })).dimensions.timing).toBeLessThan(100);
  });
});

describe('004: a turnover peak among key staff', () => {
  it('is flagged, with the action to name two key users per department and review the risk with HR', () => {
    const r = assessReadiness(best({ keyStaffTurnover: 'high' }));
    expect(r.redFlags).toEqual([{ code: 'key-staff-turnover' }]);
    expect(r.verdict).toBe('go-with-care');
    expect(r.actions[0]).toEqual({ code: 'two-key-users-per-department', guide: 'when-not-to-start' });
  });
});

describe('002, 003: no sponsor, goals, budget or team caps the verdict at "go with care"', () => {
  it.each([
    ['no executive sponsor', { executiveSponsor: 'none' }, 'no-sponsor', 'secure-sponsor'],
    ['no defined goals', { goalsDefined: 'none' }, 'no-goals', 'set-smart-goals'],
    ['no budget', { budget: 'none' }, 'no-budget', 'secure-budget'],
    ['no project team', { projectTeam: 'none' }, 'no-team', 'form-project-team'],
  ] as const)('%s', (_name, patch, flag, action) => {
    const r = assessReadiness(best(patch));
    expect(r.score).toBeGreaterThanOrEqual(75); // the score alone would say "go"
    expect(r.verdict).toBe('go-with-care');
    expect(r.redFlags).toEqual([{ code: flag }]);
    expect(r.verdictReasons).toEqual(['red-flags']);
    expect(r.actions[0]!.code).toBe(action);
  });

  it('three missing foundations mean "wait"', () => {
    const r = assessReadiness(best({ executiveSponsor: 'none', goalsDefined: 'none', budget: 'none' }));
    expect(r.verdict).toBe('wait');
    expect(r.verdictReasons).toContain('missing-foundations');
  });

  it('two missing foundations with good answers elsewhere stay at "go with care"', () => {
    const r = assessReadiness(best({ executiveSponsor: 'none', budget: 'none' }));
    expect(r.verdict).toBe('go-with-care');
  });

  it('a nominal sponsor is not a red flag but is an action', () => {
    const r = assessReadiness(best({ executiveSponsor: 'nominal' }));
    expect(r.redFlags).toEqual([]);
    expect(r.actions.map((a) => a.code)).toContain('secure-sponsor');
  });
});

describe('the score thresholds', () => {
  it('a score under 50 means "wait" even without a red flag', () => {
    const weak: ReadinessAnswers = {
      ...best(),
      goalsDefined: 'vague',
      executiveSponsor: 'nominal',
      budget: 'partial',
      processesDefined: 'partly',
      dataState: 'paper',
      projectTeam: 'itOnly',
      keyUsersAvailable: 'partTime',
      userAttitude: 'resistant',
      itCapability: 'none',
      integrationNeeds: 'many',
    };
    const r = assessReadiness(weak);
    expect(r.redFlags).toEqual([]);
    expect(r.score).toBeLessThan(50);
    expect(r.verdict).toBe('wait');
    expect(r.verdictReasons).toEqual(['low-score']);
  });

  it('a score between 50 and 75 without flags means "go with care"', () => {
    const r = assessReadiness(EXAMPLE_ANSWERS);
    expect(r.score).toBeGreaterThanOrEqual(50);
    expect(r.score).toBeLessThan(75);
    expect(r.verdictReasons).toEqual(['middling-score']);
  });
});

describe('actions', () => {
  // The guides as they exist in both locales, read from the content folders.
  const guidesIn = (locale: string) => readdirSync(join('content', 'guides', locale)).map((f) => f.replace(/\.mdx?$/, '')).sort();
  const GUIDES = guidesIn('zh-cn').filter((g) => guidesIn('en').includes(g));

  it('every action links to a guide that exists in both locales', () => {
    expect(GUIDES.length).toBeGreaterThan(0);
    for (const rule of ACTION_RULES) expect(GUIDES, rule.code).toContain(rule.guide);
  });

  it('are unique and ordered: blockers before gaps before weaknesses before general steps', () => {
    const codes = actionsOf(WORST_ANSWERS);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.indexOf('postpone-until-stable')).toBe(0);
    expect(codes.indexOf('two-key-users-per-department')).toBeLessThan(codes.indexOf('clean-data'));
    expect(codes.indexOf('clean-data')).toBeLessThan(codes.indexOf('read-case-studies'));
  });

  it('a "go" gets next steps (MVP, duration), not remedies', () => {
    expect(actionsOf(BEST_ANSWERS)).toEqual(['start-with-mvp', 'estimate-duration']);
  });

  it('a "wait" points to the failure causes and the cases rather than to the MVP', () => {
    const codes = actionsOf(WORST_ANSWERS);
    expect(codes).toContain('read-case-studies');
    expect(codes).not.toContain('estimate-duration');
  });

  it.each([
    ['scattered data', { dataState: 'scattered' }, 'clean-data', 'data-migration'],
    ['paper records', { dataState: 'paper' }, 'clean-data', 'data-migration'],
    ['many integrations', { integrationNeeds: 'many' }, 'plan-integrations', 'data-migration'],
    ['no in-house IT', { itCapability: 'none' }, 'choose-mature-product', 'choosing-software'],
    ['resistant users', { userAttitude: 'resistant' }, 'prepare-users', 'team-and-training'],
    ['key users with no time', { keyUsersAvailable: 'none' }, 'free-key-users', 'team-and-training'],
    ['an IT-only team', { projectTeam: 'itOnly' }, 'form-project-team', 'team-and-training'],
    ['no goals at all', { goalsDefined: 'none' }, 'map-pain-points', 'department-pain-points'],
  ] as const)('%s', (_name, patch, code, guide) => {
    expect(assessReadiness(best(patch)).actions).toContainEqual({ code, guide });
  });
});

describe('red flags', () => {
  it('every flag names at least one source document, and the timing flags cite 004', () => {
    for (const flag of RED_FLAGS) expect(FLAG_SOURCES[flag].length, flag).toBeGreaterThan(0);
    for (const flag of ['year-end', 'spring-festival', 'expansion', 'newly-founded', 'key-staff-turnover'] as const) {
      expect(FLAG_SOURCES[flag]).toContain('004');
    }
  });

  it('come in the fixed order of RED_FLAGS', () => {
    const codes = flagsOf({ ...WORST_ANSWERS, plannedStart: '2027-12-28' });
    expect(codes).toEqual(RED_FLAGS.filter((f) => codes.includes(f)));
    // Every flag this start can raise: "expansion" excludes "newly-founded"; the working calendar
    // puts go-live of this schedule in the weeks before the 2029 break, and training clear of it.
    expect(codes).not.toContain('expansion');
    expect(codes).toEqual(RED_FLAGS.filter((f) => f !== 'expansion' && f !== 'training-before-festival'));
  });
});
