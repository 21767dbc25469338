import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '@/models/profile';
import { validateDurationInput } from '@/models/duration';
import { validateMatrixInput, validateTcoInput, parseSelectionState } from '@/models/matrix';
import { validateReadinessAnswers } from '@/models/readiness';
import { validateKpiInput, unpackSheet } from '@/models/kpi';
import { validateImport } from '@/models/plan';
import { readShareFragment, encodeSharePayload } from '@/lib/share-link';
import { parseReadinessState } from '@/stores/readiness';
import { $durationInput, loadDurationShare } from '@/stores/duration';
import { $selectionState, loadSelectionShare } from '@/stores/selection';
import { $kpiSheet, loadKpiShare } from '@/stores/kpi';
import { $readiness, loadReadinessShare } from '@/stores/readiness';
import { $profile } from '@/stores/profile';

/** Strings an attacker would try: markup, script URLs, prototype keys, control characters, huge input. */
const hostileStrings = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>',
    '__proto__', 'constructor', 'prototype', '{"__proto__":{"polluted":true}}', '\u0000\u202e\ufeff', '%00', '../../etc/passwd',
  ),
  fc.string({ maxLength: 200 }),
  fc.string({ minLength: 20_000, maxLength: 40_000 }),
);

/** Values of every JSON type, with prototype keys mixed into objects. */
const hostileValues = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
  hostileStrings,
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'version', 'answers', 'rows', 'kind', 'matrix', 'tco', 'options', 'weights'), fc.anything({ maxDepth: 3 })),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"version":1}')),
);

const readers: [string, (raw: unknown) => unknown][] = [
  ['parseProfile', parseProfile],
  ['validateDurationInput', validateDurationInput],
  ['validateMatrixInput', validateMatrixInput],
  ['validateTcoInput', validateTcoInput],
  ['parseSelectionState', parseSelectionState],
  ['validateReadinessAnswers', validateReadinessAnswers],
  ['parseReadinessState', parseReadinessState],
  ['validateKpiInput', (raw) => validateKpiInput(raw)],
  ['unpackSheet', unpackSheet],
  ['validateImport (plan file)', validateImport],
  // location.hash is always a string: feed strings as they are, anything else as a JSON payload.
  ['readShareFragment', (raw) => readShareFragment(typeof raw === 'string' ? raw : `#duration=${JSON.stringify(raw) ?? ''}`, 'duration')],
];

describe.each(readers)('%s against hostile input', (_name, read) => {
  it('never throws and never pollutes Object.prototype', () => {
    fc.assert(
      fc.property(hostileValues, (raw) => {
        expect(() => read(raw)).not.toThrow();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('gives back no markup it was not given as plain text', () => {
    // Whatever a reader accepts is data; only Preact renders it, as text. A reader must never turn a
    // non-string into a string of markup.
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }).filter((v) => !JSON.stringify(v ?? null).includes('<')), (raw) => {
        const out = JSON.stringify(read(raw) ?? null) ?? '';
        expect(out.includes('<script')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a share link for one tool never touches another tool’s data', () => {
  const snapshot = () => JSON.stringify([$durationInput.get(), $selectionState.get(), $kpiSheet.get(), $readiness.get(), $profile.get()]);
  const loaders: [string, (hash: string) => unknown, number][] = [
    ['duration', loadDurationShare, 0],
    ['selection', loadSelectionShare, 1],
    ['kpi', loadKpiShare, 2],
    ['readiness', loadReadinessShare, 3],
  ];
  let before = '';
  beforeEach(() => { before = snapshot(); });

  it.each(loaders)('the %s link, hostile or not, changes at most its own store', (name, load, index) => {
    fc.assert(
      fc.property(hostileValues, (payload) => {
        const start = JSON.parse(snapshot());
        const hash = `#${name}=${encodeSharePayload(payload ?? null)}`;
        expect(() => load(hash)).not.toThrow();
        const after = JSON.parse(snapshot());
        after.forEach((value: unknown, i: number) => {
          // The profile may legitimately receive shared answers (size, start date) from a tool link.
          if (i !== index && i !== 4) expect(value).toEqual(start[i]);
        });
      }),
      { numRuns: 100 },
    );
    expect(before.length).toBeGreaterThan(0);
  });
});

describe('no component renders raw HTML', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  it('no island or component uses dangerouslySetInnerHTML, innerHTML or set:html with untrusted data', () => {
    const offenders = [...files('src/islands'), ...files('src/components')]
      .filter((f) => /\.(tsx|ts)$/.test(f))
      .filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
