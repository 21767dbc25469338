import { describe, expect, it, beforeEach } from 'vitest';
import { createSafeEngine, $storageAvailable } from '@/stores/storage-engine';
import { FakeStorage } from './fake-window';

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
