import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { sourceRefsPlugin, localeOfPath } from '@/lib/mdast-source-refs';

// The plugin declares only the mdast fields it reads; the processor's own node types are wider.
const plugins = [sourceRefsPlugin] as never;
const FILE = (locale: string) => new URL(`file:///repo/content/faq/${locale}/example.md`);
// Synchronous: no plugin in the pipeline is async.
const render = (markdown: string, locale = 'en') => (markdownToHtml(markdown, { mdastPlugins: plugins, fileURL: FILE(locale) }) as { html: string }).html;

describe('the citation plugin', () => {
  it('turns one cited file into a numbered link to the Sources page, brackets and "source:" dropped', () => {
    const html = render('Goals need numbers (source: `002_76d9076d0f9a95e4.txt`).');
    expect(html).toContain('Goals need numbers <a href="/en/sources/#source-3" class="cite" aria-label="Source 3: a no-code platform vendor’s marketing article on launching a CRM project" data-pagefind-ignore="">[3]</a>.');
    expect(html).not.toMatch(/source:|\.txt|\(|\)/);
  });

  it('gives several cited files one link each, in the order cited', () => {
    const html = render('Two views (sources: `001_1f6c1f5468942bef.txt`, `000_d50f515de8d68d88.txt`).');
    expect(html).toMatch(/Two views <a href="\/en\/sources\/#source-2"[^>]*>\[2\]<\/a><a href="\/en\/sources\/#source-1"[^>]*>\[1\]<\/a>\.<\/p>/);
  });

  it('handles the Chinese form, a file cited in running text, a table cell and a bare document code', () => {
    const html = render('上线要避开春节（来源：`004_0112ec1d79df2bcd.txt`、`000_d50f515de8d68d88.txt`）。\n\n`003_808cb5031f8bda0b.txt` 记录了一个案例；003 还建议分层。\n\n| 项 | 来源 |\n| --- | --- |\n| 备份 | `001_1f6c1f5468942bef.txt` |', 'zh-cn');
    expect(html).toContain('上线要避开春节<a href="/zh-cn/sources/#source-5" class="cite" aria-label="来源 5：一位实施顾问谈何时不宜启动 CRM 项目的评论文章" data-pagefind-ignore="">[5]</a><a href="/zh-cn/sources/#source-1"');
    expect(html).toMatch(/>\[1\]<\/a>。<\/p>/);
    expect(html).toMatch(/<p><a href="\/zh-cn\/sources\/#source-4"[^>]*>\[4\]<\/a> 记录了一个案例；<a href="\/zh-cn\/sources\/#source-4"[^>]*>\[4\]<\/a> 还建议分层。<\/p>/);
    expect(html).toMatch(/<td><a href="\/zh-cn\/sources\/#source-2"[^>]*>\[2\]<\/a><\/td>/);
    expect(html).not.toMatch(/\.txt|来源：/);
  });

  it('keeps brackets that hold other words, and numbers that are not document codes', () => {
    const html = render('An example (example from `002_76d9076d0f9a95e4.txt`) costs 10,000 yuan, 2004 and 1.001 stay.');
    expect(html).toMatch(/\(example from <a [^>]*>\[3\]<\/a>\) costs 10,000 yuan, 2004 and 1.001 stay\./);
  });

  it('works inside emphasis and in MDX', () => {
    expect(render('*Stressed (source: `004_0112ec1d79df2bcd.txt`)*')).toMatch(/<em>Stressed <a [^>]*>\[5\]<\/a><\/em>/);
    const { code } = mdxToJs('Text (source: `000_d50f515de8d68d88.txt`).', { mdastPlugins: plugins, fileURL: new URL('file:///repo/content/guides/en/x.mdx') }) as { code: string };
    expect(code).toContain('/en/sources/#source-1');
    expect(code).not.toContain('000_d50f515de8d68d88.txt');
  });

  it('fails, naming the content file, on a file name or code the site does not know', () => {
    expect(() => render('Bad (source: `005_0123456789abcdef.txt`).')).toThrow(/unknown source file "005_0123456789abcdef\.txt" in content\/faq\/en\/example\.md:1/);
    expect(() => render('Bad (source: `002_0000000000000000.txt`).')).toThrow(/unknown source file/);
    expect(() => render('As 007 says.')).toThrow(/unknown source "007"/);
  });

  it('leaves text without citations untouched', () => {
    expect(render('Plain `code` and [a link](/en/faq/) (same source).').trim()).toBe('<p>Plain <code>code</code> and <a href="/en/faq/">a link</a> (same source).</p>');
  });

  it('reads the locale from the content folder', () => {
    expect(localeOfPath('/w/content/guides/zh-cn/a.mdx')).toBe('zh-cn');
    expect(localeOfPath('/w/content/faq/en/a.md')).toBe('en');
    expect(localeOfPath('/w/src/pages/a.md')).toBeUndefined();
  });
});
