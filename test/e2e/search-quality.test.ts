import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl } from './support/site';
import { NONSENSE, QUERIES, type SearchCase } from './search/queries';

/** Nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY });
});
afterAll(async () => browser?.close());

/** Types a query into the search page as a visitor would and returns the result links, best first. */
async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-page] [data-search-input]');
  await input.fill('');
  await input.fill(query);
  await input.press('Enter');
  await page.locator('[data-search-page] [data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
  return page.locator('[data-search-page] [data-search-results] a').evaluateAll((as) =>
    as.filter((a) => !a.closest('[data-search-suggestions]')).map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return decodeURIComponent(url.pathname + url.hash);
    }));
}

interface Row { c: SearchCase; hrefs: string[] }

/** A result opens the expected page; a guide result may open one of its sections, a glossary result must open the term. */
function opens(href: string, expected: string): boolean {
  return href === expected || (/\/guides\/[^#]+\/$/.test(expected) && href.startsWith(`${expected}#`));
}

function report(locale: string, rows: Row[]) {
  const hit = (r: Row, n: number) => r.hrefs.slice(0, n).some((h) => r.c.expect.some((e) => opens(h, `/${locale}/${e}`)));
  const lines = [`search quality (${locale}): category, queries, hit@1, hit@5, no results`];
  const categories = [...new Set(rows.map((r) => r.c.category)), 'all'];
  for (const cat of categories) {
    const set = cat === 'all' ? rows : rows.filter((r) => r.c.category === cat);
    lines.push(`  ${cat.padEnd(15)} ${String(set.length).padStart(3)}  ${set.filter((r) => hit(r, 1)).length} ${set.filter((r) => hit(r, 5)).length} ${set.filter((r) => !r.hrefs.length).length}`);
  }
  const misses = rows.filter((r) => !hit(r, 1)).map((r) => `  miss: "${r.c.q}" -> ${r.hrefs[0] ?? '(nothing)'}`);
  console.log([...lines, ...misses].join('\n'));
  return rows.filter((r) => hit(r, 1)).length / rows.length;
}

describe.each(['zh-cn', 'en'] as const)('search lands on the answer (%s)', (locale) => {
  it('the first result answers at least 90% of what readers type', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/search/`);
    const rows: Row[] = [];
    for (const c of QUERIES[locale]) rows.push({ c, hrefs: await search(page, c.q) });
    expect(report(locale, rows)).toBeGreaterThanOrEqual(0.9);
    await page.close();
  }, 180_000);

  it('a query with no real answer says so instead of listing loosely related pages', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/search/`);
    for (const q of NONSENSE[locale]) expect(await search(page, q), q).toEqual([]);
    await page.close();
  });
});
