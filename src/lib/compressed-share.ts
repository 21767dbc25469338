/**
 * Compressed text for share links, with the browser's own CompressionStream (no library). The zlib
 * format ('deflate') is used rather than raw deflate: its Adler-32 checksum makes a link that was
 * cut short or altered fail to inflate instead of yielding other text. Reading never throws and
 * stops at `maxBytes`, so a crafted link cannot make the page inflate megabytes.
 */
import { base64UrlToBytes, bytesToBase64Url } from '@/models/plan/share';

const FORMAT = 'deflate';

export function compressionSupported(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  // A copy on a plain ArrayBuffer: what the compression streams accept as input.
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(copy);
      controller.close();
    },
  });
}

/** UTF-8 text -> compressed -> base64url. */
export async function compressToBase64Url(text: string): Promise<string> {
  const input = new TextEncoder().encode(text);
  const compressed = await readAll(streamOf(input).pipeThrough(new CompressionStream(FORMAT)), Number.MAX_SAFE_INTEGER);
  return bytesToBase64Url(compressed ?? new Uint8Array());
}

/** base64url -> inflated -> UTF-8 text, or null when any step fails or the text would exceed maxBytes. */
export async function decompressFromBase64Url(payload: string, maxBytes: number): Promise<string | null> {
  const bytes = base64UrlToBytes(payload);
  if (!bytes || bytes.length === 0 || !compressionSupported()) return null;
  try {
    const inflated = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream(FORMAT)), maxBytes);
    return inflated ? new TextDecoder('utf-8', { fatal: true }).decode(inflated) : null;
  } catch {
    return null;
  }
}
