/**
 * Guards for data that comes from outside the code: share links, imported files, localStorage.
 * Every validator reads untrusted values through these, so a `__proto__` key or an inherited property
 * never counts as an answer, and a value too deep, too wide or too long for any real state is refused
 * before anything walks it recursively (a recursive walk of a value nested thousands deep overflows the
 * stack; a megabyte string is not a company name).
 *
 * Pure and framework-free: models import it; it imports nothing.
 */

export type Obj = Record<string, unknown>;

/** A plain JSON object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object made by `{}`, `JSON.parse` or `Object.create(null)`: no class instance, no exotic prototype. */
export function isPlainObject(v: unknown): v is Obj {
  if (!isObj(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The object's own value for a key; never one reached through its prototype. */
export const own = (o: object, k: string): unknown => (hasOwn(o, k) ? (o as Obj)[k] : undefined);

/** Not given: undefined, null or only white space. */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The value when it is one of the listed strings, else null. */
export const oneOf = <T extends string>(v: unknown, list: readonly T[]): T | null =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : null;

/** A string of at most `max` characters, else null. */
export const str = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length <= max ? v : null);

// ---- bounds, checked without recursion ----

export interface Bounds {
  /** Deepest nesting of objects and arrays (a bare value is depth 0). */
  depth: number;
  /** All object keys and array items together. */
  entries: number;
  /** Longest string, key or value, in characters. */
  stringChars: number;
}

/**
 * Generous for every state the site writes (the largest, a full plan, nests 5 deep, holds under 1,500
 * entries and no string over a few hundred characters) and small enough that walking a value within
 * them is instant.
 */
export const STATE_BOUNDS: Readonly<Bounds> = Object.freeze({ depth: 12, entries: 5_000, stringChars: 2_000 });

export type BoundsReason = 'too-deep' | 'too-large';

/**
 * Checks a parsed value against the bounds with an explicit stack, so a hostile value nested 100,000
 * deep is refused as fast as a shallow one. Returns null when the value is within them.
 */
export function exceedsBounds(value: unknown, bounds: Bounds = STATE_BOUNDS): BoundsReason | null {
  const stack: { v: unknown; d: number }[] = [{ v: value, d: 0 }];
  let entries = 0;
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > bounds.stringChars) return 'too-large';
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (d + 1 > bounds.depth) return 'too-deep';
    const children = Array.isArray(v) ? v : Object.keys(v);
    entries += children.length;
    if (entries > bounds.entries) return 'too-large';
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ v: item, d: d + 1 });
    } else {
      for (const key of children as string[]) {
        if (key.length > bounds.stringChars) return 'too-large';
        stack.push({ v: (v as Obj)[key], d: d + 1 });
      }
    }
  }
  return null;
}

/**
 * The nesting depth of a JSON text, found by scanning its brackets (strings skipped) before
 * `JSON.parse` builds anything; Infinity as soon as it passes `limit`.
 */
export function jsonTextDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return Infinity;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

export type JsonReason = 'too-large' | 'too-deep' | 'corrupt';

/**
 * JSON text parsed only when its length and nesting are within bounds: enough where nothing walks the
 * result recursively (the stores' validators read known fields). Never throws.
 */
export function parseShallowJson(text: string, maxChars: number, depth = STATE_BOUNDS.depth): unknown | undefined {
  if (text.length > maxChars || jsonTextDepth(text, depth) > depth) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: JsonReason };

/**
 * JSON text from outside, parsed only when its length and nesting are within bounds, then the parsed
 * value checked for width and string length. Never throws.
 */
export function parseUntrustedJson(text: string, maxChars: number, bounds: Bounds = STATE_BOUNDS): JsonRead {
  if (text.length > maxChars) return { ok: false, reason: 'too-large' };
  if (jsonTextDepth(text, bounds.depth) > bounds.depth) return { ok: false, reason: 'too-deep' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const over = exceedsBounds(value, bounds);
  return over ? { ok: false, reason: over } : { ok: true, value };
}
