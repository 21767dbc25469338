import type { WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { SITE } from '@/site';
import { parseShallowJson } from '@/lib/untrusted';
import { installStorageEngine } from './storage-engine';

/** Far above any state the site saves (a full KPI sheet is under 20,000 characters). */
const MAX_STORED_CHARS = 400_000;

/**
 * A store saved in localStorage under `crmpb:<name>` and validated every time it is read: JSON that
 * does not parse, or that `parse` rejects (corrupted, tampered, an older shape), yields the defaults
 * instead of an error. Put the version in the name (`profile:v1`) so an incompatible change starts clean.
 */
/**
 * What a stored entry holds, or `initial`. Bounded before parsing: a tampered entry nested thousands
 * deep or megabytes long must not hang the page. Never throws.
 */
export function readStored<T>(text: string, parse: (raw: unknown) => T | null, initial: T): T {
  // Length and depth only: the stores' validators read known fields and never walk a value recursively.
  const value = parseShallowJson(text, MAX_STORED_CHARS);
  if (value === undefined) return initial;
  try {
    return parse(value) ?? initial;
  } catch {
    return initial;
  }
}

export function persistedStore<T>(
  name: string,
  initial: T,
  parse: (raw: unknown) => T | null,
): WritableAtom<T> {
  installStorageEngine();
  return persistentAtom<T>(`${SITE.storagePrefix}${name}`, initial, {
    encode: (value) => JSON.stringify(value),
    decode: (text) => readStored(text, parse, initial),
  });
}
