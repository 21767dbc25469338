import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { SITE } from '@/site';

/**
 * false once the browser refuses to store (private mode, storage disabled, quota exceeded). Tools keep
 * working in memory for the session and show a notice that nothing will be saved.
 */
export const $storageAvailable = atom(true);

function openLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${SITE.storagePrefix}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * A storage engine for @nanostores/persistent that never throws: it writes through to localStorage
 * while that works and falls back to memory for the rest of the session when it does not.
 */
export function createSafeEngine(initial: Storage | null): Record<string, string | undefined> {
  let storage = initial;
  const memory: Record<string, string> = {};
  if (!storage) $storageAvailable.set(false);
  const fail = () => {
    storage = null;
    $storageAvailable.set(false);
  };
  return new Proxy(memory, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (storage) {
        try {
          return storage.getItem(key) ?? undefined;
        } catch {
          fail();
        }
      }
      return Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
    },
    has(target, key) {
      if (typeof key !== 'string') return false;
      if (storage) {
        try {
          return storage.getItem(key) !== null;
        } catch {
          fail();
        }
      }
      return Object.prototype.hasOwnProperty.call(target, key);
    },
    set(target, key, value) {
      if (typeof key !== 'string') return true;
      target[key] = String(value);
      if (storage) {
        try {
          storage.setItem(key, String(value));
        } catch {
          fail();
        }
      }
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'string') return true;
      delete target[key];
      if (storage) {
        try {
          storage.removeItem(key);
        } catch {
          fail();
        }
      }
      return true;
    },
  }) as Record<string, string | undefined>;
}

/** The installed engine (null until installed), for a preview that holds writes back (storage-overlay.ts). */
export let engine: Record<string, string | undefined> | null = null;
/** Installs the safe engine once, in the browser only; at build time stores simply start from defaults. */
export function installStorageEngine(): void {
  if (engine || typeof window === 'undefined') return;
  engine = createSafeEngine(openLocalStorage());
  // The engine returns undefined for missing keys exactly as a plain object would; the library's type is stricter than its use.
  setPersistentEngine(engine as Record<string, string>, windowPersistentEvents);
}
