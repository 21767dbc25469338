import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { runAxe, describeViolations } from './support/axe';
import { baseUrl, sitemapPaths } from './support/site';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY });
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in the sitemap', () => {
  const paths = sitemapPaths();

  it('lists both locales', () => {
    expect(paths.some((p) => p.startsWith('/zh-cn/'))).toBe(true);
    expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
  });

  it.each(paths)('%s answers 200 with the right lang, a title, one h1, no console error, no foreign request, no axe violation of any level', async (path) => {
    const watch = await watchedPage(context, baseUrl());
    const response = await watch.page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const lang = await watch.page.getAttribute('html', 'lang');
    expect(lang).toBe(path.startsWith('/zh-cn/') ? 'zh-CN' : 'en');
    expect((await watch.page.title()).length).toBeGreaterThan(3);
    expect(await watch.page.locator('h1').count()).toBe(1);
    const violations = await runAxe(watch.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.page.close();
  });
});

describe('every page in the sitemap, dark colour scheme', () => {
  it.each(sitemapPaths())('%s has no axe violation (contrast included) in dark mode', async (path) => {
    const dark = await openContext(browser, { today: TODAY, colorScheme: 'dark' });
    const page = await dark.newPage();
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dark.close();
  });
});

describe('language switch', () => {
  it.each([
    ['/zh-cn/guides/', '/en/guides/'],
    ['/en/faq/', '/zh-cn/faq/'],
    ['/zh-cn/', '/en/'],
  ])('from %s goes to %s', async (from, to) => {
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(baseUrl() + from);
    await watch.page.click('[data-lang-switch]');
    await watch.page.waitForURL(baseUrl() + to);
    expect(new URL(watch.page.url()).pathname).toBe(to);
    await watch.page.close();
  });
});

describe('search', () => {
  it.each([
    ['zh-cn', '数据迁移', /\/zh-cn\//],
    ['en', 'data migration', /\/en\//],
  ])('the %s dialog finds pages of its own language for "%s"', async (locale, query, expected) => {
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(`${baseUrl()}/${locale}/guides/`);
    await watch.page.keyboard.press('/');
    const input = watch.page.locator('#search-dialog-input');
    await input.waitFor({ state: 'visible' });
    await input.fill(query);
    const first = watch.page.locator('#search-dialog .search-results a').first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = await watch.page.locator('#search-dialog .search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(expected);
    expect(watch.foreignRequests).toEqual([]);
    await watch.page.close();
  });

  it('the search page reads ?q= and shows results', async () => {
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(`${baseUrl()}/en/search/?q=KPI`);
    await watch.page.locator('.search-results a').first().waitFor({ timeout: 15_000 });
    expect(await watch.page.locator('.search-results a').count()).toBeGreaterThan(0);
    await watch.page.close();
  });

  it('guide pages load no script file before the visitor opens search', async () => {
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(`${baseUrl()}/en/guides/data-migration/`, { waitUntil: 'networkidle' });
    expect(watch.requests.filter((u) => /\.m?js(\?|$)/.test(u))).toEqual([]);
    await watch.page.keyboard.press('Control+k');
    await watch.page.locator('#search-dialog-input').waitFor({ state: 'visible' });
    expect(watch.requests.some((u) => /search-ui\.[\w-]+\.js$/.test(u))).toBe(true);
    await watch.page.close();
  });
});
