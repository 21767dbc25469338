import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRICE_FIELDS, YEARS_MAX, YEARS_MIN, YEAR_CHOICES, computeTco, rankByCost, type TcoResult } from '@/models/matrix';
import { tcoInput } from './arbitraries';

const result = (...totals: number[]): TcoResult => ({
  options: totals.map((total, i) => ({
    id: `o${i}`,
    total,
    byYear: [total],
    cumulative: [total],
    breakdown: { licenses: total, implementation: 0, maintenance: 0, training: 0 },
  })),
});

describe('rankByCost', () => {
  // 80,000 against 100,000: 20,000 less, which is 20% of the dearer one.
  it('names the cheapest, the next and the gap, hand-computed', () => {
    expect(rankByCost(result(100_000, 80_000, 150_000))).toEqual({ kind: 'cheapest', cheapest: 'o1', next: 'o0', total: 80_000, diff: 20_000, pct: 20 });
  });

  it('says "all the same" when every option costs the same, or there is only one', () => {
    expect(rankByCost(result(5_000, 5_000, 5_000))).toEqual({ kind: 'equal', total: 5_000 });
    expect(rankByCost(result(7))).toEqual({ kind: 'equal', total: 7 });
    expect(rankByCost(result())).toEqual({ kind: 'equal', total: 0 });
  });

  it('two tied cheapest ahead of a dearer third: the gap to the next is nothing', () => {
    expect(rankByCost(result(10, 10, 30))).toMatchObject({ kind: 'cheapest', cheapest: 'o0', next: 'o1', diff: 0, pct: 0 });
  });

  it('a free option against a paid one is 100% cheaper', () => {
    expect(rankByCost(result(0, 400))).toMatchObject({ kind: 'cheapest', cheapest: 'o0', diff: 400, pct: 100 });
  });

  it('fast-check: the cheapest costs least, the gap is the next one less it, the percentage is in 0-100', () => {
    fc.assert(
      fc.property(tcoInput, (input) => {
        const tco = computeTco(input);
        const r = rankByCost(tco);
        const totals = tco.options.map((o) => o.total);
        if (r.kind === 'equal') {
          expect(new Set(totals).size).toBeLessThanOrEqual(1);
          return;
        }
        const byId = new Map(tco.options.map((o) => [o.id, o.total]));
        expect(r.total).toBe(Math.min(...totals));
        expect(byId.get(r.cheapest)).toBe(r.total);
        expect(r.diff).toBe(byId.get(r.next)! - r.total);
        expect(totals.filter((t) => t < byId.get(r.next)! && t !== r.total)).toEqual([]);
        expect(r.pct).toBeGreaterThanOrEqual(0);
        expect(r.pct).toBeLessThanOrEqual(100);
        expect(Number.isFinite(r.pct)).toBe(true);
      }),
    );
  });
});

describe('cost field lists', () => {
  it('offers every period from the shortest to the longest, in order', () => {
    expect(YEAR_CHOICES).toEqual(Array.from({ length: YEARS_MAX - YEARS_MIN + 1 }, (_, k) => YEARS_MIN + k));
    expect(YEAR_CHOICES).toEqual([1, 2, 3, 4, 5]);
  });

  it('asks for each price an option has, once', () => {
    expect([...PRICE_FIELDS].sort()).toEqual(['annualMaintenance', 'implementation', 'licensePerUserPerMonth', 'trainingPerUser']);
  });
});
