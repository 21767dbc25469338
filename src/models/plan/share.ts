// The plan in a link: `#plan=<payload>`, where the payload is the plan's JSON, compressed (see
// src/lib/compressed-share.ts) and base64url-encoded. The fragment never reaches a server. This file
// holds the pure parts: what the JSON looks like, reading it back strictly, and the text encoding.
import { hasOwn, isObj, own, parseUntrustedJson } from '@/lib/untrusted';
import { FILE_BOUNDS, MAX_SHARE_JSON_BYTES, MAX_SHARE_PAYLOAD_CHARS, PLAN_KIND, PLAN_VERSION, SHARE_NAME } from './limits';
import { readPlanState } from './state';
import type { PlanState } from './types';

/** Short keys: the link should stay short, and the kind and version still identify it. */
export function shareJson(plan: PlanState): string {
  return JSON.stringify({ k: PLAN_KIND, v: PLAN_VERSION, p: plan });
}

/** The plan a link carries, or null for anything that is not exactly a valid plan of this version. */
export function readShareJson(text: string): PlanState | null {
  const parsed = parseUntrustedJson(text, MAX_SHARE_JSON_BYTES, FILE_BOUNDS);
  if (!parsed.ok || !isObj(parsed.value)) return null;
  const o = parsed.value;
  if (own(o, 'k') !== PLAN_KIND || own(o, 'v') !== PLAN_VERSION || !hasOwn(o, 'p')) return null;
  const plan = readPlanState(o.p);
  return plan.ok ? plan.value : null;
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for long payloads.
  for (let i = 0; i < bytes.length; i += 0x4000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x4000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    // The last character may carry unused bits; a link that differs only there was altered.
    return bytesToBase64Url(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}

export function planFragment(payload: string): string {
  return `#${SHARE_NAME}=${payload}`;
}

/**
 * Finds the plan's payload in a location hash. `absent` when the hash has no plan entry, `invalid`
 * when it has one that cannot be a payload (empty, too long, characters outside base64url).
 */
export function payloadFromHash(hash: string): { status: 'absent' } | { status: 'invalid' } | { status: 'found'; payload: string } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq) !== SHARE_NAME) continue;
    const payload = part.slice(eq + 1);
    if (payload.length === 0 || payload.length > MAX_SHARE_PAYLOAD_CHARS || !/^[A-Za-z0-9_-]+$/.test(payload)) return { status: 'invalid' };
    return { status: 'found', payload };
  }
  return { status: 'absent' };
}
