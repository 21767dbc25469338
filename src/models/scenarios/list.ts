// A tool's saved scenarios: named copies of its state. Pure list operations; the store persists the
// list and the islands render it. Every operation returns a new list and never throws.

export interface Scenario<T> {
  id: string;
  name: string;
  /** ISO timestamp of the last save */
  savedAt: string;
  state: T;
}

export const SCENARIO_LIMITS = { count: 20, name: 60 } as const;

export type ScenarioError = 'name-missing' | 'name-too-long' | 'name-taken' | 'full' | 'not-found';
export type ScenarioResult<T> = { ok: true; list: Scenario<T>[]; id: string } | { ok: false; code: ScenarioError };

/** Trims and folds inner white space, so "  A   B " and "A B" are the same name. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function checkName<T>(list: readonly Scenario<T>[], name: string, except?: string): ScenarioError | null {
  const clean = cleanName(name);
  if (!clean) return 'name-missing';
  if (clean.length > SCENARIO_LIMITS.name) return 'name-too-long';
  if (list.some((s) => s.id !== except && s.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) return 'name-taken';
  return null;
}

/** An id not yet in the list (letters and digits only, so it survives validation). */
export function freshScenarioId<T>(list: readonly Scenario<T>[], seed: number): string {
  let n = Math.abs(Math.trunc(seed)) % 1_000_000_000;
  let id = `s${n.toString(36)}`;
  while (list.some((s) => s.id === id)) id = `s${(++n).toString(36)}`;
  return id;
}

export function addScenario<T>(list: readonly Scenario<T>[], name: string, state: T, now: string, seed: number): ScenarioResult<T> {
  const error = checkName(list, name);
  if (error) return { ok: false, code: error };
  if (list.length >= SCENARIO_LIMITS.count) return { ok: false, code: 'full' };
  const id = freshScenarioId(list, seed);
  return { ok: true, id, list: [...list, { id, name: cleanName(name), savedAt: now, state }] };
}

export function renameScenario<T>(list: readonly Scenario<T>[], id: string, name: string): ScenarioResult<T> {
  if (!list.some((s) => s.id === id)) return { ok: false, code: 'not-found' };
  const error = checkName(list, name, id);
  if (error) return { ok: false, code: error };
  return { ok: true, id, list: list.map((s) => (s.id === id ? { ...s, name: cleanName(name) } : s)) };
}

/** Overwrites a scenario's state with the current one (same name). */
export function updateScenario<T>(list: readonly Scenario<T>[], id: string, state: T, now: string): ScenarioResult<T> {
  if (!list.some((s) => s.id === id)) return { ok: false, code: 'not-found' };
  return { ok: true, id, list: list.map((s) => (s.id === id ? { ...s, state, savedAt: now } : s)) };
}

/** The first free "<name> (2)", "<name> (3)"... within the length limit. */
export function copyName<T>(list: readonly Scenario<T>[], name: string): string {
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = cleanName(name).slice(0, SCENARIO_LIMITS.name - suffix.length) + suffix;
    if (!checkName(list, candidate)) return candidate;
  }
}

export function duplicateScenario<T>(list: readonly Scenario<T>[], id: string, now: string, seed: number): ScenarioResult<T> {
  const source = list.find((s) => s.id === id);
  if (!source) return { ok: false, code: 'not-found' };
  if (list.length >= SCENARIO_LIMITS.count) return { ok: false, code: 'full' };
  const added = addScenario(list, copyName(list, source.name), source.state, now, seed);
  if (!added.ok) return added;
  // The copy goes right after its source.
  const copy = added.list[added.list.length - 1]!;
  const rest = list.slice();
  rest.splice(list.indexOf(source) + 1, 0, copy);
  return { ok: true, id: copy.id, list: rest };
}

/** Removes a scenario; `removed` and `index` let the caller put it back (undo). */
export function removeScenario<T>(list: readonly Scenario<T>[], id: string): { list: Scenario<T>[]; removed: Scenario<T> | null; index: number } {
  const index = list.findIndex((s) => s.id === id);
  if (index === -1) return { list: list.slice(), removed: null, index: -1 };
  return { list: list.filter((s) => s.id !== id), removed: list[index]!, index };
}

/** Puts a removed scenario back where it was (or at the end), unless its id or name came back meanwhile. */
export function restoreScenario<T>(list: readonly Scenario<T>[], scenario: Scenario<T>, index: number): Scenario<T>[] {
  if (list.some((s) => s.id === scenario.id)) return list.slice();
  const name = checkName(list, scenario.name) ? copyName(list, scenario.name) : scenario.name;
  const out = list.slice();
  out.splice(Math.min(Math.max(index, 0), out.length), 0, { ...scenario, name });
  return out;
}

/**
 * Reads a stored or imported list: anything that is not a list of well-formed scenarios whose state
 * `parseState` accepts is dropped entry by entry, so one bad entry never costs the others.
 */
export function parseScenarioList<T>(raw: unknown, parseState: (raw: unknown) => T | null): Scenario<T>[] | null {
  if (!Array.isArray(raw) || raw.length > SCENARIO_LIMITS.count * 5) return null;
  const out: Scenario<T>[] = [];
  for (const item of raw) {
    if (out.length >= SCENARIO_LIMITS.count) break;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    const r = item as Record<string, unknown>;
    const { id, name, savedAt } = r;
    if (typeof id !== 'string' || !/^[a-z0-9]{1,20}$/.test(id) || out.some((s) => s.id === id)) continue;
    if (typeof name !== 'string' || checkName(out, name)) continue;
    if (typeof savedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(savedAt)) continue;
    let state: T | null = null;
    try {
      state = parseState(r.state);
    } catch {
      state = null;
    }
    if (state === null) continue;
    out.push({ id, name: cleanName(name), savedAt, state });
  }
  return out;
}
