import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '@/models/profile';
import { DEFAULT_DURATION_INPUT, validateDurationInput } from '@/models/duration';
import { validateMatrixInput, validateTcoInput, parseSelectionState } from '@/models/matrix';
import { validateReadinessAnswers } from '@/models/readiness';
import { validateKpiInput, unpackSheet } from '@/models/kpi';
import { validateImport } from '@/models/plan';
import { readShareFragment, encodeSharePayload } from '@/lib/share-link';
import { parseReadinessState } from '@/stores/readiness';
import { $durationInput, patchDurationInput } from '@/stores/duration';
import { $selectionState } from '@/stores/selection';
import { setWeight } from '@/stores/selection-edits';
import { $kpiSheet, addKpi } from '@/stores/kpi';
import { $readiness, setReadinessAnswer } from '@/stores/readiness';
import { durationAdapter } from '@/stores/adapters/duration';
import { selectionAdapter } from '@/stores/adapters/selection';
import { kpiAdapter } from '@/stores/adapters/kpi';
import { readinessAdapter } from '@/stores/adapters/readiness';
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
    // Whatever a reader accepts is data; only Preact renders it, as text. Any string it gives back that
    // holds markup must be (part of) a string it was given: a reader never builds markup of its own,
    // and never turns a non-string into one. The input mixes markup strings into every JSON shape.
    const strings = (v: unknown, out: string[] = [], depth = 0): string[] => {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object' && depth < 8) {
        for (const [k, x] of Object.entries(v)) {
          out.push(k);
          strings(x, out, depth + 1);
        }
      }
      return out;
    };
    fc.assert(
      fc.property(hostileValues, (raw) => {
        const given = strings(raw);
        for (const text of strings(read(raw))) {
          // Each tag in the output (an opening '<' with what follows, up to its '>') came from the input.
          for (const [tag] of text.matchAll(/<[a-zA-Z!/][^<>]*>?/g)) {
            expect(given.some((g) => g.includes(tag)), tag.slice(0, 80)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a share link for one tool never touches another tool’s data', () => {
  const snapshot = () => JSON.stringify([$durationInput.get(), $selectionState.get(), $kpiSheet.get(), $readiness.get(), $profile.get()]);
  const loaders: [string, (hash: string) => unknown, number][] = [
    ['duration', durationAdapter.readLink, 0],
    ['selection', selectionAdapter.readLink, 1],
    ['kpi', kpiAdapter.readLink, 2],
    ['readiness', readinessAdapter.readLink, 3],
  ];
  // Every store holds a visitor's own answers first, so that a loader resetting another tool's store
  // to its defaults would show as a change.
  let seeded: unknown[] = [];
  beforeEach(() => {
    patchDurationInput({ companySize: 'large', integrations: 5 });
    setWeight('usability', '20');
    if ($kpiSheet.get().rows.length === 0) addKpi('nps');
    setReadinessAnswer('budget', 'approved');
    seeded = JSON.parse(snapshot());
  });

  it('the seeded answers differ from every store\'s defaults', () => {
    expect(seeded[0]).not.toEqual(JSON.parse(JSON.stringify(DEFAULT_DURATION_INPUT)));
    expect(JSON.stringify(seeded[1])).toContain('"usability":20');
    expect((seeded[2] as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(seeded[3])).toContain('"budget":"approved"');
  });

  it.each(loaders)('the %s link, hostile or not, changes at most its own store', async (name, load, index) => {
    await fc.assert(
      fc.asyncProperty(hostileValues, async (payload) => {
        const hash = `#${name}=${encodeSharePayload(payload ?? null)}`;
        // Some loaders read the link asynchronously (their codec loads on demand): wait for them.
        await expect(Promise.resolve().then(() => load(hash))).resolves.not.toThrow();
        const after = JSON.parse(snapshot());
        after.forEach((value: unknown, i: number) => {
          // The profile may legitimately receive shared answers (size, start date) from a tool link.
          if (i !== index && i !== 4) expect(value).toEqual(seeded[i]);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('no component renders raw HTML', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  it('no island or component uses dangerouslySetInnerHTML, innerHTML or set:html with untrusted data', () => {
    const offenders = [...files('src/islands'), ...files('src/components')]
      .filter((f) => /\.(tsx|ts)$/.test(f))
      // One allowed use: HydrateLater's wrapper keeps its build-time content with an empty, constant
      // dangerouslySetInnerHTML (Preact then leaves the children alone); it never writes any HTML.
      .filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(
        readFileSync(f, 'utf8').replace("const KEEP = { __html: '' };", '').replace('dangerouslySetInnerHTML={KEEP}', ''),
      ));
    expect(offenders).toEqual([]);
    expect(readFileSync('src/components/shared/hydrate-later.tsx', 'utf8').match(/dangerouslySetInnerHTML=\{[^}]*\}|__html:[^}]*/g)).toEqual(["__html: '' ", 'dangerouslySetInnerHTML={KEEP}']);
  });
});
