/**
 * Small helpers for the models' compact share forms (positional arrays): list items by index, dates
 * as numbers, flags as 0/1. Unpacking is loose on purpose (the model's validator has the last word),
 * but never reads through a prototype: an index is used only when it is a whole number in range.
 */
export const indexIn = <T>(list: readonly T[], value: T): number => list.indexOf(value);

export const at = <T>(list: readonly T[], index: unknown): T | undefined =>
  typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < list.length ? list[index] : undefined;

export const isList = (v: unknown, length?: number): v is unknown[] => Array.isArray(v) && (length === undefined || v.length === length);

/** `2026-05-11` -> 20260511, anything else as it is (a field may hold what the visitor typed). */
export const packDate = (v: string | undefined | null): number | string | 0 =>
  !v ? 0 : /^\d{4}-\d{2}-\d{2}$/.test(v) ? Number(v.replace(/-/g, '')) : v;

export function unpackDate(v: unknown): unknown {
  if (v === 0) return undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 10_000_101 && v <= 99_991_231) {
    const s = String(v);
    return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  }
  return v;
}

export const bit = (v: boolean | undefined): 0 | 1 => (v ? 1 : 0);
export const unbit = (v: unknown): unknown => (v === 0 ? false : v === 1 ? true : v);
