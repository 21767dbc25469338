// An edit's results are on the page before the browser paints again: the island re-renders in the
// task of the edit (its microtasks), parts below the first screen included, never in a later timer.
// Otherwise the visitor sees the control move while every result still shows the previous answer.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl } from './support/site';
import { hydrated, rendered } from './support/edit';
import { LOCALES } from '@/i18n/locales';

const TODAY = '2026-12-07';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
// A fresh context per test: each starts from the tool's defaults, not the previous test's answers.
beforeEach(async () => {
  context = await openContext(browser, { today: TODAY });
});
afterEach(async () => context?.close());

/**
 * Sets the control to `value` as the browser does on a keystroke (input, then change), lets the
 * microtasks of that task run, and returns each region's text before and after, read before any
 * timer or frame could run.
 */
function editInOneTask(page: Page, control: string, value: string, regions: string[]) {
  return page.evaluate(async ({ control, value, regions }) => {
    const read = () => regions.map((selector) => document.querySelector(selector)?.textContent ?? `(no ${selector})`);
    const before = read();
    const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(control)!;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return { before, after: read() };
  }, { control, value, regions });
}

describe.each(LOCALES)('an edit shows its results in the next frame (%s)', (locale) => {
  it('the estimator: a new company size changes the total and the phase table at once', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/duration/`);
    await hydrated(page);
    await page.waitForSelector('.dur[data-ready="true"]');
    // The form's code comes with the visitor's first move (here, reaching the field); from then on,
    // each edit shows its results at once.
    await page.locator('#dur-companySize').focus();
    await rendered(page);
    const { before, after } = await editInOneTask(page, '#dur-companySize', 'large', ['[data-testid="duration-total"]', '.dur-table tbody']);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('the matrix: a new weight changes the ranking and the chart’s table at once', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/selection/`);
    await hydrated(page);
    // The two options scored apart on process fit first, so its weight moves the points.
    await page.fill('#sel-s-saas-process-fit', '2');
    await page.fill('#sel-s-lowcode-process-fit', '5');
    await page.locator('#sel-s-lowcode-process-fit').blur();
    // The scores are below the first screen: their code came with the first edit, which it played.
    await rendered(page);
    const weight = Number(await page.locator('#sel-w-process-fit').inputValue());
    const { before, after } = await editInOneTask(page, '#sel-w-process-fit', String(weight === 5 ? 1 : 5), ['.sel-ranking tbody', '.sel-figure table tbody']);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });
});
