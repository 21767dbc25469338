// The readiness self-assessment's calendar check: never a suggestion in the past, and the same dates as
// the estimator when the visitor has answered the estimator's own questions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '@/models/calendar';
import { DEFAULT_DURATION_INPUT, estimateDuration, type DurationInput, type Level } from '@/models/duration';
import { assessReadiness, BEST_ANSWERS, durationHints, EXAMPLE_ANSWERS, handedOffInput, WORST_ANSWERS, type CompanyContext, type ReadinessAnswers } from '@/models/readiness';

/** The estimator's saved input after the readiness hand-off: what it had, with what the answers carry over. */
const afterHandOff = (saved: DurationInput, answers: ReadinessAnswers, company: CompanyContext = {}): DurationInput => ({
  ...saved,
  ...handedOffInput(durationHints(answers), company),
  startDate: answers.plannedStart!,
});

describe('a planned start that has passed', () => {
  it('today 2027-06-01, start 2027-01-04: says so, and suggests no start before today', () => {
    const check = assessReadiness({ ...BEST_ANSWERS, plannedStart: '2027-01-04' }, '2027-06-01').startCheck!;
    expect(check.inPast).toBe(true);
    expect(check.findings.length).toBeGreaterThan(0);
    expect(check.suggestedStart! >= '2027-06-01').toBe(true);
  });

  it('fast-check: the suggested start is never before today', () => {
    const day = fc.integer({ min: 0, max: 5 * 365 }).map((n) => addDays('2025-01-01', n));
    const answers = fc.constantFrom(BEST_ANSWERS, EXAMPLE_ANSWERS, WORST_ANSWERS);
    fc.assert(
      fc.property(answers, day, fc.integer({ min: -30, max: 500 }), (a, start, after) => {
        const today = addDays(start, after);
        const check = assessReadiness({ ...a, plannedStart: start }, today).startCheck!;
        expect(check.inPast).toBe(start < today);
        if (check.suggestedStart) expect(check.suggestedStart >= today, `${start} seen on ${today}: ${check.suggestedStart}`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('with the estimator’s saved answers', () => {
  const saved: DurationInput = { ...DEFAULT_DURATION_INPUT, platform: 'custom', deployment: 'onPremise' };
  const answers: ReadinessAnswers = { ...BEST_ANSWERS, plannedStart: '2027-06-16' };

  it('custom development on premise, start 2027-06-16: the estimator’s go-live finding and suggested start, and which answers it used', () => {
    const estimate = estimateDuration(afterHandOff(saved, answers));
    expect(estimate.timing!.findings.map((f) => f.code)).toEqual(['go-live-near-festival']);
    const result = assessReadiness(answers, '2027-06-01', {}, saved);
    expect(result.redFlags.map((f) => f.code)).toContain('go-live-near-festival');
    expect(result.verdict).toBe('go-with-care');
    expect(result.startCheck!.findings).toEqual(estimate.timing!.findings);
    expect(result.startCheck!.suggestedStart).toBe(estimate.timing!.suggestedStart);
    expect(result.startCheck!.fromEstimator).toEqual({ platform: 'custom', deployment: 'onPremise' });
  });

  it('without saved answers the estimator’s defaults place the dates, and the check says it used none', () => {
    const result = assessReadiness(answers, '2027-06-01');
    expect(result.verdict).toBe('go');
    expect(result.startCheck!.fromEstimator).toBeUndefined();
  });

  it('saved answers that are all a typical company’s are used, and named as such (nothing differs)', () => {
    expect(assessReadiness(answers, '2027-06-01', {}, { ...DEFAULT_DURATION_INPUT, startDate: '2030-01-07' }).startCheck!.fromEstimator).toEqual({});
  });

  it('what the readiness questions and the profile decide is theirs, not the saved answers’', () => {
    const other: DurationInput = { ...saved, internalCommitment: 1, digitalMaturity: 1, integrations: 9, expanding: true, keyStaffTurnover: true, companySize: 'large', switchingVendor: true };
    const check = assessReadiness(answers, '2027-06-01', { companySize: 'small', currentTools: ['crm'] }, other).startCheck!;
    expect(check.fromEstimator).toEqual({ platform: 'custom', deployment: 'onPremise' });
    // Without a size in the profile, the saved one places the dates, and is named.
    expect(assessReadiness(answers, '2027-06-01', {}, other).startCheck!.fromEstimator).toMatchObject({ companySize: 'large', switchingVendor: true });
  });

  it('fast-check: for any saved answers, company and start, both tools name the same findings and the same suggested start', () => {
    const level = fc.constantFrom<Level>(1, 2, 3, 4, 5);
    const savedArb = fc.record({
      companySize: fc.constantFrom('small', 'medium', 'large'),
      complexity: level,
      vendorSupport: level,
      deployment: fc.constantFrom('cloud', 'hybrid', 'onPremise'),
      platform: fc.constantFrom('saas', 'lowCode', 'custom'),
      switchingVendor: fc.boolean(),
      agile: fc.boolean(),
    }).map((s) => ({ ...DEFAULT_DURATION_INPUT, ...s }) as DurationInput);
    const company = fc.constantFrom<CompanyContext>({}, { companySize: 'small' }, { companySize: 'large', currentTools: ['erp', 'crm'] }, { currentTools: ['spreadsheets', 'chat'] });
    const start = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2026-09-01', n));
    fc.assert(
      fc.property(savedArb, fc.constantFrom(BEST_ANSWERS, EXAMPLE_ANSWERS, WORST_ANSWERS), company, start, (s, a, c, plannedStart) => {
        const withStart = { ...a, plannedStart };
        const check = assessReadiness(withStart, '2026-09-01', c, s).startCheck!;
        const timing = estimateDuration(afterHandOff(s, withStart, c)).timing!;
        expect(check.findings).toEqual(timing.findings);
        expect(check.suggestedStart).toBe(timing.suggestedStart);
      }),
      { numRuns: 40 },
    );
  });
});
