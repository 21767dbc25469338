// The compact link format: every valid state of every tool survives a link, every damaged link is
// refused with a reason and without throwing, links of the first format still open, and full states
// stay short enough for chat apps.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readShareFragment, shareFragment, type ShareCodec } from '@/lib/share-link';
import { bytesToBase64Url } from '@/lib/base64url';
import { validateDurationInput, DEFAULT_DURATION_INPUT } from '@/models/duration';
import { DURATION_SHARE } from '@/models/duration/share-pack';
import { validateReadinessAnswers, sanitizePartialAnswers, EXAMPLE_ANSWERS } from '@/models/readiness';
import { READINESS_LINK_SHARE, READINESS_SHARE } from '@/models/readiness/share-pack';
import { COMPANY_SIZES, CURRENT_TOOLS } from '@/models/profile';
import { parseCompanyFacts } from '@/models/profile/company-facts';
import { parseSelectionState, DEFAULT_SELECTION_STATE } from '@/models/matrix';
import { SELECTION_SHARE } from '@/models/matrix/share-pack';
import { validateSheet, EMPTY_SHEET, type KpiSheet } from '@/models/kpi';
import { KPI_SHARE } from '@/models/kpi/share-pack';
import { readPlanState, type PlanState } from '@/models/plan';
import { PLAN_SHARE } from '@/models/plan/share-pack';
import { durationInput, kpiSheet, planState, readinessAnswers, selectionState } from '../models/plan/arbitraries';
import { EMPTY, EXAMPLE, fullPlan } from '../models/plan/fixtures';
import { LEGACY_LINKS } from './legacy-links';

/** The figures the brief sets: a chat app cuts URLs near 2,000 characters. */
const TOOL_LIMIT = 800;
const PLAN_LIMIT = 1_500;

const withoutUids = (s: KpiSheet) => ({ ...s, rows: s.rows.map(({ uid: _uid, ...r }) => r) });

interface Tool<T> {
  name: string;
  codec: ShareCodec<T>;
  read: (raw: unknown) => T | null;
  same: (v: T) => unknown;
  arb: fc.Arbitrary<T>;
}
const ok = <T>(r: { ok: boolean; value?: T }): T | null => (r.ok ? r.value! : null);

const tools: Tool<any>[] = [
  { name: 'duration', codec: DURATION_SHARE, read: (raw) => ok(validateDurationInput(raw)), same: (v) => v, arb: durationInput },
  { name: 'readiness', codec: READINESS_SHARE, read: (raw) => sanitizePartialAnswers(raw), same: (v) => v, arb: readinessAnswers },
  { name: 'selection', codec: SELECTION_SHARE, read: parseSelectionState, same: (v) => v, arb: selectionState },
  { name: 'kpi', codec: KPI_SHARE, read: (raw) => ok(validateSheet(raw)), same: withoutUids, arb: kpiSheet },
  { name: 'plan', codec: PLAN_SHARE, read: (raw) => ok(readPlanState(raw)), same: (p: PlanState) => ({ ...p, kpi: p.kpi && withoutUids(p.kpi) }), arb: planState },
];

function open<T>(tool: Tool<T>, hash: string): T | null {
  const read = readShareFragment(hash, tool.name, tool.codec);
  return read.status === 'ok' ? tool.read(read.value) : null;
}

describe.each(tools)('$name links', (tool) => {
  it('round-trip every valid state', () => {
    fc.assert(
      fc.property(tool.arb, (state) => {
        expect(tool.same(open(tool, shareFragment(tool.name, state, tool.codec))!)).toEqual(tool.same(state));
      }),
      { numRuns: 150 },
    );
  });

  it('refuse a link cut short anywhere, or with any character changed, without throwing', () => {
    fc.assert(
      fc.property(tool.arb, fc.nat(), fc.nat(), fc.boolean(), (state, cutAt, flipAt, cut) => {
        const hash = shareFragment(tool.name, state, tool.codec);
        const head = `#${tool.name}=`;
        const payload = hash.slice(head.length);
        let damaged: string;
        if (cut) damaged = payload.slice(0, cutAt % payload.length);
        else {
          const i = flipAt % payload.length;
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
          const other = alphabet[(alphabet.indexOf(payload[i]!) + 1 + (cutAt % 63)) % 64]!;
          damaged = payload.slice(0, i) + other + payload.slice(i + 1);
        }
        const read = readShareFragment(head + damaged, tool.name, tool.codec);
        expect(read.status).toBe('invalid');
        if (read.status === 'invalid') expect(['truncated', 'corrupt', 'unknown-version', 'invalid-values']).toContain(read.reason);
      }),
      { numRuns: 300 },
    );
  });
});

