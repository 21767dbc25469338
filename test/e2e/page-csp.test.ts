import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext } from './support/browser';
import { baseUrl, sitemapPaths } from './support/site';

// The _headers policy leaves inline styles to each page (src/lib/security-headers.ts), so each page's
// own <meta> policy must hold every inline style and script on it to its hash and allow no other
// inline code. The pages are read by Chromium's parser with scripts off, not by the build's code.
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY, javaScriptEnabled: false });
});
afterAll(async () => browser?.close());

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe("each page's own CSP holds its inline code to hashes", () => {
  it.each(sitemapPaths())('%s', async (path) => {
    const page = await context.newPage();
    await page.goto(baseUrl() + path);
    const found = await page.evaluate(() => ({
      policy: document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '',
      styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      scripts: [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    }));
    await page.close();
    const directives = new Map(found.policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
    const styleSrc = directives.get('style-src') ?? [];
    const scriptSrc = directives.get('script-src') ?? [];
    expect(found.styles.length).toBeGreaterThan(0);
    expect(styleSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    for (const style of found.styles) expect(styleSrc).toContain(hash(style));
    for (const script of found.scripts) expect(scriptSrc).toContain(hash(script));
  });
});
