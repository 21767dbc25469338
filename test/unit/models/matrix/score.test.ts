import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRITERIA, DEFAULT_MATRIX_INPUT, TIE_MARGIN, scoreMatrix, type MatrixInput } from '@/models/matrix';
import { matrixInput } from './arbitraries';

const close = (a: number, b: number, digits = 9) => expect(a).toBeCloseTo(b, digits);

// Two options, two criteria, worked out by hand:
//   weights: process-fit 3, usability 1 (shares 75% / 25%)
//   A: process-fit 5, usability 1  ->  (3*1 + 1*0) / 4 * 100 = 75
//   B: process-fit 2, usability 5  ->  (3*0.25 + 1*1) / 4 * 100 = 43.75
//   gap numerator N0 = 3*(5-2) + 1*(1-5) = 5
//   process-fit: w* = 3 - 5/3 = 4/3   (share 4/3 / 7/3 = 57.14%), weight must fall, favours A
//   usability:   w* = 1 - 5/(-4) = 2.25 (share 2.25 / 5.25 = 42.86%), weight must rise, favours B
const HAND: MatrixInput = {
  weights: { 'process-fit': 3, usability: 1 },
  options: [
    { id: 'a', scores: { 'process-fit': 5, usability: 1 } },
    { id: 'b', scores: { 'process-fit': 2, usability: 5 } },
  ],
};

describe('scoreMatrix: hand-computed case (2 options x 2 criteria)', () => {
  const r = scoreMatrix(HAND);

  it('totals, ranking, winner and margin', () => {
    close(r.totals.a!, 75);
    close(r.totals.b!, 43.75);
    expect(r.ranking).toEqual(['a', 'b']);
    expect(r.winner).toBe('a');
    close(r.margin, 31.25);
  });

  it('contributions per criterion add up to the totals', () => {
    close(r.contributions.a!['process-fit']!, 75);
    close(r.contributions.a!.usability!, 0);
    close(r.contributions.b!['process-fit']!, 18.75);
    close(r.contributions.b!.usability!, 25);
  });

  it('shares of weight', () => {
    close(r.shares['process-fit']!, 75);
    close(r.shares.usability!, 25);
  });

  it('weightToFlip for each criterion', () => {
    const pf = r.sensitivity.find((s) => s.criterionId === 'process-fit')!;
    const us = r.sensitivity.find((s) => s.criterionId === 'usability')!;
    close(pf.weightToFlip!, 4 / 3);
    close(pf.shareToFlip!, 400 / 7);
    expect(pf.direction).toBe('down');
    expect(pf.favours).toBe('a');
    close(us.weightToFlip!, 2.25);
    close(us.shareToFlip!, 300 / 7);
    expect(us.direction).toBe('up');
    expect(us.favours).toBe('b');
  });

  it('at weightToFlip the top two really tie', () => {
    const tie = scoreMatrix({ ...HAND, weights: { 'process-fit': 3, usability: 2.25 } });
    close(tie.totals.a!, tie.totals.b!);
    expect(tie.winner).toBeNull();
  });
});

