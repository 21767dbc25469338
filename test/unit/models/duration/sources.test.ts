// The figures of the source documents, reproduced by the estimator: its defaults must land where the sources say.
import { describe, expect, it } from 'vitest';
import { assumptions, estimateDuration, type DurationInput } from '@/models/duration';
import { LARGE_COMPLEX_CUSTOM, months, SMALL_READY, TYPICAL_MEDIUM } from './fixtures';

const tol = 0.1; // weeks are rounded to one decimal

describe('source facts', () => {
  it('000, 001: a small, simple, mature company with a strong vendor and commitment on cloud SaaS is live in 1-3 months', () => {
    const { total } = estimateDuration(SMALL_READY);
    expect(total.lowWeeks).toBeGreaterThanOrEqual(months(1) - 1.5); // the 1-month e-commerce case sits near the low end
    expect(total.likelyWeeks).toBeGreaterThanOrEqual(months(1));
    expect(total.likelyWeeks).toBeLessThanOrEqual(months(3));
    expect(total.p80Weeks).toBeLessThanOrEqual(months(3));
    expect(total.highWeeks).toBeLessThanOrEqual(months(3));
  });

  it('000: a typical medium company (all levels 3, cloud SaaS, two integrations) takes 3-9 months', () => {
    const { total } = estimateDuration(TYPICAL_MEDIUM);
    expect(total.lowWeeks).toBeGreaterThanOrEqual(months(3));
    expect(total.likelyWeeks).toBeGreaterThanOrEqual(months(3));
    expect(total.likelyWeeks).toBeLessThanOrEqual(months(9));
    expect(total.p80Weeks).toBeLessThanOrEqual(months(9));
    expect(total.highWeeks).toBeLessThanOrEqual(months(9) + tol);
  });

  it('001: a large, complex, low-maturity company on a custom on-premise build takes 6 months or more, not much over 2 years', () => {
    const { total } = estimateDuration(LARGE_COMPLEX_CUSTOM);
    expect(total.lowWeeks).toBeGreaterThanOrEqual(months(6));
    expect(total.p80Weeks).toBeLessThanOrEqual(months(24));
    expect(total.highWeeks).toBeLessThanOrEqual(months(24) * 1.1);
  });

  it('002: a heavily customised build for a typical company takes 6-12 months', () => {
    const { total } = estimateDuration({ ...TYPICAL_MEDIUM, platform: 'custom' });
    expect(total.likelyWeeks).toBeGreaterThanOrEqual(months(6));
    expect(total.likelyWeeks).toBeLessThanOrEqual(months(12));
  });

  it.each<[string, DurationInput]>([
    ['small', SMALL_READY],
    ['typical medium', TYPICAL_MEDIUM],
    ['large complex', LARGE_COMPLEX_CUSTOM],
  ])('000: switching vendors adds 1-3 months to the same project (%s)', (_name, input) => {
    const base = estimateDuration(input).total;
    const switched = estimateDuration({ ...input, switchingVendor: true }).total;
    for (const key of ['lowWeeks', 'likelyWeeks', 'highWeeks'] as const) {
      const added = switched[key] - base[key];
      expect(added).toBeGreaterThanOrEqual(months(1) - 0.2); // 0.2: rounding, and a little slack absorbed by overlap
      expect(added).toBeLessThanOrEqual(months(3) + tol);
    }
  });

  it('000: training and pilot take about a month for a typical company', () => {
    const training = estimateDuration(TYPICAL_MEDIUM).phases.find((p) => p.id === 'training')!;
    expect(training.likelyWeeks).toBeCloseTo(months(1), 1);
    expect(training.lowWeeks).toBeGreaterThanOrEqual(3);
    expect(training.highWeeks).toBeLessThanOrEqual(6);
  });

  it('000: for the typical company each phase is its source range (planning 1-2, deployment 1-3, migration 1-3 months)', () => {
    const byId = Object.fromEntries(estimateDuration(TYPICAL_MEDIUM).phases.map((p) => [p.id, p]));
    for (const id of ['planning', 'deployment', 'migration', 'training', 'rollout'] as const) {
      const base = assumptions.BASE_RANGES[id];
      expect(byId[id]!.lowWeeks).toBeCloseTo(base.low, 1);
      expect(byId[id]!.likelyWeeks).toBeCloseTo(base.likely, 1);
      expect(byId[id]!.highWeeks).toBeCloseTo(base.high, 1);
    }
    expect(byId.planning!.lowWeeks).toBeCloseTo(months(1), 1);
    expect(byId.planning!.highWeeks).toBeCloseTo(months(2), 1);
    expect(byId.deployment!.highWeeks).toBeCloseTo(months(3), 1);
    expect(byId.migration!.highWeeks).toBeCloseTo(months(3), 1);
  });

  it('000: agile iterations give a first usable release well before the full go-live, and shorten the whole', () => {
    const waterfall = estimateDuration(TYPICAL_MEDIUM);
    const agile = estimateDuration({ ...TYPICAL_MEDIUM, agile: true });
    expect(waterfall.firstReleaseWeeks).toBeUndefined();
    expect(agile.firstReleaseWeeks).toBeDefined();
    expect(agile.firstReleaseWeeks!).toBeLessThan(agile.total.likelyWeeks * 0.6);
    expect(agile.total.likelyWeeks).toBeLessThan(waterfall.total.likelyWeeks);
  });

  it('001: a small company with a lightweight online CRM has a first release in about a month', () => {
    const { firstReleaseWeeks } = estimateDuration({ ...SMALL_READY, agile: true });
    expect(firstReleaseWeeks!).toBeLessThanOrEqual(months(1.5));
  });

  it('002 (vendor claim): low-code gives a faster first release than standard SaaS, not a shorter project', () => {
    const saas = estimateDuration({ ...TYPICAL_MEDIUM, agile: true });
    const lowCode = estimateDuration({ ...TYPICAL_MEDIUM, agile: true, platform: 'lowCode' });
    expect(lowCode.firstReleaseWeeks!).toBeLessThan(saas.firstReleaseWeeks!);
    expect(lowCode.total.likelyWeeks).toBeGreaterThanOrEqual(saas.total.likelyWeeks);
  });

  it('000, 004: rapid expansion and a turnover peak slow the project, the pessimistic end most', () => {
    const base = estimateDuration(TYPICAL_MEDIUM).total;
    for (const risk of [{ expanding: true }, { keyStaffTurnover: true }]) {
      const t = estimateDuration({ ...TYPICAL_MEDIUM, ...risk }).total;
      expect(t.likelyWeeks).toBeGreaterThan(base.likelyWeeks);
      expect(t.highWeeks - base.highWeeks).toBeGreaterThan(t.likelyWeeks - base.likelyWeeks);
    }
  });

  it('000: each factor of the source moves the typical estimate the way the source says', () => {
    const likely = (patch: Partial<DurationInput>) => estimateDuration({ ...TYPICAL_MEDIUM, ...patch }).total.likelyWeeks;
    const base = likely({});
    expect(likely({ companySize: 'large' })).toBeGreaterThan(base);
    expect(likely({ companySize: 'small' })).toBeLessThan(base);
    expect(likely({ complexity: 5 })).toBeGreaterThan(base);
    expect(likely({ digitalMaturity: 1 })).toBeGreaterThan(base);
    expect(likely({ digitalMaturity: 5 })).toBeLessThan(base);
    expect(likely({ vendorSupport: 1 })).toBeGreaterThan(base);
    expect(likely({ internalCommitment: 1 })).toBeGreaterThan(base);
    expect(likely({ internalCommitment: 5 })).toBeLessThan(base);
    expect(likely({ deployment: 'onPremise' })).toBeGreaterThan(base);
    expect(likely({ integrations: 10 })).toBeGreaterThan(base);
  });
});
