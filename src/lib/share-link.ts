/**
 * Share links carry a state in the URL fragment (`#<name>=<payload>`), which browsers never send to a
 * server. This module is loaded with `import()` when a link is read or made, never with the page.
 *
 * Payload formats, told apart by the first decoded byte:
 * - 0x03 (current): the tool's packed state (positional arrays, see each model's `share-pack.ts`) as
 *   JSON, deflated (raw DEFLATE, fflate), followed by the Adler-32 of that JSON, so a link that was cut
 *   short or had a character changed is refused instead of opening as another state. Between the
 *   format byte and the stream, the stream's length in bytes (LEB128): a link as long as it says is
 *   whole, so one that does not open was altered, never cut.
 * - 0x02: the same without the length, as links were written before it; read as they always were.
 * - `{` or `[` (the first format, tools): base64url of the state's JSON, read as it always was.
 * - 0x78 (the first format, plan): the zlib stream CompressionStream('deflate') wrote; its checksum
 *   is verified here too.
 *
 * Reading never throws. An invalid result says why (`reason`), so the page can word its notice:
 * - 'truncated'       the link stops part-way (a chat app cut it)
 * - 'corrupt'         characters changed or missing in the middle; not a link this site wrote
 * - 'too-large'       longer, or inflating to more, than any state the site writes
 * - 'too-deep'        nested deeper than any state
 * - 'unknown-version' written by a newer (or unknown) version of the link format
 * - 'invalid-values'  decoded, but the values are not a state of this tool
 */
import { deflateSync, inflateSync, unzlibSync } from 'fflate';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { MAX_SHARE_JSON_BYTES, inflateBounded, readsAsJsonStart, refusalReason } from './share-cut';
import { parseUntrustedJson } from './untrusted-bounds';

export { MAX_SHARE_JSON_BYTES };

/** The most characters a payload may have: a full plan is under 1,500; links from the first format were longer. */
export const MAX_SHARE_CHARS = 16_000;

const FORMAT_V2 = 0x02;
const FORMAT_V3 = 0x03;

export type ShareReason = 'truncated' | 'corrupt' | 'too-large' | 'too-deep' | 'unknown-version' | 'invalid-values';
export type ShareRead = { status: 'absent' } | { status: 'invalid'; reason: ShareReason } | { status: 'ok'; value: unknown };

/**
 * How one kind of state travels: `pack` makes the compact form written into new links; `unpack` turns
 * it back into the object form the model's validator reads (null when it cannot be one); `legacy`
 * does the same for what a first-format link held (default: as it is).
 */
export interface ShareCodec<T = any> {
  pack(state: T): unknown;
  unpack(packed: unknown): unknown | null;
  legacy?(raw: unknown): unknown | null;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 5552 bytes is the most that can be summed before the modulo without overflow.
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i += 1) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The deflated JSON and its checksum: what follows the format byte (and, from 0x03, the length). */
function deflatedWithSum(json: Uint8Array): Uint8Array {
  const deflated = deflateSync(json, { level: 9 });
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated);
  new DataView(out.buffer).setUint32(deflated.length, adler32(json));
  return out;
}

/** LEB128: seven bits a byte, the high bit set on every byte but the last. */
function lengthBytes(n: number): number[] {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 0x80)) out.push((n % 0x80) | 0x80);
  out.push(n);
  return out;
}

/** The length written after the format byte and where the stream starts; 'cut' when the bytes stop inside it. */
function readLength(bytes: Uint8Array): { length: number; start: number } | 'cut' | 'corrupt' {
  let length = 0;
  // Three bytes hold 2^21, far more than any payload (MAX_SHARE_CHARS) can carry.
  for (let i = 1; i <= 3; i += 1) {
    const byte = bytes[i];
    if (byte === undefined) return 'cut';
    length += (byte & 0x7f) * 0x80 ** (i - 1);
    if (byte < 0x80) return { length, start: i + 1 };
  }
  return 'corrupt';
}

export function encodeSharePayload(packed: unknown): string {
  return encodeShareText(JSON.stringify(packed));
}

