import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl, sitemapPaths } from './support/site';
import { dictionaries } from '@/i18n/t';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY, javaScriptEnabled: false });
});
afterAll(async () => browser?.close());

const localeOf = (path: string) => (path.startsWith('/zh-cn/') ? 'zh-cn' : 'en');

describe('with JavaScript disabled', () => {
  const paths = sitemapPaths();

  it.each(paths.filter((p) => /\/(guides\/[^/]+|faq|glossary)\/$/.test(p)))('%s is fully readable', async (path) => {
    const page = await context.newPage();
    await page.goto(baseUrl() + path);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
    expect(text.length).toBeGreaterThan(800);
    await page.close();
  });

  it.each(paths.filter((p) => /\/(tools\/[a-z]+|plan)\/$/.test(p)))('%s says it needs JavaScript and still shows a result', async (path) => {
    const page = await context.newPage();
    await page.goto(baseUrl() + path);
    const notice = dictionaries[localeOf(path)]['tool.noscript'];
    // Chromium's "JavaScript disabled" emulation still parses <noscript> as text, so check the markup.
    const html = await page.content();
    expect(html).toMatch(new RegExp(`<noscript[^>]*>[^]*?${notice.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // The island is rendered at build time, so the default result is in the HTML.
    const island = page.locator('astro-island').first();
    expect(((await island.innerText()) ?? '').replace(/\s+/g, '').length).toBeGreaterThan(200);
    await page.close();
  });

  it('the root page offers both languages as plain links', async () => {
    const page = await context.newPage();
    await page.goto(baseUrl() + '/');
    expect(await page.locator('a[href="/zh-cn/"]').count()).toBe(1);
    expect(await page.locator('a[href="/en/"]').count()).toBe(1);
    await page.close();
  });
});
