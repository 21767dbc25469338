// What the printed brief says about the whole plan: the answers the tools disagree on (and which part
// of the report used which), the KPI check in the KPI builder's own verdicts, and the cost period.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strings } from '@/i18n/tools/plan';
import { LOCALES } from '@/i18n/locales';
import { SMART_LETTERS, computePlanReport, reportConflicts, smartCheck, type ConsistencyIssue } from '@/models/plan';
import type { Attainability } from '@/models/kpi';
import { BRIEF_TODAY, EXAMPLE, TODAY, conflictPlan } from './fixtures';
import { planState } from './arbitraries';

describe('answers the tools disagree on, as the brief names them', () => {
  it('lists every conflict with the value each part of the report used', () => {
    const report = computePlanReport(conflictPlan(), BRIEF_TODAY);
    expect(reportConflicts(report.issues)).toEqual([
      { code: 'expansion', uses: [{ value: false, sources: ['readiness'], sections: ['readiness'] }, { value: true, sources: ['duration'], sections: ['timeline'] }] },
      { code: 'key-staff', uses: [{ value: false, sources: ['readiness'], sections: ['readiness'] }, { value: true, sources: ['duration'], sections: ['timeline'] }] },
      { code: 'commitment', uses: [{ value: 4, sources: ['readiness'], sections: ['readiness'] }, { value: 2, sources: ['duration'], sections: ['timeline'] }] },
      { code: 'platform', uses: [{ value: 'saas', sources: ['selection'], sections: ['platform'] }, { value: 'lowCode', sources: ['duration'], sections: ['timeline'] }] },
    ]);
  });

  it('names nothing when the tools agree, and leaves out an answer that is only missing (a gap)', () => {
    expect(reportConflicts(computePlanReport(EXAMPLE, TODAY).issues)).toEqual([]);
    const gap: ConsistencyIssue = { code: 'planned-start', kind: 'gap', choices: [{ value: '2027-03-01', sources: ['profile'], writable: true }], signature: 'x' };
    expect(reportConflicts([gap])).toEqual([]);
  });

  it('names every conflict of any plan, each value with the sections that rest on it (fast-check)', () => {
    fc.assert(
      fc.property(planState, (plan) => {
        const issues = computePlanReport(plan, TODAY).issues;
        const named = reportConflicts(issues);
        expect(named.map((c) => c.code)).toEqual(issues.filter((i) => i.kind === 'conflict').map((i) => i.code));
        for (const c of named) {
          expect(c.uses.length).toBeGreaterThanOrEqual(2);
          // The company profile only fills in the tools; every other source is a section of the report.
          for (const use of c.uses) expect(use.sections.length).toBe(use.sources.filter((s) => s !== 'profile').length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the KPI check in the KPI builder’s verdicts', () => {
  it('calls a stretch target a stretch, not met: four of five met for the CSAT row', () => {
    const report = computePlanReport(conflictPlan(), BRIEF_TODAY);
    const csat = report.kpi!.rows.find((r) => r.ok && r.input.kpiId === 'csat');
    expect(csat?.ok && csat.evaluation.smart.attainable).toBe('stretch');
    expect(csat?.ok && smartCheck(csat.evaluation.smart)).toEqual({ met: ['specific', 'measurable', 'relevant', 'timeBound'], stretch: ['attainable'], notMet: [] });
  });

  it('puts each letter in exactly one group, "met" only for a pass the KPI builder shows as met (fast-check)', () => {
    const smart = fc.record({
      specific: fc.boolean(),
      measurable: fc.boolean(),
      attainable: fc.constantFrom<Attainability>('yes', 'stretch', 'unlikely'),
      relevant: fc.boolean(),
      timeBound: fc.boolean(),
    });
    fc.assert(
      fc.property(smart, (s) => {
        const check = smartCheck(s);
        expect([...check.met, ...check.stretch, ...check.notMet].sort()).toEqual([...SMART_LETTERS].sort());
        expect(check.met.includes('attainable')).toBe(s.attainable === 'yes');
        expect(check.stretch).toEqual(s.attainable === 'stretch' ? ['attainable'] : []);
        expect(check.notMet.includes('attainable')).toBe(s.attainable === 'unlikely');
      }),
    );
  });
});

describe('the brief’s cost period', () => {
  it('is the period chosen in the selection tool, the same as the appendix’s', () => {
    const report = computePlanReport(conflictPlan(), BRIEF_TODAY);
    for (const o of report.selection!.tco.options) expect(o.byYear).toHaveLength(5);
    expect(report.selection).not.toHaveProperty('tco3');
  });

  it.each(LOCALES)('%s: no plan string fixes the period at three years; the brief’s cost strings name the chosen one', (locale) => {
    const s = strings[locale] as Record<string, string>;
    expect(Object.entries(s).filter(([, text]) => /three-year|three years|3-year|三年/i.test(text))).toEqual([]);
    for (const key of ['brief.cost.caption', 'brief.cost.total', 'brief.decision.budget']) expect(s[key], key).toContain('{years}');
  });
});
