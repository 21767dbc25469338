// Reading numbers the way people type them into the tools: "3", "12.5", "１２．５" (full-width digits
// from Chinese input methods), "12,000" or "12，000", and where a field allows it "85%". Anything else
// is reported with a code, never guessed. One reader for every tool, so the same text means the same
// number in the KPI sheet and the selection matrix.

export type ParsedNumber = { ok: true; value: number } | { ok: false; code: 'missing' | 'not-a-number' };

export interface ParseOptions {
  /** Accept a trailing percent sign ("85%", "85％") and read the number before it. */
  readonly percentSign?: boolean;
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/g;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// Thousands separators only where they group three digits, so "1,5" is not silently read as 15.
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Full-width digits, point and signs as their ASCII forms. */
export function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function parseNumber(value: unknown, options: ParseOptions = {}): ParsedNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, code: 'not-a-number' };
  }
  if (value === undefined || value === null) return { ok: false, code: 'missing' };
  if (typeof value !== 'string') return { ok: false, code: 'not-a-number' };
  let text = toAsciiDigits(value.trim()).replace(/\uFF0C/g, ',').replace(/\s+/g, '');
  if (text === '') return { ok: false, code: 'missing' };
  if (options.percentSign && (text.endsWith('%') || text.endsWith('\uFF05'))) text = text.slice(0, -1);
  if (GROUPED.test(text)) text = text.replace(/,/g, '');
  if (!DECIMAL.test(text)) return { ok: false, code: 'not-a-number' };
  const n = Number(text);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, code: 'not-a-number' };
}

/** Rounds to a number of decimals without the 1.005 -> 1.00 surprise of toFixed, and never returns -0. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // Beyond 2^53 there are no decimals left to round, and scaling could overflow to Infinity.
  if (!Number.isFinite(value * f) || Math.abs(value) >= 2 ** 53) return value;
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
