// Browser tests of "My CRM plan": the four tools are filled through their own pages, as a visitor
// would, then the plan is checked for content, consistency, print, share link, import and clearing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage, type ContextOptions, type PageWatch } from './support/browser';
import { describeViolations, runAxe } from './support/axe';
import { baseUrl } from './support/site';
import { importPlanFile } from './support/plan-import';
import { strings as planStrings } from '@/i18n/tools/plan';
import { strings as selectionStrings } from '@/i18n/tools/selection';
import { strings as readinessStrings } from '@/i18n/tools/readiness';
import { strings as durationStrings } from '@/i18n/tools/duration';
import { strings as kpiStrings } from '@/i18n/tools/kpi';
import { EXAMPLE_ANSWERS, DIMENSIONS, commitmentLevel, questionsByDimension, type ReadinessAnswers } from '@/models/readiness';
import { WORST_ANSWERS } from '@/models/readiness';
import { MAX_IMPORT_CHARS, PLAN_KIND, serializePlanFile, type PlanState } from '@/models/plan';
import { BRIEF_TODAY, conflictPlan, everyConflictPlan, fullPlan } from '../unit/models/plan/fixtures';
import { containsText, readPdf, squash } from '../support/pdf';
import { LOCALES, type Locale } from '@/i18n/locales';
import { fill } from '@/i18n/format';
import { readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';


/** The visitor's today: before every KPI deadline and planned start in these tests, and clear of year-end. */
const TODAY = '2026-11-16';
const START = '2027-04-12';
const OTHER_START = '2027-05-10';
const ANSWERS: ReadinessAnswers = { ...EXAMPLE_ANSWERS, plannedStart: START };
const SECTIONS = ['plan-summary', 'plan-readiness', 'plan-timeline', 'plan-platform', 'plan-kpi', 'plan-actions'];
/** With no tool used, only the summary and the next actions are there: an unused tool leaves no empty section. */
const EMPTY_SECTIONS = [['plan-summary', 'true'], ['plan-actions', 'true']];
/** The appendices' headings as printed, in order. */
const appendixTitles = (s: (typeof planStrings)[Locale]) =>
  (['readiness', 'timeline', 'platform', 'kpi', 'actions'] as const).map((k, i) => fill(s['appendix.title'], { letter: String.fromCharCode(65 + i), title: s[`section.${k}`] }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// ---- filling the tools through their pages ----

async function type(page: Page, selector: string, value: string) {
  await page.fill(selector, value);
  await page.locator(selector).dispatchEvent('input');
}

async function fillReadiness(page: Page, locale: Locale) {
  await page.goto(`${baseUrl()}/${locale}/tools/readiness/`);
  await page.waitForSelector('.rd[data-ready]');
  const groups = questionsByDimension();
  for (const d of DIMENSIONS) {
    for (const id of groups[d]) await page.check(`#rd-${id} input[value="${ANSWERS[id]}"]`);
    if (d === 'timing') await type(page, '#rd-plannedStart', START);
    await page.click('[data-next]');
  }
  await page.waitForSelector('.rd-verdict');
}

async function fillDuration(page: Page, locale: Locale, startDate = START) {
  await page.goto(`${baseUrl()}/${locale}/tools/duration/`);
  await page.waitForSelector('.dur[data-ready="true"]');
  // The commitment the readiness answers imply, so the two tools agree.
  await page.selectOption('#dur-internalCommitment', String(commitmentLevel(ANSWERS)));
  await type(page, '#dur-integrations', '3');
  await page.check('#dur-agile');
  await type(page, '#dur-startDate', startDate);
}

async function fillSelection(page: Page, locale: Locale) {
  await page.goto(`${baseUrl()}/${locale}/tools/selection/`);
  await page.waitForSelector('.sel[data-ready="true"]');
  await page.selectOption('#sel-preset', 'small-standard');
  await page.click('.sel-preset-row button');
}

async function fillKpi(page: Page, locale: Locale) {
  await page.goto(`${baseUrl()}/${locale}/tools/kpi/`);
  await page.waitForSelector('.kpi[data-ready="true"]');
  await page.click('#kpi-load-example');
}

/** The saved state of a context whose four tools were filled in, made once per locale. */
const filled = new Map<Locale, Awaited<ReturnType<BrowserContext['storageState']>>>();
async function filledState(locale: Locale) {
  if (!filled.has(locale)) {
    const context = await openContext(browser, { today: TODAY });
    const page = await context.newPage();
    await fillReadiness(page, locale);
    await fillDuration(page, locale);
    await fillSelection(page, locale);
    await fillKpi(page, locale);
    filled.set(locale, await context.storageState());
    await context.close();
  }
  return filled.get(locale)!;
}

// ---- opening the plan ----

const planUrl = (locale: Locale, hash = '') => `${baseUrl()}/${locale}/plan/${hash}`;

async function openPlan(context: BrowserContext, locale: Locale, hash = ''): Promise<PageWatch> {
  const watch = await watchedPage(context, baseUrl());
  watch.page.setDefaultTimeout(15_000);
  await watch.page.goto(planUrl(locale, hash));
  await watch.page.waitForSelector('.plan[data-ready="true"]');
  return watch;
}

async function filledContext(locale: Locale, options: Partial<ContextOptions> = {}) {
  return openContext(browser, { today: TODAY, storageState: await filledState(locale), acceptDownloads: true, ...options });
}

/** Everything the site saved in this browser, to show that a refused import changed nothing. */
const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('crmpb:') && k !== 'crmpb:probe').sort().map((k) => [k, localStorage.getItem(k)])));

