// Invariants of the duration estimate as fast-check properties over random valid inputs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateDuration, validateDurationInput, type DurationEstimate, type DurationInput, type Level } from '@/models/duration';
import { inputArb } from './fixtures';

const numbers = (e: DurationEstimate): number[] => [
  ...e.phases.flatMap((p) => [p.lowWeeks, p.likelyWeeks, p.highWeeks, p.startWeek]),
  ...Object.values(e.total),
  ...(e.firstReleaseWeeks === undefined ? [] : [e.firstReleaseWeeks]),
];

describe('invariants', () => {
  it('no NaN, no Infinity, no negative number', () => {
    fc.assert(
      fc.property(inputArb, (input) => numbers(estimateDuration(input)).every((n) => Number.isFinite(n) && n >= 0)),
    );
  });

  it('low <= likely <= high for every phase and the total; low <= p50 <= p80 <= high', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimateDuration(input);
        const t = e.total;
        return (
          e.phases.every((p) => p.lowWeeks <= p.likelyWeeks && p.likelyWeeks <= p.highWeeks) &&
          t.lowWeeks <= t.likelyWeeks &&
          t.likelyWeeks <= t.highWeeks &&
          t.lowWeeks <= t.p50Weeks &&
          t.p50Weeks <= t.p80Weeks &&
          t.p80Weeks <= t.highWeeks
        );
      }),
    );
  });

  it('phases start in order, none before the project, and the first release comes before go-live', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimateDuration(input);
        const starts = e.phases.map((p) => p.startWeek);
        return (
          starts.every((s, i) => i === 0 || s >= starts[i - 1]!) &&
          (e.firstReleaseWeeks === undefined || e.firstReleaseWeeks <= e.total.likelyWeeks)
        );
      }),
    );
  });

  it('with a start date, every phase has ordered dates and go-live is the rollout end', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        fc.pre(input.startDate !== undefined);
        const e = estimateDuration(input);
        return (
          e.phases.every((p) => p.startDate! <= p.endDate! && p.startDate! >= input.startDate!) &&
          e.goLiveDate === e.phases[4]!.endDate
        );
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(inputArb, (input) => JSON.stringify(estimateDuration(input)) === JSON.stringify(estimateDuration({ ...input }))), { numRuns: 50 });
  });

  it('every generated input passes validation unchanged', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = validateDurationInput(input);
        return r.ok && JSON.stringify(r.value) === JSON.stringify(input);
      }),
    );
  });
});

/** Each ordered factor, as a function that makes an input one step worse (or returns null at the worst). */
const worsen: Record<string, (i: DurationInput) => DurationInput | null> = {
  companySize: (i) => (i.companySize === 'large' ? null : { ...i, companySize: i.companySize === 'small' ? 'medium' : 'large' }),
  complexity: (i) => (i.complexity === 5 ? null : { ...i, complexity: (i.complexity + 1) as Level }),
  digitalMaturity: (i) => (i.digitalMaturity === 1 ? null : { ...i, digitalMaturity: (i.digitalMaturity - 1) as Level }),
  vendorSupport: (i) => (i.vendorSupport === 1 ? null : { ...i, vendorSupport: (i.vendorSupport - 1) as Level }),
  internalCommitment: (i) => (i.internalCommitment === 1 ? null : { ...i, internalCommitment: (i.internalCommitment - 1) as Level }),
  deployment: (i) => (i.deployment === 'onPremise' ? null : { ...i, deployment: i.deployment === 'cloud' ? 'hybrid' : 'onPremise' }),
  platformToCustom: (i) => (i.platform === 'custom' ? null : { ...i, platform: 'custom' }),
  platformSaasToLowCode: (i) => (i.platform !== 'saas' ? null : { ...i, platform: 'lowCode' }),
  integrations: (i) => (i.integrations === 20 ? null : { ...i, integrations: i.integrations + 1 }),
  switchingVendor: (i) => (i.switchingVendor ? null : { ...i, switchingVendor: true }),
  agile: (i) => (!i.agile ? null : { ...i, agile: false }),
  expanding: (i) => (i.expanding ? null : { ...i, expanding: true }),
  keyStaffTurnover: (i) => (i.keyStaffTurnover ? null : { ...i, keyStaffTurnover: true }),
};

describe('making any factor worse never shortens anything', () => {
  it.each(Object.keys(worsen))('%s', (factor) => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const worse = worsen[factor]!(input);
        fc.pre(worse !== null);
        const a = estimateDuration(input);
        const b = estimateDuration(worse!);
        a.phases.forEach((p, i) => {
          const q = b.phases[i]!;
          expect(q.lowWeeks).toBeGreaterThanOrEqual(p.lowWeeks);
          expect(q.likelyWeeks).toBeGreaterThanOrEqual(p.likelyWeeks);
          expect(q.highWeeks).toBeGreaterThanOrEqual(p.highWeeks);
          expect(q.startWeek).toBeGreaterThanOrEqual(p.startWeek);
        });
        for (const k of ['lowWeeks', 'likelyWeeks', 'highWeeks', 'p50Weeks', 'p80Weeks'] as const) {
          expect(b.total[k]).toBeGreaterThanOrEqual(a.total[k]);
        }
        if (a.goLiveDate && b.goLiveDate) expect(b.goLiveDate >= a.goLiveDate).toBe(true);
        // Low-code's faster first release is the one intended exception (002's claim, attributed).
        if (factor !== 'platformSaasToLowCode' && a.firstReleaseWeeks !== undefined && b.firstReleaseWeeks !== undefined) {
          expect(b.firstReleaseWeeks).toBeGreaterThanOrEqual(a.firstReleaseWeeks);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('switching vendors adds at most 3 months to any project', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        fc.pre(!input.switchingVendor);
        const a = estimateDuration(input).total;
        const b = estimateDuration({ ...input, switchingVendor: true }).total;
        return b.likelyWeeks - a.likelyWeeks <= 3 * 4.33 + 0.1 && b.likelyWeeks - a.likelyWeeks >= 1;
      }),
    );
  });
});
