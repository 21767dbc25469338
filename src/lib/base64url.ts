/**
 * The one base64url codec (RFC 4648 §5, no padding) for share links. Decoding is strict: anything
 * outside the alphabet, an impossible length, or unused bits set in the last character (a link that
 * was altered there) gives null rather than other bytes.
 */
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
    return bytesToBase64Url(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}
