import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATION_INPUT } from '@/models/duration';
import { DEFAULT_SELECTION_STATE } from '@/models/matrix';
import { EMPTY_SHEET } from '@/models/kpi';
import { DEFAULT_PROFILE } from '@/models/profile';
import { computePlanReport, describePlan, gatherPlan, isDefault, readPlanState, toolStatesOf, usedTools } from '@/models/plan';
import { EMPTY, EXAMPLE, TODAY, fullPlan } from './fixtures';

describe('plan state', () => {
  it('treats every tool left at its defaults as not used', () => {
    const plan = gatherPlan({ profile: DEFAULT_PROFILE, readinessAnswers: {}, duration: { ...DEFAULT_DURATION_INPUT }, selection: DEFAULT_SELECTION_STATE, kpi: EMPTY_SHEET });
    expect(plan).toEqual(EMPTY);
    expect(usedTools(plan)).toEqual({ readiness: false, duration: false, selection: false, kpi: false });
  });

  it('counts a single changed answer as used', () => {
    expect(isDefault.duration({ ...DEFAULT_DURATION_INPUT, startDate: '2026-05-01' })).toBe(false);
    expect(isDefault.duration({ ...DEFAULT_DURATION_INPUT, expanding: undefined })).toBe(true);
    expect(isDefault.readiness({ budget: 'none' })).toBe(false);
    expect(isDefault.kpi({ ...EMPTY_SHEET, pains: ['slow-service'] })).toBe(false);
  });

  it('gives each tool back what the plan holds', () => {
    expect(gatherPlan(toolStatesOf(EXAMPLE))).toEqual(EXAMPLE);
    expect(toolStatesOf(EMPTY).duration).toEqual(DEFAULT_DURATION_INPUT);
  });

  it('reads a part written at its defaults as "not used"', () => {
    const r = readPlanState({ ...EXAMPLE, duration: { ...DEFAULT_DURATION_INPUT }, readiness: {} });
    expect(r.ok && r.value.duration === null && r.value.readiness === null).toBe(true);
  });

  it('describes what a plan holds, for the import confirmation', () => {
    expect(describePlan(fullPlan())).toEqual({
      companyName: '华东精密制造股份有限公司（苏州工业园区分公司）',
      readiness: { answered: 12, total: 12 },
      duration: { startDate: '2026-05-11' },
      selection: { options: 6 },
      kpi: { rows: fullPlan().kpi!.rows.length },
    });
    expect(describePlan(EMPTY)).toMatchObject({ readiness: null, duration: null, selection: null, kpi: null });
  });

  it('computes every section of the report from one state', () => {
    const report = computePlanReport(EXAMPLE, TODAY);
    expect(report.readiness?.result?.verdict).toBe('go-with-care');
    expect(report.duration?.estimate.goLiveDate).toMatch(/^2026-/);
    expect(report.selection?.ahead).toBe('saas');
    expect(report.kpi?.counts).toMatchObject({ total: 4, valid: 4, unlikely: 0 });
    expect(report.issues).toEqual([]);
  });

  it('reports a half-answered readiness check as in progress, without a verdict', () => {
    const report = computePlanReport({ ...EXAMPLE, readiness: { budget: 'approved', goalsDefined: 'smart' } }, TODAY);
    expect(report.readiness).toMatchObject({ answered: 2, total: 12, result: null });
  });
});
