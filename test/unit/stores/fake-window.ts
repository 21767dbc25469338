// A browser window for store tests that run in Node: localStorage is a map that can be made full
// (`failWrites`), and storage events can be sent as another tab would. Stub it before the stores are
// imported, as in the browser, so the safe storage engine is installed over it.
import { vi } from 'vitest';

export class FakeStorage {
  data = new Map<string, string>();
  failWrites = false;
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.failWrites) throw new DOMException('full', 'QuotaExceededError'); this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
  clear() { this.data.clear(); }
}

export class FakeStorageEvent extends Event {
  key: string | null;
  newValue: string | null;
  constructor(type: string, init: { key?: string | null; newValue?: string | null } = {}) {
    super(type);
    this.key = init.key ?? null;
    this.newValue = init.newValue ?? null;
  }
}

/** Stubs `window` (an event target with a fake localStorage) and `StorageEvent`; returns both parts. */
export function stubWindow() {
  const storage = new FakeStorage();
  const win = Object.assign(new EventTarget(), { localStorage: storage });
  vi.stubGlobal('window', win);
  vi.stubGlobal('StorageEvent', FakeStorageEvent);
  return { storage, win };
}
