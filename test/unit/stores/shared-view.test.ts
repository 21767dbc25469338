// The shared-link preview, the scenarios store and undo, run against a fake browser window whose
// localStorage is a map that can be made full. The modules are imported after the window exists,
// as in the browser, so the safe storage engine is installed over it.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorageEvent, stubWindow } from './fake-window';
import { DURATION_SHARE } from '@/models/duration/share-pack';

const { storage, win } = stubWindow();
vi.stubGlobal('location', { pathname: '/en/tools/duration/', search: '', hash: '' });
vi.stubGlobal('history', { replaceState: () => {} });

type Mods = {
  duration: typeof import('@/stores/duration');
  adapter: typeof import('@/stores/adapters/duration');
  shared: typeof import('@/stores/shared-view');
  scenarios: typeof import('@/stores/scenarios');
  engine: typeof import('@/stores/storage-engine');
  share: typeof import('@/lib/share-link');
  defaults: typeof import('@/models/duration/defaults');
};
let m: Mods;
const clock = { now: () => '2026-06-15T01:30:00.000Z', seed: () => 42 };

beforeAll(async () => {
  m = {
    duration: await import('@/stores/duration'),
    adapter: await import('@/stores/adapters/duration'),
    shared: await import('@/stores/shared-view'),
    scenarios: await import('@/stores/scenarios'),
    engine: await import('@/stores/storage-engine'),
    share: await import('@/lib/share-link'),
    defaults: await import('@/models/duration/defaults'),
  };
  // Subscribed, as on the page: a mounted store follows storage events.
  m.duration.$durationInput.listen(() => {});
});

const KEY = 'crmpb:duration:v1';
const saved = () => storage.getItem(KEY);

beforeEach(() => {
  storage.failWrites = false;
  m.shared.closeSharedView();
  m.duration.replaceDurationInput({ ...m.defaults.DEFAULT_DURATION_INPUT, companySize: 'small' });
  m.scenarios.scenarioList(m.adapter.durationAdapter).set([]);
});

const colleague = () => ({ ...m.defaults.DEFAULT_DURATION_INPUT, companySize: 'large' as const, integrations: 9 });
const link = () => m.share.shareFragment('duration', colleague(), DURATION_SHARE);

describe('a shared link is a preview', () => {
  it('shows the colleague’s state while nothing saved changes; Close gives back exactly what was saved', async () => {
    const mine = saved();
    expect(JSON.parse(mine!).companySize).toBe('small');
    expect(await m.shared.openSharedLink(m.adapter.durationAdapter, link())).toBe('preview');
    expect(m.duration.$durationInput.get()).toEqual(colleague());
    // An edit during the preview is not saved either.
    m.duration.patchDurationInput({ complexity: 5 });
    expect(saved()).toBe(mine);
    m.shared.closeSharedView();
    expect(saved()).toBe(mine);
    expect(m.duration.$durationInput.get().companySize).toBe('small');
    expect(m.shared.$sharedView.get()).toBeNull();
  });

  it('a damaged link changes nothing and keeps its reason', async () => {
    const mine = saved();
    expect(await m.shared.openSharedLink(m.adapter.durationAdapter, '#duration=eyJj')).toBe('invalid');
    expect(m.shared.$sharedView.get()?.kind).toBe('invalid');
    expect(saved()).toBe(mine);
    expect(m.duration.$durationInput.get().companySize).toBe('small');
  });

  it('Replace mine saves the old state as a scenario first, and Undo brings it back', async () => {
    const mine = saved();
    await m.shared.openSharedLink(m.adapter.durationAdapter, link());
    const r = m.shared.replaceWithShared('Mine before');
    expect(r.ok).toBe(true);
    expect(JSON.parse(saved()!)).toEqual(colleague());
    const list = m.scenarios.scenarioList(m.adapter.durationAdapter).get();
    expect(list.map((s) => s.name)).toEqual(['Mine before']);
    expect(list[0]!.state).toEqual(JSON.parse(mine!));
    if (r.ok) r.undo();
    expect(saved()).toBe(mine);
    await vi.waitFor(() => expect(m.scenarios.scenarioList(m.adapter.durationAdapter).get()).toEqual([]));
  });

  it('Keep as a new scenario saves the shared state (really saved, even during the preview) and returns to mine', async () => {
    const mine = saved();
    await m.shared.openSharedLink(m.adapter.durationAdapter, link());
    const kept = m.shared.keepShared('Theirs');
    expect(kept?.ok).toBe(true);
    expect(saved()).toBe(mine);
    expect(JSON.parse(storage.getItem('crmpb:scenarios:duration:v1')!)[0].state).toEqual(colleague());
  });
});

