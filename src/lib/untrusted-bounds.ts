/**
 * Bounds on values from outside (share links, plan files), checked without recursion before anything
 * walks them: a value nested thousands deep overflows a recursive walk's stack, and a megabyte string or
 * a million keys is no state of this site. Kept apart from untrusted.ts so that pages which only read
 * their own storage do not carry it.
 */
import { jsonTextDepth, type JsonReason, type Obj } from './untrusted';

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
