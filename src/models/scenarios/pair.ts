/** One compared value: what each side holds and whether they differ. */
export interface Pair<T> {
  a: T;
  b: T;
  differs: boolean;
}

/** Structural equality of plain data (numbers, strings, null, arrays, flat objects), order-sensitive. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const bo = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameValue((a as Record<string, unknown>)[k], bo[k]));
  }
  return false;
}

export function pair<T>(a: T, b: T): Pair<T> {
  return { a, b, differs: !sameValue(a, b) };
}

/** Two lists of codes split into what only one side has and what both have (first-seen order). */
export interface SetDiff<T> {
  onlyA: T[];
  onlyB: T[];
  both: T[];
  differs: boolean;
}

export function setDiff<T extends string>(a: readonly T[], b: readonly T[]): SetDiff<T> {
  const ua = [...new Set(a)];
  const ub = [...new Set(b)];
  const onlyA = ua.filter((x) => !ub.includes(x));
  const onlyB = ub.filter((x) => !ua.includes(x));
  const both = ua.filter((x) => ub.includes(x));
  return { onlyA, onlyB, both, differs: onlyA.length + onlyB.length > 0 };
}
