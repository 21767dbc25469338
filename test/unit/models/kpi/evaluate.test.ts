import { describe, expect, it } from 'vitest';
import { evaluateKpi, monthsBetween, horizonOf, monthlyMilestones } from '@/models/kpi';

const base = { kpiId: 'csat', baseline: 70, target: 80, today: '2026-01-31' };

describe('evaluateKpi', () => {
  it('computes the change, relative to the baseline', () => {
    const e = evaluateKpi({ ...base, deadline: '2027-01-31' });
    expect(e.change).toEqual({ absolute: 10, relative: 0.142857 });
    const down = evaluateKpi({ kpiId: 'cost-per-lead', baseline: 200, target: 160, deadline: '2027-01-31', today: base.today });
    expect(down.change).toEqual({ absolute: -40, relative: -0.2 });
  });

  it('gives a null relative change from a zero baseline', () => {
    const e = evaluateKpi({ kpiId: 'active-user-rate', baseline: 0, target: 60, deadline: '2026-07-31', today: base.today });
    expect(e.change.relative).toBeNull();
    expect(e.reasons.attainable).toBe('zero-baseline');
  });

  it('counts calendar months with end-of-month clamping', () => {
    expect(monthsBetween('2026-01-31', '2026-04-30')).toBe(3);
    expect(monthsBetween('2026-01-15', '2026-04-15')).toBe(3);
    expect(monthsBetween('2026-01-15', '2027-01-15')).toBe(12);
    expect(monthsBetween('2026-01-01', '2026-01-16')).toBeCloseTo(15 / 31, 10);
    expect(monthsBetween('2026-03-15', '2026-06-15')).toBe(3);
    expect(monthsBetween('2026-03-15', '2026-03-01')).toBe(0);
    expect(monthsBetween('2026-01-01', '2036-01-01')).toBe(120);
  });

  it.each([
    [1, 'short'], [3, 'short'], [3.01, 'mid'], [12, 'mid'], [12.5, 'long'], [36, 'long'],
  ] as const)('puts %s months in the %s term', (months, horizon) => {
    expect(horizonOf(months)).toBe(horizon);
  });

  it('places a deadline exactly three months away in the short term and a year away in the mid term', () => {
    expect(evaluateKpi({ ...base, deadline: '2026-04-30' }).horizon).toBe('short');
    expect(evaluateKpi({ ...base, deadline: '2027-01-31' }).horizon).toBe('mid');
    expect(evaluateKpi({ ...base, deadline: '2027-03-01' }).horizon).toBe('long');
  });

  it('passes each SMART letter only with what it needs, and says why', () => {
    const bare = evaluateKpi({ ...base, deadline: '2027-01-31' });
    expect(bare.smart).toEqual({ specific: false, measurable: false, attainable: 'yes', relevant: false, timeBound: true });
    expect(bare.reasons).toEqual({ specific: 'no-owner', measurable: 'no-data-source', attainable: 'pace-ok', relevant: 'no-goal', timeBound: 'has-deadline' });
    const full = evaluateKpi({ ...base, deadline: '2027-01-31', owner: 'Lin', dataSource: 'CRM survey', goal: 'Keep customers' });
    expect(full.smart).toEqual({ specific: true, measurable: true, attainable: 'yes', relevant: true, timeBound: true });
    expect(full.reasons.specific).toBe('defined-metric');
  });

  it('says a custom KPI with an owner is specific as a custom metric', () => {
    const extra = [{ id: 'custom-a1', category: 'operations' as const, unit: 'percent' as const, direction: 'increase' as const, min: 0, max: 100 }];
    const e = evaluateKpi({ kpiId: 'custom-a1', baseline: 50, target: 60, deadline: '2027-01-31', today: base.today, owner: 'Wu' }, extra);
    expect(e.reasons.specific).toBe('custom-metric');
  });

  it('is not time-bound beyond three years', () => {
    const e = evaluateKpi({ ...base, deadline: '2029-03-01' });
    expect(e.smart.timeBound).toBe(false);
    expect(e.reasons.timeBound).toBe('too-far');
  });

  it('names the stretch and the too-fast paces', () => {
    expect(evaluateKpi({ ...base, deadline: '2026-04-30' }).reasons.attainable).toBe('pace-stretch');
    expect(evaluateKpi({ ...base, target: 95, deadline: '2026-04-30' }).reasons.attainable).toBe('pace-too-fast');
  });

  it('throws on an id nobody validated (a programming error)', () => {
    expect(() => evaluateKpi({ ...base, kpiId: 'nope', deadline: '2027-01-31' })).toThrow();
  });
});

describe('milestones', () => {
  it('puts one milestone a month and ends on the target at the deadline', () => {
    const m = evaluateKpi({ ...base, deadline: '2026-04-30' }).milestones;
    expect(m).toEqual([
      { date: '2026-02-28', value: 73.15 },
      { date: '2026-03-31', value: 76.63 },
      { date: '2026-04-30', value: 80 },
    ]);
  });

  it('uses the deadline as the only milestone when it is less than a month away', () => {
    expect(monthlyMilestones('2026-01-01', '2026-01-20', 10, 12, 'percent')).toEqual([{ date: '2026-01-20', value: 12 }]);
  });

  it('adds the deadline after the last whole month', () => {
    const m = monthlyMilestones('2026-01-10', '2026-03-25', 100, 70, 'days');
    expect(m.map((x) => x.date)).toEqual(['2026-02-10', '2026-03-10', '2026-03-25']);
    expect(m.at(-1)!.value).toBe(70);
  });

  it('rounds counts to whole units without leaving the baseline-target span', () => {
    const m = monthlyMilestones('2026-01-01', '2027-01-01', 10.5, 12, 'count');
    for (const x of m) {
      expect(x.value).toBeGreaterThanOrEqual(10.5);
      expect(x.value).toBeLessThanOrEqual(12);
    }
    expect(m.slice(0, -1).every((x) => Number.isInteger(x.value) || x.value === 10.5)).toBe(true);
  });
});
