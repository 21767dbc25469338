import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl } from './support/site';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY });
});
afterAll(async () => browser?.close());

describe.each(['zh-cn', 'en'])('FAQ page (%s)', (locale) => {
  it('filters by topic from the keyboard alone', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/faq/`);
    const all = await page.locator('.faq-group').count();
    expect(all).toBeGreaterThan(5);
    await page.locator('#faq-topic-all').focus();
    await page.keyboard.press('ArrowRight'); // radio groups move and select with the arrow keys
    const chosen = await page.locator('input[name="faq-topic"]:checked').getAttribute('value');
    expect(chosen).not.toBe('all');
    const visible = page.locator('.faq-group:visible');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().getAttribute('data-topic')).toBe(chosen);
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.faq-group:visible').count()).toBe(all);
    await page.close();
  });
});

describe('a FAQ question is found by search in its language', () => {
  it.each([
    ['zh-cn', '迁移数据的安全', 'keeping-migrated-data-safe'],
    ['en', 'keep migrated data safe', 'keeping-migrated-data-safe'],
    ['zh-cn', '春节前', 'starting-before-spring-festival'],
    ['en', 'Spring Festival', 'starting-before-spring-festival'],
  ])('%s: "%s" returns #%s', async (locale, query, id) => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-results a').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h === `/${locale}/faq/#${id}`), hrefs.join('\n')).toBe(true);
    await page.close();
  });
});
