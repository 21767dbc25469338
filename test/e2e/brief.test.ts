// The plan as an executive brief, on paper: Chromium prints the plan and the two tool pages to A4 PDF
// (page.pdf, as the browser's own printing lays them out) and an independent reader (unpdf) checks
// what a reader of the paper sees: page counts, page one holding the whole summary, no page more than
// half empty but the last, nothing about tools the visitor did not use, and "recommended" nowhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl } from './support/site';
import { importPlanFile } from './support/plan-import';
import { containsText, readPdf, squash, type PdfPage } from '../support/pdf';
import { strings as planStrings } from '@/i18n/tools/plan';
import { strings as selectionStrings } from '@/i18n/tools/selection';
import { strings as readinessStrings } from '@/i18n/tools/readiness';
import { fill } from '@/i18n/format';
import type { PlanState } from '@/models/plan';
import { BRIEF_TODAY, briefPlan } from '../unit/models/plan/fixtures';
import { LOCALES, type Locale } from '@/i18n/locales';

/** "Recommended" in either language, for a preset or a matrix result. */
const RECOMMENDED = /recommend|推荐/i;
const MAX_PAGES = 3;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser whose visitor imports `plan` on the plan page, as they would a plan file. */
async function visitorWith(plan: PlanState, locale: Locale) {
  const context = await openContext(browser, { today: BRIEF_TODAY });
  const watch = await watchedPage(context, baseUrl());
  const { page } = watch;
  page.setDefaultTimeout(15_000);
  await importPlanFile(page, locale, plan);
  return { context, watch, page };
}

async function printed(page: Page): Promise<PdfPage[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  if (process.env.PLAN_PDF_DIR) (await import('node:fs')).writeFileSync(`${process.env.PLAN_PDF_DIR}/${new URL(page.url()).pathname.replace(/\W+/g, '-')}.pdf`, pdf);
  const pages = await readPdf(pdf);
  await page.emulateMedia({ media: 'screen' });
  return pages;
}

/** Every page but the last reaches below its middle: no page is more than half empty. */
function expectNoHalfEmptyPage(pages: PdfPage[]) {
  pages.slice(0, -1).forEach((p, i) => expect(p.bodyBottom, `page ${i + 1} of ${pages.length} ends at ${Math.round(p.bodyBottom)} of ${p.height} pt`).toBeGreaterThan(p.height / 2));
}

/** The visible text pieces of the brief's summary, each of which page one must hold. */
async function summaryPieces(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const texts = (sel: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)].map((e) => (e.innerText ?? '').trim()).filter((t) => t !== '');
    return {
      header: texts('.plan-cover-company, .plan-cover-date'),
      decision: texts('[data-testid="brief-decision"]'),
      platform: texts('[data-testid="summary-platform"], [data-testid="summary-flip"]'),
      cost: texts('[data-testid="summary-cost"] th, [data-testid="summary-cost"] td'),
      goLive: texts('[data-testid="summary-golive"], [data-testid="summary-p80"], [data-testid="summary-calendar"]'),
      verdict: texts('[data-testid="summary-verdict"]'),
      risks: texts('[data-testid="summary-risks"] th, [data-testid="summary-risks"] td'),
      kpis: texts('[data-testid="summary-kpis"] th, [data-testid="summary-kpis"] td'),
      signoff: texts('[data-testid="signoff"] p, [data-testid="signoff"] span'),
    };
  });
}

