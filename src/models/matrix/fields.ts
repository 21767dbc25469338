// One checker per kind of field. The whole-input validators use them, and so does the store when a
// visitor types into a single field: the message beside the field and the rule for the share link can
// never disagree.
import {
  LABEL_MAX,
  MAX_WEIGHT,
  OPTION_ID,
  PRICE_MAX,
  SCORE_MAX,
  SCORE_MIN,
  USERS_MAX,
  USERS_MIN,
  YEARS_MAX,
  YEARS_MIN,
} from './limits';
import { parseNumber } from './numbers';
import type { MatrixErrorCode } from './types';

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; code: MatrixErrorCode };

function inRange(raw: unknown, min: number, max: number, whole = false): FieldCheck<number> {
  const parsed = parseNumber(raw);
  if (!parsed.ok) return parsed;
  if (whole && !Number.isInteger(parsed.value)) return { ok: false, code: 'not-a-whole-number' };
  if (parsed.value < min || parsed.value > max) return { ok: false, code: 'out-of-range' };
  return { ok: true, value: parsed.value };
}

/** A score from 1 to 5; halves and decimals are allowed ("between 3 and 4"). */
export const checkScore = (raw: unknown) => inRange(raw, SCORE_MIN, SCORE_MAX);
/** A weight of 0 or more, on any scale. */
export const checkWeight = (raw: unknown) => inRange(raw, 0, MAX_WEIGHT);
export const checkUsers = (raw: unknown) => inRange(raw, USERS_MIN, USERS_MAX, true);
export const checkYears = (raw: unknown) => inRange(raw, YEARS_MIN, YEARS_MAX, true);
/** Any amount of money: 0 or more, in whatever currency the visitor uses. */
export const checkPrice = (raw: unknown) => inRange(raw, 0, PRICE_MAX);

export function checkOptionId(raw: unknown): FieldCheck<string> {
  if (raw === undefined || raw === null || raw === '') return { ok: false, code: 'missing' };
  if (typeof raw !== 'string' || !OPTION_ID.test(raw)) return { ok: false, code: 'invalid-id' };
  return { ok: true, value: raw };
}

/** An option's display name. Empty means "use the default name", so it is not an error. */
export function checkLabel(raw: unknown): FieldCheck<string | undefined> {
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  if (typeof raw !== 'string') return { ok: false, code: 'wrong-type' };
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: true, value: undefined };
  if ([...text].length > LABEL_MAX) return { ok: false, code: 'too-long' };
  return { ok: true, value: text };
}
