// Parts of a tool whose code waits for the visitor (LoadLater): a fresh visit reads the build's markup
// and fetches no code for them; the first sign of a visitor fetches it; what the visitor did before it
// arrived is not lost; saved answers fetch it at once, with nobody touching the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl } from './support/site';
import { rendered } from './support/edit';
import { LOCALES } from '@/i18n/locales';
import { strings as kpiStrings } from '@/i18n/tools/kpi';

/** The matrix does not depend on the date; the page's clock is fixed all the same. */
const TODAY = '2026-06-15';
/** The matrix below its starting situations: options, weights, scores, results, costs, exports. */
const DETAILS = /\/_astro\/SelectionDetails\.[^/]+\.js$/;
/** The KPI builder below its pains: the catalog, the sheet's editor, the exports. */
const KPI_PARTS = /\/_astro\/KpiLaterParts\.[^/]+\.js$/;
const sheetClear = { en: kpiStrings.en['sheet.clear'], 'zh-cn': kpiStrings['zh-cn']['sheet.clear'] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Opens a tool in a fresh browser and lists the script files it fetches from then on. */
async function openTool(path: string, part: RegExp, options: { delay?: number; saved?: [string, string] } = {}) {
  const context = await openContext(browser, { today: TODAY, viewport: { width: 1280, height: 720 } });
  if (options.saved) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), options.saved);
  const watch = await watchedPage(context, baseUrl());
  const scripts: string[] = [];
  watch.page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  if (options.delay) {
    await watch.page.route(part, async (route) => {
      await new Promise((done) => setTimeout(done, options.delay));
      await route.continue();
    });
  }
  // A fresh visit waits for the network to go quiet (to see what it did not fetch); a saved one only
  // for the island's word that it is ready, which is what is being tested.
  await watch.page.goto(`${baseUrl()}${path}`, { waitUntil: options.saved ? 'load' : 'networkidle' });
  await watch.page.waitForSelector('[data-ready="true"]');
  return { ...watch, context, scripts };
}
const openMatrix = (locale: string, options: { delay?: number; saved?: string } = {}) =>
  openTool(`/${locale}/tools/selection/`, DETAILS, { delay: options.delay, saved: options.saved ? ['crmpb:selection:v1', options.saved] : undefined });

const optionCount = (page: Page) => page.locator('.sel-scores thead th.sel-score-h').count();
const leader = (page: Page) => page.locator('.sel-ranking tbody tr').first().getAttribute('data-option');

