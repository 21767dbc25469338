// Links and downloads where a visitor passes a plan on: share links stay short for full states, the
// QR code beside "copy link" holds the same link (decoded with jsQR, not the code that drew it), and in
// WeChat's in-app browser every download offers its contents as text. Both locales.
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { describeViolations, runAxe } from './support/axe';
import { baseUrl } from './support/site';
import { INTL_LOCALE, LOCALES, type Locale } from '@/i18n/locales';
import { fill } from '@/i18n/format';
import { QR_MAX_BYTES } from '@/components/shared/qr-dialog';
import { dictionaries } from '@/i18n/t';
import { SITE } from '@/site';
import { fullPlan } from '../unit/models/plan/fixtures';
import { readCsv } from '../support/exports';

const TODAY = '2026-03-02';
/** Chat apps cut URLs near 2,000 characters; these are the limits the site holds itself to. */
const TOOL_LIMIT = 800;
const PLAN_LIMIT = 1_500;
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every tool filled to the brim (the plan fixture's parts), saved as the site saves them. */
function storedFullState(): Record<string, unknown> {
  const plan = fullPlan();
  return {
    'profile:v1': plan.profile,
    'readiness:v1': { version: 1, answers: plan.readiness, step: 6 }, // the result step
    'duration:v1': plan.duration,
    'selection:v1': plan.selection,
    'kpi:v1': plan.kpi,
  };
}

async function fullContext(options: Parameters<typeof openContext>[1]): Promise<BrowserContext> {
  const context = await openContext(browser, options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  const entries = Object.entries(storedFullState()).map(([k, v]) => [`${SITE.storagePrefix}${k}`, JSON.stringify(v)]);
  await context.addInitScript((pairs: string[][]) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of pairs) localStorage.setItem(k!, v!);
    sessionStorage.setItem('seeded', '1');
  }, entries);
  return context;
}

const pages: { path: string; ready: string; copy: string; field: string; limit: number; before?: (page: Page) => Promise<void> }[] = [
  { path: 'tools/duration/', ready: '.dur[data-ready="true"]', copy: '#dur-share', field: '#dur-share-link', limit: TOOL_LIMIT },
  { path: 'tools/readiness/', ready: '.rd[data-ready="true"]', copy: '#rd-share', field: '#rd-share-url', limit: TOOL_LIMIT },
  { path: 'tools/selection/', ready: '.sel[data-ready="true"]', copy: '#sel-share', field: '#sel-share-url', limit: TOOL_LIMIT },
  { path: 'tools/kpi/', ready: '.kpi[data-ready="true"]', copy: '#kpi-share', field: '#kpi-share-url', limit: TOOL_LIMIT },
  { path: 'plan/', ready: '.plan[data-ready="true"]', copy: '#plan-share', field: '#plan-share-link', limit: PLAN_LIMIT },
];

async function makeLink(page: Page, p: (typeof pages)[number]): Promise<string> {
  await page.click(p.copy);
  await page.waitForSelector(p.field);
  return page.inputValue(p.field);
}

