import { describe, expect, it } from 'vitest';
import { evaluateKpi, findKpi, judgeAttainability, effectiveMonths, calendarMonthsFor } from '@/models/kpi';
import type { Attainability } from '@/models/kpi';

// The sources' own judgements, each as a named case. `expected` lists the verdicts that agree with the
// source ("not unlikely" accepts yes or stretch).
type Case = { name: string; kpi: string; baseline: number; target: number; months: number; expected: Attainability[] };

const TODAY = '2026-01-15';
const deadlineAfter = (months: number) => {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

const cases: Case[] = [
  // 003 §5.1.1: from 70 % satisfaction, 95 % in the short term is not attainable, 80 % is.
  { name: '003: satisfaction 70% -> 95% in three months is unlikely', kpi: 'csat', baseline: 70, target: 95, months: 3, expected: ['unlikely'] },
  { name: '003: satisfaction 70% -> 80% in a year is not unlikely', kpi: 'csat', baseline: 70, target: 80, months: 12, expected: ['yes'] },
  { name: '003: satisfaction 70% -> 80% in the short term is at most a stretch', kpi: 'csat', baseline: 70, target: 80, months: 3, expected: ['yes', 'stretch'] },
  // 003 §3.1.1: an electronics maker wanted churn -50 % within three months.
  { name: '003: churn cut by half in three months is unlikely (20% -> 10%)', kpi: 'churn-rate', baseline: 20, target: 10, months: 3, expected: ['unlikely'] },
  { name: '003: churn cut by half in three months is unlikely (10% -> 5%)', kpi: 'churn-rate', baseline: 10, target: 5, months: 3, expected: ['unlikely'] },
  { name: '003: churn cut by half in three months is unlikely (4% -> 2%)', kpi: 'churn-rate', baseline: 4, target: 2, months: 3, expected: ['unlikely'] },
  // 003 §4.2.2: +20 % satisfaction within one month of go-live, read as relative or as points.
  { name: '003: +20% satisfaction (relative) within one month is unlikely', kpi: 'csat', baseline: 70, target: 84, months: 1, expected: ['unlikely'] },
  { name: '003: +20 points of satisfaction within one month is unlikely', kpi: 'csat', baseline: 70, target: 90, months: 1, expected: ['unlikely'] },
  { name: '003: +30% sales (new customers) within one month is unlikely', kpi: 'new-customers', baseline: 100, target: 130, months: 1, expected: ['unlikely'] },
  // 003 §5.1.1: "cut churn by 10 % this fiscal year".
  { name: '003: churn -10% (relative) within a year is attainable', kpi: 'churn-rate', baseline: 10, target: 9, months: 12, expected: ['yes'] },
  // 002's example targets on typical baselines. 002 gives no period; tested over a year.
  { name: '002: lead conversion +15% over a year is attainable', kpi: 'lead-conversion-rate', baseline: 20, target: 23, months: 12, expected: ['yes'] },
  { name: '002: win rate +10% over a year is attainable', kpi: 'win-rate', baseline: 25, target: 27.5, months: 12, expected: ['yes'] },
  { name: '002: sales cycle 10 days shorter (60 -> 50) over a year is attainable', kpi: 'sales-cycle-days', baseline: 60, target: 50, months: 12, expected: ['yes'] },
  { name: '002: sales cycle 10 days shorter (30 -> 20) over a year is attainable', kpi: 'sales-cycle-days', baseline: 30, target: 20, months: 12, expected: ['yes'] },
  { name: '002: average order value +5% over a year is attainable', kpi: 'average-order-value', baseline: 2000, target: 2100, months: 12, expected: ['yes'] },
  { name: '002: FCR to 85% (from 70%) over a year is attainable', kpi: 'first-contact-resolution', baseline: 70, target: 85, months: 12, expected: ['yes'] },
  { name: '002: CSAT +15% over a year is attainable', kpi: 'csat', baseline: 70, target: 80.5, months: 12, expected: ['yes'] },
  { name: '002: NPS +20% over a year is attainable', kpi: 'nps', baseline: 30, target: 36, months: 12, expected: ['yes'] },
  { name: '002: campaign ROI +30% over a year is attainable', kpi: 'campaign-roi', baseline: 150, target: 195, months: 12, expected: ['yes'] },
  { name: '002: cost per lead -20% over a year is attainable', kpi: 'cost-per-lead', baseline: 200, target: 160, months: 12, expected: ['yes'] },
  { name: '002: customer lifetime value +10% over a year is attainable', kpi: 'customer-lifetime-value', baseline: 30000, target: 33000, months: 12, expected: ['yes'] },
  // 003 §4.2.3: the online-education company's results after resetting its goals. 003 gives no period; tested over a year.
  { name: '003: complaints 15% -> 5% over a year is at worst a stretch', kpi: 'complaint-rate', baseline: 15, target: 5, months: 12, expected: ['yes', 'stretch'] },
  { name: '003: conversion 10% -> 20% over a year is at worst a stretch', kpi: 'lead-conversion-rate', baseline: 10, target: 20, months: 12, expected: ['yes', 'stretch'] },
  { name: '003: satisfaction 70% -> 85% over a year is at worst a stretch', kpi: 'csat', baseline: 70, target: 85, months: 12, expected: ['yes', 'stretch'] },
];

describe('attainability agrees with the sources', () => {
  it.each(cases)('$name', ({ kpi, baseline, target, months, expected }) => {
    const evaluation = evaluateKpi({ kpiId: kpi, baseline, target, deadline: deadlineAfter(months), today: TODAY });
    expect(evaluation.months).toBe(months);
    expect(expected).toContain(evaluation.smart.attainable);
  });
});

describe('attainability rule details', () => {
  it('finds a rate near its ceiling harder to raise by the same points', () => {
    const csat = findKpi('csat')!;
    const low = judgeAttainability(csat, 40, 50, 6);
    const high = judgeAttainability(csat, 85, 95, 6);
    expect(high.effort).toBeGreaterThan(low.effort);
  });

  it('lets adoption measures move faster than customer measures', () => {
    const adoption = judgeAttainability(findKpi('active-user-rate')!, 40, 80, 4);
    const customer = judgeAttainability(findKpi('retention-rate')!, 40, 80, 4);
    expect(adoption.effort).toBeCloseTo(customer.effort, 10);
    expect(adoption.comfortablePace).toBeGreaterThan(customer.comfortablePace);
    expect(adoption.verdict).not.toBe('unlikely');
    expect(customer.verdict).toBe('unlikely');
  });

  it('judges an adoption rate from zero on its headroom only', () => {
    const d = judgeAttainability(findKpi('active-user-rate')!, 0, 80, 6);
    expect(d.zeroBaseline).toBe(true);
    expect(d.effort).toBeCloseTo(Math.log(1 / 0.2), 10);
    expect(d.verdict).toBe('yes');
  });

  it('calls growth from zero with no ceiling a stretch it cannot measure', () => {
    const d = judgeAttainability(findKpi('new-customers')!, 0, 50, 12);
    expect(d).toMatchObject({ zeroBaseline: true, verdict: 'stretch', monthsComfortable: null, monthsStretch: null });
  });

  it('treats reaching exactly zero or 100 % as very hard but finite', () => {
    const zero = judgeAttainability(findKpi('complaint-rate')!, 5, 0, 12);
    const full = judgeAttainability(findKpi('data-entry-accuracy')!, 90, 100, 3);
    const free = judgeAttainability(findKpi('cost-per-lead')!, 100, 0, 12);
    for (const d of [zero, full, free]) {
      expect(Number.isFinite(d.effort)).toBe(true);
      expect(d.verdict).toBe('unlikely');
    }
  });

  it('counts months beyond the first year at half weight, and inverts exactly', () => {
    expect(effectiveMonths(6)).toBe(6);
    expect(effectiveMonths(12)).toBe(12);
    expect(effectiveMonths(24)).toBe(18);
    for (const m of [0.5, 3, 12, 18, 30, 100]) expect(calendarMonthsFor(effectiveMonths(m))).toBeCloseTo(m, 10);
  });

  it('reports the months a change needs, consistent with the verdict', () => {
    const d = judgeAttainability(findKpi('csat')!, 70, 95, 3);
    expect(d.verdict).toBe('unlikely');
    expect(d.monthsStretch!).toBeGreaterThan(3);
    expect(d.monthsComfortable!).toBeGreaterThan(d.monthsStretch!);
    const ok = judgeAttainability(findKpi('csat')!, 70, 80, 12);
    expect(ok.monthsComfortable!).toBeLessThanOrEqual(12);
  });

  it('uses the log-ratio for money: a 20 % cut is the same effort at any scale', () => {
    const a = judgeAttainability(findKpi('cost-per-lead')!, 100, 80, 12);
    const b = judgeAttainability(findKpi('cost-per-lead')!, 5000, 4000, 12);
    expect(a.effort).toBeCloseTo(b.effort, 12);
  });

  it('judges an unbounded custom score by its relative change', () => {
    const def = { category: 'sales' as const };
    expect(judgeAttainability(def, 50, 55, 12).verdict).toBe('yes');
    expect(judgeAttainability(def, -50, -55, 12).effort).toBeCloseTo(Math.log1p(0.1), 12);
    expect(judgeAttainability(def, 0, 5, 12).zeroBaseline).toBe(true);
  });
});
