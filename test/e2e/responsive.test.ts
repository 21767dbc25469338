import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl, sitemapPaths } from './support/site';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY, viewport: { width: 320, height: 640 } });
});
afterAll(async () => browser?.close());

// Wide tables may scroll inside their own box; the page itself never scrolls sideways, down to 320 px.
describe('no page is wider than a 320 px phone', () => {
  it.each(sitemapPaths())('%s', async (path) => {
    const page = await context.newPage();
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.close();
  });
});
