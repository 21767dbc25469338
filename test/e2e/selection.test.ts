// Browser tests of the selection matrix against the built site, in both locales.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage, type PageWatch } from './support/browser';
import { describeViolations, runAxe } from './support/axe';
import { baseUrl } from './support/site';
import { strings } from '@/i18n/tools/selection';
import { LOCALES, type Locale } from '@/i18n/locales';
import { citeText } from '@/lib/sources';
import { CRITERIA } from '@/models/matrix';
import { BOM } from '@/lib/csv';
import { readCsv } from '../support/exports';
import { readXlsx, recalc } from '../support/xlsx';
import { pngSize, svgTexts } from '../support/images';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (locale: Locale, hash = '') => `${baseUrl()}/${locale}/tools/selection/${hash}`;
/** The visitor's today (the matrix does not depend on it; the page's clock is fixed all the same). */
const TODAY = '2026-06-15';

/** A fresh context per test: empty localStorage, so every test starts from the neutral matrix. */
async function open(locale: Locale, hash = '', viewport = { width: 1280, height: 900 }): Promise<PageWatch & { context: BrowserContext }> {
  const context = await openContext(browser, { today: TODAY, acceptDownloads: true, viewport });
  const watch = await watchedPage(context, baseUrl());
  await watch.page.goto(url(locale, hash));
  await watch.page.waitForSelector('.sel[data-ready="true"]');
  return { ...watch, context };
}

/** Console errors, CSP violations included (the test server sends the production CSP). */
const appErrors = (watch: PageWatch) => watch.consoleErrors;

const leader = (page: Page) => page.locator('.sel-ranking tbody tr').first().getAttribute('data-option');
const verdict = (page: Page) => page.locator('[data-testid="verdict"]').innerText();

async function score(page: Page, option: string, criterion: string, value: string) {
  const input = page.locator(`#sel-s-${option}-${criterion}`);
  await input.fill(value);
  await input.blur();
}

