// Values built to hang a page: nested up to 10,000 deep, thousands wide, megabyte strings, prototype
// keys, placed where a real state has a value. Every reader of links, files and storage must refuse
// them with a reason and never throw (a stack overflow in a recursive walk is a throw). How fast they
// are refused is measured by `npm run bench`, not asserted here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeShareText, readShareFragment, type ShareCodec } from '@/lib/share-link';
import { bytesToBase64Url } from '@/lib/base64url';
import { parseUntrustedJson, exceedsBounds } from '@/lib/untrusted-bounds';
import { readStored } from '@/stores/persisted';
import { validateDurationInput } from '@/models/duration';
import { DURATION_SHARE } from '@/models/duration/share-pack';
import { READINESS_SHARE } from '@/models/readiness/share-pack';
import { SELECTION_SHARE } from '@/models/matrix/share-pack';
import { KPI_SHARE } from '@/models/kpi/share-pack';
import { PLAN_SHARE } from '@/models/plan/share-pack';
import { parseSelectionState } from '@/models/matrix';
import { validateSheet } from '@/models/kpi';
import { parseProfile } from '@/models/profile';
import { parseReadinessState } from '@/stores/readiness';
import { PLAN_KIND, readPlanState, readProfile, readReadiness, validateImport } from '@/models/plan';
import { hostileJson } from './deep-values';

const PLAN_FIELDS = ['profile', 'readiness', 'duration', 'selection', 'kpi'];

/** A plan file / plan whose one field (or one field inside profile or readiness) holds the hostile value. */
function planText(field: string, inner: string | null, value: string): string {
  const parts = PLAN_FIELDS.map((k) => {
    if (k !== field) return `"${k}":${k === 'profile' ? '{"version":1,"companyName":"","companySize":null,"industry":"","employees":null,"plannedStart":null,"currentTools":[]}' : 'null'}`;
    return inner ? `"${k}":{"version":1,"${inner}":${value}}` : `"${k}":${value}`;
  });
  return `{${parts.join(',')}}`;
}

const target = fc.record({
  field: fc.constantFrom(...PLAN_FIELDS),
  inner: fc.option(fc.constantFrom('companyName', 'goalsDefined', 'plannedStart', '__proto__', 'constructor'), { nil: null }),
});

const codecs: [string, ShareCodec][] = [
  ['duration', DURATION_SHARE],
  ['readiness', READINESS_SHARE],
  ['selection', SELECTION_SHARE],
  ['kpi', KPI_SHARE],
  ['plan', PLAN_SHARE],
];

const storageParsers: [string, (raw: unknown) => unknown][] = [
  ['duration', (raw) => (validateDurationInput(raw).ok ? raw : null)],
  ['selection', parseSelectionState],
  ['kpi', (raw) => (validateSheet(raw).ok ? raw : null)],
  ['profile', parseProfile],
  ['readiness', parseReadinessState],
];

const RUNS = { numRuns: 20 };

describe('hostile values nested deep, wide and long', { timeout: 60_000 }, () => {
  it('are refused by the bounded JSON reader with a reason', () => {
    fc.assert(
      fc.property(hostileJson, (text) => {
        const read = parseUntrustedJson(text, 2_000_000);
        expect(read.ok).toBe(false);
        if (!read.ok) expect(['too-deep', 'too-large']).toContain(read.reason);
      }),
      RUNS,
    );
  });

  it.each(codecs)('are refused in a %s link, current format or first, without throwing', (name, codec) => {
    fc.assert(
      fc.property(hostileJson, target, (text, { field, inner }) => {
        const body = name === 'plan' ? `{"k":"${PLAN_KIND}","v":1,"p":${planText(field, inner, text)}}` : text;
        for (const payload of [encodeShareText(body), bytesToBase64Url(new TextEncoder().encode(body))]) {
          const read = readShareFragment(`#${name}=${payload}`, name, codec);
          expect(read.status).toBe('invalid');
        }
      }),
      RUNS,
    );
  });

  it('are refused in an imported plan file, with their own reason', () => {
    fc.assert(
      fc.property(hostileJson, target, (text, { field, inner }) => {
        const file = `{"kind":"${PLAN_KIND}","version":1,"exportedAt":null,"plan":${planText(field, inner, text)}}`;
        const result = validateImport(file);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['too-deep', 'too-large', 'wrong-types']).toContain(result.errors[0]!.code);
      }),
      RUNS,
    );
  });

  it('are refused by the plan readers when they arrive already parsed (no stack overflow in canonicalJson)', () => {
    // Built without JSON.parse, so depth is not limited by the parser: 10,000 levels of arrays and objects.
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) deep = i % 2 ? [deep] : { a: deep };
    expect(exceedsBounds(deep)).toBe('too-deep');
    for (const field of ['companyName', 'industry', '__proto__']) {
      const profile = JSON.parse('{"version":1}') as Record<string, unknown>;
      Object.defineProperty(profile, field, { value: deep, enumerable: true });
      expect(readProfile(profile).ok).toBe(false);
    }
    expect(readReadiness({ goalsDefined: deep }).ok).toBe(false);
    expect(readPlanState({ profile: deep, readiness: null, duration: null, selection: null, kpi: null }).ok).toBe(false);
    const wide = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    expect(readReadiness(wide)).toMatchObject({ ok: false, errors: [{ code: 'too-large' }] });
  });

  it.each(storageParsers)('in localStorage leave the %s store at its defaults', (_name, parse) => {
    const initial = { initial: true };
    fc.assert(
      fc.property(hostileJson, (text) => {
        expect(readStored(text, parse, initial)).toBe(initial);
      }),
      RUNS,
    );
  });
});
