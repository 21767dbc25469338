import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compactScript } from '@/lib/inline-script';

describe('inline scripts', () => {
  it('drop comments and spaces but keep what the code does, strings with // included', () => {
    const text = compactScript('// why\n(function () {\n  var seen = [];\n  // more\n  seen.push("http://a//b");\n  window.out = seen;\n})();\n');
    expect(text).not.toMatch(/why|more|\n {2}/);
    const window: { out?: string[] } = {};
    new Function('window', text)(window);
    expect(window.out).toEqual(['http://a//b']);
  });
  it.each(['bootstrap', 'locale-redirect'])('%s stays under 1 KB gzip once compacted, and still parses', (name) => {
    const text = compactScript(readFileSync(`src/scripts/${name}.inline.js`, 'utf8'));
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(1024);
    expect(() => new Function(text)).not.toThrow();
  });
});