describe.each(LOCALES)('the matrix below its first screen waits for the visitor (%s)', (locale) => {
  it('a fresh visit reads the neutral matrix from the build and fetches none of its code until the visitor moves', async () => {
    const { page, context, scripts, consoleErrors } = await openMatrix(locale);
    expect(scripts.filter((s) => DETAILS.test(s))).toEqual([]);
    // The build's markup is the live page's: ten criteria, two options, a tie at 50.
    expect(await page.locator('.sel-scores tbody tr').count()).toBe(10);
    expect(await page.locator('[data-testid="verdict"]').innerText()).toContain('50');
    await page.mouse.move(200, 200);
    await expect.poll(() => scripts.filter((s) => DETAILS.test(s)).length).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a click and an edit made before the code arrives are played once it has', async () => {
    const { page, context, consoleErrors } = await openMatrix(locale, { delay: 800 });
    const before = await optionCount(page);
    // Straight from the keyboard to a field, with no pointer: the code is still on its way.
    await page.locator('#sel-s-saas-usability').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5');
    await page.locator('#sel-add').dispatchEvent('click');
    await expect.poll(() => optionCount(page), { timeout: 5000 }).toBe(before + 1);
    // The edit reached the matrix: SaaS, scored 5 for usability, now leads.
    await expect.poll(() => leader(page)).toBe('saas');
    expect(await page.locator('#sel-s-saas-usability').inputValue()).toBe('5');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('saved answers fetch the code at once and show themselves, with nobody touching the page, before the island says it is ready', async () => {
    const { page, context, scripts } = await openMatrix(locale);
    await page.locator('#sel-preset').selectOption('large-integrated');
    await page.locator('.sel-preset-row .btn').click();
    const saved = await page.evaluate(() => localStorage.getItem('crmpb:selection:v1'));
    await context.close();
    expect(saved).toBeTruthy();
    expect(scripts.some((s) => DETAILS.test(s))).toBe(true);

    // The part's code is slow to come: the island says it is ready only once the saved answers show.
    const again = await openMatrix(locale, { saved: saved!, delay: 600 });
    expect(again.scripts.filter((s) => DETAILS.test(s))).toHaveLength(1);
    expect(await again.page.locator('#sel-preset').inputValue()).toBe('large-integrated');
    // The weights on screen are the saved ones, not the build's equal tens.
    const weights = await again.page.locator('.sel-weights input[type="range"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(new Set(weights).size).toBeGreaterThan(1);
    await again.context.close();
  });
});

describe.each(LOCALES)('the KPI builder below its pains waits for the visitor (%s)', (locale) => {
  const rows = (page: Page) => page.locator('.kpi-row').count();

  it('a fresh visit fetches none of the catalog, editor or export code, and a catalog click made before it arrives adds the KPI', async () => {
    const { page, context, scripts, consoleErrors } = await openTool(`/${locale}/tools/kpi/`, KPI_PARTS, { delay: 800 });
    expect(scripts.filter((s) => KPI_PARTS.test(s))).toEqual([]);
    // The build's example sheet and the catalog are on the page all the same.
    expect(await page.locator('.kpi-example tbody tr').count()).toBeGreaterThan(0);
    await page.locator('.kpi-card[data-kpi="win-rate"] button').dispatchEvent('click');
    await expect.poll(() => rows(page), { timeout: 5000 }).toBe(1);
    expect(await page.locator('.kpi-row').first().getAttribute('data-kpi')).toBe('win-rate');
    expect(scripts.filter((s) => KPI_PARTS.test(s))).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a saved sheet fetches the code at once and shows its rows, with nobody touching the page, before the island says it is ready', async () => {
    const first = await openTool(`/${locale}/tools/kpi/`, KPI_PARTS);
    await first.page.click('#kpi-pain-opaque-pipeline');
    await first.page.click('#kpi-add-suggested');
    await expect.poll(() => rows(first.page)).toBe(3);
    const saved = await first.page.evaluate(() => localStorage.getItem('crmpb:kpi:v1'));
    await first.context.close();

    // The parts' code is slow to come: the island says it is ready only once the saved rows show.
    const again = await openTool(`/${locale}/tools/kpi/`, KPI_PARTS, { saved: ['crmpb:kpi:v1', saved!], delay: 600 });
    expect(await rows(again.page)).toBe(3);
    expect(again.scripts.filter((s) => KPI_PARTS.test(s))).toHaveLength(1);
    await again.context.close();
  });

  it('the cited lines the build wrote stay on the page as the sheet fills and empties', async () => {
    const { page, context } = await openTool(`/${locale}/tools/kpi/`, KPI_PARTS);
    const lines = () => page.locator('.kpi-source, .kpi-empty > p.muted').evaluateAll((ps) => ps.map((p) => ({ text: p.textContent ?? '', refs: p.querySelectorAll('a.cite').length })));
    const before = await lines();
    expect(before.length).toBeGreaterThanOrEqual(2);
    for (const line of before) expect(line.text.trim().length, JSON.stringify(line)).toBeGreaterThan(10);
    expect(before.some((line) => line.refs > 0)).toBe(true);
    await page.click('#kpi-load-example');
    await expect.poll(() => rows(page)).toBeGreaterThan(0);
    await page.getByRole('button', { name: sheetClear[locale] }).click();
    await expect.poll(() => rows(page)).toBe(0);
    expect(await page.locator('.kpi-empty').isVisible()).toBe(true);
    expect(await lines()).toEqual(before);
    await context.close();
  });
});


describe.each(LOCALES)('the estimator waits for the visitor, except for what depends on today (%s)', (locale) => {
  /** The form, the headline, the chart, the warnings, the exports, and the model that computes them. */
  const LATER = /\/_astro\/(DurationLaterParts|duration-estimate)\.[^/]+\.js$/;
  const path = `/${locale}/tools/duration/`;
  const total = (page: Page) => page.locator('[data-testid="duration-total"]').innerText();

  it('a fresh visit reads the default estimate from the build, lists the months after today to start in, and fetches the rest on the first move', async () => {
    const { page, context, scripts, consoleErrors } = await openTool(path, LATER);
    expect(scripts.filter((s) => LATER.test(s))).toEqual([]);
    expect(await page.locator('.dur-table:not(.dur-months-table) tbody tr').count()).toBe(5);
    expect(await page.locator('.dur-gantt svg rect').count()).toBeGreaterThanOrEqual(10);
    // The months to start in depend on the visitor's today (2026-06-15), so they come with the page.
    const months = await page.locator('.dur-months-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-month')));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-07-01');
    expect(months[11]).toBe('2027-06-01');
    await page.mouse.move(300, 300);
    await expect.poll(() => scripts.filter((s) => LATER.test(s)).length).toBe(2);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a choice and a ticked box made before the code arrives are kept, and the estimate follows them', async () => {
    const { page, context, consoleErrors } = await openTool(path, LATER, { delay: 800 });
    const before = await total(page);
    await page.locator('#dur-companySize').selectOption('large');
    await page.locator('#dur-switchingVendor').check();
    // The box stays ticked while the code is on its way, and after.
    expect(await page.locator('#dur-switchingVendor').isChecked()).toBe(true);
    await expect.poll(() => total(page), { timeout: 5000 }).not.toBe(before);
    await expect.poll(() => page.locator('[data-warning="switching-vendor"]').count()).toBe(1);
    expect(await page.locator('#dur-switchingVendor').isChecked()).toBe(true);
    expect(await page.locator('#dur-companySize').inputValue()).toBe('large');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('crmpb:duration:v1')))!);
    expect(saved).toMatchObject({ companySize: 'large', switchingVendor: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('saved answers fetch the code at once and show themselves, with nobody touching the page, before the island says it is ready', async () => {
    const first = await openTool(path, LATER);
    const fresh = await total(first.page);
    await first.page.locator('#dur-companySize').selectOption('large');
    await expect.poll(() => total(first.page)).not.toBe(fresh);
    const large = await total(first.page);
    const saved = await first.page.evaluate(() => localStorage.getItem('crmpb:duration:v1'));
    await first.context.close();

    const again = await openTool(path, LATER, { saved: ['crmpb:duration:v1', saved!], delay: 600 });
    expect(await total(again.page)).toBe(large);
    expect(await again.page.locator('#dur-companySize').inputValue()).toBe('large');
    expect(again.scripts.filter((s) => LATER.test(s))).toHaveLength(2);
    await again.context.close();
  });
});

describe('waking a part moves nothing on the page', () => {
  // Charts are drawn at the build's width until their code measures them; they are never scaled on
  // screen, so their height, and everything below them, stays put when they are redrawn.
  const cases = ['/en/tools/selection/', '/zh-cn/tools/duration/'].flatMap((path) => [375, 1280].map((width) => [path, width] as const));
  it.each(cases)('%s at %i px', async (path, width) => {
    const context = await openContext(browser, { today: TODAY, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const parts: string[] = [];
    page.on('request', (r) => { if (/\/(SelectionDetails|DurationLaterParts)\.[^/]+\.js$/.test(r.url())) parts.push(r.url()); });
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-ready="true"]');
    const tops = () => page.locator('svg.chart, .tool-how').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + scrollY)));
    const before = await tops();
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(parts).toEqual([]);
    const widths = () => page.locator('svg.chart').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('width')));
    const built = await widths();
    await page.mouse.move(5, 5);
    await rendered(page);
    expect(parts).toHaveLength(1);
    // Every chart redrawn at the width its box measures (none is as wide as the build drew it).
    await expect.poll(async () => (await widths()).every((w, i) => w !== built[i])).toBe(true);
    expect(await tops()).toEqual(before);
    await context.close();
  });
});
