import type { WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { SITE } from '@/site';
import { installStorageEngine } from './storage-engine';

/**
 * A store saved in localStorage under `crmpb:<name>` and validated every time it is read: JSON that
 * does not parse, or that `parse` rejects (corrupted, tampered, an older shape), yields the defaults
 * instead of an error. Put the version in the name (`profile:v1`) so an incompatible change starts clean.
 */
export function persistedStore<T>(
  name: string,
  initial: T,
  parse: (raw: unknown) => T | null,
): WritableAtom<T> {
  installStorageEngine();
  return persistentAtom<T>(`${SITE.storagePrefix}${name}`, initial, {
    encode: (value) => JSON.stringify(value),
    decode: (text) => {
      try {
        return parse(JSON.parse(text)) ?? initial;
      } catch {
        return initial;
      }
    },
  });
}
