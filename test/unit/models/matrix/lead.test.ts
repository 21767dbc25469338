import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLAUSIBLE_SHARE_SHIFT, PRESET_IDS, presetInput, readLead, scoreMatrix, weightBasis, type MatrixInput } from '@/models/matrix';
import { matrixInput } from './arbitraries';

/** The leader is strictly ahead of every other option (beyond rounding). */
function leads(input: MatrixInput, leader: string): boolean {
  const r = scoreMatrix(input);
  return r.ranking.every((id) => id === leader || (r.totals[id] ?? 0) < (r.totals[leader] ?? 0) - 1e-6);
}

function withScore(input: MatrixInput, optionId: string, criterionId: string, to: number): MatrixInput {
  return { ...input, options: input.options.map((o) => (o.id === optionId ? { ...o, scores: { ...o.scores, [criterionId]: to } } : o)) };
}

/** The weight of `criterion` at which it takes `share` percent of all weight, others unchanged. */
function withShare(input: MatrixInput, criterion: string, share: number): MatrixInput {
  const others = Object.entries(input.weights).reduce((sum, [c, w]) => (c === criterion ? sum : sum + w), 0);
  return { ...input, weights: { ...input.weights, [criterion]: (share / (100 - share)) * others } };
}

describe('how firm the matrix leader is', () => {
  it('names the leader, the runner-up and the margin the scoring gives', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const r = scoreMatrix(input);
        const lead = readLead('neutral', input, r);
        expect([lead.leader, lead.runnerUp]).toEqual(r.ranking.slice(0, 2));
        expect(lead.margin).toBe(r.margin);
      }),
      { numRuns: 200 },
    );
  });

  it('a score flip is one point on the 1–5 scale after which the leader no longer leads alone (fast-check)', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const lead = readLead('neutral', input);
        const f = lead.scoreFlip;
        if (!f) return;
        expect(Math.abs(f.to - f.from)).toBeCloseTo(1, 9);
        expect(f.to).toBeGreaterThanOrEqual(1);
        expect(f.to).toBeLessThanOrEqual(5);
        expect(leads(withScore(input, f.optionId, f.criterionId, f.to), lead.leader!)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('finds no score flip only when every one-point change keeps the leader ahead (fast-check)', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const lead = readLead('neutral', input);
        if (lead.scoreFlip || !lead.leader) return;
        for (const o of input.options)
          for (const [c, s] of Object.entries(o.scores)) {
            if (!((input.weights[c] ?? 0) > 0)) continue;
            const to = o.id === lead.leader ? s - 1 : s + 1;
            if (to < 1 || to > 5) continue;
            expect(leads(withScore(input, o.id, c, to), lead.leader), `${o.id} ${c} ${s}→${to}`).toBe(true);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('a weight flip moves one share by at most the plausible shift and brings the runner-up level (fast-check)', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const lead = readLead('neutral', input);
        const f = lead.weightFlip;
        if (!f) return;
        expect(Math.abs(f.toShare - f.fromShare)).toBeLessThanOrEqual(PLAUSIBLE_SHARE_SHIFT + 1e-9);
        if (f.toShare >= 100) return;
        const r = scoreMatrix(withShare(input, f.criterionId, f.toShare));
        expect(r.totals[lead.leader!]! - r.totals[lead.runnerUp!]!).toBeCloseTo(0, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('tells an editorial starting point left as it is from weights the visitor set', () => {
    for (const id of PRESET_IDS) {
      const weights = presetInput(id).weights;
      expect(weightBasis(id, weights)).toBe(id === 'neutral' ? 'neutral' : 'preset');
      // Weights count as shares: the same preset on another scale is still that preset.
      expect(weightBasis(id, Object.fromEntries(Object.entries(weights).map(([c, w]) => [c, w * 10])))).toBe(id === 'neutral' ? 'neutral' : 'preset');
      const [first] = Object.keys(weights);
      expect(weightBasis(id, { ...weights, [first!]: weights[first!]! + 3 })).toBe('own');
    }
  });

  it('a close two-option matrix flips with one point; a wide lead does not', () => {
    const weights = { 'process-fit': 1, usability: 1 };
    const close: MatrixInput = { weights, options: [{ id: 'a', scores: { 'process-fit': 4, usability: 4 } }, { id: 'b', scores: { 'process-fit': 4, usability: 3 } }] };
    expect(readLead('neutral', close).scoreFlip).toMatchObject({ optionId: 'a', to: 3 });
    const wide: MatrixInput = { weights, options: [{ id: 'a', scores: { 'process-fit': 5, usability: 5 } }, { id: 'b', scores: { 'process-fit': 1, usability: 1 } }] };
    const lead = readLead('neutral', wide);
    expect(lead.scoreFlip).toBeNull();
    expect(lead.weightFlip).toBeNull();
  });
});
