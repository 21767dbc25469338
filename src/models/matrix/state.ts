// The whole tool's state as it is saved and shared: the last starting point applied, the matrix and the
// cost inputs. Reading it back (localStorage, a share link) validates every part with the model's own
// validators, then fills what an older or hand-made state may lack, so the page always gets a complete
// grid: every criterion weighted (0 if absent) and scored (3 if absent), and one price row per option.
import { isObj, own } from '@/lib/untrusted';
import { CRITERIA } from './criteria';
import { DEFAULT_MATRIX_INPUT, DEFAULT_TCO_INPUT, PLACEHOLDER_PRICES } from './defaults';
import { DEFAULT_PRESET_ID, isPresetId, type PresetId } from './presets';
import type { MatrixInput, TcoInput } from './types';
import { validateMatrixInput, validateTcoInput } from './validate';

export interface SelectionState {
  preset: PresetId;
  matrix: MatrixInput;
  tco: TcoInput;
}

export const DEFAULT_SELECTION_STATE: SelectionState = {
  preset: DEFAULT_PRESET_ID,
  matrix: DEFAULT_MATRIX_INPUT,
  tco: DEFAULT_TCO_INPUT,
};

const NEUTRAL_SCORE = 3;

/** Completes a valid matrix so every criterion has a weight and every option a score for it. */
export function completeMatrix(matrix: MatrixInput): MatrixInput {
  const weights: Record<string, number> = {};
  for (const c of CRITERIA) weights[c.id] = matrix.weights[c.id] ?? 0;
  return {
    weights,
    options: matrix.options.map((o) => {
      const scores: Record<string, number> = {};
      for (const c of CRITERIA) scores[c.id] = o.scores[c.id] ?? NEUTRAL_SCORE;
      return o.label === undefined ? { id: o.id, scores } : { id: o.id, label: o.label, scores };
    }),
  };
}

/** The cost inputs follow the matrix's options: same ids, same order, placeholders for new ones. */
export function alignTco(tco: TcoInput, matrix: MatrixInput): TcoInput {
  return {
    users: tco.users,
    years: tco.years,
    options: matrix.options.map((o) => {
      const found = tco.options.find((t) => t.id === o.id);
      return found ? { ...found } : { id: o.id, ...PLACEHOLDER_PRICES };
    }),
  };
}

/** Returns a complete, consistent state, or null when any part fails validation. Never throws. */
export function parseSelectionState(raw: unknown): SelectionState | null {
  if (!isObj(raw)) return null;
  const preset = own(raw, 'preset');
  if (!isPresetId(preset)) return null;
  const matrix = validateMatrixInput(own(raw, 'matrix'));
  if (!matrix.ok) return null;
  const tco = validateTcoInput(own(raw, 'tco'));
  if (!tco.ok) return null;
  const complete = completeMatrix(matrix.value);
  return { preset, matrix: complete, tco: alignTco(tco.value, complete) };
}

/** Still as the tool starts: the neutral starting point and every option scored 3 on every criterion (the weights may differ). */
export function isNeutralState(state: SelectionState): boolean {
  return state.preset === 'neutral' && state.matrix.options.every((o) => Object.values(o.scores).every((v) => v === NEUTRAL_SCORE));
}
