// Browser tests of the KPI builder against the built site, in both locales.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage, type PageWatch } from './support/browser';
import { describeViolations, runAxe } from './support/axe';
import { baseUrl } from './support/site';
import { strings } from '@/i18n/tools/kpi';
import { fill, formatDate } from '@/i18n/format';
import { strings as scn } from '@/i18n/tools/scenarios';
import { LOCALES, type Locale } from '@/i18n/locales';
import { KPI_CATALOG } from '@/models/kpi';
import { readCsv } from '../support/exports';
import { readXlsx } from '../support/xlsx';
import { containsText, readPdf } from '../support/pdf';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (locale: Locale, hash = '') => `${baseUrl()}/${locale}/tools/kpi/${hash}`;
/** The visitor's today; deadlines the tests type are counted from it. */
const TODAY = '2026-06-15';

/** A fresh context per test: empty localStorage, so every test starts from an empty sheet. */
async function open(locale: Locale, hash = '', viewport = { width: 1280, height: 900 }): Promise<PageWatch & { context: BrowserContext }> {
  const context = await openContext(browser, { today: TODAY, acceptDownloads: true, viewport });
  const watch = await watchedPage(context, baseUrl());
  await watch.page.goto(url(locale, hash));
  await watch.page.waitForSelector('.kpi[data-ready="true"]');
  return { ...watch, context };
}

/** Console errors other than CSP reports (the site-wide CSP is checked by the site tests). */
const appErrors = (watch: PageWatch) => watch.consoleErrors.filter((e) => !e.includes('Content Security Policy'));

const row = (page: Page, kpiId: string) => page.locator(`.kpi-row[data-kpi="${kpiId}"]`).first();
async function uidOf(page: Page, kpiId: string): Promise<string> {
  return (await row(page, kpiId).getAttribute('data-uid'))!;
}
async function setField(page: Page, uid: string, field: string, value: string) {
  const input = page.locator(`#kpi-${uid}-${field}`);
  await input.fill(value);
  await input.blur();
}
/** Adds a catalog KPI through its card (opening its category first) and returns the new row's id. */
async function addFromCatalog(page: Page, kpiId: string): Promise<string> {
  const card = page.locator(`.kpi-card[data-kpi="${kpiId}"]`);
  if (!(await card.isVisible())) await card.locator('xpath=ancestor::details/summary').click();
  const before = await page.locator('.kpi-row').count();
  await card.locator('button').click();
  await expect.poll(() => page.locator('.kpi-row').count()).toBe(before + 1);
  return (await page.locator(`.kpi-row[data-kpi="${kpiId}"]`).last().getAttribute('data-uid'))!;
}
async function fillRow(page: Page, uid: string, v: { baseline: string; target: string; owner?: string; dataSource?: string; goal?: string }) {
  for (const [field, value] of Object.entries(v)) await setField(page, uid, field, value);
}