describe.each(LOCALES)('share links and downloads (%s)', { timeout: 120_000 }, (locale: Locale) => {
  const ui = dictionaries[locale];

  it.each(pages)('a full state of $path makes a link under its limit', async (p) => {
    const context = await fullContext({ today: TODAY });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/${locale}/${p.path}`);
    await page.waitForSelector(p.ready);
    const link = await makeLink(page, p);
    expect(link).toContain('#');
    const fragment = link.slice(link.indexOf('#'));
    expect(fragment.length).toBeLessThan(p.limit);
    await context.close();
  });

  it('the QR code of the full plan decodes to the same link, shows the link as text and closes with Escape', async () => {
    const context = await fullContext({ today: TODAY });
    const watch = await watchedPage(context, baseUrl());
    const page = watch.page;
    page.setDefaultTimeout(20_000);
    await page.goto(`${baseUrl()}/${locale}/plan/`);
    await page.waitForSelector('.plan[data-ready="true"]');
    const link = await makeLink(page, pages[4]!);
    await page.click('#plan-share-qr');
    await page.waitForSelector('dialog.page-dialog canvas');
    expect(await page.locator('dialog.page-dialog h2').innerText()).toBe(ui['tool.qrTitle']);
    expect(await page.locator('[data-qr-link]').innerText()).toBe(link);
    const pixels = await page.evaluate(() => {
      const canvas = document.querySelector('dialog.page-dialog canvas') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, data: Array.from(data.data) };
    });
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(decoded?.data).toBe(link);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.page-dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-share-qr');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('a link too long for any QR code gets no code: the dialog says so, with the numbers, and copies the link instead', async () => {
    // Every KPI row with owner, source and goal of words that do not repeat, as a visitor filling
    // every field might: a link that opens, but holds more than the largest QR code.
    let seed = 11;
    const noise = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
    const sheet = fullPlan().kpi!;
    const long = { ...sheet, rows: sheet.rows.map((row) => ({ ...row, owner: noise(40), dataSource: noise(40), goal: noise(40) })) };
    const context = await openContext(browser, { today: TODAY });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await context.addInitScript((value: string) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('crmpb:kpi:v1', value);
      sessionStorage.setItem('seeded', '1');
    }, JSON.stringify(long));
    const watch = await watchedPage(context, baseUrl());
    const page = watch.page;
    page.setDefaultTimeout(20_000);
    await page.goto(`${baseUrl()}/${locale}/tools/kpi/`);
    await page.waitForSelector('.kpi[data-ready="true"]');
    const link = await makeLink(page, pages[3]!);
    expect(link.length).toBeGreaterThan(QR_MAX_BYTES);

    await page.click('#kpi-share-qr');
    const dialog = page.locator('dialog.page-dialog');
    await dialog.locator('[data-qr="too-long"]').waitFor();
    expect(await dialog.locator('canvas').count()).toBe(0);
    const number = (n: number) => new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);
    expect(await dialog.locator('[data-qr="too-long"]').innerText()).toBe(fill(ui['tool.qrTooLong'], { chars: number(link.length), max: number(QR_MAX_BYTES) }));
    expect(await dialog.getAttribute('aria-describedby')).toBe(await dialog.locator('[data-qr="too-long"]').getAttribute('id'));
    expect(await dialog.locator('textarea[data-qr-link]').inputValue()).toBe(link);
    // Copying is the next step, and the focus is there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('copy-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => document.querySelector('dialog.page-dialog [role="status"]')?.textContent === text, ui['tool.qrCopied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.page-dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kpi-share-qr');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('in WeChat, the CSV download offers "copy as text", which puts the CSV on the clipboard', async () => {
    const context = await openContext(browser, { today: TODAY, userAgent: WECHAT_UA });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${baseUrl()}/${locale}/tools/duration/`);
    await page.waitForSelector('.dur[data-ready="true"]');
    await page.click('[data-action="csv"]');
    await page.waitForSelector('dialog.page-dialog');
    expect(await page.locator('dialog.page-dialog .notice').innerText()).toBe(ui['download.blocked']);
    await page.click('dialog.page-dialog [data-action="copy-text"]');
    await page.waitForFunction((text) => document.querySelector('dialog.page-dialog [role="status"]')?.textContent === text, ui['download.copied']);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const rows = readCsv(clipboard);
    expect(rows.length).toBeGreaterThan(5);
    // A textarea's value has its line breaks normalised; the clipboard keeps the CSV's own CRLF.
    expect(clipboard.replace(/\r\n/g, '\n')).toBe(await page.inputValue('dialog.page-dialog textarea'));
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.click('dialog.page-dialog .btn-row button');
    await page.waitForSelector('dialog.page-dialog', { state: 'detached' });
    await context.close();
  });
});
