// "Clear my data" in the footer of every page: it asks first, removes only this site's keys, says what
// it did in the visitor's language, and a tool on the page falls back to its defaults at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl } from './support/site';
import { LOCALES } from '@/i18n/locales';
import en from '@/i18n/ui/en';
import zhCn from '@/i18n/ui/zh-cn';

const UI = { en, 'zh-cn': zhCn } as const;
/** Nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';
/** A key another site on the same origin might have written: never this site's to remove. */
const FOREIGN = 'someone-else:setting';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(LOCALES)('clear my data (%s)', (locale) => {
  const t = UI[locale];

  it('with nothing saved, says so', async () => {
    const context = await openContext(browser, { today: TODAY });
    const { page, consoleErrors } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/guides/data-migration/`);
    await page.click('[data-clear-data]');
    await expect.poll(() => page.locator('[data-clear-status]').innerText()).toBe(t['footer.nothingToClear']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('asks first; declined, keeps everything; accepted, removes only this site\'s data and the tool starts over', async () => {
    const context = await openContext(browser, { today: TODAY });
    const { page, consoleErrors } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/tools/selection/`);
    await page.waitForSelector('.sel[data-ready="true"]');
    await page.locator('#sel-preset').selectOption('large-integrated');
    await page.locator('.sel-preset-row .btn').click();
    await page.evaluate((key) => localStorage.setItem(key, 'kept'), FOREIGN);
    const saved = () => page.evaluate(() => Object.keys(localStorage).sort());
    await expect.poll(saved).toContain('crmpb:selection:v1');

    const questions: string[] = [];
    page.once('dialog', (dialog) => { questions.push(dialog.message()); void dialog.dismiss(); });
    await page.click('[data-clear-data]');
    await expect.poll(() => questions).toEqual([t['footer.clearConfirm']]);
    expect(await saved()).toContain('crmpb:selection:v1');
    expect(await page.locator('#sel-preset').inputValue()).toBe('large-integrated');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-clear-data]');
    await expect.poll(() => page.locator('[data-clear-status]').innerText()).toBe(t['footer.cleared']);
    expect(await saved()).toEqual([FOREIGN]);
    // The matrix on the page is back to its neutral start without a reload.
    await expect.poll(() => page.locator('#sel-preset').inputValue()).toBe('neutral');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
