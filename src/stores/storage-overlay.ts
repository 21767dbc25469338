/**
 * While a shared link is previewed, the tools' stores show the colleague's state, but nothing may
 * reach the visitor's saved data. Writes then go to an in-memory layer over the real engine: "Close"
 * drops the layer (and the stores fall back to what is saved), "Replace mine" writes it through.
 * Scenarios are the exception: keeping the shared version as a scenario must really save it.
 */
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { SITE } from '@/site';
import { engine, installStorageEngine } from './storage-engine';

type Engine = Record<string, string | undefined>;

const PASS_THROUGH = `${SITE.storagePrefix}scenarios:`;
let held: Map<string, string | undefined> | null = null;

export function holdingWrites(): boolean {
  return held !== null;
}

export function holdWrites(): void {
  installStorageEngine();
  const base = engine;
  if (held || !base) return;
  const layer = (held = new Map());
  const passes = (key: string) => key.startsWith(PASS_THROUGH);
  const overlay = new Proxy({} as Engine, {
    get: (_, key) => (typeof key !== 'string' ? undefined : !passes(key) && layer.has(key) ? layer.get(key) : base[key]),
    has: (_, key) => (typeof key !== 'string' ? false : !passes(key) && layer.has(key) ? layer.get(key) !== undefined : key in base),
    set: (_, key, value) => {
      if (typeof key === 'string') passes(key) ? (base[key] = String(value)) : layer.set(key, String(value));
      return true;
    },
    deleteProperty: (_, key) => {
      if (typeof key === 'string') passes(key) ? delete base[key] : layer.set(key, undefined);
      return true;
    },
  });
  setPersistentEngine(overlay as Record<string, string>, windowPersistentEvents);
}

/**
 * Ends the preview. `keep` writes what the stores hold now to storage (replace); otherwise every store
 * the preview touched is told to read its saved value again, exactly as for a change in another tab.
 */
export function releaseWrites(keep: boolean): void {
  const base = engine;
  const layer = held;
  held = null;
  if (!base || !layer) return;
  setPersistentEngine(base as Record<string, string>, windowPersistentEvents);
  for (const [key, value] of layer) {
    if (keep) {
      if (value === undefined) delete base[key];
      else base[key] = value;
    } else if (typeof window !== 'undefined') {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: base[key] ?? null }));
    }
  }
}
