import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SCENARIO_LIMITS,
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
} from '@/models/scenarios';

const NOW = '2026-06-15T01:30:00.000Z';
const num = (raw: unknown) => (typeof raw === 'number' && Number.isInteger(raw) ? raw : null);

function build(names: string[]): Scenario<number>[] {
  let list: Scenario<number>[] = [];
  names.forEach((name, i) => {
    const r = addScenario(list, name, i, NOW, 1000 + i);
    if (!r.ok) throw new Error(r.code);
    list = r.list;
  });
  return list;
}

describe('scenario list', () => {
  it('saves under a cleaned name and refuses empty, too long, taken (any case) and a 21st', () => {
    const list = build(['Start in January']);
    expect(list[0]).toMatchObject({ name: 'Start in January', savedAt: NOW, state: 0 });
    expect(addScenario(list, '  ', 1, NOW, 1)).toEqual({ ok: false, code: 'name-missing' });
    expect(addScenario(list, 'x'.repeat(61), 1, NOW, 1)).toEqual({ ok: false, code: 'name-too-long' });
    expect(addScenario(list, ' start IN   january ', 1, NOW, 1)).toEqual({ ok: false, code: 'name-taken' });
    const full = build(Array.from({ length: SCENARIO_LIMITS.count }, (_, i) => `S${i}`));
    expect(addScenario(full, 'one more', 1, NOW, 1)).toEqual({ ok: false, code: 'full' });
  });

  it('renames (keeping its own name allowed), duplicates next to the source with a free name', () => {
    const list = build(['A', 'B']);
    const renamed = renameScenario(list, list[0]!.id, 'a');
    expect(renamed.ok && renamed.list[0]!.name).toBe('a');
    expect(renameScenario(list, list[0]!.id, 'B')).toEqual({ ok: false, code: 'name-taken' });
    const dup = duplicateScenario(list, list[0]!.id, NOW, 5);
    expect(dup.ok && dup.list.map((s) => s.name)).toEqual(['A', 'A (2)', 'B']);
    const again = dup.ok ? duplicateScenario(dup.list, list[0]!.id, NOW, 6) : null;
    expect(again?.ok && again.list.map((s) => s.name)).toEqual(['A', 'A (3)', 'A (2)', 'B']);
  });

  it('a deleted scenario comes back where it was (undo)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), (n, pick) => {
        const list = build(Array.from({ length: n }, (_, i) => `S${i}`));
        const id = list[pick % n]!.id;
        const { list: after, removed, index } = removeScenario(list, id);
        expect(after).toHaveLength(n - 1);
        expect(restoreScenario(after, removed!, index)).toEqual(list);
      }),
    );
  });

  it('reads stored lists entry by entry: junk entries are dropped, good ones kept, nothing throws', () => {
    const good = build(['A', 'B']);
    const raw = [good[0], { ...good[1], state: 'not a number' }, null, 7, { id: '<x>', name: 'C', savedAt: NOW, state: 1 }, { ...good[0], id: 'zz' }];
    expect(parseScenarioList(raw, num)).toEqual([good[0]]);
    expect(parseScenarioList({}, num)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        const r = parseScenarioList(anything, num);
        expect(r === null || Array.isArray(r)).toBe(true);
      }),
    );
  });

  it('a throwing state reader costs only its own entry', () => {
    const good = build(['A', 'B']);
    const reader = (raw: unknown) => {
      if (raw === 1) throw new RangeError('Maximum call stack size exceeded');
      return num(raw);
    };
    expect(parseScenarioList(good, reader)).toEqual([good[0]]);
  });
});

describe('scenarios file', () => {
  it('round-trips through JSON.parse (an independent reader) and back', () => {
    const list = build(['Start in January', '春节后启动']);
    const text = serializeScenarioFile('duration', list, NOW);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'crm-playbook-scenarios', version: 1, tool: 'duration' });
    expect(parsed.scenarios.map((s: Scenario<number>) => s.name)).toEqual(['Start in January', '春节后启动']);
    expect(readScenarioFile(text, 'duration', num)).toEqual({ ok: true, scenarios: list, dropped: 0 });
  });

  it('names what is wrong with a refused file', () => {
    const list = build(['A']);
    expect(readScenarioFile('nope', 'kpi', num)).toEqual({ ok: false, code: 'not-json' });
    expect(readScenarioFile('{"a":1}', 'kpi', num)).toEqual({ ok: false, code: 'not-scenarios' });
    expect(readScenarioFile(serializeScenarioFile('duration', list, NOW), 'kpi', num)).toEqual({ ok: false, code: 'other-tool' });
    expect(readScenarioFile(serializeScenarioFile('kpi', list, NOW).replace('"version": 1', '"version": 9'), 'kpi', num)).toEqual({ ok: false, code: 'unknown-version' });
    expect(readScenarioFile(serializeScenarioFile('kpi', [], NOW), 'kpi', num)).toEqual({ ok: false, code: 'empty' });
    expect(readScenarioFile(' '.repeat(2_000_001), 'kpi', num)).toEqual({ ok: false, code: 'too-large' });
    fc.assert(fc.property(fc.string(), (s) => {
      expect(readScenarioFile(s, "kpi", num).ok).toBe(false);
    }));
  });

  it('imports next to existing scenarios, renaming clashes and never replacing one', () => {
    const mine = build(['A', 'B']);
    const theirs = build(['B', 'C']);
    const { list, added } = mergeScenarios(mine, theirs, 99);
    expect(added).toBe(2);
    expect(list.map((s) => s.name)).toEqual(['A', 'B', 'B (2)', 'C']);
    expect(new Set(list.map((s) => s.id)).size).toBe(4);
  });
});
