/**
 * Saved scenarios, one list per tool (and one for the plan), persisted under `scenarios:<tool>:v1`
 * and validated entry by entry with the tool's own reader on every read. Every change that removes
 * or replaces something returns what undoes it, for the toast.
 */
import type { WritableAtom } from 'nanostores';
import { persistedStore } from './persisted';
import {
  addScenario,
  duplicateScenario,
  mergeScenarios,
  parseScenarioList,
  readScenarioFile,
  removeScenario,
  renameScenario,
  restoreScenario,
  serializeScenarioFile,
  type Scenario,
  type ScenarioError,
  type ScenarioFileError,
} from '@/models/scenarios';
import type { ToolAdapter, ToolId } from './adapters/types';
import { sameJson } from '@/models/plan/canonical';

const lists = new Map<ToolId, WritableAtom<Scenario<unknown>[]>>();

export function scenarioList(adapter: Pick<ToolAdapter<unknown>, 'tool' | 'parse'>): WritableAtom<Scenario<unknown>[]> {
  let store = lists.get(adapter.tool);
  if (!store) {
    store = persistedStore<Scenario<unknown>[]>(`scenarios:${adapter.tool}:v1`, [], (raw) => parseScenarioList(raw, adapter.parse));
    lists.set(adapter.tool, store);
  }
  return store;
}

type Done = { ok: true; id: string; name: string } | { ok: false; code: ScenarioError };
/** The clock and id seed, injectable so tests fix them. */
export interface Clock {
  now(): string;
  seed(): number;
}
const realClock: Clock = { now: () => new Date().toISOString(), seed: () => Date.now() };

function named(list: Scenario<unknown>[], id: string): string {
  return list.find((s) => s.id === id)?.name ?? '';
}

/** Saves a state (the page's current one unless given) under a name. */
export function saveScenario(adapter: ToolAdapter<unknown>, name: string, state: unknown = adapter.get(), clock = realClock): Done {
  const store = scenarioList(adapter);
  const r = addScenario(store.get(), name, state, clock.now(), clock.seed());
  if (!r.ok) return r;
  store.set(r.list);
  return { ok: true, id: r.id, name: named(r.list, r.id) };
}

export function renameSaved(adapter: ToolAdapter<unknown>, id: string, name: string): Done {
  const store = scenarioList(adapter);
  const r = renameScenario(store.get(), id, name);
  if (!r.ok) return r;
  store.set(r.list);
  return { ok: true, id, name: named(r.list, id) };
}

export function duplicateSaved(adapter: ToolAdapter<unknown>, id: string, clock = realClock): Done {
  const store = scenarioList(adapter);
  const r = duplicateScenario(store.get(), id, clock.now(), clock.seed());
  if (!r.ok) return r;
  store.set(r.list);
  return { ok: true, id: r.id, name: named(r.list, r.id) };
}

/** Deletes a scenario; the returned function puts it back where it was. */
export function deleteSaved(adapter: ToolAdapter<unknown>, id: string): { name: string; undo: () => void } | null {
  const store = scenarioList(adapter);
  const { list, removed, index } = removeScenario(store.get(), id);
  if (!removed) return null;
  store.set(list);
  return { name: removed.name, undo: () => store.set(restoreScenario(store.get(), removed, index)) };
}

/**
 * Shows a saved scenario in the tool. Answers the tool holds that are in no saved scenario are saved
 * first, under `keepAs`: a toast's Undo lapses when the next toast comes, so it cannot be their only
 * way back. When they cannot be saved (the list is full) nothing changes. The returned function brings
 * back what the tool held before and removes the copy made of it.
 */
export function switchTo(
  adapter: ToolAdapter<unknown>,
  id: string,
  keepAs: string,
  clock = realClock,
): { ok: true; name: string; kept: string | null; undo: () => void } | { ok: false; code: string } {
  const list = scenarioList(adapter).get();
  const scenario = list.find((s) => s.id === id);
  if (!scenario) return { ok: false, code: 'not-found' };
  const before = adapter.get();
  const unsaved = !list.some((s) => sameJson(s.state, before));
  const kept = unsaved ? saveScenario(adapter, keepAs, before, clock) : null;
  if (kept && !kept.ok) return kept;
  adapter.set(scenario.state);
  return {
    ok: true,
    name: scenario.name,
    kept: kept?.name ?? null,
    undo: () => {
      adapter.set(before);
      if (kept) deleteSaved(adapter, kept.id);
    },
  };
}

export function exportScenarios(adapter: ToolAdapter<unknown>, clock = realClock): string {
  return serializeScenarioFile(adapter.tool, scenarioList(adapter).get(), clock.now());
}

export function importScenarios(
  adapter: ToolAdapter<unknown>,
  text: string,
  clock = realClock,
): { ok: true; added: number; dropped: number } | { ok: false; code: ScenarioFileError | 'full' } {
  const r = readScenarioFile(text, adapter.tool, adapter.parse);
  if (!r.ok) return r;
  const store = scenarioList(adapter);
  const merged = mergeScenarios(store.get(), r.scenarios, clock.seed());
  if (merged.added === 0) return { ok: false, code: 'full' };
  store.set(merged.list);
  return { ok: true, added: merged.added, dropped: r.dropped + (r.scenarios.length - merged.added) };
}