/** The current format around a JSON text already written (tests use it to craft hostile links). */
export function encodeShareText(text: string): string {
  const body = deflatedWithSum(new TextEncoder().encode(text));
  const length = lengthBytes(body.length - 4);
  const out = new Uint8Array(1 + length.length + body.length);
  out[0] = FORMAT_V3;
  out.set(length, 1);
  out.set(body, 1 + length.length);
  return bytesToBase64Url(out);
}

type Decoded = { ok: true; value: unknown; legacy: boolean } | { ok: false; reason: ShareReason };

function parseJsonBytes(bytes: Uint8Array, legacy: boolean): Decoded {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const parsed = parseUntrustedJson(text, MAX_SHARE_JSON_BYTES);
  return parsed.ok ? { ok: true, value: parsed.value, legacy } : { ok: false, reason: parsed.reason };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Reads a deflate stream and its checksum, `body`; `failed` names a stream that does not open. */
function readDeflated(body: Uint8Array, failed: (reason: 'ended-early' | 'mismatch') => ShareReason): Decoded {
  const stream = body.subarray(0, -4);
  const inflated = inflateBounded((out) => inflateSync(stream, { out }));
  if (inflated === 'too-large') return { ok: false, reason: 'too-large' };
  if (inflated === 'invalid') return { ok: false, reason: 'corrupt' };
  if (inflated === 'ended-early') return { ok: false, reason: failed('ended-early') };
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  if (adler32(inflated) !== view.getUint32(body.length - 4)) return { ok: false, reason: failed('mismatch') };
  const read = parseJsonBytes(inflated, false);
  // Inflate ignores the padding bits after the last block; re-deflating must give back exactly the
  // bytes read, so that no altered link opens, even one that would hold the same state. (After the
  // bounded parse, so a hostile text is refused before it costs a compression.)
  if (read.ok && !sameBytes(deflateSync(inflated, { level: 9 }), stream)) return { ok: false, reason: 'corrupt' };
  return read;
}

function decodeV3(bytes: Uint8Array): Decoded {
  const header = readLength(bytes);
  if (header === 'cut') return { ok: false, reason: 'truncated' };
  if (header === 'corrupt') return { ok: false, reason: 'corrupt' };
  const body = bytes.subarray(header.start);
  const whole = header.length + 4;
  // As long as it says: whatever does not open was altered.
  if (body.length === whole) return readDeflated(body, () => 'corrupt');
  if (body.length > whole) return { ok: false, reason: 'corrupt' };
  if (body.length < 5) return { ok: false, reason: 'truncated' };
  // Shorter than it says: cut, if what is there is the first part of a link; otherwise the length
  // itself was changed (the link opens whole, or its stream no longer starts where the length ends).
  const read = readDeflated(body, () => refusalReason(body, deflatedWithSum));
  return { ok: false, reason: read.ok ? 'corrupt' : read.reason };
}

function decodeV2(bytes: Uint8Array): Decoded {
  if (bytes.length < 6) return { ok: false, reason: 'truncated' };
  // With no length to go by, what is left of the link decides whether it was cut or altered.
  return readDeflated(bytes.subarray(1), () => refusalReason(bytes.subarray(1), deflatedWithSum));
}

function decodeLegacyZlib(bytes: Uint8Array): Decoded {
  if (bytes.length < 7) return { ok: false, reason: 'truncated' };
  const inflated = inflateBounded((out) => unzlibSync(bytes, { out }));
  if (inflated === 'too-large') return { ok: false, reason: 'too-large' };
  if (inflated === 'invalid') return { ok: false, reason: 'corrupt' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (inflated === 'ended-early' || adler32(inflated) !== view.getUint32(bytes.length - 4)) return { ok: false, reason: refusalReason(bytes.subarray(2)) };
  return parseJsonBytes(inflated, true);
}

/**
 * Why a payload whose characters are all base64url is not whole bytes (a length no encoder writes, or
 * bits set in its last character that no encoder sets). Almost always a cut; but a current-format link
 * as long as it says had its last character changed.
 */
function partialBytesReason(payload: string): ShareReason {
  const groups = base64UrlToBytes(payload.slice(0, payload.length - (payload.length % 4)));
  if (!groups || groups[0] !== FORMAT_V3) return 'truncated';
  const header = readLength(groups);
  if (typeof header === 'string') return header === 'cut' ? 'truncated' : header;
  const bytesInLink = Math.floor((payload.length * 6) / 8);
  return bytesInLink >= header.start + header.length + 4 ? 'corrupt' : 'truncated';
}

/** A payload's value as written (packed for the current format, the state itself for the first). */
export function decodeSharePayload(payload: string): Decoded {
  if (payload.length === 0) return { ok: false, reason: 'truncated' };
  if (payload.length > MAX_SHARE_CHARS) return { ok: false, reason: 'too-large' };
  const bytes = base64UrlToBytes(payload);
  if (!bytes) return { ok: false, reason: /^[A-Za-z0-9_-]*$/.test(payload) ? partialBytesReason(payload) : 'corrupt' };
  const first = bytes[0];
  if (first === FORMAT_V3) return decodeV3(bytes);
  if (first === FORMAT_V2) return decodeV2(bytes);
  if (first === 0x78) return decodeLegacyZlib(bytes);
  if (first === 0x7b || first === 0x5b) {
    const read = parseJsonBytes(bytes, true);
    // The first format had no checksum: JSON that stops part-way is a cut link; JSON that goes wrong
    // before its end was altered.
    if (read.ok || read.reason !== 'corrupt') return read;
    return { ok: false, reason: readsAsJsonStart(bytes) ? 'truncated' : 'corrupt' };
  }
  return { ok: false, reason: 'unknown-version' };
}

/**
 * The address of a page with one named state in its fragment, or null when the state holds more than
 * any link of this site is read with (MAX_SHARE_CHARS): such a link would copy but never open, so the
 * page says so and offers its file instead.
 */
export function shareUrlFor<T>(location: { origin: string; pathname: string }, name: string, state: T, codec?: { pack(state: T): unknown }): string | null {
  const payload = encodeSharePayload(codec ? codec.pack(state) : state);
  return payload.length > MAX_SHARE_CHARS ? null : `${location.origin}${location.pathname}#${name}=${payload}`;
}

/** The fragment for one named state, e.g. `#duration=Ap...`. */
export function shareFragment<T>(name: string, state: T, codec?: { pack(state: T): unknown }): string {
  return `#${name}=${encodeSharePayload(codec ? codec.pack(state) : state)}`;
}

/**
 * A payload without what a sentence glued to the link's end: a chat message that reads "…#plan=Ap3x。"
 * or "(…#plan=Ap3x)" opens with the full stop or bracket in the address, percent-encoded or not.
 * Nothing a payload holds is outside the base64url alphabet, and the checksum still refuses a link
 * that lost characters, so dropping a trailing run of anything else never opens a different state.
 */
function withoutTrailingPunctuation(payload: string): string {
  return payload.replace(/(?:%[0-9A-Fa-f]{2}|[^A-Za-z0-9_%-])+$/, '');
}

/**
 * Reads the named state from a location hash. `absent` when the hash has no such entry, so a page can
 * tell "no link" from "a broken link" and show a notice only for the latter. With a codec, `value` is
 * the unpacked object form whichever format the link was written in; the caller's own validator still
 * decides what to accept (and may then report 'invalid-values' itself).
 */
export function readShareFragment(hash: string, name: string, codec?: ShareCodec): ShareRead {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq) !== name) continue;
    const decoded = decodeSharePayload(withoutTrailingPunctuation(part.slice(eq + 1)));
    if (!decoded.ok) return { status: 'invalid', reason: decoded.reason };
    if (!codec) return { status: 'ok', value: decoded.value };
    let value: unknown;
    try {
      value = decoded.legacy ? (codec.legacy ? codec.legacy(decoded.value) : decoded.value) : codec.unpack(decoded.value);
    } catch {
      value = null;
    }
    return value === null || value === undefined ? { status: 'invalid', reason: 'invalid-values' } : { status: 'ok', value };
  }
  return { status: 'absent' };
}

