// JSON texts built to hang a reader, written as text so that building them never recurses.
import fc from 'fast-check';

const open = { array: '[', object: '{"a":', proto: '{"__proto__":', ctor: '{"constructor":' } as const;
const close = { array: ']', object: '}', proto: '}', ctor: '}' } as const;
type Kind = keyof typeof open;

function nested(kinds: Kind[], depth: number, core: string): string {
  let head = '';
  let tail = '';
  for (let i = 0; i < depth; i += 1) {
    const kind = kinds[i % kinds.length]!;
    head += open[kind];
    tail = close[kind] + tail;
  }
  return head + core + tail;
}

/** Deep (up to 10,000), wide (up to 20,000 items) or long (1 MB strings), and mixes of them. */
export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      kinds: fc.array(fc.constantFrom<Kind>('array', 'object', 'proto', 'ctor'), { minLength: 1, maxLength: 4 }),
      depth: fc.integer({ min: 20, max: 10_000 }),
    })
    .map(({ kinds, depth }) => nested(kinds, depth, '"x"')),
  fc.integer({ min: 6_000, max: 20_000 }).map((n) => `[${Array.from({ length: n }, (_, i) => i % 7).join(',')}]`),
  fc.integer({ min: 6_000, max: 20_000 }).map((n) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`),
  fc.constantFrom('x', '中').map((c) => `"${c.repeat(1_000_000)}"`),
  fc.constant(`{"__proto__":{"polluted":"${'y'.repeat(1_000_000)}"},"constructor":{"prototype":{"polluted":true}}}`),
  fc.integer({ min: 20, max: 3_000 }).map((d) => nested(['object'], d, `"${'z'.repeat(500_000)}"`)),
);
