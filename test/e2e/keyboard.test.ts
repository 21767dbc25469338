import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchedPage } from './support/browser';
import { baseUrl, sitemapPaths } from './support/site';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => browser?.close());

const toolPaths = () => sitemapPaths().filter((p) => /\/(tools\/[a-z]+|plan)\/$/.test(p));

// A keyboard-only walk through each tool: Tab from the top of the island to its end. Every control the
// island shows must be reached, and each must show a visible focus indicator when it has focus.
describe('keyboard-only walkthrough', () => {
  it.each(toolPaths())('%s: every control is reachable by Tab and shows its focus', async (path) => {
    const context = await browser.newContext();
    const { page, consoleErrors } = await watchedPage(context, baseUrl());
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });

    const controls = await page.evaluate(() => {
      const island = document.querySelector('astro-island')!;
      const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';
      return [...island.querySelectorAll<HTMLElement>(selector)].filter((el) => {
        const style = getComputedStyle(el);
        return el.getClientRects().length > 0 && style.visibility !== 'hidden' && !el.closest('[inert], [hidden], details:not([open]) > :not(summary)');
      }).length;
    });
    expect(controls).toBeGreaterThan(2);

    // Start just before the island and tab through it, recording what receives focus.
    await page.evaluate(() => {
      const marker = document.createElement('button');
      marker.id = 'kb-start';
      marker.textContent = 'start';
      document.querySelector('astro-island')!.before(marker);
      marker.focus();
    });
    const reached = new Set<string>();
    const invisible: string[] = [];
    for (let i = 0; i < controls * 3 + 10; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const island = document.querySelector('astro-island')!;
        if (!el || !island.contains(el)) return null;
        if (!el.dataset.kb) el.dataset.kb = String(Math.random());
        const s = getComputedStyle(el);
        // Radios and checkboxes often show focus on their label; accept an outline on either.
        const label = el.closest('label') ?? (el.id ? document.querySelector<HTMLElement>(`label[for="${el.id}"]`) : null);
        const ring = (x: CSSStyleDeclaration) => (x.outlineStyle !== 'none' && parseFloat(x.outlineWidth) > 0) || (x.boxShadow && x.boxShadow !== 'none');
        return { id: el.dataset.kb, visible: Boolean(ring(s) || (label && ring(getComputedStyle(label)))), desc: el.outerHTML.slice(0, 120) };
      });
      if (!info) {
        if (reached.size > 0) break;
        continue;
      }
      reached.add(info.id);
      if (!info.visible) invisible.push(info.desc);
    }
    expect(reached.size).toBeGreaterThanOrEqual(Math.min(controls, 3));
    expect(invisible).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each(toolPaths())('%s announces results through a live region', async (path) => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
    const live = await page.locator('astro-island [aria-live], astro-island [role="status"], astro-island [role="alert"]').count();
    expect(live).toBeGreaterThan(0);
    await context.close();
  });
});
