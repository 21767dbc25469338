/**
 * Guards for data that comes from outside the code: share links, imported files, localStorage.
 * Every validator reads untrusted values through these, so a `__proto__` key or an inherited property
 * never counts as an answer, and a value too deep, too wide or too long for any real state is refused
 * before anything walks it recursively (a recursive walk of a value nested thousands deep overflows the
 * stack; a megabyte string is not a company name).
 *
 * Pure and framework-free: models import it; it imports nothing. The bounds on parsed values (width,
 * string length) are in untrusted-bounds.ts, which only readers of links and files load.
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
export function parseShallowJson(text: string, maxChars: number, depth = 12): unknown | undefined {
  if (text.length > maxChars || jsonTextDepth(text, depth) > depth) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

