import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl } from './support/site';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => browser?.close());

describe('the root URL', () => {
  it.each([
    ['en-US', '/en/'],
    ['zh-CN', '/zh-cn/'],
    ['zh-TW', '/zh-cn/'],
    ['de-DE', '/zh-cn/'],
  ])('sends a browser preferring %s to %s', async (locale, expected) => {
    const context = await openContext(browser, { today: TODAY, locale });
    const page = await context.newPage();
    await page.goto(baseUrl() + '/');
    await page.waitForURL(baseUrl() + expected);
    expect(new URL(page.url()).pathname).toBe(expected);
    await context.close();
  });

  it('answers an unknown path with the 404 page in the right language', async () => {
    const context = await openContext(browser, { today: TODAY });
    const page = await context.newPage();
    const response = await page.goto(baseUrl() + '/en/no-such-page/');
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await context.close();
  });
});
