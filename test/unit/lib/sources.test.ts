import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { citeHtml, citeParts, citeRenderedHtml, citeStrings, citeText, refFor, refHref, refLabel, refText, sourceNumber, splitRefs } from '@/lib/sources';
import { h } from 'preact';
import { Cited, provideSourceLabels } from '@/components/shared/Cited';
import { SOURCE_LABEL } from '@/i18n/sources';
import { SOURCES } from '@/site';
import { LOCALES } from '@/i18n/locales';

const toolDictionaries = import.meta.glob<{ strings: Record<string, Record<string, string>> }>('/src/i18n/tools/*.ts', { eager: true });

describe('source numbers', () => {
  it('number the documents once, in the order src/site.ts lists them', () => {
    expect(SOURCES.map((s) => sourceNumber(s.id))).toEqual([1, 2, 3, 4, 5]);
    expect(sourceNumber('005')).toBeUndefined();
    expect(() => refFor('005', 'a tool text')).toThrow(/unknown source "005" in a tool text/);
  });

  it('link to the document on the Sources page of the same locale, and say what it is', () => {
    expect(refHref('en', 3)).toBe('/en/sources/#source-3');
    expect(refHref('zh-cn', 1)).toBe('/zh-cn/sources/#source-1');
    expect(refLabel('en', refFor('002'))).toBe('Source 3: a no-code platform vendor’s marketing article on launching a CRM project');
    expect(refLabel('zh-cn', refFor('004'))).toMatch(/^来源 5：/);
  });
});

describe('the tool-string helper', () => {
  it('turns the tools’ citation forms into references, dropping brackets that hold only citations', () => {
    expect(citeText('is mostly forgotten after it (source 004). Start later.')).toBe('is mostly forgotten after it [5]. Start later.');
    expect(citeText('节后大多会忘掉（资料 004）。')).toBe('节后大多会忘掉[5]。');
    expect(citeText('is live in 1–3 months (000, 001); a typical company (000).')).toBe('is live in 1–3 months [1][2]; a typical company [1].');
    expect(citeText('1–3 个月上线（000、001）')).toBe('1–3 个月上线[1][2]');
    expect(citeText('A no-code vendor (source 002) says')).toBe('A no-code vendor [3] says');
    expect(citeText('the 10–15 days source 004 describes')).toBe('the 10–15 days source [5] describes');
    expect(citeText('002 starts its framework with goals')).toBe('[3] starts its framework with goals');
  });

  it('keeps brackets that also hold words, and leaves ordinary numbers alone', () => {
    expect(citeText('(003, an electronics maker)')).toBe('([4], an electronics maker)');
    expect(citeText('10,000 yuan in 2004, 1.001 and 50 000')).toBe('10,000 yuan in 2004, 1.001 and 50 000');
    expect(citeParts('no citation here')).toEqual(['no citation here']);
  });

  it('renders links with an accessible name, escaping the text (Astro and Preact alike)', () => {
    const html = citeHtml('Less <b> than (source 004).', 'en');
    expect(html).toBe('Less &lt;b&gt; than <a class="cite" href="/en/sources/#source-5" aria-label="Source 5: a consultant’s opinion piece on when not to start a CRM project" data-pagefind-ignore>[5]</a>.');
    // An island's page passes one locale's labels; the island hands them to every <Cited> it renders.
    provideSourceLabels(SOURCE_LABEL['zh-cn']);
    const preact = renderToString(h(Cited, { text: citeText('上线要避开春节（资料 004）。'), locale: 'zh-cn' }));
    provideSourceLabels(undefined);
    expect(preact).toBe('上线要避开春节<a class="cite" href="/zh-cn/sources/#source-5" aria-label="来源 5：一位实施顾问谈何时不宜启动 CRM 项目的评论文章" data-pagefind-ignore>[5]</a>。');
    // Without the labels the name is still the source's number.
    expect(renderToString(h(Cited, { text: 'See [3].', locale: 'en' }))).toBe('See <a class="cite" href="/en/sources/#source-3" aria-label="Source 3" data-pagefind-ignore>[3]</a>.');
    expect(renderToString(h(Cited, { text: 'plain', locale: 'en' }))).toBe('plain');
  });

  it('hands islands their strings with "[n]" already written, which <Cited> links without a parser', () => {
    expect(citeStrings({ a: 'Year-end (source 004).', b: '（000、001）', c: 'none' })).toEqual({ a: 'Year-end [5].', b: '[1][2]', c: 'none' });
    expect(splitRefs('Year-end [5]. Also [1][2]')).toEqual(['Year-end ', 5, '. Also ', 1, 2]);
    expect(refText('002')).toBe('[3]');
    // A number with no source behind it stays text.
    expect(renderToString(h(Cited, { text: 'Item [9].', locale: 'en' }))).toBe('Item [9].');
  });

  it('links references in rendered HTML text only, not in tags, attributes or code', () => {
    const html = '<p title="(source 004)">From 000: <code>001</code> and (source 004).</p>';
    expect(citeRenderedHtml(html, 'en')).toBe('<p title="(source 004)">From <a class="cite" href="/en/sources/#source-1" aria-label="Source 1: an article on how long a CRM implementation takes, published on a CRM vendor’s site" data-pagefind-ignore>[1]</a>: <code>001</code> and <a class="cite" href="/en/sources/#source-5" aria-label="Source 5: a consultant’s opinion piece on when not to start a CRM project" data-pagefind-ignore>[5]</a>.</p>');
  });

  it('knows every source the tool dictionaries cite, and no tool text names a source file', () => {
    for (const [file, mod] of Object.entries(toolDictionaries)) {
      for (const locale of LOCALES) {
        for (const [key, text] of Object.entries(mod.strings[locale])) {
          expect(() => citeParts(text, `${file} ${locale} ${key}`), key).not.toThrow();
          expect(text, `${file} ${key}`).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
          // No "(source 004)" survives: what is left of a citation is "source [5]" at most.
          expect(citeText(text), `${file} ${key}`).not.toMatch(/[(（]\s*(?:sources?|资料|来源)\s*[:：]?\s*\d/i);
        }
      }
    }
  });
});
