/**
 * Telling a share link that was cut short from one that was altered, for the reason a page shows.
 * Loaded only with `share-link.ts`.
 *
 * A link cut short is an exact first part of a link this site wrote, and that can be shown from what
 * is left: its deflate stream inflates, without a single fault, to the start of a JSON text and runs out
 * only where the link ends. A character changed anywhere leaves bytes that are not the start of any
 * link: the stream hits a code no encoder writes, or inflates past the change to bytes out of step with
 * the text, which almost never keep to JSON's grammar. Calling such a link "cut off" would send its
 * reader looking for the wrong fault, so it is called damaged.
 */
import { Inflate, inflateSync } from 'fflate';
import { isJsonPrefix } from './json-prefix';

/** The most bytes a payload may inflate to: a guard against a crafted "zip bomb" link. */
export const MAX_SHARE_JSON_BYTES = 400_000;

/** fflate's error code for a stream that needs more bytes than it was given. */
const UNEXPECTED_EOF = 0;

export type Inflated = Uint8Array | 'too-large' | 'ended-early' | 'invalid';

/**
 * Inflates into a fixed buffer: a stream that would fill it is refused as too large. A stream that
 * runs out of bytes ('ended-early') may be a link cut short; any other fault ('invalid': a block type,
 * a code or a distance no encoder writes) is damage.
 */
export function inflateBounded(inflate: (out: Uint8Array) => Uint8Array): Inflated {
  const out = new Uint8Array(MAX_SHARE_JSON_BYTES + 1);
  try {
    const result = inflate(out);
    return result.length > MAX_SHARE_JSON_BYTES ? 'too-large' : result;
  } catch (error) {
    return (error as { code?: unknown } | null)?.code === UNEXPECTED_EOF ? 'ended-early' : 'invalid';
  }
}

/** What a deflate stream that stops part-way holds up to where it stops; null when it is not a stream. */
function inflatePrefix(stream: Uint8Array): Uint8Array | 'too-large' | null {
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= MAX_SHARE_JSON_BYTES) parts.push(chunk);
  });
  try {
    // Small pushes keep what each one inflates to bounded, so a crafted stream is refused early.
    for (let i = 0; i < stream.length && size <= MAX_SHARE_JSON_BYTES; i += 1024) inflater.push(stream.subarray(i, i + 1024));
  } catch {
    return null;
  }
  if (size > MAX_SHARE_JSON_BYTES) return 'too-large';
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Whether UTF-8 bytes could be the first part of a JSON text this site writes (a character cut in two included). */
export function readsAsJsonStart(bytes: Uint8Array): boolean {
  let text: string;
  try {
    // `stream` holds back a character whose last bytes are missing instead of refusing it.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return false;
  }
  // A character held back can only have been inside a string: test the text with one there.
  const heldBack = new TextEncoder().encode(text).length !== bytes.length;
  return isJsonPrefix(heldBack ? `${text}中` : text);
}

function startsWith(whole: Uint8Array, start: Uint8Array): boolean {
  if (start.length > whole.length) return false;
  for (let i = 0; i < start.length; i += 1) if (whole[i] !== start[i]) return false;
  return true;
}

/**
 * Why a payload whose deflate stream (followed by the Adler-32 of its JSON, as every format here ends)
 * ran out, or whose checksum does not match, was refused: 'truncated' only when it is the first part
 * of a link. `rebuild` gives the whole of that part of a link from its JSON, when this site's encoder
 * wrote the format: then a link cut inside its checksum, whose stream inflates whole, is told from an
 * altered one by what is left of the checksum. Without it (the browser's compressor wrote the link)
 * that rare case is called damaged.
 */
export function refusalReason(all: Uint8Array, rebuild?: (json: Uint8Array) => Uint8Array): 'truncated' | 'corrupt' | 'too-large' {
  // A stored (uncompressed) first block carries its length twice, the second time inverted; fflate
  // does not compare them, and a block type changed to "stored" would otherwise read as a stream
  // waiting for bytes it was never going to get.
  if (all.length >= 5 && ((all[0]! >> 1) & 3) === 0 && ((all[1]! | (all[2]! << 8)) ^ (all[3]! | (all[4]! << 8))) !== 0xffff) return 'corrupt';
  const whole = inflateBounded((out) => inflateSync(all, { out }));
  if (whole === 'too-large' || whole === 'invalid') return whole === 'invalid' ? 'corrupt' : whole;
  if (whole !== 'ended-early') {
    const link = rebuild?.(whole);
    return link && link.length > all.length && startsWith(link, all) ? 'truncated' : 'corrupt';
  }
  const prefix = inflatePrefix(all);
  if (prefix === 'too-large') return prefix;
  return prefix && readsAsJsonStart(prefix) ? 'truncated' : 'corrupt';
}
