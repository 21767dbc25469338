import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compactScript } from '@/lib/inline-script';

describe('inline scripts', () => {
  it('drop comments, blank lines and indentation but keep the code', () => {
    expect(compactScript('// why\n  var a = 1;\n\n    // more\n  f(a);\n')).toBe('var a = 1;\nf(a);');
  });
  it.each(['bootstrap', 'locale-redirect'])('%s stays under 1 KB gzip once compacted, and still parses', (name) => {
    const text = compactScript(readFileSync(`src/scripts/${name}.inline.js`, 'utf8'));
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(1024);
    expect(() => new Function(text)).not.toThrow();
  });
});
