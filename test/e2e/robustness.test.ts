import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchedPage } from './support/browser';
import { baseUrl, sitemapPaths } from './support/site';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => browser?.close());

const toolPaths = () => sitemapPaths().filter((p) => /\/(tools\/[a-z]+|plan)\/$/.test(p));
const interactive = (p: string) => !p.endsWith('/plan/');

/** Changes one answer the way a visitor would and returns the island's text before and after. */
async function editSomething(page: Page): Promise<[string, string]> {
  const island = page.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
  const before = await island.innerText();
  const number = island.locator('input[type="number"]:visible, input[type="range"]:visible').first();
  const checkbox = island.locator('input[type="checkbox"]:visible:not(:checked)').first();
  const select = island.locator('select:visible').first();
  if (await number.count()) {
    await number.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
  } else if (await checkbox.count()) {
    await checkbox.check();
  } else if (await select.count()) {
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await select.inputValue();
    await select.selectOption(values.find((v) => v !== current)!);
  } else {
    await island.locator('input[type="radio"]:visible:not(:checked)').first().check();
  }
  await page.waitForTimeout(300);
  return [before, await island.innerText()];
}

const BLOCK_STORAGE = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`;
const QUOTA_FULL = `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`;

describe.each([
  ['localStorage blocked (private mode)', BLOCK_STORAGE],
  ['storage quota exceeded', QUOTA_FULL],
])('with %s', (_name, script) => {
  it.each(toolPaths().filter(interactive))('%s still computes and says it cannot save', async (path) => {
    const context = await browser.newContext();
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
    const context = await browser.newContext();
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await watch.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
    const texts = watch.page.locator('astro-island input[type="text"]:visible, astro-island input:not([type]):visible, astro-island textarea:visible, astro-island input[type="search"]:visible');
    const count = await texts.count();
    for (let i = 0; i < count; i++) await texts.nth(i).fill(`${SECRET}-${i}`);
    await watch.page.waitForTimeout(500);
    await watch.page.goto(baseUrl() + '/en/', { waitUntil: 'networkidle' });
    const leaked = watch.requests.filter((url) => url.includes('SECRET') || decodeURIComponent(url).includes(SECRET));
    expect(leaked).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
