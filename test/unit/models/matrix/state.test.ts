import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SELECTION_STATE, PLACEHOLDER_PRICES, isNeutralState, parseSelectionState, presetInput } from '@/models/matrix';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('parseSelectionState', () => {
  it('the default state reads back unchanged', () => {
    expect(parseSelectionState(clone(DEFAULT_SELECTION_STATE))).toEqual(DEFAULT_SELECTION_STATE);
  });

  it('rejects anything with an invalid part', () => {
    expect(parseSelectionState(null)).toBeNull();
    expect(parseSelectionState('x')).toBeNull();
    expect(parseSelectionState({ ...clone(DEFAULT_SELECTION_STATE), preset: 'best-vendor' })).toBeNull();
    const badScore = clone(DEFAULT_SELECTION_STATE);
    badScore.matrix.options[0]!.scores.usability = 7;
    expect(parseSelectionState(badScore)).toBeNull();
    const badTco = clone(DEFAULT_SELECTION_STATE);
    badTco.tco.years = 9;
    expect(parseSelectionState(badTco)).toBeNull();
  });

  it('completes a partial matrix: absent weights are 0, absent scores 3', () => {
    const state = {
      preset: 'neutral',
      matrix: { weights: { usability: 2 }, options: [{ id: 'saas', scores: { usability: 4 } }, { id: 'x', label: 'X', scores: { usability: 2 } }] },
      tco: clone(DEFAULT_SELECTION_STATE.tco),
    };
    const r = parseSelectionState(state)!;
    expect(Object.keys(r.matrix.weights)).toHaveLength(10);
    expect(r.matrix.weights.usability).toBe(2);
    expect(r.matrix.weights.integration).toBe(0);
    expect(r.matrix.options[1]!.scores.integration).toBe(3);
    expect(r.matrix.options[1]!.label).toBe('X');
  });

  it('aligns the cost rows with the matrix options', () => {
    const state = clone({ ...DEFAULT_SELECTION_STATE, matrix: { ...presetInput('neutral') } });
    state.matrix.options.push({ id: 'option-3', scores: { ...state.matrix.options[0]!.scores } });
    state.tco.options = [{ ...state.tco.options[1]!, implementation: 1 }];
    const r = parseSelectionState(state)!;
    expect(r.tco.options.map((o) => o.id)).toEqual(['saas', 'lowcode', 'option-3']);
    expect(r.tco.options[1]!.implementation).toBe(1);
    expect(r.tco.options[0]).toEqual({ id: 'saas', ...PLACEHOLDER_PRICES });
  });

  it('fast-check: never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (junk) => {
        const r = parseSelectionState(junk);
        expect(r === null || typeof r === 'object').toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (junk) => {
        parseSelectionState({ preset: 'neutral', matrix: junk, tco: junk });
      }),
    );
  });
});

describe('isNeutralState', () => {
  it('the default state is neutral; a preset or one changed score is not', () => {
    expect(isNeutralState(DEFAULT_SELECTION_STATE)).toBe(true);
    const scored = clone(DEFAULT_SELECTION_STATE);
    scored.matrix.options[1]!.scores.usability = 4;
    expect(isNeutralState(scored)).toBe(false);
    expect(isNeutralState({ ...clone(DEFAULT_SELECTION_STATE), preset: 'regulated' })).toBe(false);
  });

  it('weights do not count: the note is about scores', () => {
    const weighted = clone(DEFAULT_SELECTION_STATE);
    weighted.matrix.weights.usability = 50;
    expect(isNeutralState(weighted)).toBe(true);
  });

  it('fast-check: neutral exactly when the preset is neutral and every score is 3', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }), fc.boolean(), (scores, neutralPreset) => {
        const s = clone(DEFAULT_SELECTION_STATE);
        const ids = Object.keys(s.matrix.options[0]!.scores);
        scores.forEach((v, i) => {
          s.matrix.options[i % s.matrix.options.length]!.scores[ids[i % ids.length]!] = v;
        });
        if (!neutralPreset) s.preset = 'small-standard';
        const all = s.matrix.options.flatMap((o) => Object.values(o.scores));
        expect(isNeutralState(s)).toBe(neutralPreset && all.every((v) => v === 3));
      }),
    );
  });
});
