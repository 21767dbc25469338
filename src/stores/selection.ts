/**
 * State of the selection matrix.
 *
 * - `$selectionState`: the last valid state (starting point, matrix, cost inputs), persisted and
 *   validated again on every read. The plan page reads it with `$matrixResult` and `$tcoResult`.
 * - `$selectionDrafts`: what the visitor is typing into a field, with its error code when it is not
 *   valid. A bad entry stays beside its field while the results keep using the last valid value, so
 *   one mistake never blanks the page.
 */
import { atom, computed } from 'nanostores';
import { persistedStore } from './persisted';
import {
  CRITERIA,
  DEFAULT_SELECTION_STATE,
  MAX_OPTIONS,
  MIN_OPTIONS,
  alignTco,
  applyPreset,
  checkLabel,
  checkPrice,
  checkScore,
  checkUsers,
  checkWeight,
  checkYears,
  computeTco,
  costScores,
  neutralScores,
  parseSelectionState,
  scoreMatrix,
  type MatrixErrorCode,
  type MatrixInput,
  type PresetId,
  type PriceField,
  type SelectionState,
  type TcoOption,
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

function setDraft(key: string, raw: string, code: MatrixErrorCode | null): void {
  $selectionDrafts.set({ ...$selectionDrafts.get(), [key]: { raw, code } });
}

function dropDrafts(match: (key: string) => boolean): void {
  const drafts = $selectionDrafts.get();
  const kept = Object.fromEntries(Object.entries(drafts).filter(([k]) => !match(k)));
  if (Object.keys(kept).length !== Object.keys(drafts).length) $selectionDrafts.set(kept);
}

/** A field lost focus: a valid draft gives way to the stored value, formatted; an invalid one stays. */
export function settleField(key: string): void {
  const draft = $selectionDrafts.get()[key];
  if (draft && draft.code === null) dropDrafts((k) => k === key);
}

function update(fn: (s: SelectionState) => SelectionState): void {
  $selectionState.set(fn($selectionState.get()));
}

function updateMatrix(fn: (m: MatrixInput) => MatrixInput): void {
  update((s) => {
    const matrix = fn(s.matrix);
    return { ...s, matrix, tco: alignTco(s.tco, matrix) };
  });
}

export function setWeight(criterion: string, raw: string): void {
  const key = fieldKey.weight(criterion);
  const check = checkWeight(raw);
  if (!check.ok) return setDraft(key, raw, check.code);
  const weights = { ...$selectionState.get().matrix.weights, [criterion]: check.value };
  if (!(Object.values(weights).reduce((a, b) => a + b, 0) > 0)) return setDraft(key, raw, 'no-weights');
  setDraft(key, raw, null);
  updateMatrix((m) => ({ ...m, weights }));
  retryNoWeightDrafts();
}

// A weight refused only because all others were 0 becomes acceptable once another weight rises.
function retryNoWeightDrafts(): void {
  for (const [key, draft] of Object.entries($selectionDrafts.get())) {
    if (draft.code === 'no-weights') setWeight(key.slice('weight.'.length), draft.raw);
  }
}

export function equalWeights(): void {
  dropDrafts((k) => k.startsWith('weight.'));
  updateMatrix((m) => ({ ...m, weights: Object.fromEntries(CRITERIA.map((c) => [c.id, 10])) }));
}

export function setScore(option: string, criterion: string, raw: string): void {
  const key = fieldKey.score(option, criterion);
  const check = checkScore(raw);
  if (!check.ok) return setDraft(key, raw, check.code);
  setDraft(key, raw, null);
  updateMatrix((m) => ({
    ...m,
    options: m.options.map((o) => (o.id === option ? { ...o, scores: { ...o.scores, [criterion]: check.value } } : o)),
  }));
}

export function setLabel(option: string, raw: string, defaultName: string): void {
  const key = fieldKey.label(option);
  const check = checkLabel(raw);
  if (!check.ok) return setDraft(key, raw, check.code);
  setDraft(key, raw, null);
  // Typing the default name back means "use the default", which then follows the page's language.
  const label = check.value === defaultName ? undefined : check.value;
  updateMatrix((m) => ({
    ...m,
    options: m.options.map((o) => {
      if (o.id !== option) return o;
      const { label: _old, ...rest } = o;
      return label === undefined ? rest : { ...rest, label };
    }),
  }));
}

function nextOptionId(ids: string[]): string {
  for (let n = ids.length + 1; ; n += 1) {
    const id = `option-${n}`;
    if (!ids.includes(id)) return id;
  }
}

/** Adds an option scored 3 everywhere, with placeholder prices. Returns its id, or null at six. */
export function addOption(): string | null {
  const { matrix } = $selectionState.get();
  if (matrix.options.length >= MAX_OPTIONS) return null;
  const id = nextOptionId(matrix.options.map((o) => o.id));
  updateMatrix((m) => ({ ...m, options: [...m.options, { id, scores: neutralScores() }] }));
  return id;
}

export function removeOption(id: string): boolean {
  const { matrix } = $selectionState.get();
  if (matrix.options.length <= MIN_OPTIONS) return false;
  dropDrafts((k) => k.startsWith(`score.${id}.`) || k === `label.${id}` || k.startsWith(`price.${id}.`));
  updateMatrix((m) => ({ ...m, options: m.options.filter((o) => o.id !== id) }));
  return true;
}

export function choosePreset(id: PresetId): void {
  dropDrafts((k) => k.startsWith('weight.') || k.startsWith('score.'));
  update((s) => {
    const matrix = applyPreset(s.matrix, id);
    return { preset: id, matrix, tco: alignTco(s.tco, matrix) };
  });
}

export function setUsers(raw: string): void {
  const check = checkUsers(raw);
  if (!check.ok) return setDraft(fieldKey.users, raw, check.code);
  setDraft(fieldKey.users, raw, null);
  update((s) => ({ ...s, tco: { ...s.tco, users: check.value } }));
}

export function setYears(raw: string): void {
  const check = checkYears(raw);
  if (!check.ok) return setDraft(fieldKey.years, raw, check.code);
  setDraft(fieldKey.years, raw, null);
  update((s) => ({ ...s, tco: { ...s.tco, years: check.value } }));
}

export function setPrice(option: string, field: PriceField, raw: string): void {
  const key = fieldKey.price(option, field);
  const check = checkPrice(raw);
  if (!check.ok) return setDraft(key, raw, check.code);
  setDraft(key, raw, null);
  update((s) => ({
    ...s,
    tco: { ...s.tco, options: s.tco.options.map((o): TcoOption => (o.id === option ? { ...o, [field]: check.value } : o)) },
  }));
}

/** Turns the cost comparison into `total-cost` scores. Returns the scores set, by option id. */
export function costToScores(): Record<string, number> {
  const totals = Object.fromEntries($tcoResult.get().options.map((o) => [o.id, o.total]));
  const scores = costScores(totals);
  dropDrafts((k) => k.startsWith('score.') && k.endsWith('.total-cost'));
  updateMatrix((m) => ({
    ...m,
    options: m.options.map((o) => (scores[o.id] === undefined ? o : { ...o, scores: { ...o.scores, 'total-cost': scores[o.id]! } })),
  }));
  return scores;
}

export function replaceSelectionState(state: SelectionState): void {
  $selectionDrafts.set({});
  $selectionState.set(state);
}

export function resetSelection(): void {
  replaceSelectionState(DEFAULT_SELECTION_STATE);
}

// The share-link codec loads when a link is read or made: most visits have neither.
const shareLink = () => import('@/lib/share-link');
const sharePack = () => import('@/models/matrix/share-pack');

export async function selectionShareUrl(location: { origin: string; pathname: string }): Promise<string> {
  const [{ shareFragment }, { SELECTION_SHARE }] = await Promise.all([shareLink(), sharePack()]);
  return `${location.origin}${location.pathname}${shareFragment(SHARE_NAME, $selectionState.get(), SELECTION_SHARE)}`;
}