/** A fresh browser on `today` whose visitor imports `plan` on the plan page, as they would a plan file. */
async function importedPlan(locale: Locale, plan: PlanState, today = TODAY) {
  const context = await openContext(browser, { today });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await importPlanFile(page, locale, plan);
  return { context, page };
}

const summaryText = (page: Page) => page.locator('#plan-summary').innerText();
const sectionUsed = (page: Page) =>
  page.locator('[data-section]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-section'), e.getAttribute('data-used')]));

/** The outline (bookmarks) of a Chromium PDF: each heading's text and the page it is on, 1-based. */
function pdfOutline(pdf: Buffer): { title: string; page: number }[] {
  const text = pdf.toString('latin1');
  const kids = text.match(/\/Type \/Pages[^>]*?\/Kids \[([^\]]*)\]/)?.[1] ?? text.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? '';
  const pages = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => m[1]);
  const out: { title: string; page: number }[] = [];
  // Titles are UTF-16 hex strings (<FEFF...>) when they hold non-Latin text, literal strings otherwise.
  for (const m of text.matchAll(/\/Title (?:<FEFF([0-9A-F]*)>|\(((?:\\.|[^\\)])*)\))\s*\/Dest \[(\d+) 0 R/g)) {
    let title = '';
    if (m[1] !== undefined) {
      for (let i = 0; i < m[1].length; i += 4) title += String.fromCharCode(parseInt(m[1].slice(i, i + 4), 16));
    } else {
      title = m[2]!.replace(/\\(.)/g, '$1');
    }
    out.push({ title, page: pages.indexOf(m[3]!) + 1 });
  }
  return out;
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.each(LOCALES)('my CRM plan (%s)', (locale) => {
  const s = planStrings[locale];

  it('shows an example plan without JavaScript, every section filled', async () => {
    const context = await openContext(browser, { today: TODAY, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(planUrl(locale));
    expect(await sectionUsed(page)).toEqual(SECTIONS.map((id) => [id, 'true']));
    expect(await page.locator('#plan-example .plan-cover-company').innerText()).toBe(s['example.companyName']);
    expect((await page.locator('noscript').allTextContents()).join(' ')).toContain(s['page.noscript']);
    await context.close();
  });

  it('on a first visit says the plan is empty, keeps the example, and loads only the small island', async () => {
    const context = await openContext(browser, { today: TODAY });
    const watch = await watchedPage(context, baseUrl());
    await watch.page.goto(planUrl(locale));
    await watch.page.waitForSelector('.plan-shell[data-state="empty"] [data-testid="empty-banner"]');
    expect(await watch.page.locator('#plan-example').count()).toBe(1);
    expect(watch.requests.some((r) => /PlanApp/.test(r))).toBe(false);
    const violations = await runAxe(watch.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Asking for one's own plan brings in the report with empty sections linking to the tools.
    await watch.page.click('[data-testid="empty-banner"] [data-action="own"]');
    await watch.page.waitForSelector('.plan[data-ready="true"]');
    expect(await watch.page.locator('#plan-example').count()).toBe(0);
    expect(await sectionUsed(watch.page)).toEqual(EMPTY_SECTIONS);
    expect(await watch.page.locator('[data-testid="plan-not-used"] a').first().getAttribute('href')).toBe(`/${locale}/tools/readiness/`);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('after the four tools are filled, shows every section filled and consistent', async () => {
    const context = await filledContext(locale);
    const watch = await openPlan(context, locale);
    const { page } = watch;
    expect(await sectionUsed(page)).toEqual(SECTIONS.map((id) => [id, 'true']));
    expect(await page.locator('[data-testid="plan-consistency"]').count()).toBe(0);
    expect(await page.getAttribute('[data-testid="summary-verdict"]', 'data-verdict')).toBe('go-with-care');
    expect(await page.innerText('[data-testid="summary-verdict"]')).toBe(readinessStrings[locale]['verdict.go-with-care.title']);
    expect(await page.innerText('[data-testid="summary-platform"]')).toContain(selectionStrings[locale]['option.saas.label']);
    expect(await page.getAttribute('[data-testid="summary-platform"]', 'data-option')).toBe('saas');
    expect(await page.innerText('[data-testid="summary-golive"]')).toMatch(/2027/);
    expect(await page.locator('[data-testid="summary-kpis"] tr[data-kpi]').count()).toBe(4);
    expect(await page.locator('#plan-kpi tbody tr').count()).toBe(4);
    expect(await page.locator('#plan-timeline tbody tr').count()).toBe(5);
    expect(await page.locator('#plan-timeline svg[role="img"]').count()).toBe(1);
    // Every next action links to a guide, an FAQ answer or a tool of this locale.
    const links = await page.locator('[data-testid="plan-actions"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) expect(href).toMatch(new RegExp(`^/${locale}/(guides/[a-z-]+/|faq/[a-z0-9-]+/|tools/[a-z]+/)$`));
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // On a phone the wide tables scroll inside their own boxes, reachable by keyboard.
    await page.setViewportSize({ width: 375, height: 800 });
    const narrow = await runAxe(page);
    expect(narrow, describeViolations(narrow)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The chart is redrawn at the phone's width: the whole timeline on screen, its words at full size,
    // none cut off and no two month names run together. On paper it is drawn at one width for all.
    const chartIsDrawnAt = (width: number) =>
      page.waitForFunction((width) => {
        const svg = document.querySelector<SVGSVGElement>('#plan-timeline svg[role="img"]')!;
        return svg.viewBox.baseVal.width === width;
      }, width);
    const screenWidth = await page.locator('#plan-timeline svg[role="img"]').evaluate((svg) => Math.round(svg.getBoundingClientRect().width));
    expect(screenWidth).toBeLessThan(375);
    await chartIsDrawnAt(screenWidth);
    const drawing = await page.locator('#plan-timeline svg[role="img"]').evaluate((svg: SVGSVGElement) => {
      const boxes = (selector: string) => Array.from(svg.querySelectorAll<SVGTextElement>(selector)).map((t) => t.getBBox());
      const ticks = boxes('.plan-tick').sort((a, b) => a.x - b.x);
      return {
        outside: boxes('text').filter((b) => b.x < 0 || b.x + b.width > svg.viewBox.baseVal.width).length,
        overlaps: ticks.filter((b, i) => i > 0 && ticks[i - 1]!.x + ticks[i - 1]!.width > b.x).length,
        ticks: ticks.length,
      };
    });
    expect(drawing).toEqual({ outside: 0, overlaps: 0, ticks: expect.any(Number) });
    expect(drawing.ticks).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'print' });
    await chartIsDrawnAt(720);
    await page.emulateMedia({ media: 'screen' });
    await chartIsDrawnAt(screenWidth);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('says when two tools disagree about the start date, and applies the one picked everywhere', async () => {
    const context = await filledContext(locale);
    const page = await context.newPage();
    await fillDuration(page, locale, OTHER_START);
    await page.goto(planUrl(locale));
    await page.waitForSelector('.plan[data-ready="true"]');
    const issue = page.locator('[data-issue="planned-start"]');
    await issue.waitFor();
    expect(await issue.locator('button').count()).toBe(2);
    await issue.locator(`button[data-choice="${OTHER_START}"]`).click();
    await page.waitForSelector('[data-testid="plan-consistency"]', { state: 'detached' });
    const saved = await page.evaluate(() => ({
      profile: JSON.parse(localStorage.getItem('crmpb:profile:v1') ?? '{}').plannedStart,
      readiness: JSON.parse(localStorage.getItem('crmpb:readiness:v1') ?? '{}').answers?.plannedStart,
      duration: JSON.parse(localStorage.getItem('crmpb:duration:v1') ?? '{}').startDate,
    }));
    expect(saved).toEqual({ profile: OTHER_START, readiness: OTHER_START, duration: OTHER_START });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('prints the summary alone on page one and the appendices after it, on at most three A4 pages', async () => {
    const context = await filledContext(locale);
    const { page } = await openPlan(context, locale);
    await page.fill('#plan-company', '华东精密制造股份有限公司');
    await page.emulateMedia({ media: 'print' });
    const visible = await page.locator('[data-section]').evaluateAll((els) => els.map((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetHeight > 0));
    expect(visible).toEqual(SECTIONS.map(() => true));
    const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
    expect(pageCount(pdf)).toBeLessThanOrEqual(3);
    const outline = pdfOutline(pdf);
    const titles = appendixTitles(s);
    const found = titles.map((title) => outline.find((o) => o.title === title));
    expect(found.map((f) => f?.title)).toEqual(titles);
    // Page one is the brief; the appendices start on page two.
    expect(found[0]!.page).toBe(2);
    for (const f of found) expect(f!.page).toBeGreaterThanOrEqual(2);
    // The cover carries the company name exactly as typed, and so does every page's margin.
    expect(await page.innerText('.plan-cover-company')).toBe('华东精密制造股份有限公司');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-running-head').trim())).toBe('"华东精密制造股份有限公司"');
    await context.close();
  });

  it('keeps the sign-off on page one when every answer the tools share is in dispute', async () => {
    const { context, page } = await importedPlan(locale, everyConflictPlan(), BRIEF_TODAY);
    expect(await page.locator('[data-testid="summary-conflicts"] li').count()).toBe(6);
    await page.emulateMedia({ media: 'print' });
    const pages = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(containsText(pages[0]!.text, s['brief.signoff.signature'])).toBe(true);
    expect(squash(pages[1]!.text)).toContain(squash(fill(s['appendix.title'], { letter: 'A', title: s['section.readiness'] })));
    await context.close();
  });

  it('prints a plan whose tools disagree without contradicting itself, every risk with its own action, one cost period and the KPI builder’s verdicts', async () => {
    const { context, page } = await importedPlan(locale, conflictPlan(), BRIEF_TODAY);
    const k = kpiStrings[locale];
    const d = durationStrings[locale];
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    if (process.env.PLAN_PDF_DIR) (await import('node:fs')).writeFileSync(`${process.env.PLAN_PDF_DIR}/conflicts-${locale}.pdf`, pdf);
    const pages = await readPdf(pdf);
    const first = pages[0]!.text;
    const all = pages.map((p) => p.text).join('\n');
    // Naming the disagreements keeps the brief on page one, sign-off included; the appendices follow.
    expect(containsText(first, s['brief.signoff.signature'])).toBe(true);
    expect(squash(pages[1]!.text)).toContain(squash(fill(s['appendix.title'], { letter: 'A', title: s['section.readiness'] })));
    expect(pages.length).toBeLessThanOrEqual(3);

    // The answers the tools disagree on are named on page one, with the value each part of the report used.
    const conflicts = page.locator('[data-testid="summary-conflicts"]');
    expect(await conflicts.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-conflict')))).toEqual(['expansion', 'key-staff', 'commitment', 'platform']);
    expect(containsText(first, s['conflicts.heading'])).toBe(true);
    for (const item of await conflicts.locator('li').allInnerTexts()) expect(containsText(first, item), item).toBe(true);
    const expansion = await conflicts.locator('li[data-conflict="expansion"]').innerText();
    for (const words of [s['consistency.expansion'], s['value.false.expansion'], s['value.true.expansion'], s['conflicts.section.readiness'], s['conflicts.section.timeline']]) {
      expect(containsText(expansion, words), words).toBe(true);
    }
    const platform = await conflicts.locator('li[data-conflict="platform"]').innerText();
    for (const words of [d['option.platform.saas'], d['option.platform.lowCode'], s['conflicts.section.platform']]) expect(containsText(platform, words), words).toBe(true);

    // Each risk on page one has an action of its own, not its name again.
    const risks = await page.locator('[data-testid="summary-risks"] tbody tr').evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th')!.textContent!.trim(), r.querySelector('td')!.textContent!.trim()]),
    );
    expect(risks.length).toBe(3);
    for (const [risk, action] of risks) {
      expect(action, risk).not.toBe(risk);
      expect(action.length).toBeGreaterThan(0);
      // Its opening words: a CJK font names some characters by their radical twins (门 as ⻔), more than
      // a whole sentence may differ by.
      expect(containsText(first, action.slice(0, 10)), action).toBe(true);
    }

    // The brief's costs are over the five years chosen, the same totals as the appendix.
    expect(all).not.toMatch(/three-year|three years|三年/i);
    expect(containsText(first, fill(s['brief.cost.total'], { years: 5 }))).toBe(true);
    expect(containsText(first, fill(s['brief.decision.budget'], { years: 5 }))).toBe(true);
    const briefTotals = await page.locator('[data-testid="summary-cost"] tbody tr').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.getAttribute('data-option'), r.querySelectorAll('td')[1]!.textContent!.trim()])),
    );
    const appendixTotals = await page.locator('#plan-platform tr[data-option]').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.getAttribute('data-option'), r.querySelector('td:last-child')!.textContent!.trim()])),
    );
    expect(Object.keys(briefTotals)).toHaveLength(4);
    expect(briefTotals).toEqual(appendixTotals);

    // A target that is only a stretch is not called "all five met".
    const csat = await page.locator('#plan-kpi tr[data-kpi="csat"] td:last-child').innerText();
    expect(containsText(csat, k['attainable.stretch'])).toBe(true);
    expect(containsText(csat, s['kpi.smartAll'])).toBe(false);
    expect(containsText(csat, fill(s['kpi.smartStretch'], { met: 4, letters: k['smart.attainable'] }))).toBe(true);
    expect(containsText(all, fill(s['kpi.smartStretch'], { met: 4, letters: k['smart.attainable'] }))).toBe(true);

    // The chart's legend names every key it shows, the holidays' too; on paper its keys print as
    // drawn (not as empty boxes), and no tick label is cut off at the chart's edge.
    expect(await page.locator('#plan-timeline .plan-key-holiday').count()).toBe(1);
    expect(squash(await page.locator('#plan-timeline .plan-legend').innerText())).toContain(squash(d['chart.holidays']));
    expect(containsText(all, d['chart.holidays'])).toBe(true);
    for (const key of ['high', 'holiday']) expect(await page.locator(`#plan-timeline .plan-key-${key}`).evaluate((e) => getComputedStyle(e).printColorAdjust)).toBe('exact');
    await page.waitForFunction(() => document.querySelector<SVGSVGElement>('#plan-timeline svg[role="img"]')!.viewBox.baseVal.width === 720);
    const cut = await page.locator('#plan-timeline svg[role="img"]').evaluate((svg: SVGSVGElement) =>
      Array.from(svg.querySelectorAll<SVGTextElement>('text')).map((t) => t.getBBox()).filter((b) => b.x < 0 || b.x + b.width > svg.viewBox.baseVal.width).length,
    );
    expect(cut).toBe(0);
    await context.close();
  });

  it('keeps even a plan filled to the brim within six pages (worst readiness answers, six options, every KPI)', async () => {
    const plan = fullPlan();
    plan.readiness = { ...WORST_ANSWERS, plannedStart: '2027-12-06' };
    plan.duration = { ...plan.duration!, startDate: '2027-12-06', expanding: true, keyStaffTurnover: true, internalCommitment: 1, integrations: 12 };
    const context = await openContext(browser, { today: TODAY });
    const page = await context.newPage();
    await page.goto(planUrl(locale));
    // The banner is in the built page; its button works once the island has checked for saved answers.
    await page.waitForSelector('.plan-shell[data-state="empty"]');
    await page.click('[data-testid="empty-banner"] [data-action="own"]');
    await page.waitForSelector('.plan[data-ready="true"]');
    await page.setInputFiles('#plan-import-file', { name: 'full.json', mimeType: 'application/json', buffer: Buffer.from(serializePlanFile(plan)) });
    await page.click('[data-action="import-confirm"]');
    await page.waitForSelector('[data-testid="import-done"]');
    expect(await page.locator('#plan-kpi tbody tr').count()).toBe(plan.kpi!.rows.length);
    expect(await page.locator('[data-testid="plan-actions"] > li').count()).toBeGreaterThan(15);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
    if (process.env.PLAN_PDF_DIR) (await import('node:fs')).writeFileSync(`${process.env.PLAN_PDF_DIR}/full-${locale}.pdf`, pdf);
    expect(pageCount(pdf)).toBeLessThanOrEqual(6);
    // Page one stays the brief, however much the appendices hold.
    const outline = pdfOutline(pdf).filter((o) => appendixTitles(s).includes(o.title));
    expect(outline).toHaveLength(5);
    for (const o of outline) expect(o.page).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('shares the whole plan as one short link that opens read-only in a fresh browser, and can replace the visitor’s own', async () => {
    const context = await filledContext(locale);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const { page } = await openPlan(context, locale);
    const original = await summaryText(page);
    const kpiTable = await page.locator('#plan-kpi table').innerText();
    await page.click('[data-action="share"]');
    const link = await page.inputValue('#plan-share-link');
    expect(link).toMatch(new RegExp(`/${locale}/plan/#plan=[A-Za-z0-9_-]+$`));
    expect(link.length).toBeLessThan(8000);

    const fresh = await openContext(browser, { today: TODAY });
    const watch = await watchedPage(fresh, baseUrl());
    await watch.page.goto(link);
    await watch.page.waitForSelector('[data-testid="shared-bar"]');
    expect(await watch.page.getAttribute('.plan', 'data-mode')).toBe('shared');
    expect(await summaryText(watch.page)).toBe(original);
    expect(await watch.page.locator('#plan-kpi table').innerText()).toBe(kpiTable);
    expect(await stored(watch.page)).toEqual({});
    const violations = await runAxe(watch.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // “Replace mine” makes it the visitor's own plan, in the tools' stores.
    await watch.page.click('[data-testid="shared-bar"] [data-action="replace"]');
    await watch.page.waitForSelector('.plan[data-mode="live"]');
    expect(Object.keys(await stored(watch.page))).toEqual(expect.arrayContaining(['crmpb:readiness:v1', 'crmpb:duration:v1', 'crmpb:selection:v1', 'crmpb:kpi:v1']));
    expect(await summaryText(watch.page)).toBe(original);
    expect(watch.page.url()).not.toContain('#plan=');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await fresh.close();
    await context.close();
  });

  it('opens a damaged link as the visitor’s own plan with a notice', async () => {
    const context = await openContext(browser, { today: TODAY });
    const watch = await openPlan(context, locale, '#plan=eJzLSM3JyVcozy_KSQEAGgQEXQ');
    expect(await watch.page.getAttribute('.plan', 'data-mode')).toBe('live');
    await watch.page.waitForSelector('[data-testid="shared-invalid"] [role="alert"]');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('refuses bad files with a clear message and changes nothing', async () => {
    const context = await filledContext(locale);
    const { page } = await openPlan(context, locale);
    const before = await stored(page);
    const summary = await summaryText(page);
    const exported = JSON.stringify({ kind: PLAN_KIND, version: 1, exportedAt: null, plan: { profile: { version: 1 } } });
    const cases: [string, string, string][] = [
      ['notes.txt', 'Company: Acme, start in May', 'not-json'],
      ['other.json', JSON.stringify({ kind: 'kpi-sheet', rows: [] }), 'foreign-kind'],
      ['cut.json', exported.slice(0, 60), 'truncated'],
      ['altered.json', exported, 'wrong-types'],
      ['huge.json', `{"kind":"${PLAN_KIND}","pad":"${'x'.repeat(MAX_IMPORT_CHARS)}"}`, 'too-large'],
    ];
    for (const [name, body, code] of cases) {
      await page.setInputFiles('#plan-import-file', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const error = page.locator('[data-testid="import-error"]');
      await expect.poll(() => error.getAttribute('data-code'), { timeout: 5000 }).toBe(code);
      expect(await error.innerText()).toContain(s[`import.error.${code}` as keyof typeof s]);
      expect(await page.locator('[data-testid="import-confirm"]').count()).toBe(0);
    }
    expect(await stored(page)).toEqual(before);
    expect(await summaryText(page)).toBe(summary);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('downloads the plan as Markdown with its headings and tables, for WeCom, DingTalk or a wiki', async () => {
    const context = await filledContext(locale);
    const { page } = await openPlan(context, locale);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="markdown"]')]);
    expect(download.suggestedFilename()).toBe(`${s['tools.filename']}-${TODAY}.md`);
    const md = readFileSync((await download.path())!, 'utf8');
    if (process.env.KEEP_EXPORTS) await download.saveAs(`${process.env.KEEP_EXPORTS}/plan-${locale}.md`);
    expect(await page.locator('.plan-status').innerText()).toContain(s['tools.markdownDone']);
    const tokens = marked.lexer(md);
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings[0]!.depth).toBe(1);
    expect(headings[0]!.text).toContain(s['cover.kicker']);
    expect(headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(
      ['section.summary', 'section.readiness', 'section.platform', 'platform.cost.heading', 'section.timeline', 'section.kpi', 'section.actions'].map((k) => s[k as keyof typeof s]),
    );
    const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
    const timeline = tables.find((t) => t.header[0]!.text === s['timeline.col.phase'])!;
    expect(timeline.rows).toHaveLength(5);
    // The phases in the file are the phases in the plan's table on screen.
    const screenPhases = await page.locator('#plan-timeline tbody tr th').allInnerTexts();
    expect(timeline.rows.map((r) => r[0]!.text)).toEqual(screenPhases.map((t) => t.trim()).slice(0, 5));
    const kpi = tables.find((t) => t.header[0]!.text === s['kpi.col.kpi'])!;
    expect(kpi.rows.length).toBe(await page.locator('#plan-kpi tbody tr').count());
    // A leader under the visitor's weights is never called "recommended".
    expect(md).not.toMatch(/recommend|推荐/i);
    await context.close();
  });

  it('exports the plan as a file and imports it again after clearing everything, asking first each time', async () => {
    const context = await filledContext(locale);
    const { page } = await openPlan(context, locale);
    const summary = await summaryText(page);
    const before = await stored(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = await download.path();

    // "Clear all my data" asks first: declining keeps everything.
    page.once('dialog', (d) => void d.dismiss());
    await page.click('[data-action="clear"]');
    expect(await stored(page)).toEqual(before);
    page.once('dialog', (d) => void d.accept());
    await page.click('[data-action="clear"]');
    await page.waitForSelector('[data-testid="empty-banner"]');
    expect(await stored(page)).toEqual({});
    expect(await sectionUsed(page)).toEqual(EMPTY_SECTIONS);

    await page.setInputFiles('#plan-import-file', file);
    await page.waitForSelector('[data-testid="import-confirm"]');
    expect(await stored(page)).toEqual({});
    await page.click('[data-action="import-confirm"]');
    await page.waitForSelector('[data-testid="import-done"]');
    await expect.poll(() => summaryText(page)).toBe(summary);
    expect(await sectionUsed(page)).toEqual(SECTIONS.map((id) => [id, 'true']));
    await context.close();
  });
});