describe.each(LOCALES)('KPI builder (%s)', (locale) => {
  const s = strings[locale];

  it('renders the catalog, an example sheet and the rules at build time, readable without JavaScript', async () => {
    const noJs = await openContext(browser, { today: TODAY, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url(locale));
    expect(await page.locator('.kpi-card').count()).toBe(KPI_CATALOG.length);
    const html = await page.content();
    for (const d of KPI_CATALOG) expect(html).toContain(s[`kpi.${d.id}.name` as keyof typeof s]);
    // The example sheet: four KPIs over the three terms, each with a SMART code and a verdict.
    const example = page.locator('.kpi-example tbody tr:not(.kpi-group-row)');
    expect(await example.count()).toBe(4);
    expect(await page.locator('.kpi-example tbody').count()).toBe(3);
    expect(await example.first().locator('.kpi-smart-code').innerText()).toMatch(/^S. M. A. R. T.$/);
    // The method names its sources as numbered references to the Sources page: 002, 003 and 001 are [3], [4] and [2].
    for (const n of [3, 4, 2]) expect(await page.locator(`.tool-how a.cite[href="/${locale}/sources/#source-${n}"]`).count(), `[${n}]`).toBeGreaterThan(0);
    await noJs.close();
  });

  it('pick a pain, get its KPIs, fill a row, see the SMART badges', async () => {
    const { page, context, ...watch } = await open(locale);
    expect(await page.locator('.kpi-row').count()).toBe(0);
    await page.check('#kpi-pain-opaque-pipeline');
    const suggestions = page.locator('[data-testid="suggestions"]');
    for (const id of ['win-rate', 'sales-cycle-days', 'lead-conversion-rate']) {
      await expect.poll(() => suggestions.innerText()).toContain(s[`kpi.${id}.name` as keyof typeof s]);
    }
    await page.click('#kpi-add-suggested');
    await expect.poll(() => page.locator('.kpi-row').count()).toBe(3);
    expect(await suggestions.innerText()).toContain(s['pains.allAdded']);
    // Focus goes to the first new row's baseline, ready to type.
    const uid = await uidOf(page, 'win-rate');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`kpi-${uid}-baseline`);
    // Nothing is flagged red before the visitor has touched the fields.
    expect(await row(page, 'win-rate').locator('.error').count()).toBe(0);

    await fillRow(page, uid, { baseline: '25', target: '27.5', owner: 'Lin', dataSource: 'CRM pipeline report', goal: 'Win more deals' });
    const badges = row(page, 'win-rate').locator('.kpi-smart li');
    await expect.poll(() => badges.count()).toBe(5);
    expect(await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(await row(page, 'win-rate').locator('.kpi-smart li[data-letter="attainable"] .badge').innerText()).toContain(s['badge.attainable.yes']);
    // The milestones chart has its text alternative.
    expect(await row(page, 'win-rate').locator('svg title').textContent()).toContain(s['kpi.win-rate.name']);
    expect(await row(page, 'win-rate').locator('.kpi-chart-table tbody tr').count()).toBe(12);
    // Drop the owner: S fails and says why.
    await setField(page, uid, 'owner', '');
    const specific = row(page, 'win-rate').locator('.kpi-smart li[data-letter="specific"]');
    await expect.poll(() => specific.getAttribute('data-level')).toBe('danger');
    expect(await specific.innerText()).toContain(s['reason.no-owner']);
    // A target that is too much too soon is judged unlikely.
    await setField(page, uid, 'target', '60');
    await setField(page, uid, 'deadline', '2026-08-15'); // two months after TODAY
    const attainable = row(page, 'win-rate').locator('.kpi-smart li[data-letter="attainable"]');
    await expect.poll(() => attainable.getAttribute('data-level')).toBe('danger');
    expect(await page.locator('.kpi-group[data-group="short"] .kpi-row[data-kpi="win-rate"]').count()).toBe(1);
    // The sources' example target is offered once a baseline is known (002: lead conversion +15 %).
    const lead = await uidOf(page, 'lead-conversion-rate');
    await setField(page, lead, 'baseline', '20');
    await row(page, 'lead-conversion-rate').locator('.kpi-suggest').click();
    await expect.poll(() => page.locator(`#kpi-${lead}-target`).inputValue()).toBe('23');
    expect(appErrors({ page, ...watch })).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('a wrong-direction target shows its message beside the field, and the rest keeps working', async () => {
    const { page, context, ...watch } = await open(locale);
    const cpl = await addFromCatalog(page, 'cost-per-lead');
    await fillRow(page, cpl, { baseline: '100', target: '120' });
    const target = page.locator(`#kpi-${cpl}-target`);
    await expect.poll(() => target.getAttribute('aria-invalid')).toBe('true');
    const message = page.locator(`#kpi-${cpl}-target-error`);
    expect(await message.innerText()).toBe(fill(s['error.wrong-direction.decrease'], { baseline: '100' }));
    expect(await target.getAttribute('aria-describedby')).toContain(`kpi-${cpl}-target-error`);
    expect(await row(page, 'cost-per-lead').innerText()).toContain(s['row.fix']);
    // Another row still evaluates.
    const csat = await addFromCatalog(page, 'csat');
    await fillRow(page, csat, { baseline: '70', target: '80' });
    await expect.poll(() => row(page, 'csat').locator('.kpi-smart li').count()).toBe(5);
    // Other messages: a percentage over 100, letters, a past deadline.
    await setField(page, csat, 'target', '120');
    expect(await page.locator(`#kpi-${csat}-target-error`).innerText()).toBe(fill(s['error.out-of-range.between'], { min: '0', max: '100' }));
    await setField(page, csat, 'baseline', 'abc');
    expect(await page.locator(`#kpi-${csat}-baseline-error`).innerText()).toBe(s['error.not-a-number']);
    await setField(page, csat, 'baseline', '70');
    await setField(page, csat, 'target', '80');
    await setField(page, csat, 'deadline', '2020-01-01');
    expect(await page.locator(`#kpi-${csat}-deadline-error`).innerText()).toBe(s['error.deadline-past']);
    // Fixing the wrong direction clears the message.
    await setField(page, cpl, 'target', '80');
    await expect.poll(() => message.count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    expect(appErrors({ page, ...watch })).toEqual([]);
    await context.close();
  });

  it('the CSV download opens in Excel (BOM, CRLF) and parses back to the same rows', async () => {
    const { page, context } = await open(locale);
    const a = await addFromCatalog(page, 'lead-conversion-rate');
    await fillRow(page, a, { baseline: '20', target: '23', owner: '销售总监 Wang', dataSource: 'CRM, "pipeline" report', goal: 'More deals' });
    const b = await addFromCatalog(page, 'response-time-hours');
    await fillRow(page, b, { baseline: '24', target: '8', owner: 'Service lead' });
    const deadlines = [await page.locator(`#kpi-${a}-deadline`).inputValue(), await page.locator(`#kpi-${b}-deadline`).inputValue()];
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kpi-csv')]);
    expect(download.suggestedFilename()).toBe(`${s['export.filename']}-${TODAY}.csv`);
    const buffer = readFileSync((await download.path())!);
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buffer.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const rows = readCsv(text);
    expect(rows[0]![0]).toBe(s['csv.kpi']);
    expect(rows).toHaveLength(1 + (await page.locator('.kpi-row').count()));
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    const lead = byName.get(s['kpi.lead-conversion-rate.name'])!;
    expect([lead[4], lead[5], lead[7], lead[9], lead[10], lead[11]]).toEqual(['20', '23', deadlines[0], '销售总监 Wang', 'CRM, "pipeline" report', 'More deals']);
    const response = byName.get(s['kpi.response-time-hours.name'])!;
    expect([response[4], response[5], response[7], response[9]]).toEqual(['24', '8', deadlines[1], 'Service lead']);
    await context.close();
  });

  it('the Excel workbook holds the sheet on screen with typed numbers and dates, and a column per month of milestones', async () => {
    const { page, context } = await open(locale);
    const a = await addFromCatalog(page, 'lead-conversion-rate');
    await fillRow(page, a, { baseline: '20', target: '23', owner: '销售总监 Wang' });
    const b = await addFromCatalog(page, 'response-time-hours');
    await fillRow(page, b, { baseline: '24', target: '8' });
    const deadlines = [await page.locator(`#kpi-${a}-deadline`).inputValue(), await page.locator(`#kpi-${b}-deadline`).inputValue()];
    // Beside the CSV button: LibreOffice users are told to pick UTF-8.
    expect(await page.locator('.kpi-export').innerText()).toContain(s['export.csvNote']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kpi-xlsx')]);
    expect(download.suggestedFilename()).toBe(`${s['export.filename']}-${TODAY}.xlsx`);
    const book = await readXlsx(readFileSync((await download.path())!));
    expect([...book.keys()]).toEqual([s['export.sheetName']]);
    const ws = book.get(s['export.sheetName'])!;
    expect(ws.get('A1')?.value).toBe(s['csv.kpi']);
    const names = [ws.get('A2')?.value, ws.get('A3')?.value];
    const lead = names.indexOf(s['kpi.lead-conversion-rate.name']) + 2;
    const resp = names.indexOf(s['kpi.response-time-hours.name']) + 2;
    expect(lead).toBeGreaterThan(1);
    expect(resp).toBeGreaterThan(1);
    // Baseline (E) and target (F) are numbers, the deadline (H) a date, the owner (J) text as typed.
    expect([ws.get(`E${lead}`)?.value, ws.get(`F${lead}`)?.value, ws.get(`J${lead}`)?.value]).toEqual([20, 23, '销售总监 Wang']);
    expect([ws.get(`E${resp}`)?.value, ws.get(`F${resp}`)?.value]).toEqual([24, 8]);
    for (const [r, d] of [[lead, deadlines[0]], [resp, deadlines[1]]] as const) {
      const deadline = ws.get(`H${r}`)?.value;
      expect(deadline).toBeInstanceOf(Date);
      expect((deadline as Date).toISOString().slice(0, 10)).toBe(d);
    }
    // Month columns after the 15 text columns: headed by dates; the deadline's month holds the target.
    const monthCols = [...ws.keys()].filter((k) => /^[A-Z]+1$/.test(k) && ws.get(k)!.value instanceof Date);
    expect(monthCols.length).toBeGreaterThanOrEqual(3);
    const colOf = (month: string) => monthCols.find((k) => (ws.get(k)!.value as Date).toISOString().slice(0, 7) === month)!.replace(/1$/, '');
    expect(ws.get(`${colOf(deadlines[0]!.slice(0, 7))}${lead}`)?.value).toBe(23);
    expect(ws.get(`${colOf(deadlines[1]!.slice(0, 7))}${resp}`)?.value).toBe(8);
    await context.close();
  });

  it('the Markdown table has one line per KPI', async () => {
    const { page, context } = await open(locale);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const a = await addFromCatalog(page, 'nps');
    await fillRow(page, a, { baseline: '10', target: '20' });
    await page.click('#kpi-md');
    await expect.poll(() => page.locator('.kpi-status').innerText()).toBe(s['export.copied']);
    const md = await page.evaluate(() => navigator.clipboard.readText());
    const lines = md.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(s['kpi.nps.name']);
    await context.close();
  });

  it('the first click after typing in a row is not lost when the row moves to another group as focus leaves it', async () => {
    const { page, context } = await open(locale);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    // Three KPIs due in a year, all in one group; the first one's new deadline opens a group of its own.
    const first = await addFromCatalog(page, 'lead-conversion-rate');
    await addFromCatalog(page, 'win-rate');
    await addFromCatalog(page, 'sales-cycle-days');
    const group = () => page.locator(`.kpi-row[data-uid="${first}"]`).evaluate((el) => el.closest('[data-group]')?.getAttribute('data-group') ?? '');
    const before = await group();
    // Typed without leaving the card: it stays where it is until focus leaves it.
    await page.click(`#kpi-${first}-baseline`);
    await page.keyboard.type('20');
    await page.click(`#kpi-${first}-target`);
    await page.keyboard.type('30');
    await page.fill(`#kpi-${first}-deadline`, '2030-06-01');
    await page.click(`#kpi-${first}-owner`);
    await page.keyboard.type('Ann');
    expect(await group()).toBe(before);
    // A press on the share button: focus leaves the card on the press, before the release.
    await page.locator('#kpi-share').scrollIntoViewIfNeeded();
    const box = (await page.locator('#kpi-share').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Held while the page renders what the press set off (two frames), as a person's press is.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.mouse.up();
    await page.locator('#kpi-share-url').waitFor({ timeout: 5000 });
    expect(await page.locator('#kpi-share-url').inputValue()).toContain('#kpi=');
    // And the card moved to its new group once the click was done.
    await expect.poll(group).toBe('long');
    await context.close();
  });

  it('the share link shows the sheet in a fresh browser as a preview, kept with “Replace mine”; the sheet survives a reload', async () => {
    const { page, context } = await open(locale);
    await page.check('#kpi-pain-slow-service');
    const uid = await addFromCatalog(page, 'csat');
    await fillRow(page, uid, { baseline: '70', target: '80', owner: '客服经理', goal: 'Faster answers' });
    await page.locator('.kpi-custom summary').click();
    await page.fill('#kpi-custom-name', 'Quotes sent within 24 h');
    await page.selectOption('#kpi-custom-unit', 'percent');
    await page.click('#kpi-custom-add');
    await expect.poll(() => page.locator('.kpi-row').count()).toBe(2);
    await page.click('#kpi-share');
    const link = await page.locator('#kpi-share-url').inputValue();
    expect(link).toContain('#kpi=');
    // Reload: the sheet is saved in this browser.
    await page.reload();
    await page.waitForSelector('.kpi[data-ready="true"]');
    expect(await page.locator('.kpi-row').count()).toBe(2);
    await context.close();

    const fresh = await openContext(browser, { today: TODAY });
    const other = await fresh.newPage();
    await other.goto(link);
    await other.waitForSelector('.kpi[data-ready="true"]');
    await other.waitForSelector('[data-testid="shared-bar"]');
    expect(await other.locator('#kpi-pain-slow-service').isChecked()).toBe(true);
    const csat = other.locator('.kpi-row[data-kpi="csat"]');
    expect(await csat.locator('input').first().inputValue()).toBe('70');
    expect(await csat.locator('input[id$="-owner"]').inputValue()).toBe('客服经理');
    expect(await other.locator('.kpi-row', { hasText: 'Quotes sent within 24 h' }).count()).toBe(1);
    // A preview saves nothing; “Replace mine” makes it the visitor's sheet.
    expect(await other.evaluate(() => localStorage.getItem('crmpb:kpi:v1'))).toBeNull();
    await other.click('[data-testid="shared-bar"] [data-action="replace"]');
    await expect.poll(() => other.evaluate(() => localStorage.getItem('crmpb:kpi:v1'))).toContain('csat');
    expect(new URL(other.url()).hash).toBe('');
    await fresh.close();
  });

  it('a tampered share link changes nothing, says so, and renders no markup', async () => {
    const payload = Buffer.from(JSON.stringify([1, ['<img src=x onerror=alert(1)>'], [], []])).toString('base64url');
    const { page, context, ...watch } = await open(locale, `#kpi=${payload}`);
    expect(await page.locator('[data-testid="shared-invalid"] [role="alert"]').innerText()).toBe(scn[locale]['invalid.invalid-values']);
    expect(await page.locator('.kpi-row').count()).toBe(0);
    expect(await page.locator('.kpi img').count()).toBe(0);
    expect(appErrors({ page, ...watch })).toEqual([]);
    await context.close();
  });

  it('loads the example sheet and prints a clean sheet: dates as the locale writes them, values with their unit', async () => {
    const { page, context } = await open(locale);
    const percent = (value: string) => fill(s['value.percent'], { value });
    const name = (id: string) => s[`kpi.${id}.name` as keyof typeof s];
    // The example on screen before any sheet exists reads the same way.
    const example = page.locator('.kpi-example tbody tr:not(.kpi-group-row)').first();
    const exampleCells = (await example.locator('th, td').allInnerTexts()).map((c) => c.trim());
    expect(exampleCells.slice(0, 4)).toEqual([name('data-entry-accuracy'), percent('80'), percent('95'), '+18.8%']);
    expect(exampleCells[4]).toBe(formatDate(locale, '2026-09-15'));

    await page.click('#kpi-load-example');
    await expect.poll(() => page.locator('.kpi-row').count()).toBe(4);
    // A KPI counted in days, to show a unit other than the percent sign.
    const days = await addFromCatalog(page, 'sales-cycle-days');
    await fillRow(page, days, { baseline: '60', target: '45' });
    await page.waitForSelector(`.kpi-row[data-uid="${days}"] .kpi-smart`);
    const deadlines = await page.locator('.kpi-row input[id$="-deadline"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(deadlines).toHaveLength(5);
    // The editor keeps its date fields as they are.
    for (const d of deadlines) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kpi-editor').isVisible()).toBe(false);
    expect(await page.locator('.kpi-sheet .print-only .kpi-table').isVisible()).toBe(true);
    expect(await page.locator('.kpi-catalog').isVisible()).toBe(false);
    const text = (await readPdf(await page.pdf({ format: 'A4', landscape: true }))).map((p) => p.text).join('\n');
    // Each KPI's row: its name, baseline and target with their unit.
    for (const [id, baseline, target] of [['data-entry-accuracy', '80', '95'], ['lead-conversion-rate', '20', '23'], ['first-contact-resolution', '70', '85']] as const) {
      expect(containsText(text, `${name(id)}${percent(baseline)}${percent(target)}`), id).toBe(true);
    }
    expect(containsText(text, `${name('sales-cycle-days')}${fill(s['value.days'], { value: '60' })}${fill(s['value.days'], { value: '45' })}`)).toBe(true);
    // Every deadline as the visitor's locale writes a date; no ISO date or month anywhere on paper.
    for (const d of deadlines) expect(containsText(text, formatDate(locale, d)), d).toBe(true);
    expect(text).not.toMatch(/\d{4}-\d{2}/);
    await context.close();
  });

  it('axe finds nothing serious, empty and filled in (errors shown, details open)', async () => {
    const { page, context } = await open(locale);
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.check('#kpi-pain-low-adoption');
    await page.click('#kpi-add-suggested');
    const uid = await uidOf(page, 'active-user-rate');
    await fillRow(page, uid, { baseline: '40', target: '120' });
    const other = await uidOf(page, 'data-entry-accuracy');
    await fillRow(page, other, { baseline: '80', target: '95', owner: 'Admin' });
    await row(page, 'data-entry-accuracy').locator('.kpi-chart-table summary').click();
    await page.locator('.kpi-custom summary').click();
    await page.click('#kpi-share');
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('works from the keyboard: tick a pain, add the suggestions, type a value', async () => {
    const { page, context } = await open(locale);
    await page.focus('#kpi-pain-customer-churn');
    await page.keyboard.press('Space');
    await page.locator('#kpi-add-suggested').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.kpi-row').count()).toBe(3);
    // Focus moves to the first new row's baseline once the rows are drawn; type only when it is there.
    const churnUid = await uidOf(page, 'churn-rate');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`kpi-${churnUid}-baseline`);
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    const churn = row(page, 'churn-rate');
    await expect.poll(() => churn.locator('.kpi-smart li').count()).toBe(5);
    await context.close();
  });

  it('fits a 320 px screen without sideways scrolling of the page', async () => {
    const { page, context } = await open(locale, '', { width: 320, height: 700 });
    await page.click('#kpi-load-example');
    await expect.poll(() => page.locator('.kpi-row').count()).toBe(4);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
