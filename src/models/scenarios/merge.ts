import { SCENARIO_LIMITS, copyName, freshScenarioId, type Scenario } from './list';

/** Adds `incoming` after `list`, renaming clashes and renumbering ids; stops at the list limit. */
export function mergeScenarios<T>(list: readonly Scenario<T>[], incoming: readonly Scenario<T>[], seed: number): { list: Scenario<T>[]; added: number } {
  const out = list.slice();
  let added = 0;
  for (const s of incoming) {
    if (out.length >= SCENARIO_LIMITS.count) break;
    const taken = out.some((x) => x.name.toLocaleLowerCase() === s.name.toLocaleLowerCase());
    out.push({ ...s, id: freshScenarioId(out, seed + added), name: taken ? copyName(out, s.name) : s.name });
    added += 1;
  }
  return { list: out, added };
}
