import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describeLeaks, findSourceLeaks } from '../../../integrations/source-refs';

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'source-check-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('the built-site source check', () => {
  it('passes a site whose citations are numbered references to known sources', async () => {
    const dir = site({ 'en/faq/x/index.html': '<p>Goals <a class="cite" href="/en/sources/#source-3">[3]</a>.</p>', 'sitemap-0.xml': '<urlset/>' });
    try {
      expect(await findSourceLeaks(dir, 5)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reports a raw source file name in HTML, JS, JSON, XML and a gzip-compressed Pagefind fragment', async () => {
    const name = '002_76d9076d0f9a95e4.txt';
    const dir = site({
      'en/guides/a/index.html': `<p>(source: <code>${name}</code>)</p>`,
      '_astro/island.js': `const s={a:\`${name}\`}`,
      'pagefind/catalogue.en.json': JSON.stringify({ x: name }),
      'sitemap-0.xml': `<loc>${name}</loc>`,
      'pagefind/fragment/en_abc.pf_fragment': gzipSync(Buffer.from(`pagefind_dcd{"content":"see ${name}"}`)),
      'favicon.png': Buffer.from(name),
    });
    try {
      const leaks = await findSourceLeaks(dir, 5);
      expect(leaks.map((l) => l.file).sort()).toEqual(['_astro/island.js', 'en/guides/a/index.html', 'pagefind/catalogue.en.json', 'pagefind/fragment/en_abc.pf_fragment', 'sitemap-0.xml']);
      expect(leaks.every((l) => l.problem === 'file-name' && l.match === name)).toBe(true);
      expect(describeLeaks(leaks)).toContain(`en/guides/a/index.html: source file name ${name}`);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reports a reference to a source number the site does not have', async () => {
    const dir = site({ 'zh-cn/faq/y/index.html': '<a href="/zh-cn/sources/#source-9">[9]</a><a href="/zh-cn/sources/#source-0">[0]</a>' });
    try {
      const leaks = await findSourceLeaks(dir, 5);
      expect(leaks).toEqual([
        { file: 'zh-cn/faq/y/index.html', problem: 'unknown-source', match: '/sources/#source-9' },
        { file: 'zh-cn/faq/y/index.html', problem: 'unknown-source', match: '/sources/#source-0' },
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
