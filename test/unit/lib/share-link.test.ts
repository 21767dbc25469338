import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSharePayload, encodeSharePayload, readShareFragment, shareFragment, shareUrlFor, MAX_SHARE_CHARS } from '@/lib/share-link';
import { PLAN_SHARE } from '@/models/plan/share-pack';
import type { PlanState } from '@/models/plan';
import { fullPlan } from '../models/plan/fixtures';

describe('share links', () => {
  it('round-trip any JSON state, Chinese text included', () => {
    fc.assert(fc.property(fc.jsonValue(), (state) => {
      const read = decodeSharePayload(encodeSharePayload(state));
      expect(read.ok && read.value).toEqual(JSON.parse(JSON.stringify(state)));
    }));
    const state = { name: '华东制造', n: 3 };
    expect(readShareFragment(shareFragment('kpi', state), 'kpi')).toEqual({ status: 'ok', value: state });
  });
  it('tell a missing entry from a damaged one, and say what is wrong', () => {
    expect(readShareFragment('', 'kpi')).toEqual({ status: 'absent' });
    expect(readShareFragment('#other=abc', 'kpi')).toEqual({ status: 'absent' });
    expect(readShareFragment('#kpi=%%%', 'kpi')).toEqual({ status: 'invalid', reason: 'corrupt' });
    expect(readShareFragment('#kpi=' + encodeSharePayload({ a: 1 }).slice(0, -3), 'kpi')).toMatchObject({ status: 'invalid' });
    expect(readShareFragment('#kpis=abc', 'kpi')).toEqual({ status: 'absent' });
  });
  it('call a link cut short anywhere cut off, never a different state', () => {
    // A chat app that cuts a long URL leaves a prefix of the payload; the checksum at its end is gone.
    fc.assert(fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (state, at) => {
      const payload = encodeSharePayload(state);
      const cut = payload.slice(0, at % payload.length);
      expect(readShareFragment(`#kpi=${cut}`, 'kpi')).toEqual({ status: 'invalid', reason: 'truncated' });
    }));
  });
  it('call a link of full length with its last character changed damaged, not cut off', () => {
    // The last character's spare bits, set, are what a cut usually leaves; the length the link carries tells them apart.
    const payload = encodeSharePayload({ name: '华东制造', n: 3 });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const reasons = new Set([...alphabet].filter((c) => c !== payload.at(-1)).map((c) => (decodeSharePayload(payload.slice(0, -1) + c) as { reason?: string }).reason));
    expect([...reasons]).toEqual(['corrupt']);
  });
  it('make no link that would copy but never open: null once the payload is longer than any link is read with', () => {
    const here = { origin: 'https://example.org', pathname: '/en/plan/' };
    const plan = fullPlan();
    const url = shareUrlFor(here, 'plan', plan, PLAN_SHARE)!;
    expect(readShareFragment(new URL(url).hash, 'plan', PLAN_SHARE)).toMatchObject({ status: 'ok' });
    // Forty KPI rows whose words do not repeat (random Chinese), as a visitor filling every field might.
    let seed = 7;
    const noise = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
    const sheet = plan.kpi!;
    const big: PlanState = { ...plan, kpi: { ...sheet, rows: Array.from({ length: 40 }, (_, i) => ({ ...sheet.rows[i % sheet.rows.length]!, uid: `row-${i}`, owner: noise(200), dataSource: noise(200), goal: noise(200) })) } };
    expect(encodeSharePayload(PLAN_SHARE.pack(big)).length).toBeGreaterThan(MAX_SHARE_CHARS);
    expect(shareUrlFor(here, 'plan', big, PLAN_SHARE)).toBeNull();
  });
  it('open a link a sentence glued punctuation to, as the browser hands it over, and still refuse one with a character lost', () => {
    const fragment = shareFragment('kpi', { name: '华东制造', n: 3 });
    for (const tail of ['%E3%80%82', '。', ')', '%EF%BC%89', '.', ',%20', '%22', '>', '!?']) {
      expect(readShareFragment(fragment + tail, 'kpi'), tail).toEqual({ status: 'ok', value: { name: '华东制造', n: 3 } });
    }
    expect(readShareFragment(fragment.slice(0, -1) + '。', 'kpi').status).toBe('invalid');
    expect(readShareFragment(fragment.slice(0, 12) + '%E3%80%82' + fragment.slice(12), 'kpi')).toEqual({ status: 'invalid', reason: 'corrupt' });
  });
  it('reject oversized or non-JSON payloads without throwing', () => {
    expect(decodeSharePayload('A'.repeat(MAX_SHARE_CHARS + 1))).toEqual({ ok: false, reason: 'too-large' });
    expect(decodeSharePayload(btoa('<script>').replace(/=+$/, ''))).toEqual({ ok: false, reason: 'unknown-version' });
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => readShareFragment(s, 'x')).not.toThrow();
    }));
  });
});
