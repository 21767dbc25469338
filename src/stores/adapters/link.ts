import type { ShareCodec } from '@/lib/share-link';
import type { InvalidReason, LinkRead } from './types';

const KNOWN: readonly string[] = ['truncated', 'corrupt', 'too-large', 'too-deep', 'unknown-version', 'invalid-values'];

/**
 * A tool's link: the shared codec with the tool's compact form, then the tool's validator; the codec's
 * reason is passed on when it gives one. Both load only when the page's address holds a link.
 */
export async function readToolLink<T>(
  hash: string,
  name: string,
  loadCodec: () => Promise<ShareCodec>,
  accept: (raw: unknown) => T | null,
): Promise<LinkRead<T>> {
  // A cheap look before the codec loads; the reader itself decides what the entry holds.
  if (!hash.includes(`${name}=`)) return { status: 'absent' };
  const [{ readShareFragment }, codec] = await Promise.all([import('@/lib/share-link'), loadCodec()]);
  let read: { status: string; value?: unknown; reason?: unknown };
  try {
    read = readShareFragment(hash, name, codec) as typeof read;
  } catch {
    return { status: 'invalid', reason: 'corrupt' };
  }
  if (read.status === 'absent') return { status: 'absent' };
  if (read.status === 'ok') {
    let value: T | null = null;
    try {
      value = accept(read.value);
    } catch {
      value = null;
    }
    return value === null ? { status: 'invalid', reason: 'invalid-values' } : { status: 'ok', value };
  }
  const reason = typeof read.reason === 'string' && KNOWN.includes(read.reason) ? (read.reason as InvalidReason) : undefined;
  return reason ? { status: 'invalid', reason } : { status: 'invalid' };
}