describe.each(LOCALES)('the plan as a brief, printed (%s)', (locale) => {
  const s = planStrings[locale];

  it('prints the full plan on at most three A4 pages, page one the complete summary, no page half empty', async () => {
    const plan = briefPlan();
    const { context, watch, page } = await visitorWith(plan, locale);
    const pieces = await summaryPieces(page);
    // Every summary element is on the page: three risks with an owner line each, six KPIs in three horizons.
    for (const [name, list] of Object.entries(pieces)) expect(list.length, name).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="summary-risks"] tbody tr').count()).toBe(3);
    expect(await page.locator('[data-testid="summary-risks"] .plan-owner-line').count()).toBe(3);
    expect(await page.locator('[data-testid="summary-kpis"] tbody[data-horizon]').evaluateAll((els) => els.map((e) => e.getAttribute('data-horizon')))).toEqual(['short', 'mid', 'long']);
    expect(await page.locator('[data-testid="summary-kpis"] tr[data-kpi]').count()).toBe(6);
    expect(await page.locator('[data-testid="summary-cost"] tbody tr').count()).toBe(4);
    expect(await page.locator('[data-testid="plan-not-used"]').count()).toBe(0);

    const pages = await printed(page);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
    const first = pages[0]!.text;
    for (const [name, list] of Object.entries(pieces)) for (const piece of list) expect(containsText(first, piece), `page one lacks ${name}: ${piece}`).toBe(true);
    // Page one is the summary only; the appendices start on page two.
    expect(squash(first)).not.toContain(squash(fill(s['appendix.title'], { letter: 'A', title: s['section.readiness'] })));
    expect(squash(pages[1]!.text)).toContain(squash(fill(s['appendix.title'], { letter: 'A', title: s['section.readiness'] })));
    // Page numbers and the company's name on every page.
    pages.forEach((p, i) => {
      expect(squash(p.text)).toContain(`${i + 1}/${pages.length}`);
      expect(containsText(p.text, plan.profile.companyName)).toBe(true);
    });
    expectNoHalfEmptyPage(pages);
    expect(pages.map((p) => p.text).join('\n')).not.toMatch(RECOMMENDED);
    expect(await page.locator('main').innerText()).not.toMatch(RECOMMENDED);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('leaves out every tool the visitor did not use, naming them once with links', async () => {
    const plan: PlanState = { ...briefPlan(), duration: null, selection: null };
    const { context, page } = await visitorWith(plan, locale);
    expect(await page.locator('#plan-timeline, #plan-platform').count()).toBe(0);
    const line = page.locator('[data-testid="plan-not-used"]');
    // The imported answers reach every tool's store before the report settles on them.
    await expect.poll(() => line.locator('a').count()).toBe(2);
    expect(await line.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/${locale}/tools/duration/`, `/${locale}/tools/selection/`]);
    expect(await page.locator('[data-testid="summary-platform"], [data-testid="summary-cost"], [data-testid="summary-golive"]').count()).toBe(0);
    const pages = await printed(page);
    // Printed links carry their address in brackets; the line's words are what is compared.
    const all = pages.map((p) => p.text).join('').replace(/\(https?:[^)]*\)/g, '');
    for (const letter of ['A', 'B', 'C', 'D', 'E'])
      for (const title of [s['section.platform'], s['section.timeline']]) expect(squash(all)).not.toContain(squash(fill(s['appendix.title'], { letter, title })));
    for (const caption of [s['brief.cost.total'], s['summary.goLive'], s['brief.calendar.none'].slice(0, 12)]) expect(containsText(all, caption), caption).toBe(false);
    expect(containsText(all, (await line.innerText()).trim())).toBe(true);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
    expectNoHalfEmptyPage(pages);
    await context.close();
  });

  it('prints the selection matrix on at most three pages with its inputs and no stale notice', async () => {
    const plan = briefPlan();
    const { context, page } = await visitorWith(plan, locale);
    const sel = selectionStrings[locale];
    await page.goto(`${baseUrl()}/${locale}/tools/selection/`);
    await page.waitForSelector('.sel[data-ready="true"]');
    expect(await page.locator('.sel-intro').isVisible()).toBe(false);
    const pages = await printed(page);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
    const all = pages.map((p) => p.text).join('');
    expect(containsText(all, sel['page.neutral'].slice(0, 30))).toBe(false);
    // The inputs: weights and scores (the points table), users, years and every price as entered.
    expect(containsText(all, sel['chart.tableCaption'])).toBe(true);
    expect(containsText(all, fill(sel['print.costInputs'], { users: '40', years: 3 }))).toBe(true);
    for (const o of plan.selection!.tco.options) expect(squash(all)).toContain(squash(new Intl.NumberFormat(locale === 'zh-cn' ? 'zh-CN' : 'en').format(o.implementation)));
    expectNoHalfEmptyPage(pages);
    expect(pages.map((p) => p.text).join('\n')).not.toMatch(RECOMMENDED);
    expect(await page.locator('main').innerText()).not.toMatch(RECOMMENDED);
    await context.close();
  });

  it('prints the readiness check on at most three pages, the method only when asked for', async () => {
    const { context, page } = await visitorWith(briefPlan(), locale);
    const rd = readinessStrings[locale];
    await page.goto(`${baseUrl()}/${locale}/tools/readiness/`);
    await page.waitForSelector('.rd[data-ready] .rd-verdict');
    const method = squash(rd['how.intro']).slice(0, 24);
    const pages = await printed(page);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
    expect(containsText(pages.map((p) => p.text).join(''), method)).toBe(false);
    expectNoHalfEmptyPage(pages);
    await page.check('[data-print-method]');
    const withMethod = await printed(page);
    expect(containsText(withMethod.map((p) => p.text).join(''), method)).toBe(true);
    await context.close();
  });
});
