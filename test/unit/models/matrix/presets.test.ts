import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  DEFAULT_MATRIX_INPUT,
  DEFAULT_PRESET_ID,
  NEUTRAL_WEIGHT,
  PRESETS,
  SOURCE,
  STANDARD_OPTION_IDS,
  applyPreset,
  presetInput,
  scoreMatrix,
  validateMatrixInput,
} from '@/models/matrix';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOURCE_FILES, SOURCES } from '@/site';

const SEEDS = fileURLToPath(new URL('../../../../../shared/seeds', import.meta.url));

const REQUIRED = [
  'process-fit',
  'extensibility',
  'integration',
  'time-to-value',
  'total-cost',
  'vendor-support',
  'usability',
  'security-compliance',
  'local-ecosystem',
  'data-control',
];

describe('CRITERIA', () => {
  it('has every criterion the brief names, once each', () => {
    const ids = CRITERIA.map((c) => c.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every criterion names a source the site lists', () => {
    for (const c of CRITERIA) {
      expect(c.source, c.id).toBeTruthy();
      for (const id of c.source!.split(', ')) expect(SOURCES.map((x) => x.id), `${c.id}: ${id}`).toContain(id);
    }
  });

  // An extra check where the source documents sit beside the project: the site's list names real files.
  it.skipIf(!existsSync(SEEDS))(`every source the site lists is a document in ../shared/seeds${existsSync(SEEDS) ? '' : ' (skipped: ../shared/seeds is not beside this clone)'}`, () => {
    const seeds = readdirSync(SEEDS);
    for (const name of SOURCE_FILES) expect(seeds, name).toContain(name);
  });

  it('default weights are equal: the neutral matrix favours no criterion', () => {
    expect(new Set(CRITERIA.map((c) => c.defaultWeight))).toEqual(new Set([NEUTRAL_WEIGHT]));
  });
});

describe('presets', () => {
  it('the default is neutral: equal weights, equal scores, no winner', () => {
    expect(DEFAULT_PRESET_ID).toBe('neutral');
    expect(DEFAULT_MATRIX_INPUT).toEqual(presetInput('neutral'));
    expect(new Set(Object.values(DEFAULT_MATRIX_INPUT.weights)).size).toBe(1);
    const [a, b] = DEFAULT_MATRIX_INPUT.options;
    expect(a!.scores).toEqual(b!.scores);
    expect(scoreMatrix(DEFAULT_MATRIX_INPUT).winner).toBeNull();
  });

  it('every preset covers every criterion and validates', () => {
    for (const p of PRESETS) {
      const input = presetInput(p.id);
      expect(Object.keys(input.weights).sort(), p.id).toEqual([...REQUIRED].sort());
      for (const o of input.options) expect(Object.keys(o.scores).sort(), p.id).toEqual([...REQUIRED].sort());
      expect(validateMatrixInput(input).ok, p.id).toBe(true);
      expect(input.options.map((o) => o.id)).toEqual([...STANDARD_OPTION_IDS]);
    }
  });

  it('only the 002 preset is a vendor view, and it names its source', () => {
    const vendor = PRESETS.filter((p) => p.vendorView);
    expect(vendor.map((p) => p.id)).toEqual(['vendor-002']);
    expect(vendor[0]!.source).toBe(SOURCE.s002);
    expect(PRESETS.find((p) => p.id === DEFAULT_PRESET_ID)!.vendorView).toBe(false);
  });

  it("002's view: the no-code side is higher on all five of its dimensions, integration included", () => {
    const p = PRESETS.find((x) => x.id === 'vendor-002')!;
    const dims = ['process-fit', 'extensibility', 'integration', 'time-to-value', 'total-cost', 'vendor-support'] as const;
    const higher = dims.filter((d) => p.scores.lowcode[d] > p.scores.saas[d]);
    expect(higher).toEqual([...dims]);
    // Only 002's dimensions carry weight; "implementation cost and cycle" is split over two criteria.
    const weighted = Object.entries(p.weights).filter(([, w]) => w > 0).map(([c]) => c);
    expect(weighted.sort()).toEqual([...dims].sort());
    expect(p.weights['time-to-value'] + p.weights['total-cost']).toBe(p.weights['process-fit']);
    expect(scoreMatrix(presetInput('vendor-002')).winner).toBe('lowcode');
  });

  it('editorial presets are not one-sided: each gives both options at least one criterion where they lead', () => {
    for (const p of PRESETS.filter((x) => !x.vendorView && x.id !== 'neutral')) {
      const saasLeads = REQUIRED.some((c) => p.scores.saas[c as keyof typeof p.scores.saas] > p.scores.lowcode[c as keyof typeof p.scores.saas]);
      const lowLeads = REQUIRED.some((c) => p.scores.lowcode[c as keyof typeof p.scores.saas] > p.scores.saas[c as keyof typeof p.scores.saas]);
      expect(saasLeads && lowLeads, p.id).toBe(true);
    }
  });

  it('applying a preset keeps the visitor’s own options and names', () => {
    const current = {
      weights: { ...DEFAULT_MATRIX_INPUT.weights },
      options: [
        { id: 'lowcode', label: 'Our platform', scores: { ...DEFAULT_MATRIX_INPUT.options[1]!.scores } },
        { id: 'option-3', label: 'Custom build', scores: { ...DEFAULT_MATRIX_INPUT.options[1]!.scores, usability: 2 } },
      ],
    };
    const next = applyPreset(current, 'regulated');
    expect(next.options.map((o) => o.id)).toEqual(['saas', 'lowcode', 'option-3']);
    expect(next.options[1]!.label).toBe('Our platform');
    expect(next.options[2]).toEqual(current.options[1]);
    expect(next.weights).toEqual(presetInput('regulated').weights);
    expect(validateMatrixInput(next).ok).toBe(true);
  });

  it('applying a preset never exceeds six options', () => {
    const many = {
      weights: { ...DEFAULT_MATRIX_INPUT.weights },
      options: Array.from({ length: 6 }, (_, i) => ({ id: `o${i}`, scores: { ...DEFAULT_MATRIX_INPUT.options[0]!.scores } })),
    };
    expect(applyPreset(many, 'neutral').options).toHaveLength(6);
  });
});
