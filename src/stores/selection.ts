/**
 * State of the selection matrix.
 *
 * - `$selectionState`: the last valid state (starting point, matrix, cost inputs), persisted and
 *   validated again on every read. The plan page reads it with `$matrixResult` and `$tcoResult`.
 * - `$selectionDrafts`: what the visitor is typing into a field, with its error code when it is not
 *   valid. A bad entry stays beside its field while the results keep using the last valid value, so
 *   one mistake never blanks the page.
 *
 * Changing one field, adding an option or making a link is in `selection-edits.ts`: code the page
 * fetches only once the visitor can reach those controls.
 */
import { atom, computed } from 'nanostores';
import { persistedStore } from './persisted';
import {
  DEFAULT_SELECTION_STATE,
  alignTco,
  applyPreset,
  computeTco,
  parseSelectionState,
  scoreMatrix,
  type MatrixErrorCode,
  type MatrixInput,
  type PresetId,
  type PriceField,
  type SelectionState,
} from '@/models/matrix';

export const SHARE_NAME = 'selection';

export interface Draft {
  raw: string;
  code: MatrixErrorCode | null;
}

/** Field keys: `weight.<criterion>`, `score.<option>.<criterion>`, `label.<option>`, `users`, `years`, `price.<option>.<field>`. */
export const fieldKey = {
  weight: (c: string) => `weight.${c}`,
  score: (o: string, c: string) => `score.${o}.${c}`,
  label: (o: string) => `label.${o}`,
  price: (o: string, f: PriceField) => `price.${o}.${f}`,
  users: 'users',
  years: 'years',
};

export const $selectionState = persistedStore<SelectionState>('selection:v1', DEFAULT_SELECTION_STATE, parseSelectionState);
export const $selectionDrafts = atom<Record<string, Draft>>({});

export const $matrixResult = computed($selectionState, (s) => scoreMatrix(s.matrix));
export const $tcoResult = computed($selectionState, (s) => computeTco(s.tco));
/** True while any field holds an invalid entry, so the page can say the result uses older values. */
export const $hasInvalidDrafts = computed($selectionDrafts, (d) => Object.values(d).some((x) => x.code !== null));

// The helpers below are for the actions in selection-edits.ts as much as for those here.

/** Keeps what was typed into a field, with its error code (null when valid). */
export function setDraft(key: string, raw: string, code: MatrixErrorCode | null): void {
  $selectionDrafts.set({ ...$selectionDrafts.get(), [key]: { raw, code } });
}

/** Forgets the typed entries whose keys match. */
export function dropDrafts(match: (key: string) => boolean): void {
  const drafts = $selectionDrafts.get();
  const kept = Object.fromEntries(Object.entries(drafts).filter(([k]) => !match(k)));
  if (Object.keys(kept).length !== Object.keys(drafts).length) $selectionDrafts.set(kept);
}

export function updateSelection(fn: (s: SelectionState) => SelectionState): void {
  $selectionState.set(fn($selectionState.get()));
}

/** Changes the matrix; the cost inputs follow its options. */
export function updateMatrix(fn: (m: MatrixInput) => MatrixInput): void {
  updateSelection((s) => {
    const matrix = fn(s.matrix);
    return { ...s, matrix, tco: alignTco(s.tco, matrix) };
  });
}

export function choosePreset(id: PresetId): void {
  dropDrafts((k) => k.startsWith('weight.') || k.startsWith('score.'));
  updateSelection((s) => {
    const matrix = applyPreset(s.matrix, id);
    return { preset: id, matrix, tco: alignTco(s.tco, matrix) };
  });
}

export function replaceSelectionState(state: SelectionState): void {
  $selectionDrafts.set({});
  $selectionState.set(state);
}

export function resetSelection(): void {
  replaceSelectionState(DEFAULT_SELECTION_STATE);
}
