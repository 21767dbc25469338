import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDurations, compareKpiSheets, compareReadiness, compareSelections, pair, sameValue, setDiff } from '@/models/scenarios';
import { DEFAULT_DURATION_INPUT, estimateDuration, type DurationInput } from '@/models/duration';
import { DEFAULT_SELECTION_STATE, computeTco, scoreMatrix, type SelectionState } from '@/models/matrix';
import { evaluateSheet, type KpiSheet, type SheetRow } from '@/models/kpi';
import { assessReadiness } from '@/models/readiness';
import { EXAMPLE_ANSWERS } from '@/models/readiness/defaults';

const TODAY = '2026-06-15';

describe('pair and setDiff', () => {
  it('a value never differs from itself; setDiff splits exactly', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(pair(v, structuredClone(v)).differs).toBe(false);
    }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (a, b) => {
        const d = setDiff(a, b);
        expect(new Set([...d.both, ...d.onlyA])).toEqual(new Set(a));
        expect(new Set([...d.both, ...d.onlyB])).toEqual(new Set(b));
        expect(d.differs).toBe(!sameValue([...new Set(a)].sort(), [...new Set(b)].sort()));
      }),
    );
  });
});

describe('duration comparison', () => {
  const jan: DurationInput = { ...DEFAULT_DURATION_INPUT, startDate: '2027-01-04' };
  const afterFestival: DurationInput = { ...DEFAULT_DURATION_INPUT, startDate: '2027-03-01' };

  it('the same input differs nowhere', () => {
    const c = compareDurations(estimateDuration(jan), estimateDuration(jan));
    expect(c.differs).toBe(false);
    expect(c.mostMoved).toBeNull();
  });

  it('“start in January” vs “after Spring Festival”: go-live and calendar findings differ', () => {
    const c = compareDurations(estimateDuration(jan), estimateDuration(afterFestival));
    expect(c.goLive.differs).toBe(true);
    expect(c.goLive.a! < c.goLive.b!).toBe(true);
    expect(c.findings.onlyA.length + c.holidays.onlyA.length).toBeGreaterThan(0);
    expect(c.differs).toBe(true);
  });

  it('the phase that moves most is the one with the largest change in likely weeks', () => {
    const big: DurationInput = { ...DEFAULT_DURATION_INPUT, integrations: 12 };
    const a = estimateDuration(DEFAULT_DURATION_INPUT);
    const b = estimateDuration(big);
    const c = compareDurations(a, b);
    const deltas = a.phases.map((p, i) => Math.abs(b.phases[i]!.likelyWeeks - p.likelyWeeks));
    expect(Math.abs(c.mostMoved!.delta)).toBe(Math.max(...deltas));
    expect(c.likelyWeeks.differs).toBe(true);
  });

  it('is antisymmetric: swapping the sides swaps every value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.constantFrom('saas', 'lowCode', 'custom'), (integrations, platform) => {
        const a = estimateDuration(DEFAULT_DURATION_INPUT);
        const b = estimateDuration({ ...DEFAULT_DURATION_INPUT, integrations, platform: platform as DurationInput['platform'] });
        const ab = compareDurations(a, b);
        const ba = compareDurations(b, a);
        expect(ba.likelyWeeks).toEqual({ a: ab.likelyWeeks.b, b: ab.likelyWeeks.a, differs: ab.likelyWeeks.differs });
        expect(ba.differs).toBe(ab.differs);
        expect(ba.mostMoved?.delta ?? 0).toBe(-(ab.mostMoved?.delta ?? 0));
      }),
      { numRuns: 40 },
    );
  });
});

describe('selection comparison', () => {
  const side = (state: SelectionState) => ({
    result: scoreMatrix(state.matrix),
    tco: computeTco(state.tco),
    years: state.tco.years,
    names: { saas: 'SaaS', lowcode: 'Low-code' } as Record<string, string>,
  });
  const favour = (id: string): SelectionState => ({
    ...DEFAULT_SELECTION_STATE,
    matrix: { ...DEFAULT_SELECTION_STATE.matrix, options: DEFAULT_SELECTION_STATE.matrix.options.map((o) => ({ ...o, scores: Object.fromEntries(Object.keys(o.scores).map((k) => [k, o.id === id ? 5 : 1])) })) },
  });

  it('sees the lead flip when each side favours a different option', () => {
    const ids = DEFAULT_SELECTION_STATE.matrix.options.map((o) => o.id);
    const c = compareSelections(side(favour(ids[0]!)), side(favour(ids[1]!)));
    expect(c.leadFlips).toBe(true);
    expect(c.leader.differs).toBe(true);
  });

  it('the same matrix: no flip, nothing differs; costs are per option over the period', () => {
    const c = compareSelections(side(DEFAULT_SELECTION_STATE), side(DEFAULT_SELECTION_STATE));
    expect(c.leadFlips).toBe(false);
    expect(c.differs).toBe(false);
    expect(c.costs).toHaveLength(DEFAULT_SELECTION_STATE.matrix.options.length);
    const longer = { ...DEFAULT_SELECTION_STATE, tco: { ...DEFAULT_SELECTION_STATE.tco, years: DEFAULT_SELECTION_STATE.tco.years + 2 } };
    const d = compareSelections(side(DEFAULT_SELECTION_STATE), side(longer));
    expect(d.years.differs).toBe(true);
    expect(d.costs.every((x) => x.total.b! > x.total.a!)).toBe(true);
  });
});

describe('KPI comparison', () => {
  const row = (uid: string, kpiId: string, target: string): SheetRow => ({
    uid, kpiId, baseline: '20', target, deadline: '2027-06-15', owner: 'Li', dataSource: 'CRM', goal: 'Grow', cadence: 'monthly',
  });
  const sheet = (rows: SheetRow[]): KpiSheet => ({ pains: [], customKpis: [], rows });
  const side = (s: KpiSheet) => ({ sheet: s, results: evaluateSheet(s, TODAY) });

  it('marks rows only one side has, targets that differ, and the verdicts', () => {
    const a = sheet([row('r1', 'lead-conversion-rate', '25'), row('r2', 'nps', '40')]);
    const b = sheet([row('r9', 'lead-conversion-rate', '60')]);
    const c = compareKpiSheets(side(a), side(b));
    expect(c.rowCount).toEqual({ a: 2, b: 1, differs: true });
    const conv = c.rows.find((r) => r.kpiId === 'lead-conversion-rate')!;
    expect(conv.targetDiffers).toBe(true);
    expect(conv.a!.target).toBe('25');
    expect(conv.b!.target).toBe('60');
    expect(c.rows.find((r) => r.kpiId === 'nps')).toMatchObject({ b: null, differs: true });
  });

  it('the same sheet differs nowhere', () => {
    const a = sheet([row('r1', 'nps', '40'), row('r2', 'nps', '50')]);
    expect(compareKpiSheets(side(a), side(a)).differs).toBe(false);
  });
});

describe('readiness comparison', () => {
  it('compares verdict, flags and actions; an unfinished side has no verdict', () => {
    const done = assessReadiness({ ...EXAMPLE_ANSWERS }, TODAY);
    const same = compareReadiness(done, done);
    expect(same.differs).toBe(false);
    const c = compareReadiness(done, null);
    expect(c.verdict).toEqual({ a: done.verdict, b: null, differs: true });
    expect(c.actions.onlyA).toEqual(done.actions.map((x) => x.code));
  });
});
