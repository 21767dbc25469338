import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COST_STEP, computeTco, costScores } from '@/models/matrix';
import { tcoInput } from './arbitraries';

describe('computeTco', () => {
  // 10 users, 3 years; licence 100 per user per month, implementation 20,000, maintenance 5,000 a year,
  // training 300 per user:
  //   licences 100*10*12*3 = 36,000; maintenance 15,000; training 3,000; total 74,000
  //   year 1 = 12,000 + 5,000 + 20,000 + 3,000 = 40,000; years 2 and 3 = 17,000 each
  it('hand-computed case', () => {
    const r = computeTco({
      users: 10,
      years: 3,
      options: [{ id: 'a', licensePerUserPerMonth: 100, implementation: 20_000, annualMaintenance: 5_000, trainingPerUser: 300 }],
    });
    expect(r.options[0]).toEqual({
      id: 'a',
      total: 74_000,
      byYear: [40_000, 17_000, 17_000],
      cumulative: [40_000, 57_000, 74_000],
      breakdown: { licenses: 36_000, implementation: 20_000, maintenance: 15_000, training: 3_000 },
    });
  });

  it('one year puts everything in year 1', () => {
    const r = computeTco({ users: 1, years: 1, options: [{ id: 'x', licensePerUserPerMonth: 1, implementation: 2, annualMaintenance: 3, trainingPerUser: 4 }] });
    expect(r.options[0]!.byYear).toEqual([12 + 2 + 3 + 4]);
  });

  it('a free option costs nothing', () => {
    const r = computeTco({ users: 50, years: 5, options: [{ id: 'free', licensePerUserPerMonth: 0, implementation: 0, annualMaintenance: 0, trainingPerUser: 0 }] });
    expect(r.options[0]!.total).toBe(0);
    expect(r.options[0]!.byYear).toEqual([0, 0, 0, 0, 0]);
  });

  it('fast-check: the years add up to the total, nothing negative or NaN', () => {
    fc.assert(
      fc.property(tcoInput, (input) => {
        computeTco(input).options.forEach((o) => {
          expect(o.byYear).toHaveLength(input.years);
          expect(o.byYear.reduce((a, b) => a + b, 0)).toBeCloseTo(o.total, 4);
          expect(o.cumulative.at(-1)!).toBeCloseTo(o.total, 4);
          const b = o.breakdown;
          expect(b.licenses + b.implementation + b.maintenance + b.training).toBeCloseTo(o.total, 4);
          for (const v of [...o.byYear, o.total]) expect(Number.isFinite(v) && v >= 0).toBe(true);
        });
      }),
    );
  });

  // What a budget owner expects of the figures, checked by comparing runs rather than by restating
  // the formula: each holds for the formula above and fails for the usual slips (a one-off counted
  // every year, a per-user price not multiplied, a year left out).
  it('fast-check: one more year adds exactly the cost of a later year; one-off costs stay in year 1', () => {
    fc.assert(
      fc.property(tcoInput.filter((i) => i.years < 5), (input) => {
        const now = computeTco(input).options;
        const longer = computeTco({ ...input, years: input.years + 1 }).options;
        now.forEach((o, i) => {
          const extra = longer[i]!.byYear.at(-1)!;
          expect(longer[i]!.total - o.total).toBeCloseTo(extra, 4);
          expect(longer[i]!.byYear.slice(0, input.years)).toEqual(o.byYear);
          // A later year holds recurring costs only: it does not change with the implementation price.
          const p = input.options[i]!;
          const dearerSetup = computeTco({ ...input, years: input.years + 1, options: [{ ...p, implementation: p.implementation + 1_000 }] }).options[0]!;
          expect(dearerSetup.byYear.at(-1)).toBe(extra);
          expect(dearerSetup.byYear[0]! - longer[i]!.byYear[0]!).toBe(1_000);
        });
      }),
    );
  });

  it('fast-check: twice the users cost twice the licences and training, the same implementation and maintenance', () => {
    fc.assert(
      fc.property(tcoInput, (input) => {
        const one = computeTco(input).options;
        const two = computeTco({ ...input, users: input.users * 2 }).options;
        one.forEach((o, i) => {
          const d = two[i]!.breakdown;
          expect(d.licenses).toBeCloseTo(2 * o.breakdown.licenses, 4);
          expect(d.training).toBeCloseTo(2 * o.breakdown.training, 4);
          expect(d.implementation).toBe(o.breakdown.implementation);
          expect(d.maintenance).toBe(o.breakdown.maintenance);
        });
      }),
    );
  });

  it('fast-check: a higher price on any line never lowers the total', () => {
    const field = fc.constantFrom('licensePerUserPerMonth', 'implementation', 'annualMaintenance', 'trainingPerUser' as const);
    fc.assert(
      fc.property(tcoInput, field, fc.integer({ min: 1, max: 10_000 }), (input, key, more) => {
        const p = input.options[0]!;
        const base = computeTco({ ...input, options: [p] }).options[0]!.total;
        const dearer = computeTco({ ...input, options: [{ ...p, [key]: p[key] + more }] }).options[0]!.total;
        expect(dearer).toBeGreaterThan(base);
      }),
    );
  });
});

describe('costScores', () => {
  it('the cheapest scores 5, each 25% above it one point less, twice or more scores 1', () => {
    expect(COST_STEP).toBe(0.25);
    expect(costScores({ a: 100, b: 125, c: 150, d: 200, e: 900 })).toEqual({ a: 5, b: 4, c: 3, d: 1, e: 1 });
  });
  it('equal costs score equal', () => {
    expect(costScores({ a: 74_000, b: 74_000 })).toEqual({ a: 5, b: 5 });
  });
  it('small differences give small score differences', () => {
    const s = costScores({ a: 100_000, b: 103_000 });
    expect(s.a).toBe(5);
    expect(s.b).toBe(4.9);
  });
  it('free against paid', () => {
    expect(costScores({ free: 0, paid: 10 })).toEqual({ free: 5, paid: 1 });
    expect(costScores({ a: 0, b: 0 })).toEqual({ a: 5, b: 5 });
  });
  it('fast-check: scores stay within 1-5 and cheaper never scores lower', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.integer({ min: 0, max: 10_000_000 }), { minKeys: 1, maxKeys: 6 }), (totals) => {
        const s = costScores(totals);
        const ids = Object.keys(totals);
        for (const id of ids) expect(s[id]! >= 1 && s[id]! <= 5).toBe(true);
        for (const x of ids) for (const y of ids) if (totals[x]! < totals[y]!) expect(s[x]!).toBeGreaterThanOrEqual(s[y]!);
      }),
    );
  });
});
