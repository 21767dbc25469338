import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSharePayload, encodeSharePayload, readShareFragment, shareFragment, MAX_SHARE_CHARS } from '@/lib/share-link';

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
  it('call a link cut short anywhere damaged, never a different state', () => {
    // A chat app that cuts a long URL leaves a prefix of the payload; the checksum at its end is gone.
    fc.assert(fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (state, at) => {
      const payload = encodeSharePayload(state);
      const cut = payload.slice(0, at % payload.length);
      expect(readShareFragment(`#kpi=${cut}`, 'kpi').status).toBe('invalid');
    }));
  });
  it('reject oversized or non-JSON payloads without throwing', () => {
    expect(decodeSharePayload('A'.repeat(MAX_SHARE_CHARS + 1))).toEqual({ ok: false, reason: 'too-large' });
    expect(decodeSharePayload(btoa('<script>').replace(/=+$/, ''))).toEqual({ ok: false, reason: 'unknown-version' });
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => readShareFragment(s, 'x')).not.toThrow();
    }));
  });
});
