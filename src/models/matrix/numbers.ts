// Reading numbers the way people type them: "3", "3.5", "１２．５" (full-width digits from Chinese input
// methods), "12,000" or "12，000". Anything else is reported with a code, never guessed.

export type ParsedNumber = { ok: true; value: number } | { ok: false; code: 'missing' | 'not-a-number' };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/g;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// Thousands separators only where they group three digits, so "1,5" is not silently read as 15.
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export function parseNumber(value: unknown): ParsedNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, code: 'not-a-number' };
  }
  if (value === undefined || value === null) return { ok: false, code: 'missing' };
  if (typeof value !== 'string') return { ok: false, code: 'not-a-number' };
  let text = value
    .trim()
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0C/g, ',')
    .replace(/\s+/g, '');
  if (text === '') return { ok: false, code: 'missing' };
  if (GROUPED.test(text)) text = text.replace(/,/g, '');
  if (!DECIMAL.test(text)) return { ok: false, code: 'not-a-number' };
  const n = Number(text);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, code: 'not-a-number' };
}

/** Rounds without the 1.005 -> 1.00 surprise of toFixed, and never returns -0. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
