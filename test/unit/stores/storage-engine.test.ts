import { describe, expect, it, beforeEach } from 'vitest';
import { createSafeEngine, $storageAvailable } from '@/stores/storage-engine';

class FakeStorage {
  data = new Map<string, string>();
  failWrites = false;
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.failWrites) throw new DOMException('full', 'QuotaExceededError'); this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
  clear() { this.data.clear(); }
}

describe('safe storage engine', () => {
  beforeEach(() => $storageAvailable.set(true));

  it('writes through to localStorage while it works', () => {
    const storage = new FakeStorage();
    const engine = createSafeEngine(storage as unknown as Storage);
    engine['crmpb:x'] = '1';
    expect(storage.getItem('crmpb:x')).toBe('1');
    expect('crmpb:x' in engine).toBe(true);
    delete engine['crmpb:x'];
    expect(storage.getItem('crmpb:x')).toBeNull();
    expect($storageAvailable.get()).toBe(true);
  });

  it('keeps working in memory and reports it when the quota is exceeded', () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const engine = createSafeEngine(storage as unknown as Storage);
    expect(() => { engine['crmpb:x'] = '2'; }).not.toThrow();
    expect(engine['crmpb:x']).toBe('2');
    expect($storageAvailable.get()).toBe(false);
  });

  it('works in memory when there is no storage at all (private mode)', () => {
    const engine = createSafeEngine(null);
    engine['crmpb:y'] = '3';
    expect(engine['crmpb:y']).toBe('3');
    expect($storageAvailable.get()).toBe(false);
  });
});