describe('links of the first format', () => {
  const full = fullPlan();
  it.each([
    ['duration', tools[0]!, full.duration],
    ['readiness', tools[1]!, full.readiness],
    ['selection', tools[2]!, full.selection],
    ['kpi', tools[3]!, full.kpi],
    ['plan', tools[4]!, full],
    ['planExample', tools[4]!, EXAMPLE],
  ] as const)('still open: %s', (key, tool, expected) => {
    expect(tool.same(open(tool as Tool<unknown>, LEGACY_LINKS[key])!)).toEqual(tool.same(expected as never));
  });
  it('keep the readiness link a complete answer set', () => {
    const read = readShareFragment(LEGACY_LINKS.readiness, 'readiness', READINESS_SHARE);
    expect(read.status === 'ok' && validateReadinessAnswers(read.value).ok).toBe(true);
  });
});

describe('readiness links carry the company the result was worked out for', () => {
  const company = fc.record({
    employees: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
    companySize: fc.option(fc.constantFrom(...COMPANY_SIZES), { nil: null }),
    currentTools: fc.subarray([...CURRENT_TOOLS]),
  });
  it('round-trip answers and company facts, and stay short', () => {
    fc.assert(fc.property(readinessAnswers, company, (answers, facts) => {
      const hash = shareFragment('readiness', { answers, company: facts }, READINESS_LINK_SHARE);
      expect(hash.length).toBeLessThanOrEqual(TOOL_LIMIT);
      const read = readShareFragment(hash, 'readiness', READINESS_LINK_SHARE);
      if (read.status !== 'ok') throw new Error(read.status);
      const value = read.value as { answers: unknown; company: unknown };
      expect(sanitizePartialAnswers(value.answers)).toEqual(answers);
      expect(parseCompanyFacts(value.company)).toEqual(parseCompanyFacts(facts));
    }));
  });
  it('still open links made before they carried the company', () => {
    const read = readShareFragment(LEGACY_LINKS.readiness, 'readiness', READINESS_LINK_SHARE);
    expect(read.status === 'ok' && validateReadinessAnswers(read.value).ok).toBe(true);
    const packed = shareFragment('readiness', READINESS_SHARE.pack(EXAMPLE_ANSWERS), undefined);
    expect(readShareFragment(packed, 'readiness', READINESS_LINK_SHARE)).toMatchObject({ status: 'ok' });
  });
});

describe('link reasons', () => {
  it('name an unknown format version', () => {
    const payload = bytesToBase64Url(new Uint8Array([9, 1, 2, 3, 4, 5, 6, 7]));
    expect(readShareFragment(`#kpi=${payload}`, 'kpi', KPI_SHARE)).toEqual({ status: 'invalid', reason: 'unknown-version' });
  });
  it('say a packed value that is not the tool\'s state has invalid values', () => {
    const hash = shareFragment('duration', ['x'] as never);
    expect(readShareFragment(hash, 'duration', DURATION_SHARE)).toEqual({ status: 'invalid', reason: 'invalid-values' });
  });
  it('tell an absent link from a broken one', () => {
    expect(readShareFragment('', 'kpi')).toEqual({ status: 'absent' });
    expect(readShareFragment('#other=abc', 'kpi')).toEqual({ status: 'absent' });
    expect(readShareFragment('#kpi=%%%', 'kpi')).toEqual({ status: 'invalid', reason: 'corrupt' });
    expect(readShareFragment('#kpi=', 'kpi')).toEqual({ status: 'invalid', reason: 'truncated' });
    expect(readShareFragment(`#kpi=${'A'.repeat(20_000)}`, 'kpi')).toEqual({ status: 'invalid', reason: 'too-large' });
  });
});

describe('link length', () => {
  const full = fullPlan();
  const cases: [string, Tool<any>, unknown, number][] = [
    ['duration', tools[0]!, full.duration, TOOL_LIMIT],
    ['duration (defaults)', tools[0]!, DEFAULT_DURATION_INPUT, TOOL_LIMIT],
    ['readiness', tools[1]!, full.readiness, TOOL_LIMIT],
    ['selection', tools[2]!, full.selection, TOOL_LIMIT],
    ['selection (defaults)', tools[2]!, DEFAULT_SELECTION_STATE, TOOL_LIMIT],
    ['kpi', tools[3]!, full.kpi, TOOL_LIMIT],
    ['kpi (empty)', tools[3]!, EMPTY_SHEET, TOOL_LIMIT],
    ['plan', tools[4]!, full, PLAN_LIMIT],
    ['plan (example)', tools[4]!, EXAMPLE, PLAN_LIMIT],
    ['plan (empty)', tools[4]!, EMPTY, PLAN_LIMIT],
  ];
  it.each(cases)('keeps a full %s link under its limit', (_name, tool, state, limit) => {
    const length = shareFragment(tool.name, state, tool.codec).length;
    console.log(`${_name}: ${length}`);
    expect(length).toBeLessThan(limit);
  });
});
