import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { measurePage } from './support/page-weight';
import { baseUrl, sitemapPaths } from './support/site';
import { BUDGETS } from '@/site';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY });
});
afterAll(async () => browser?.close());

// Byte counts of a given build do not vary, so the budgets are tests, not benchmarks; and each page
// is measured once, however many budgets it is held to.
const measured = new Map<string, ReturnType<typeof measurePage>>();
/** Every tool page and the plan: the pages that carry an island. */
const toolPaths = sitemapPaths().filter((p) => /\/(tools\/[^/]+|plan)\/$/.test(p) && !p.endsWith('/tools/'));
function weightOf(path: string) {
  if (!measured.has(path)) measured.set(path, measurePage(context, baseUrl() + path));
  return measured.get(path)!;
}

describe('page weight budgets', () => {
  const paths = sitemapPaths();
  const reading = paths.filter((p) => /\/(guides\/[^/]+|faq|glossary)\/$/.test(p));

  it.each(reading)('%s loads no JavaScript file before interaction', async (path) => {
    const weight = await weightOf(path);
    expect(weight.js.raw, weight.files.filter((f) => f.type === 'script').map((f) => f.url).join(', ')).toBe(0);
    // The inline bootstrap that opens search on demand stays tiny.
    expect(weight.inlineJs.gzip).toBeLessThan(1024);
  });

  it.each(paths)(`%s loads at most ${BUDGETS.cssGzip / 1024} KB gzip of CSS and ${BUDGETS.totalGzip / 1024} KB in total`, async (path) => {
    const weight = await weightOf(path);
    expect(weight.css.gzip).toBeLessThanOrEqual(BUDGETS.cssGzip);
    expect(weight.total.gzip).toBeLessThanOrEqual(BUDGETS.totalGzip);
  });

  if (toolPaths.length) it.each(toolPaths)(`tool page %s loads at most ${BUDGETS.toolJsGzip / 1024} KB gzip of JavaScript, inline scripts included`, async (path) => {
    const weight = await weightOf(path);
    const js = weight.js.gzip + weight.inlineJs.gzip;
    expect(js, `${weight.js.gzip} B in files + ${weight.inlineJs.gzip} B inline`).toBeLessThanOrEqual(BUDGETS.toolJsGzip);
  });
});

describe('tool pages are painted before their code is fetched', () => {
  if (toolPaths.length) it.each(toolPaths)('%s: the HTML asks for no script file (its loader fetches the code after the first frame), and the tool goes live', async (path) => {
    const html = await (await fetch(baseUrl() + path)).text();
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).toMatch(/<script data-island-loader data-entry="\/_astro\/[^"]+\.js">/);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(baseUrl() + path);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
    await page.close();
    expect(scripts.length).toBeGreaterThan(0);
  });
});
