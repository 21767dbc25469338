import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WORST_ANSWERS, type ReadinessAnswers } from '@/models/readiness';
import { MAX_RISKS, SMART_GOALS_DONE, computePlanReport, smartKpiCount, type PlanState } from '@/models/plan';
import { BRIEF_TODAY, EMPTY, EXAMPLE, TODAY, briefPlan } from './fixtures';
import { planState } from './arbitraries';

const actions = (plan: PlanState) => computePlanReport(plan, TODAY).actions;
const keys = (plan: PlanState) => actions(plan).map((a) => a.key);

describe('merged next actions', () => {
  it('are sorted most urgent first (fast-check)', () => {
    fc.assert(
      fc.property(planState, (plan) => {
        const list = actions(plan);
        for (let i = 1; i < list.length; i += 1) expect(list[i - 1]!.priority).toBeLessThanOrEqual(list[i]!.priority);
        expect(new Set(list.map((a) => a.key)).size).toBe(list.length);
        for (const a of list) expect(['guide', 'faq', 'tool']).toContain(a.link.kind);
      }),
      { numRuns: 150 },
    );
  });

  it('ask to use each tool when nothing has been filled in', () => {
    expect(keys(EMPTY)).toEqual(['readiness:use', 'kpi:define', 'duration:use', 'selection:use']);
  });

  it('put blockers from the readiness check and calendar risks from the estimator first', () => {
    const plan: PlanState = {
      ...EXAMPLE,
      readiness: { ...(WORST_ANSWERS as ReadinessAnswers) },
      duration: { ...EXAMPLE.duration!, startDate: '2026-12-07' },
    };
    const list = actions(plan);
    expect(list[0]!.priority).toBe(0);
    expect(list[0]!.key).toBe('readiness:postpone-until-stable');
    // Both tools run the same timing assessment: its advice appears once, first.
    const timing = list.filter((a) => /^(start-after-festival|december-start|first-month-festival|training-before-festival|go-live-near-festival)$/.test(a.code));
    expect(timing).toHaveLength(1);
    expect(timing[0]!.priority).toBe(0);
  });

  it('merge the points both tools make about key staff into one entry', () => {
    const plan: PlanState = {
      ...EXAMPLE,
      readiness: { ...EXAMPLE.readiness, keyStaffTurnover: 'high' },
      duration: { ...EXAMPLE.duration!, keyStaffTurnover: true },
    };
    const list = actions(plan);
    const staff = list.filter((a) => a.code === 'two-key-users-per-department' || a.code === 'key-staff');
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ source: 'readiness', also: ['duration'], priority: 0 });
  });

  it('drop "estimate the duration" once the estimator has been used', () => {
    expect(keys(EXAMPLE)).not.toContain('readiness:estimate-duration');
    expect(keys({ ...EXAMPLE, duration: null })).toContain('readiness:estimate-duration');
  });

  it('flag KPIs due before the likely go-live', () => {
    const kpi = { ...EXAMPLE.kpi!, rows: EXAMPLE.kpi!.rows.map((r) => ({ ...r, deadline: '2026-06-30' })) };
    const found = actions({ ...EXAMPLE, kpi }).find((a) => a.key === 'kpi:before-go-live');
    expect(found).toMatchObject({ priority: 1, vars: { n: 4 }, link: { kind: 'faq', id: 'short-mid-long-term-goals' } });
    expect(keys(EXAMPLE)).not.toContain('kpi:before-go-live');
  });

  it('ask for a trial when the matrix cannot call a winner, and for real prices while the placeholders stand', () => {
    const selection = { ...EXAMPLE.selection!, matrix: { ...EXAMPLE.selection!.matrix, options: EXAMPLE.selection!.matrix.options.map((o) => ({ ...o, scores: { ...EXAMPLE.selection!.matrix.options[0]!.scores } })) } };
    const placeholder = { ...selection, tco: { ...selection.tco, options: selection.tco.options.map((o) => ({ ...o, licensePerUserPerMonth: 150, implementation: 50_000, annualMaintenance: 10_000, trainingPerUser: 500 })) } };
    expect(keys({ ...EXAMPLE, selection: placeholder })).toEqual(expect.arrayContaining(['selection:trial', 'selection:prices']));
    expect(keys(EXAMPLE)).toContain('selection:confirm');
  });

  it('point out that the vendor preset is a vendor’s view', () => {
    expect(keys({ ...EXAMPLE, selection: { ...EXAMPLE.selection!, preset: 'vendor-002' } })).toContain('selection:vendor');
  });

  it('ask for KPI owners, complete rows and an adoption goal', () => {
    const rows = EXAMPLE.kpi!.rows.filter((r) => r.kpiId !== 'data-entry-accuracy').map((r, i) => (i === 0 ? { ...r, owner: '' } : i === 1 ? { ...r, target: '' } : r));
    const list = actions({ ...EXAMPLE, kpi: { ...EXAMPLE.kpi!, rows } });
    expect(list.find((a) => a.key === 'kpi:owners')?.vars).toEqual({ n: 1 });
    expect(list.find((a) => a.key === 'kpi:complete')?.vars).toEqual({ n: 1 });
    expect(list.map((a) => a.key)).toContain('kpi:adoption');
  });

  it('link every readiness action to its guide', () => {
    for (const a of actions(EXAMPLE).filter((x) => x.source === 'readiness')) expect(a.link.kind).toBe('guide');
  });
});

