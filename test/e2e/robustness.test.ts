import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl, sitemapPaths } from './support/site';
import { editSomething, hydrated } from './support/edit';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => browser?.close());

const toolPaths = () => sitemapPaths().filter((p) => /\/(tools\/[a-z]+|plan)\/$/.test(p));
const interactive = (p: string) => !p.endsWith('/plan/');

const BLOCK_STORAGE = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`;
const QUOTA_FULL = `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`;

describe.each([
  ['localStorage blocked (private mode)', BLOCK_STORAGE],
  ['storage quota exceeded', QUOTA_FULL],
])('with %s', (_name, script) => {
  it.each(toolPaths().filter(interactive))('%s still computes and says it cannot save', async (path) => {
    const context = await openContext(browser, { today: TODAY });
    await context.addInitScript(script);
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(baseUrl() + path);
    const [before, after] = await editSomething(watch.page);
    expect(after).not.toBe(before);
    const notice = watch.page.locator('.notice').filter({ hasText: /save|saving|保存/i });
    expect(await notice.count()).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('privacy', () => {
  const SECRET = 'Zq7SECRET华东精密';
  it.each(toolPaths())('%s sends nothing typed into it anywhere', async (path) => {
    const context = await openContext(browser, { today: TODAY });
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await hydrated(watch.page);
    const texts = watch.page.locator('astro-island input[type="text"]:visible, astro-island input:not([type]):visible, astro-island textarea:visible, astro-island input[type="search"]:visible');
    const count = await texts.count();
    for (let i = 0; i < count; i++) await texts.nth(i).fill(`${SECRET}-${i}`);
    // Run the page's timers five seconds ahead on its fake clock, so anything debounced (saving,
    // announcing, any request it might make) happens now, then let the network settle.
    await context.clock.runFor(5_000);
    await watch.page.waitForLoadState('networkidle');
    await watch.page.goto(baseUrl() + '/en/', { waitUntil: 'networkidle' });
    const leaked = watch.requests.filter((url) => url.includes('SECRET') || decodeURIComponent(url).includes(SECRET));
    expect(leaked).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
