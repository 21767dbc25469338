// What the visitor changes in the selection matrix field by field, and its share link: actions on the
// store in selection.ts, apart from it so that the page fetches them with the controls that use them.
import {
  CRITERIA,
  MAX_OPTIONS,
  MIN_OPTIONS,
  checkLabel,
  checkPrice,
  checkScore,
  checkUsers,
  checkWeight,
  checkYears,
  costScores,
  neutralScores,
  type PriceField,
  type TcoOption,
} from '@/models/matrix';
import { $selectionDrafts, $selectionState, $tcoResult, SHARE_NAME, dropDrafts, fieldKey, setDraft, updateSelection, updateMatrix } from './selection';

/** A field lost focus: a valid draft gives way to the stored value, formatted; an invalid one stays. */
export function settleField(key: string): void {
  const draft = $selectionDrafts.get()[key];
  if (draft && draft.code === null) dropDrafts((k) => k === key);
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

export function setUsers(raw: string): void {
  const check = checkUsers(raw);
  if (!check.ok) return setDraft(fieldKey.users, raw, check.code);
  setDraft(fieldKey.users, raw, null);
  updateSelection((s) => ({ ...s, tco: { ...s.tco, users: check.value } }));
}

export function setYears(raw: string): void {
  const check = checkYears(raw);
  if (!check.ok) return setDraft(fieldKey.years, raw, check.code);
  setDraft(fieldKey.years, raw, null);
  updateSelection((s) => ({ ...s, tco: { ...s.tco, years: check.value } }));
}

export function setPrice(option: string, field: PriceField, raw: string): void {
  const key = fieldKey.price(option, field);
  const check = checkPrice(raw);
  if (!check.ok) return setDraft(key, raw, check.code);
  setDraft(key, raw, null);
  updateSelection((s) => ({
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

// The share-link codec loads when a link is read or made: most visits have neither.
const shareLink = () => import('@/lib/share-link');
const sharePack = () => import('@/models/matrix/share-pack');

export async function selectionShareUrl(location: { origin: string; pathname: string }): Promise<string> {
  const [{ shareFragment }, { SELECTION_SHARE }] = await Promise.all([shareLink(), sharePack()]);
  return `${location.origin}${location.pathname}${shareFragment(SHARE_NAME, $selectionState.get(), SELECTION_SHARE)}`;
}