describe('next actions the tools have since carried out', () => {
  const worst = (): PlanState => ({ ...briefPlan(), readiness: { ...(WORST_ANSWERS as ReadinessAnswers), plannedStart: '2026-12-07' } });

  it('drop "set SMART goals" once the KPI sheet holds enough complete SMART KPIs, and "map pain points" once pains are ticked', () => {
    const plan = worst();
    expect(smartKpiCount(computePlanReport(plan, BRIEF_TODAY).kpi)).toBe(6);
    const list = computePlanReport(plan, BRIEF_TODAY).actions.map((a) => a.key);
    expect(list).not.toContain('readiness:set-smart-goals');
    expect(list).not.toContain('readiness:map-pain-points');
    // Without the KPI sheet both are still to do, and setting goals blocks the project.
    const without = computePlanReport({ ...plan, kpi: null }, BRIEF_TODAY).actions;
    expect(without.find((a) => a.key === 'readiness:set-smart-goals')?.priority).toBe(0);
    expect(without.map((a) => a.key)).toContain('readiness:map-pain-points');
  });

  it('keep "set SMART goals" while fewer than the threshold of KPIs pass every SMART check (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.boolean(), (keep, ticked) => {
        const plan = worst();
        plan.kpi = { ...plan.kpi!, pains: ticked ? plan.kpi!.pains : [], rows: plan.kpi!.rows.slice(0, keep) };
        const report = computePlanReport(plan, BRIEF_TODAY);
        const keys = report.actions.map((a) => a.key);
        expect(keys.includes('readiness:set-smart-goals')).toBe(smartKpiCount(report.kpi) < SMART_GOALS_DONE);
        expect(keys.includes('readiness:map-pain-points')).toBe(!ticked);
      }),
    );
  });

  it('the brief lists at most three risks, the first actions that are not prompts to use a tool (fast-check)', () => {
    fc.assert(
      fc.property(planState, (plan) => {
        const report = computePlanReport(plan, TODAY);
        expect(report.risks.length).toBeLessThanOrEqual(MAX_RISKS);
        for (const r of report.risks) {
          expect(r.priority).toBeLessThanOrEqual(2);
          expect(r.code).not.toMatch(/^(use|finish)-/);
        }
        // In the list's order: nothing skipped between them that would qualify.
        const eligible = report.actions.filter((a) => a.priority <= 2 && !/^(use|finish)-/.test(a.code) && a.code !== 'confirm-with-trial');
        expect(report.risks).toEqual(eligible.slice(0, MAX_RISKS));
      }),
      { numRuns: 150 },
    );
  });
});
