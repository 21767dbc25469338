/**
 * Share links carry a tool's state in the URL fragment (`#<name>=<payload>`), which browsers never
 * send to a server. The payload is base64url-encoded UTF-8 JSON. Reading never throws: anything that
 * is not well-formed comes back as null, and the caller's own validator decides what to accept.
 */
export const MAX_SHARE_CHARS = 16_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function encodeSharePayload(state: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(state)));
}

export function decodeSharePayload(payload: string): unknown | null {
  if (payload.length === 0 || payload.length > MAX_SHARE_CHARS) return null;
  const bytes = fromBase64Url(payload);
  if (!bytes) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/** The fragment for one named state, e.g. `#duration=eyJ...`. */
export function shareFragment(name: string, state: unknown): string {
  return `#${name}=${encodeSharePayload(state)}`;
}

/**
 * Reads the named state from a location hash. Returns `absent` when the hash has no such entry, so a
 * page can tell "no link" from "a broken link" and show a notice only for the latter.
 */
export function readShareFragment(hash: string, name: string): { status: 'absent' } | { status: 'invalid' } | { status: 'ok'; value: unknown } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq) !== name) continue;
    const value = decodeSharePayload(part.slice(eq + 1));
    return value === null ? { status: 'invalid' } : { status: 'ok', value };
  }
  return { status: 'absent' };
}
