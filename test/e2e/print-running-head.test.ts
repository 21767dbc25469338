// Every tool's printout carries the company's name in the page margin, as the plan's does: the
// estimator and the readiness check hold the shared profile; the KPI builder and the matrix read the
// saved name from storage, so a printout made with Ctrl+P carries it too, not only one made with
// their print button. The printout is read with an independent PDF reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl } from './support/site';
import { hydrated } from './support/edit';
import { containsText, readPdf } from '../support/pdf';
import { LOCALES } from '@/i18n/locales';
import { fill, formatDate } from '@/i18n/format';
import { strings as selection } from '@/i18n/tools/selection';

const TODAY = '2026-03-10';
/** Quotes and a backslash: the name must reach the margin as written, not break the CSS string. */
const COMPANY = '华东 "Rail" Works\\Co';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function withCompany(): Promise<BrowserContext> {
  const context = await openContext(browser, { today: TODAY });
  await context.addInitScript((name) => {
    if (!localStorage.getItem('crmpb:profile:v1')) {
      localStorage.setItem('crmpb:profile:v1', JSON.stringify({ version: 1, companyName: name, companySize: 'medium', industry: '', employees: null, plannedStart: '', currentTools: [] }));
    }
  }, COMPANY);
  return context;
}

const marginText = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-running-head').trim());

describe.each(LOCALES)('printouts name the company (%s)', (locale) => {
  it('the estimator prints the name at the foot of its page', async () => {
    const context = await withCompany();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/duration/`);
    await page.waitForSelector('.dur[data-ready="true"]');
    await expect.poll(() => marginText(page)).toBe('"华东 \\"Rail\\" Works\\\\Co"');
    await page.emulateMedia({ media: 'print' });
    const pages = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages.every((p) => containsText(p.text, COMPANY)), pages.map((p) => p.text.slice(-120)).join(' | ')).toBe(true);
    await context.close();
  });

  it('the readiness check sets the name from the shared profile', async () => {
    const context = await withCompany();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/readiness/`);
    await hydrated(page);
    await expect.poll(() => marginText(page)).toBe('"华东 \\"Rail\\" Works\\\\Co"');
    await context.close();
  });

  it.each(['selection', 'kpi'])('the %s page prints the name without its print button, and follows a rename', async (tool) => {
    const context = await withCompany();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/${tool}/`);
    await hydrated(page);
    await expect.poll(() => marginText(page)).toBe('"华东 \\"Rail\\" Works\\\\Co"');
    await page.emulateMedia({ media: 'print' });
    const pages = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages.every((p) => containsText(p.text, COMPANY)), pages.map((p) => p.text.slice(-120)).join(' | ')).toBe(true);

    // Renamed in another tab (the plan's cover, say): the open page's next printout has the new name.
    const other = await context.newPage();
    await other.goto(`${baseUrl()}/${locale}/plan/`);
    await other.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('crmpb:profile:v1')!);
      localStorage.setItem('crmpb:profile:v1', JSON.stringify({ ...saved, companyName: '星河软件' }));
    });
    await expect.poll(() => marginText(page)).toBe('"星河软件"');

    // Renamed without a storage event reaching the page: the name is read again as printing starts.
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('crmpb:profile:v1')!);
      localStorage.setItem('crmpb:profile:v1', JSON.stringify({ ...saved, companyName: 'Orbit Ltd' }));
    });
    const renamed = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(renamed.every((p) => containsText(p.text, 'Orbit Ltd')), renamed.map((p) => p.text.slice(-120)).join(' | ')).toBe(true);
    await context.close();
  });

  it('the matrix printout says the day it was made, as the estimator, the KPI sheet and the readiness result do', async () => {
    const context = await withCompany();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/selection/`);
    await hydrated(page);
    // The date is the browser's, so it is there once the matrix has taken its saved state.
    await page.locator('.sel[data-ready="true"] .sel-print-date').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const [first] = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(containsText(first!.text, fill(selection[locale]['print.date'], { date: formatDate(locale, TODAY) }))).toBe(true);
    await context.close();
  });

  it('without a company name the margin holds only the page number', async () => {
    const context = await openContext(browser, { today: TODAY });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/duration/`);
    await page.waitForSelector('.dur[data-ready="true"]');
    expect(await marginText(page)).toBe('');
    await context.close();
  });
});
