import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LONG_LINK_CHARS,
  MAX_SHARE_JSON_BYTES,
  PLAN_KIND,
  base64UrlToBytes,
  bytesToBase64Url,
  payloadFromHash,
  planFragment,
  readShareJson,
  shareJson,
  type PlanState,
} from '@/models/plan';
import { compressToBase64Url, decompressFromBase64Url } from '@/lib/compressed-share';
import { EMPTY, EXAMPLE, fullPlan } from './fixtures';
import { planState } from './arbitraries';

async function encode(plan: PlanState): Promise<string> {
  return compressToBase64Url(shareJson(plan));
}

async function decode(payload: string): Promise<PlanState | null> {
  const text = await decompressFromBase64Url(payload, MAX_SHARE_JSON_BYTES);
  return text === null ? null : readShareJson(text);
}

describe('plan share link', () => {
  it.each([
    ['the example plan', EXAMPLE],
    ['a fully filled plan', fullPlan()],
    ['an empty plan', EMPTY],
  ])('round-trips %s through compression and the URL fragment', async (_name, plan) => {
    const fragment = planFragment(await encode(plan));
    const found = payloadFromHash(fragment);
    expect(found.status).toBe('found');
    if (found.status === 'found') expect(await decode(found.payload)).toEqual(plan);
  });

  it('keeps a fully filled plan well under 8,000 characters', async () => {
    const plan = fullPlan();
    expect(plan.kpi!.rows.length).toBeGreaterThanOrEqual(18);
    expect(plan.selection!.matrix.options).toHaveLength(6);
    const payload = await encode(plan);
    expect(payload.length).toBeLessThan(LONG_LINK_CHARS * 0.75);
    // Compression is what makes it short: the plain JSON alone would be several times longer.
    expect(bytesToBase64Url(new TextEncoder().encode(shareJson(plan))).length).toBeGreaterThan(payload.length * 2);
  });

  it('round-trips random plans (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(planState, async (plan) => {
        expect(await decode(await encode(plan))).toEqual(plan);
      }),
      { numRuns: 60 },
    );
  });

  // Adler-32 catches every change to the data; a change confined to deflate's unused padding bits in
  // its last byte leaves the data itself intact, so the only other outcome allowed is the same plan.
  it('never reads a payload with a character changed as a different plan (checksum)', async () => {
    const payload = await encode(EXAMPLE);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: payload.length - 2 }), fc.integer({ min: 1, max: 63 }), async (at, shift) => {
        const ch = alphabet[(alphabet.indexOf(payload[at]!) + shift) % 64]!;
        const read = await decode(payload.slice(0, at) + ch + payload.slice(at + 1));
        if (read !== null) expect(read).toEqual(EXAMPLE);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['cut short', (p: string) => p.slice(0, Math.floor(p.length / 2))],
    ['last characters dropped', (p: string) => p.slice(0, -4)],
    ['junk appended', (p: string) => `${p}AAAA`],
    ['empty', () => ''],
    ['not compressed at all (plain base64 JSON)', () => bytesToBase64Url(new TextEncoder().encode(shareJson(EXAMPLE)))],
  ])('rejects a tampered payload: %s', async (_name, tamper) => {
    expect(await decode(tamper(await encode(EXAMPLE)))).toBeNull();
  });

  it('rejects valid compressed JSON that is not a plan, or a plan of another version', async () => {
    for (const json of [
      '{"k":"other","v":1,"p":{}}',
      JSON.stringify({ k: PLAN_KIND, v: 2, p: EXAMPLE }),
      JSON.stringify({ k: PLAN_KIND, v: 1 }),
      JSON.stringify({ k: PLAN_KIND, v: 1, p: { ...EXAMPLE, duration: { complexity: 'x' } } }),
      '<script>alert(1)</script>',
      '[]',
    ]) {
      expect(await decode(await compressToBase64Url(json)), json).toBeNull();
    }
  });

  it('stops inflating a crafted payload that would expand past the limit', async () => {
    const bomb = await compressToBase64Url(`{"k":"${'a'.repeat(MAX_SHARE_JSON_BYTES * 2)}"}`);
    expect(bomb.length).toBeLessThan(4000);
    expect(await decompressFromBase64Url(bomb, MAX_SHARE_JSON_BYTES)).toBeNull();
  });

  it('finds the payload in a hash, and tells a missing entry from a broken one', () => {
    expect(payloadFromHash('')).toEqual({ status: 'absent' });
    expect(payloadFromHash('#duration=abc')).toEqual({ status: 'absent' });
    expect(payloadFromHash('#plan=')).toEqual({ status: 'invalid' });
    expect(payloadFromHash('#plan=<img src=x>')).toEqual({ status: 'invalid' });
    expect(payloadFromHash(`#plan=${'A'.repeat(20_000)}`)).toEqual({ status: 'invalid' });
    expect(payloadFromHash('#x=1&plan=eJw')).toEqual({ status: 'found', payload: 'eJw' });
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => payloadFromHash(s)).not.toThrow();
    }));
  });

  it('base64url helpers round-trip any bytes and refuse other alphabets', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
      expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
    }), { numRuns: 50 });
    expect(base64UrlToBytes('ab+/')).toBeNull();
    expect(base64UrlToBytes('abcde')).toBeNull();
  });

  it('never throws on random payloads (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/), async (payload) => {
        await expect(decode(payload)).resolves.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
