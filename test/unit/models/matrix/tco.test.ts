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

  it('fast-check: the total equals the formula, the years and the breakdown; nothing negative or NaN', () => {
    fc.assert(
      fc.property(tcoInput, (input) => {
        const r = computeTco(input);
        r.options.forEach((o, i) => {
          const p = input.options[i]!;
          const formula = p.licensePerUserPerMonth * input.users * 12 * input.years + p.implementation + p.annualMaintenance * input.years + p.trainingPerUser * input.users;
          expect(o.total).toBeCloseTo(formula, 4);
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