describe('scoreMatrix: rules', () => {
  it('multiplying all weights by the same factor leaves the totals unchanged', () => {
    const base = scoreMatrix(HAND);
    for (const k of [0.001, 2, 7.5, 1000]) {
      const scaled = scoreMatrix({ ...HAND, weights: { 'process-fit': 3 * k, usability: 1 * k } });
      close(scaled.totals.a!, base.totals.a!);
      close(scaled.totals.b!, base.totals.b!);
      expect(scaled.ranking).toEqual(base.ranking);
    }
  });

  it('equal scores give no winner', () => {
    const r = scoreMatrix(DEFAULT_MATRIX_INPUT);
    expect(r.winner).toBeNull();
    expect(r.margin).toBe(0);
    expect(r.totals.saas).toBe(r.totals.lowcode);
    expect(r.ranking).toEqual(['saas', 'lowcode']); // ties keep the visitor's order
    expect(r.sensitivity.every((s) => s.weightToFlip === null && s.favours === null)).toBe(true);
  });

  it('with one criterion weighted, the option that scores higher on it wins', () => {
    for (const c of CRITERIA) {
      const weights = Object.fromEntries(CRITERIA.map((x) => [x.id, x.id === c.id ? 1 : 0]));
      const flat = Object.fromEntries(CRITERIA.map((x) => [x.id, 3]));
      const r = scoreMatrix({
        weights,
        options: [
          { id: 'low', scores: { ...flat, [c.id]: 2 } },
          { id: 'high', scores: { ...flat, [c.id]: 4 } },
        ],
      });
      expect(r.winner, c.id).toBe('high');
      close(r.totals.high!, 75);
      close(r.totals.low!, 25);
    }
  });

  it('all 1s score 0 and all 5s score 100', () => {
    const r = scoreMatrix({
      weights: { integration: 1, usability: 4 },
      options: [
        { id: 'min', scores: { integration: 1, usability: 1 } },
        { id: 'max', scores: { integration: 5, usability: 5 } },
      ],
    });
    expect(r.totals).toEqual({ min: 0, max: 100 });
  });

  it('a gap of exactly one point is too close to call; just over one point is not', () => {
    // One criterion, scores 3 and 3.04: totals 50 and 51, a margin of exactly TIE_MARGIN.
    const at = (s: number) =>
      scoreMatrix({ weights: { usability: 1 }, options: [{ id: 'x', scores: { usability: s } }, { id: 'y', scores: { usability: 3 } }] });
    expect(at(3.04).margin).toBeCloseTo(TIE_MARGIN, 9);
    expect(at(3.04).winner).toBeNull();
    expect(at(3.05).winner).toBe('x');
  });

  it('a zero-weight criterion contributes nothing and cannot flip the result unless raised', () => {
    const r = scoreMatrix({
      weights: { usability: 1, integration: 0 },
      options: [
        { id: 'a', scores: { usability: 4, integration: 1 } },
        { id: 'b', scores: { usability: 2, integration: 5 } },
      ],
    });
    expect(r.contributions.a!.integration).toBe(0);
    const s = r.sensitivity.find((x) => x.criterionId === 'integration')!;
    // N0 = 1*(4-2) = 2, d = -4: w* = 0 + 0.5, i.e. integration at half of usability's weight ties them.
    close(s.weightToFlip!, 0.5);
    expect(s.direction).toBe('up');
  });

  it('no weight can flip when the leader is ahead and at least as good on that criterion (w* < 0)', () => {
    const r = scoreMatrix({
      weights: { usability: 1, integration: 1 },
      options: [
        { id: 'a', scores: { usability: 5, integration: 4 } },
        { id: 'b', scores: { usability: 1, integration: 3 } },
      ],
    });
    // integration: d = 1, N0 = 4 + 1 = 5, w* = 1 - 5 = -4 < 0 -> null
    expect(r.sensitivity.find((x) => x.criterionId === 'integration')!.weightToFlip).toBeNull();
    // usability: d = 4, w* = 1 - 5/4 = -0.25 -> null
    expect(r.sensitivity.find((x) => x.criterionId === 'usability')!.weightToFlip).toBeNull();
  });

  it('criteria come out in the canonical order whatever the key order', () => {
    const r = scoreMatrix({ ...HAND, weights: { usability: 1, 'process-fit': 3 } });
    expect(r.sensitivity.map((s) => s.criterionId)).toEqual(['process-fit', 'usability']);
  });
});

describe('scoreMatrix: properties', () => {
  const finite = (n: number | null) => n === null || Number.isFinite(n);

  it('totals stay within 0-100 and nothing is NaN or infinite', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const r = scoreMatrix(input);
        for (const t of Object.values(r.totals)) expect(t >= 0 && t <= 100).toBe(true);
        expect(Number.isFinite(r.margin)).toBe(true);
        for (const parts of Object.values(r.contributions)) for (const p of Object.values(parts)) expect(Number.isFinite(p)).toBe(true);
        for (const s of r.sensitivity) expect(finite(s.weightToFlip) && finite(s.shareToFlip)).toBe(true);
        for (const s of Object.values(r.shares)) expect(Number.isFinite(s)).toBe(true);
      }),
    );
  });

  it('the ranking is consistent with the totals and holds every option once', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const r = scoreMatrix(input);
        expect([...r.ranking].sort()).toEqual(input.options.map((o) => o.id).sort());
        for (let i = 1; i < r.ranking.length; i += 1) expect(r.totals[r.ranking[i - 1]!]! >= r.totals[r.ranking[i]!]!).toBe(true);
        expect(r.margin).toBeCloseTo(r.totals[r.ranking[0]!]! - r.totals[r.ranking[1]!]!, 9);
        expect(r.winner === null ? r.margin <= TIE_MARGIN + 1e-9 : r.winner === r.ranking[0]).toBe(true);
      }),
    );
  });

  it('contributions add up to each total', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const r = scoreMatrix(input);
        for (const o of input.options) {
          const sum = Object.values(r.contributions[o.id]!).reduce((a, b) => a + b, 0);
          expect(sum).toBeCloseTo(r.totals[o.id]!, 6);
        }
      }),
    );
  });

  it('scaling all weights never changes totals', () => {
    fc.assert(
      fc.property(matrixInput, fc.double({ min: 0.01, max: 1000, noNaN: true }), (input, k) => {
        const a = scoreMatrix(input);
        const weights = Object.fromEntries(Object.entries(input.weights).map(([c, w]) => [c, w * k]));
        const b = scoreMatrix({ ...input, weights });
        for (const o of input.options) expect(b.totals[o.id]!).toBeCloseTo(a.totals[o.id]!, 6);
      }),
    );
  });

  it('setting a criterion to its weightToFlip ties the top two', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const r = scoreMatrix(input);
        const [a, b] = r.ranking as [string, string];
        for (const s of r.sensitivity) {
          if (s.weightToFlip === null) continue;
          const moved = scoreMatrix({ ...input, weights: { ...input.weights, [s.criterionId]: s.weightToFlip } });
          expect(Math.abs(moved.totals[a]! - moved.totals[b]!)).toBeLessThan(1e-6);
          expect(s.weightToFlip).toBeGreaterThanOrEqual(0);
          expect(s.shareToFlip! >= 0 && s.shareToFlip! <= 100).toBe(true);
        }
      }),
    );
  });
});
