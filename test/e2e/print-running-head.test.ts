// Every tool's printout carries the company's name in the page margin, as the plan's does: the
// estimator and the readiness check hold the shared profile already; the KPI builder and the matrix
// load it when their print button is pressed. The printout is read with an independent PDF reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl } from './support/site';
import { hydrated } from './support/edit';
import { containsText, readPdf } from '../support/pdf';
import { LOCALES } from '@/i18n/locales';

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

  it('the matrix loads the name when its print button is pressed, then prints', async () => {
    const context = await withCompany();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/tools/selection/`);
    await hydrated(page);
    expect(await marginText(page)).toBe('');
    await page.evaluate(() => {
      window.print = () => void (document.documentElement.dataset.printed = 'yes');
    });
    await page.click('[data-action="print"]');
    await page.waitForSelector('html[data-printed="yes"]');
    expect(await marginText(page)).toBe('"华东 \\"Rail\\" Works\\\\Co"');
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
