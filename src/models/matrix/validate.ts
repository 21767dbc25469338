// Whole-input validation for what arrives from outside the code: a share link, localStorage, a test.
// Every problem is reported (not just the first) as { field, code }, with field paths such as
// `options.1.scores.usability`, so the view can put each message beside its field.
import { hasOwn as has, isPlainObject } from '@/lib/untrusted';
import { isCriterionId, orderedCriteria } from './criteria';
import { checkLabel, checkOptionId, checkPrice, checkScore, checkUsers, checkWeight, checkYears } from './fields';
import { MAX_OPTIONS, MIN_OPTIONS, MIN_TCO_OPTIONS } from './limits';
import { PRICE_FIELDS, type PriceField } from './cost-ranking';
import type { FieldError, MatrixInput, MatrixOption, TcoInput, TcoOption, Validated } from './types';


function validateWeights(raw: unknown, errors: FieldError[]): Record<string, number> | null {
  if (raw === undefined || raw === null) {
    errors.push({ field: 'weights', code: 'missing' });
    return null;
  }
  if (!isPlainObject(raw)) {
    errors.push({ field: 'weights', code: 'wrong-type' });
    return null;
  }
  const weights: Record<string, number> = {};
  let bad = false;
  for (const key of Object.keys(raw)) {
    if (!isCriterionId(key)) {
      errors.push({ field: `weights.${key}`, code: 'unknown-criterion' });
      bad = true;
      continue;
    }
    const check = checkWeight(raw[key]);
    if (!check.ok) {
      errors.push({ field: `weights.${key}`, code: check.code });
      bad = true;
    } else weights[key] = check.value;
  }
  if (bad) return null;
  // Zero total weight leaves nothing to compare on; it is the one error that is about all weights at once.
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  if (!(sum > 0)) {
    errors.push({ field: 'weights', code: 'no-weights' });
    return null;
  }
  const ordered: Record<string, number> = {};
  for (const id of orderedCriteria(Object.keys(weights))) ordered[id] = weights[id]!;
  return ordered;
}

function validateOption(raw: unknown, i: number, criteria: string[] | null, errors: FieldError[]): MatrixOption | null {
  const at = `options.${i}`;
  if (!isPlainObject(raw)) {
    errors.push({ field: at, code: 'wrong-type' });
    return null;
  }
  const start = errors.length;
  const id = checkOptionId(raw.id);
  if (!id.ok) errors.push({ field: `${at}.id`, code: id.code });
  const label = checkLabel(raw.label);
  if (!label.ok) errors.push({ field: `${at}.label`, code: label.code });

  const scores: Record<string, number> = {};
  const rawScores = raw.scores;
  if (rawScores === undefined || rawScores === null) errors.push({ field: `${at}.scores`, code: 'missing' });
  else if (!isPlainObject(rawScores)) errors.push({ field: `${at}.scores`, code: 'wrong-type' });
  else {
    for (const key of Object.keys(rawScores)) {
      if (!isCriterionId(key)) {
        errors.push({ field: `${at}.scores.${key}`, code: 'unknown-criterion' });
        continue;
      }
      const check = checkScore(rawScores[key]);
      if (!check.ok) errors.push({ field: `${at}.scores.${key}`, code: check.code });
      else scores[key] = check.value;
    }
    // Every weighted criterion needs a score, or the totals would silently compare different things.
    for (const c of criteria ?? []) {
      if (!has(rawScores, c)) errors.push({ field: `${at}.scores.${c}`, code: 'missing' });
    }
  }
  if (errors.length > start || !id.ok || !label.ok) return null;
  const ordered: Record<string, number> = {};
  for (const c of orderedCriteria(Object.keys(scores))) ordered[c] = scores[c]!;
  return label.value === undefined ? { id: id.value, scores: ordered } : { id: id.value, label: label.value, scores: ordered };
}

/** Checks the option list's length; returns false when items should not even be looked at. */
function checkCount(raw: unknown, min: number, errors: FieldError[]): raw is unknown[] {
  if (raw === undefined || raw === null) {
    errors.push({ field: 'options', code: 'missing' });
    return false;
  }
  if (!Array.isArray(raw)) {
    errors.push({ field: 'options', code: 'wrong-type' });
    return false;
  }
  if (raw.length < min) errors.push({ field: 'options', code: 'too-few-options' });
  if (raw.length > MAX_OPTIONS) {
    // A hostile link could hold a million options; reading them would only produce more errors.
    errors.push({ field: 'options', code: 'too-many-options' });
    return false;
  }
  return true;
}

function flagDuplicates(ids: (string | undefined)[], errors: FieldError[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (seen.has(id)) errors.push({ field: `options.${i}.id`, code: 'duplicate-option' });
    seen.add(id);
  });
}

function rawId(raw: unknown): string | undefined {
  return isPlainObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
}

export function validateMatrixInput(input: unknown): Validated<MatrixInput> {
  const errors: FieldError[] = [];
  if (!isPlainObject(input)) return { ok: false, errors: [{ field: 'input', code: 'wrong-type' }] };
  const weights = validateWeights(input.weights, errors);
  // Score completeness is checked against the weighted criteria only when the weights themselves are sound.
  const criteria = weights ? Object.keys(weights) : null;
  const options: MatrixOption[] = [];
  if (checkCount(input.options, MIN_OPTIONS, errors)) {
    input.options.forEach((raw, i) => {
      const option = validateOption(raw, i, criteria, errors);
      if (option) options.push(option);
    });
    flagDuplicates(input.options.map(rawId), errors);
  }
  if (errors.length > 0 || !weights) return { ok: false, errors };
  return { ok: true, value: { weights, options } };
}


function validateTcoOption(raw: unknown, i: number, errors: FieldError[]): TcoOption | null {
  const at = `options.${i}`;
  if (!isPlainObject(raw)) {
    errors.push({ field: at, code: 'wrong-type' });
    return null;
  }
  const start = errors.length;
  const id = checkOptionId(raw.id);
  if (!id.ok) errors.push({ field: `${at}.id`, code: id.code });
  const prices: Partial<Record<PriceField, number>> = {};
  for (const key of PRICE_FIELDS) {
    const check = checkPrice(raw[key]);
    if (!check.ok) errors.push({ field: `${at}.${key}`, code: check.code });
    else prices[key] = check.value;
  }
  if (errors.length > start || !id.ok) return null;
  return {
    id: id.value,
    licensePerUserPerMonth: prices.licensePerUserPerMonth!,
    implementation: prices.implementation!,
    annualMaintenance: prices.annualMaintenance!,
    trainingPerUser: prices.trainingPerUser!,
  };
}

export function validateTcoInput(input: unknown): Validated<TcoInput> {
  const errors: FieldError[] = [];
  if (!isPlainObject(input)) return { ok: false, errors: [{ field: 'input', code: 'wrong-type' }] };
  const users = checkUsers(input.users);
  if (!users.ok) errors.push({ field: 'users', code: users.code });
  const years = checkYears(input.years);
  if (!years.ok) errors.push({ field: 'years', code: years.code });
  const options: TcoOption[] = [];
  if (checkCount(input.options, MIN_TCO_OPTIONS, errors)) {
    input.options.forEach((raw, i) => {
      const option = validateTcoOption(raw, i, errors);
      if (option) options.push(option);
    });
    flagDuplicates(input.options.map(rawId), errors);
  }
  if (errors.length > 0 || !users.ok || !years.ok) return { ok: false, errors };
  return { ok: true, value: { users: users.value, years: years.value, options } };
}
