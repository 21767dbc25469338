// Starting points for typical situations. Weights and scores here are editorial judgements, not data:
// each preset's one-sentence reason is in the i18n dictionary (`preset.<id>.why`) and shown on the page,
// and every number stays editable. The default is `neutral`: equal weights and equal scores, so the tool
// says nothing until the visitor does. `vendor-002` reproduces a no-code vendor's own comparison and is
// labelled as that vendor's view; it is never the default.
import { CRITERIA, NEUTRAL_WEIGHT, SOURCE } from './criteria';
import { MAX_OPTIONS } from './limits';
import type { CriterionId, MatrixInput, MatrixOption } from './types';

export const STANDARD_OPTION_IDS = ['saas', 'lowcode'] as const;
export type StandardOptionId = (typeof STANDARD_OPTION_IDS)[number];

export const PRESET_IDS = ['neutral', 'small-standard', 'growing-custom', 'large-integrated', 'regulated', 'vendor-002'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET_ID: PresetId = 'neutral';

type Row = Record<CriterionId, number>;

export interface Preset {
  id: PresetId;
  weights: Row;
  scores: Record<StandardOptionId, Row>;
  /** True when the preset is someone's marketing rather than an editorial starting point. */
  vendorView: boolean;
  source?: string;
}

const all = (value: number): Row => Object.fromEntries(CRITERIA.map((c) => [c.id, value])) as Row;
const NEUTRAL_SCORE = 3;

export const PRESETS: readonly Preset[] = [
  {
    id: 'neutral',
    weights: all(NEUTRAL_WEIGHT),
    scores: { saas: all(NEUTRAL_SCORE), lowcode: all(NEUTRAL_SCORE) },
    vendorView: false,
  },
  {
    // Little IT and standard processes: what works on day one and what people can learn matters most.
    id: 'small-standard',
    weights: {
      'process-fit': 8, extensibility: 4, integration: 6, 'time-to-value': 16, 'total-cost': 16,
      'vendor-support': 14, usability: 16, 'security-compliance': 8, 'local-ecosystem': 8, 'data-control': 4,
    },
    scores: {
      saas: {
        'process-fit': 4, extensibility: 3, integration: 3, 'time-to-value': 5, 'total-cost': 4,
        'vendor-support': 4, usability: 4, 'security-compliance': 3, 'local-ecosystem': 3, 'data-control': 3,
      },
      lowcode: {
        'process-fit': 4, extensibility: 4, integration: 3, 'time-to-value': 3, 'total-cost': 3,
        'vendor-support': 3, usability: 3, 'security-compliance': 3, 'local-ecosystem': 3, 'data-control': 3,
      },
    },
    vendorView: false,
  },
  {
    // Unusual processes: fit and room to grow outweigh speed; someone has to build the fit, though.
    id: 'growing-custom',
    weights: {
      'process-fit': 20, extensibility: 16, integration: 8, 'time-to-value': 10, 'total-cost': 10,
      'vendor-support': 8, usability: 8, 'security-compliance': 6, 'local-ecosystem': 8, 'data-control': 6,
    },
    scores: {
      saas: {
        'process-fit': 2, extensibility: 3, integration: 3, 'time-to-value': 4, 'total-cost': 3,
        'vendor-support': 3, usability: 4, 'security-compliance': 3, 'local-ecosystem': 3, 'data-control': 3,
      },
      lowcode: {
        'process-fit': 4, extensibility: 4, integration: 3, 'time-to-value': 3, 'total-cost': 3,
        'vendor-support': 3, usability: 3, 'security-compliance': 3, 'local-ecosystem': 3, 'data-control': 3,
      },
    },
    vendorView: false,
  },
  {
    // Many systems (ERP, SCM, OA): integration and control dominate, and both kinds have real strengths.
    id: 'large-integrated',
    weights: {
      'process-fit': 10, extensibility: 12, integration: 20, 'time-to-value': 4, 'total-cost': 8,
      'vendor-support': 10, usability: 6, 'security-compliance': 12, 'local-ecosystem': 6, 'data-control': 12,
    },
    scores: {
      saas: {
        'process-fit': 3, extensibility: 3, integration: 4, 'time-to-value': 3, 'total-cost': 2,
        'vendor-support': 4, usability: 4, 'security-compliance': 4, 'local-ecosystem': 3, 'data-control': 3,
      },
      lowcode: {
        'process-fit': 4, extensibility: 4, integration: 3, 'time-to-value': 3, 'total-cost': 3,
        'vendor-support': 3, usability: 3, 'security-compliance': 3, 'local-ecosystem': 4, 'data-control': 4,
      },
    },
    vendorView: false,
  },
  {
    // Regulated industries: where data lives and who can reach it come first (003 on PIPL and leaks). A
    // hosted product tends to bring audited certifications, a privately deployable platform more control.
    id: 'regulated',
    weights: {
      'process-fit': 10, extensibility: 4, integration: 10, 'time-to-value': 6, 'total-cost': 8,
      'vendor-support': 10, usability: 6, 'security-compliance': 22, 'local-ecosystem': 6, 'data-control': 18,
    },
    scores: {
      saas: {
        'process-fit': 3, extensibility: 3, integration: 3, 'time-to-value': 4, 'total-cost': 3,
        'vendor-support': 4, usability: 4, 'security-compliance': 4, 'local-ecosystem': 3, 'data-control': 2,
      },
      lowcode: {
        'process-fit': 4, extensibility: 4, integration: 3, 'time-to-value': 3, 'total-cost': 3,
        'vendor-support': 3, usability: 3, 'security-compliance': 3, 'local-ecosystem': 3, 'data-control': 4,
      },
    },
    vendorView: false,
  },
  {
    // 002's table: its five dimensions weighted equally ("cost and cycle" split over two criteria), scores
    // read from its own wording. It marks the no-code side better on fit, extensibility, cost and cycle,
    // and support; on integration it gives both sides APIs but says only its own connects "easily", while
    // standard products may need complex custom work for older systems, so integration leans its way too.
    id: 'vendor-002',
    weights: {
      'process-fit': 20, extensibility: 20, integration: 20, 'time-to-value': 10, 'total-cost': 10,
      'vendor-support': 20, usability: 0, 'security-compliance': 0, 'local-ecosystem': 0, 'data-control': 0,
    },
    scores: {
      saas: {
        ...all(NEUTRAL_SCORE),
        'process-fit': 2, extensibility: 2, integration: 3, 'time-to-value': 2, 'total-cost': 2, 'vendor-support': 2,
      },
      lowcode: {
        ...all(NEUTRAL_SCORE),
        'process-fit': 5, extensibility: 5, integration: 4, 'time-to-value': 5, 'total-cost': 5, 'vendor-support': 4,
      },
    },
    vendorView: true,
    source: SOURCE.s002,
  },
];

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

export function getPreset(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id)!;
}

/** A preset as a complete matrix input: its weights and its two standard options. */
export function presetInput(id: PresetId): MatrixInput {
  const preset = getPreset(id);
  return {
    weights: { ...preset.weights },
    options: STANDARD_OPTION_IDS.map((o) => ({ id: o, scores: { ...preset.scores[o] } })),
  };
}

/**
 * Applies a preset to what the visitor already has: weights and the two standard options' scores come
 * from the preset (re-added if the visitor removed them); the visitor's own options and names stay.
 */
export function applyPreset(current: MatrixInput, id: PresetId): MatrixInput {
  const preset = getPreset(id);
  const standard: MatrixOption[] = STANDARD_OPTION_IDS.map((o) => {
    const existing = current.options.find((x) => x.id === o);
    const option: MatrixOption = { id: o, scores: { ...preset.scores[o] } };
    if (existing?.label !== undefined) option.label = existing.label;
    return option;
  });
  const own = current.options.filter((o) => !(STANDARD_OPTION_IDS as readonly string[]).includes(o.id));
  return { weights: { ...preset.weights }, options: [...standard, ...own].slice(0, MAX_OPTIONS) };
}
