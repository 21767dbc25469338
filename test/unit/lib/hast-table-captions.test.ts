import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { captionLabel, tableCaptionsPlugin } from '@/lib/hast-table-captions';
import { sourceRefsPlugin } from '@/lib/mdast-source-refs';

// The plugins declare only the fields they read; the processor's own node types are wider.
const hastPlugins = [tableCaptionsPlugin] as never;
const mdastPlugins = [sourceRefsPlugin] as never;
const FILE = (locale: string) => new URL(`file:///repo/content/guides/${locale}/example.md`);
const TABLE = '| A | B |\n| --- | --- |\n| 1 | 2 |';
const render = (markdown: string, locale = 'en', frontmatter?: Record<string, unknown>) =>
  (markdownToHtml(markdown, { mdastPlugins, hastPlugins, fileURL: FILE(locale), ...(frontmatter ? { data: { astro: { frontmatter } } } : {}) }) as { html: string }).html;
const captions = (html: string) => [...html.matchAll(/<caption[^>]*>(.*?)<\/caption>/g)].map((m) => m[1]);

describe('content tables get a caption', () => {
  it('named after the nearest heading above, visually hidden and left out of search', () => {
    const html = render(`## Costs\n\nIntro.\n\n### Every cost line\n\n${TABLE}\n\n## Later\n\n${TABLE}`);
    expect(captions(html)).toEqual(['Every cost line', 'Later']);
    expect(html).toMatch(/<table><caption class="visually-hidden" data-pagefind-ignore="">Every cost line<\/caption>\s*<thead>/);
  });

  it('drops numbered citations from a cited heading', () => {
    const html = render(`## 费用（来源：\`004_0112ec1d79df2bcd.txt\`）\n\n${TABLE}`, 'zh-cn');
    expect(captions(html)).toEqual(['费用']);
  });

  it('without a heading above, uses the entry title, else a label in the page language', () => {
    expect(captions(render(TABLE, 'en', { question: 'Should we build or buy?' }))).toEqual(['Should we build or buy?']);
    expect(captions(render(TABLE, 'en', { title: 'Costs' }))).toEqual(['Costs']);
    expect(captions(render(TABLE, 'zh-cn'))).toEqual(['表格']);
    expect(captions(render(TABLE, 'en'))).toEqual(['Table']);
  });

  it('works in MDX too, where a table may sit inside a component', () => {
    const { code } = mdxToJs(`## Steps\n\n${TABLE}`, { hastPlugins, fileURL: new URL('file:///repo/content/guides/en/x.mdx') } as never) as { code: string };
    expect(code).toContain('Steps');
    expect(code).toMatch(/"caption"/);
  });
});

describe('captionLabel', () => {
  it('collapses white space and gives nothing for blank text', () => {
    expect(captionLabel('  A \n  b [2][3] ')).toBe('A b');
    expect(captionLabel(' [1] ')).toBeUndefined();
    expect(captionLabel(undefined)).toBeUndefined();
  });
});
