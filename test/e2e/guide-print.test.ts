// A guide on paper: headings stay with the text that follows them, a line that introduces a table
// stays with it, and the tool cards that end a guide on screen print as one line naming each tool and
// its address. The print styles are checked as computed, and the printout itself is read back from
// Chromium's PDF with an independent reader (unpdf).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl } from './support/site';
import { containsText, readPdf, squash } from '../support/pdf';
import { LOCALES, type Locale } from '@/i18n/locales';
import { dictionaries } from '@/i18n/t';

/** One of the longest guides, with tables, sub-headings and three related tools. */
const GUIDE = 'data-migration';
const TODAY = '2026-06-15';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function openGuide(locale: Locale): Promise<Page> {
  const context = await openContext(browser, { today: TODAY });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/${locale}/guides/${GUIDE}/`);
  return page;
}

/** The related tools as the cards name them: title, the address the card's button opens, and its description. */
const relatedTools = (page: Page) =>
  page.$$eval('.related-tools .tool-cards li', (cards) =>
    cards.map((card) => ({
      name: card.querySelector('h3')!.textContent!.trim(),
      href: card.querySelector('a')!.getAttribute('href')!,
      printedHref: card.querySelector('h3')!.getAttribute('data-href'),
      text: card.querySelector('p')!.textContent!.trim(),
    })),
  );

describe.each(LOCALES)('a guide on paper (%s)', (locale) => {
  it('keeps headings with what follows and prints the tool cards as one compact line (print styles)', async () => {
    const page = await openGuide(locale);
    const styles = () =>
      page.evaluate(() => {
        const css = (sel: string, pseudo?: string) => [...document.querySelectorAll(sel)].map((el) => getComputedStyle(el, pseudo));
        const lead = [...document.querySelectorAll('.prose p')].filter((p) => p.nextElementSibling?.matches('table, ul, ol'));
        return {
          headings: css('.prose h2, .prose h3, .sources-box h2').map((s) => [s.breakAfter, s.breakInside]),
          tails: css('.prose h2, .prose h3', '::after').map((s) => parseFloat(s.height) + parseFloat(s.marginBottom)),
          tailHeight: parseFloat(css('.prose h2', '::after')[0]!.height),
          leads: lead.map((p) => getComputedStyle(p).breakAfter),
          tables: css('.prose table').map((s) => s.breakInside),
          cards: css('.related-tools .tool-cards li').map((s) => s.display),
          texts: css('.related-tools .tool-cards p').map((s) => s.display),
          buttons: css('.related-tools .tool-cards .btn').map((s) => s.display),
          after: css('.related-tools .tool-cards h3', '::after').map((s) => s.content),
          prevNext: css('.prev-next').map((s) => s.display),
        };
      });

    // On screen: cards with their description and button, the reading order's links below.
    const screen = await styles();
    expect(screen.cards.length).toBeGreaterThan(0);
    expect(new Set(screen.cards)).toEqual(new Set(['flex']));
    expect(new Set(screen.texts)).toEqual(new Set(['block']));
    expect(screen.buttons.every((d) => d !== 'none')).toBe(true);
    expect(screen.prevNext).toEqual(['grid']);

    await page.emulateMedia({ media: 'print' });
    const print = await styles();
    expect(print.headings.length).toBeGreaterThan(5);
    for (const h of print.headings) expect(h).toEqual(['avoid', 'avoid']);
    // The tail that keeps a heading off the foot of a page takes room only for paging: none in the layout.
    expect(print.tailHeight).toBeGreaterThan(0);
    for (const t of print.tails) expect(t).toBe(0);
    expect(print.leads.length).toBeGreaterThan(0);
    for (const b of print.leads) expect(b).toBe('avoid');
    for (const b of print.tables) expect(b).toBe('avoid');
    expect(new Set(print.cards)).toEqual(new Set(['inline']));
    expect(new Set(print.texts)).toEqual(new Set(['none']));
    expect(new Set(print.buttons)).toEqual(new Set(['none']));
    expect(print.prevNext).toEqual(['none']);
    // Each title is followed by the address its button opens.
    const tools = await relatedTools(page);
    expect(print.after).toEqual(tools.map((t) => `" (${t.href})"`));
    for (const t of tools) expect(t.printedHref).toBe(t.href);
    await page.context().close();
  });

  it('prints no heading alone at the foot of a page and ends on the related tools as text, not cards (PDF)', async () => {
    const page = await openGuide(locale);
    const headings = await page.$$eval('.prose h2, .prose h3, .sources-box h2', (els) => els.map((e) => e.textContent!.trim()));
    const tools = await relatedTools(page);
    await page.emulateMedia({ media: 'print' });
    const pages = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages.length).toBeGreaterThan(3);

    // The body text of each page, without the page number in its margin.
    const body = pages.map((p, i) => squash(p.text).replace(`${i + 1}/${pages.length}`, ''));
    pages.slice(0, -1).forEach((_, i) => {
      for (const heading of headings) {
        const tail = body[i]!.slice(-squash(heading).length);
        expect(containsText(tail, heading), `page ${i + 1} of ${pages.length} ends with the heading "${heading}"`).toBe(false);
      }
    });

    // The guide ends on one line: "Related tools: name (/address) · name (/address)", with no card text.
    const all = body.join('');
    const colon = locale === 'zh-cn' ? '：' : ':';
    const line = `${dictionaries[locale]['guide.relatedTools']}${colon}${tools.map((t) => `${t.name}(${t.href})`).join('·')}`;
    expect(containsText(all, line), line).toBe(true);
    expect(squash(all).endsWith(squash(`(${tools.at(-1)!.href})`))).toBe(true);
    for (const t of tools) expect(containsText(all, t.text), t.text).toBe(false);
    await page.context().close();
  });
});