describe('scenario store', () => {
  const a = () => m.adapter.durationAdapter;

  it('saves, renames, duplicates, switches (undoable) and deletes (undoable)', () => {
    const first = m.scenarios.saveScenario(a(), 'January', undefined, clock);
    expect(first).toMatchObject({ ok: true, name: 'January' });
    m.duration.patchDurationInput({ startDate: '2027-03-01' });
    const second = m.scenarios.saveScenario(a(), 'After the festival', undefined, clock);
    expect(m.scenarios.saveScenario(a(), 'january', undefined, clock)).toEqual({ ok: false, code: 'name-taken' });
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(m.scenarios.renameSaved(a(), first.id, 'Start in January')).toMatchObject({ ok: true, name: 'Start in January' });
    expect(m.scenarios.duplicateSaved(a(), first.id, clock)).toMatchObject({ ok: true, name: 'Start in January (2)' });

    // The answers shown are saved (as "After the festival"), so switching keeps no extra copy.
    const switched = m.scenarios.switchTo(a(), first.id, 'Before switching', clock);
    if (!switched.ok) throw new Error('not switched');
    expect(switched.kept).toBeNull();
    expect(m.duration.$durationInput.get().startDate).toBeUndefined();
    switched.undo();
    expect(m.duration.$durationInput.get().startDate).toBe('2027-03-01');

    const names = () => m.scenarios.scenarioList(a()).get().map((s) => s.name);
    const before = names();
    const deleted = m.scenarios.deleteSaved(a(), second.id)!;
    expect(names()).not.toContain('After the festival');
    deleted.undo();
    expect(names()).toEqual(before);
  });

  it('switching never loses answers that are in no scenario, even after another toast replaces its Undo', () => {
    const names = () => m.scenarios.scenarioList(a()).get().map((s) => s.name);
    const first = m.scenarios.saveScenario(a(), 'A', undefined, clock);
    m.duration.patchDurationInput({ startDate: '2027-03-01' });
    const second = m.scenarios.saveScenario(a(), 'B', undefined, clock);
    if (!first.ok || !second.ok) throw new Error('not saved');
    m.duration.patchDurationInput({ startDate: '2027-09-06', integrations: 9 });
    const switched = m.scenarios.switchTo(a(), first.id, 'Before switching to A', clock);
    expect(switched).toMatchObject({ ok: true, name: 'A', kept: 'Before switching to A' });
    // Deleting B shows a toast of its own; undoing that brings B back, and the unsaved answers are
    // still there under their own name.
    m.scenarios.deleteSaved(a(), second.id)!.undo();
    const kept = m.scenarios.scenarioList(a()).get().find((s) => s.name === 'Before switching to A');
    expect(kept?.state).toMatchObject({ startDate: '2027-09-06', integrations: 9 });
    expect(names()).toEqual(expect.arrayContaining(['A', 'B', 'Before switching to A']));
    // Undoing the switch itself puts those answers back and drops the copy.
    if (switched.ok) switched.undo();
    expect(m.duration.$durationInput.get()).toMatchObject({ startDate: '2027-09-06', integrations: 9 });
    expect(names()).not.toContain('Before switching to A');
  });

  it('refuses to switch, and changes nothing, when unsaved answers cannot be kept because the list is full', () => {
    for (let i = 0; i < 20; i += 1) {
      m.duration.patchDurationInput({ integrations: i });
      expect(m.scenarios.saveScenario(a(), `S${i}`, undefined, clock)).toMatchObject({ ok: true });
    }
    m.duration.patchDurationInput({ integrations: 3, startDate: '2028-01-03' });
    const target = m.scenarios.scenarioList(a()).get()[0]!;
    expect(m.scenarios.switchTo(a(), target.id, 'Before switching', clock)).toEqual({ ok: false, code: 'full' });
    expect(m.duration.$durationInput.get()).toMatchObject({ integrations: 3, startDate: '2028-01-03' });
  });

  it('exports one file and imports it beside existing scenarios, refusing another tool’s file', () => {
    m.scenarios.saveScenario(a(), 'One', undefined, clock);
    const text = m.scenarios.exportScenarios(a(), clock);
    expect(JSON.parse(text).scenarios).toHaveLength(1);
    expect(m.scenarios.importScenarios(a(), text, clock)).toEqual({ ok: true, added: 1, dropped: 0 });
    expect(m.scenarios.scenarioList(a()).get().map((s) => s.name)).toEqual(['One', 'One (2)']);
    expect(m.scenarios.importScenarios(a(), text.replace('"tool": "duration"', '"tool": "kpi"'), clock)).toEqual({ ok: false, code: 'other-tool' });
  });

  it('validates what it reads: a tampered entry is dropped, the rest kept', () => {
    const good = { id: 'sa', name: 'Good', savedAt: '2026-06-15T01:30:00.000Z', state: colleague() };
    const bad = { id: 'sb', name: 'Bad', savedAt: '2026-06-15T01:30:00.000Z', state: { ...colleague(), complexity: 99 } };
    storage.setItem('crmpb:scenarios:duration:v1', JSON.stringify([good, bad]));
    win.dispatchEvent(new FakeStorageEvent('storage', { key: 'crmpb:scenarios:duration:v1', newValue: storage.getItem('crmpb:scenarios:duration:v1') }));
    const store = m.scenarios.scenarioList(a());
    const off = store.listen(() => {});
    win.dispatchEvent(new FakeStorageEvent('storage', { key: 'crmpb:scenarios:duration:v1', newValue: storage.getItem('crmpb:scenarios:duration:v1') }));
    expect(store.get().map((s) => s.name)).toEqual(['Good']);
    off();
  });

  it('keeps working in memory when storage is full, and says so', () => {
    storage.failWrites = true;
    const r = m.scenarios.saveScenario(a(), 'Kept in memory', undefined, clock);
    expect(r.ok).toBe(true);
    expect(m.scenarios.scenarioList(a()).get().map((s) => s.name)).toContain('Kept in memory');
    expect(m.engine.$storageAvailable.get()).toBe(false);
  });
});