describe.each(LOCALES)('selection matrix (%s)', (locale) => {
  const s = strings[locale];

  it('renders the neutral matrix at build time, readable without JavaScript', async () => {
    const noJs = await openContext(browser, { today: TODAY, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url(locale));
    expect(await page.locator('.sel-scores tbody tr').count()).toBe(10);
    expect(await page.locator('.sel-ranking tbody tr').count()).toBe(2);
    expect(await verdict(page)).toContain('50');
    // Every criterion's meaning is in the HTML, and the method section names its sources.
    expect(await page.locator('.sel-meaning').count()).toBe(10);
    expect(await page.locator(`.tool-how a.cite[href="/${locale}/sources/#source-3"]`).count()).toBeGreaterThan(0);
    await noJs.close();
  });

  it('starts neutral: no option favoured, too close to call', async () => {
    const { page, context, ...watch } = await open(locale);
    expect(await page.locator('#sel-preset').inputValue()).toBe('neutral');
    const totals = await page.locator('.sel-ranking .sel-total').allInnerTexts();
    expect(totals).toEqual(['50', '50']);
    expect(await page.locator('.sel-ranking .badge').count()).toBe(2);
    expect(appErrors({ page, ...watch })).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('moving a weight re-ranks (keyboard on the sliders)', async () => {
    const { page, context } = await open(locale);
    await score(page, 'saas', 'usability', '5');
    await score(page, 'lowcode', 'process-fit', '5');
    await page.locator('#sel-w-usability').focus();
    await page.keyboard.press('End');
    await expect.poll(() => leader(page)).toBe('saas');
    expect(await verdict(page)).toContain(s['option.saas.label']);
    await page.keyboard.press('Home');
    await page.locator('#sel-w-process-fit').focus();
    await page.keyboard.press('End');
    await expect.poll(() => leader(page)).toBe('lowcode');
    // The share shown beside the slider follows the weights.
    const share = await page.locator('#sel-w-process-fit-share').innerText();
    expect(share).toMatch(/\d+(\.\d)?%/);
    await context.close();
  });

  it('a score of 7 shows its message beside the field, and the rest keeps working', async () => {
    const { page, context, ...watch } = await open(locale);
    const input = page.locator('#sel-s-saas-usability');
    await input.fill('7');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator('#sel-s-saas-usability-error');
    expect(await error.innerText()).toContain(s['error.out-of-range.score']);
    expect(await page.locator('.sel-results .notice.warn').innerText()).toBe(s['result.stale']);
    expect(await verdict(page)).not.toMatch(/NaN/);
    // Another field still moves the result.
    await score(page, 'lowcode', 'integration', '5');
    await expect.poll(() => leader(page)).toBe('lowcode');
    expect(await input.inputValue()).toBe('7');
    // A link copied now carries the last valid entries, and the confirmation says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
    await page.click('#sel-share');
    await expect.poll(() => page.locator('.copy-link-status').first().innerText()).toBe(s['export.shareCopiedStale']);
    // Fixing it clears the message.
    await input.fill('4');
    await expect.poll(() => error.count()).toBe(0);
    await page.click('#sel-share');
    await expect.poll(() => page.locator('.copy-link-status').first().innerText()).toBe(s['export.shareCopied']);
    expect(appErrors({ page, ...watch })).toEqual([]);
    await context.close();
  });

  it('adding a third option works everywhere: name, scores, ranking, costs', async () => {
    const { page, context } = await open(locale);
    await page.click('#sel-add');
    const name = page.locator('#sel-name-option-3');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sel-name-option-3');
    await name.fill('Custom build 自建');
    await name.blur();
    expect(await page.locator('.sel-scores thead th').count()).toBe(5);
    for (const c of ['process-fit', 'integration', 'usability']) await score(page, 'option-3', c, '5');
    await expect.poll(() => leader(page)).toBe('option-3');
    expect(await verdict(page)).toContain('Custom build 自建');
    expect(await page.locator('.sel-ranking tbody tr').count()).toBe(3);
    expect(await page.locator('#sel-p-option-3-implementation').inputValue()).toBe('50000');
    // Remove it again; the add button gets the focus back.
    await page.locator('.sel-option').nth(2).locator('.sel-remove').click();
    expect(await page.locator('.sel-ranking tbody tr').count()).toBe(2);
    await context.close();
  });

  it('the cost calculator totals by year and turns costs into total-cost scores', async () => {
    const { page, context } = await open(locale);
    const licence = page.locator('#sel-p-lowcode-licensePerUserPerMonth');
    await licence.fill('300');
    await licence.blur();
    const users = page.locator('#sel-users');
    await users.fill('-3');
    expect(await page.locator('#sel-users-error').innerText()).toContain(s['error.out-of-range.users']);
    await users.fill('10');
    await page.selectOption('#sel-years', '3');
    const rows = await page.locator('.sel-cost-table tbody tr').count();
    expect(rows).toBe(3);
    // saas: 150*10*12*3 + 50000 + 10000*3 + 500*10 = 139,000
    expect(await page.locator('.sel-breakdown .sel-total-row td').first().innerText()).toMatch(/139[,，]?000/);
    await page.click('.sel-to-scores button');
    expect(await page.locator('#sel-s-saas-total-cost').inputValue()).toBe('5');
    expect(Number(await page.locator('#sel-s-lowcode-total-cost').inputValue())).toBeLessThan(5);
    await context.close();
  });

  it('the share link shows everything in a fresh browser as a preview, and “Replace mine” keeps it', async () => {
    const { page, context } = await open(locale);
    await page.selectOption('#sel-preset', 'growing-custom');
    await page.click('.sel-preset-row button');
    await page.click('#sel-add');
    await page.locator('#sel-name-option-3').fill('Vendor X');
    await score(page, 'option-3', 'usability', '4.5');
    const users = page.locator('#sel-users');
    await users.fill('35');
    await users.blur();
    await page.click('#sel-share');
    const link = await page.locator('#sel-share-url').inputValue();
    expect(link).toContain('#selection=');
    const before = {
      verdict: await verdict(page),
      totals: await page.locator('.sel-ranking .sel-total').allInnerTexts(),
      weight: await page.locator('#sel-w-process-fit').inputValue(),
    };
    await context.close();

    const fresh = await openContext(browser, { today: TODAY });
    const other = await fresh.newPage();
    await other.goto(link);
    await other.waitForSelector('.sel[data-ready="true"]');
    await other.waitForSelector('[data-testid="shared-bar"]');
    expect(await other.locator('#sel-preset').inputValue()).toBe('growing-custom');
    expect(await other.locator('#sel-name-option-3').inputValue()).toBe('Vendor X');
    expect(await other.locator('#sel-s-option-3-usability').inputValue()).toBe('4.5');
    expect(await other.locator('#sel-users').inputValue()).toBe('35');
    expect(await other.locator('#sel-w-process-fit').inputValue()).toBe(before.weight);
    expect(await other.locator('.sel-ranking .sel-total').allInnerTexts()).toEqual(before.totals);
    expect(await verdict(other)).toBe(before.verdict);
    // Nothing is saved until the visitor chooses; then the fragment is dropped and the state survives a reload.
    expect(await other.evaluate(() => localStorage.getItem('crmpb:selection:v1'))).toBeNull();
    await other.click('[data-testid="shared-bar"] [data-action="replace"]');
    await expect.poll(() => new URL(other.url()).hash).toBe('');
    await other.reload();
    await other.waitForSelector('.sel[data-ready="true"]');
    expect(await other.locator('#sel-name-option-3').inputValue()).toBe('Vendor X');
    await fresh.close();
  });

  it('the vendor’s comparison is only a labelled option, and says so beside the result', async () => {
    const { page, context } = await open(locale);
    expect(await page.locator('.sel-results .badge.warn', { hasText: s['preset.vendorBadge'] }).count()).toBe(0);
    await page.selectOption('#sel-preset', 'vendor-002');
    // The vendor's article is reference [3], linked to its entry on the Sources page.
    expect(await page.locator(`#sel-preset-why a.cite[href="/${locale}/sources/#source-3"]`).innerText()).toBe('[3]');
    await page.click('.sel-preset-row button');
    await expect.poll(() => leader(page)).toBe('lowcode');
    expect(await page.locator('.sel-results .notice.warn').innerText()).toContain(citeText(s['result.vendorNote']));
    await context.close();
  });

  it('a tampered share link changes nothing and says so, never markup', async () => {
    const { page, context, ...watch } = await open(locale, '#selection=PGltZyBzcmM9eCBvbmVycm9yPWFsZXJ0KDEpPg');
    await page.waitForSelector('[data-testid="shared-invalid"]');
    expect(await page.locator('[data-testid="shared-invalid"] [role="alert"]').innerText()).toMatch(locale === 'en' ? /your own data is untouched/i : /你自己的数据未受影响/);
    expect(await page.locator('.sel-ranking .sel-total').allInnerTexts()).toEqual(['50', '50']);
    expect(await page.locator('.sel img').count()).toBe(0);
    expect(appErrors({ page, ...watch })).toEqual([]);
    await context.close();
  });

  it('the CSV download opens in Excel (UTF-8 BOM) and parses back to the matrix', async () => {
    const { page, context } = await open(locale);
    await score(page, 'saas', 'usability', '4');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.sel-export [data-action="csv"]')]);
    expect(download.suggestedFilename()).toBe(`${s['export.filename']}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = readCsv(text);
    expect(rows[0]).toEqual([s['csv.criterion'], s['csv.weight'], s['csv.share'], s['option.saas.label'], s['option.lowcode.label']]);
    const usability = rows.find((r) => r[0] === s['criterion.usability.name'])!;
    expect(usability.slice(1)).toEqual(['10', '10', '4', '3']);
    // Every criterion on screen is a row with the weight and the two scores its fields show.
    for (const c of CRITERIA) {
      const row = rows.find((r) => r[0] === s[`criterion.${c.id}.name` as keyof typeof s]);
      expect(row, c.id).toBeDefined();
      const onScreen = [
        await page.locator(`#sel-w-${c.id}`).inputValue(),
        await page.locator(`#sel-s-saas-${c.id}`).inputValue(),
        await page.locator(`#sel-s-lowcode-${c.id}`).inputValue(),
      ].map(Number);
      expect([row![1], row![3], row![4]].map(Number), c.id).toEqual(onScreen);
    }
    expect(rows.some((r) => r[0] === s['csv.costTotal'])).toBe(true);
    await context.close();
  });

  it('the Excel workbook has the matrix on screen with live totals that follow a changed weight as the site does', async () => {
    const { page, context } = await open(locale);
    await score(page, 'saas', 'usability', '4');
    // Beside the CSV button: LibreOffice users are told to pick UTF-8.
    expect(await page.locator('.sel-export').innerText()).toContain(s['export.csvNote']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.sel-export [data-action="xlsx"]')]);
    expect(download.suggestedFilename()).toBe(`${s['export.filename']}.xlsx`);
    const book = await readXlsx(readFileSync((await download.path())!));
    expect([...book.keys()]).toEqual([s['xlsx.matrixSheet'], s['xlsx.costSheet']]);
    const ws = book.get(s['xlsx.matrixSheet'])!;
    expect([ws.get('A1')?.value, ws.get('B1')?.value, ws.get('D1')?.value, ws.get('E1')?.value]).toEqual([s['csv.criterion'], s['csv.weight'], s['option.saas.label'], s['option.lowcode.label']]);
    // Weights and scores are number cells equal to the fields on screen.
    const rowOf = new Map<string, number>();
    for (let r = 2; ws.get(`A${r}`)?.value !== s['csv.total']; r += 1) rowOf.set(String(ws.get(`A${r}`)?.value), r);
    expect(rowOf.size).toBe(CRITERIA.length);
    for (const c of CRITERIA) {
      const r = rowOf.get(s[`criterion.${c.id}.name` as keyof typeof s])!;
      const onScreen = [
        await page.locator(`#sel-w-${c.id}`).inputValue(),
        await page.locator(`#sel-s-saas-${c.id}`).inputValue(),
        await page.locator(`#sel-s-lowcode-${c.id}`).inputValue(),
      ].map(Number);
      expect([ws.get(`B${r}`)?.value, ws.get(`D${r}`)?.value, ws.get(`E${r}`)?.value], c.id).toEqual(onScreen);
    }
    // The totals are formulas; recalculated, they equal the totals on screen.
    const total = CRITERIA.length + 2;
    expect(ws.get(`D${total}`)?.formula).toBeTruthy();
    const screenTotals = (await page.locator('.sel-ranking .sel-total').allInnerTexts()).map((t) => Number(t.replace(/[^\d.]/g, '')));
    const computed = recalc(ws);
    expect([computed.get(`D${total}`), computed.get(`E${total}`)].map((v) => Math.round(Number(v) * 10) / 10).sort()).toEqual([...screenTotals].sort());
    // A reader that does not calculate (a preview, a script) still sees the totals: each formula stores its value.
    expect([ws.get(`D${total}`)?.value, ws.get(`E${total}`)?.value].map((v) => Math.round(Number(v) * 10) / 10).sort()).toEqual([...screenTotals].sort());
    // Raise the usability weight in the workbook and on the site: both give the same totals.
    const usability = rowOf.get(s['criterion.usability.name'])!;
    await page.locator('#sel-w-usability').focus();
    await page.keyboard.press('End');
    const raised = Number(await page.locator('#sel-w-usability').inputValue());
    expect(raised).toBeGreaterThan(Number(ws.get(`B${usability}`)?.value));
    const moved = recalc(ws, { [`B${usability}`]: raised });
    await expect.poll(async () => (await page.locator('.sel-ranking .sel-total').allInnerTexts()).join()).not.toBe(screenTotals.join());
    const after = (await page.locator('.sel-ranking .sel-total').allInnerTexts()).map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect([moved.get(`D${total}`), moved.get(`E${total}`)].map((v) => Math.round(Number(v) * 10) / 10).sort()).toEqual([...after].sort());
    await context.close();
  });

  it('the points and cost charts download as SVG and PNG with their title, legend and the company name', async () => {
    const { page, context } = await open(locale);
    await page.evaluate(() =>
      localStorage.setItem('crmpb:profile:v1', JSON.stringify({ version: 1, companyName: '华东精工 & Co', companySize: 'medium', industry: '', employees: 60, plannedStart: '', currentTools: [] })),
    );
    await page.reload();
    await page.waitForSelector('.sel[data-ready="true"]');
    for (const [chart, title, legend] of [
      ['points', s['chart.title'], `1 ${s['criterion.process-fit.name']}`],
      ['cost', s['cost.chartTitle'], `A · ${s['option.saas.label']}`],
    ] as const) {
      const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click(`.sel-export [data-action="${chart}-svg"]`)]);
      expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
      const svg = readFileSync((await svgFile.path())!, 'utf8');
      expect(svg).not.toMatch(/var\(--/);
      const { texts } = svgTexts(svg);
      expect(texts, chart).toContain(title);
      expect(texts, chart).toContain(legend);
      expect(texts.some((t) => t.startsWith('华东精工 & Co')), chart).toBe(true);
      const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click(`.sel-export [data-action="${chart}-png"]`)]);
      expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
      const size = pngSize(readFileSync((await pngFile.path())!));
      expect(size.width, chart).toBeGreaterThanOrEqual(600);
      expect(size.height, chart).toBeGreaterThanOrEqual(300);
      expect(size.width, chart).toBeLessThanOrEqual(4000);
      if (process.env.KEEP_EXPORTS) await pngFile.saveAs(`${process.env.KEEP_EXPORTS}/selection-${chart}-${locale}.png`);
    }
    await context.close();
  });

  it('a chart downloaded from a dark screen is light, as slides are', async () => {
    const context = await openContext(browser, { today: TODAY, acceptDownloads: true, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(url(locale));
    await page.waitForSelector('.sel[data-ready="true"]');
    const screen = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('.sel-export [data-action="points-svg"]')]);
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    const light = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number).every((v) => v > 200);
    expect(light(screen), `the page itself is dark: ${screen}`).toBe(false);
    // The image's backdrop (its first rectangle) is light, and its text is dark.
    const backdrop = svg.match(/<rect[^>]*fill="([^"]+)"/)?.[1] ?? '';
    expect(light(backdrop), backdrop).toBe(true);
    const textFill = svg.match(/<text[^>]*fill="(rgb[^"]+)"/)?.[1] ?? '';
    expect(light(textFill), textFill).toBe(false);
    // The page is back in its own colours.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(screen);
    await context.close();
  });

  it('axe finds nothing serious, before and after filling in (errors shown, details open)', async () => {
    const { page, context } = await open(locale);
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.click('#sel-add');
    await page.locator('#sel-s-saas-usability').fill('7');
    await page.locator('#sel-users').fill('abc');
    await page.locator('.sel-crit summary').first().click();
    await page.locator('.sel-points-details summary').click();
    await page.click('#sel-share');
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('fits a 320 px screen without sideways scrolling of the page', async () => {
    const { page, context } = await open(locale, '', { width: 320, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
