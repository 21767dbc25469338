import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl, sitemapPaths } from './support/site';
import { hydrated } from './support/edit';
import { DIMENSIONS, questionsByDimension } from '@/models/readiness';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => browser?.close());

/** Makes the tool's result change the way a visitor would: the answer each tool's result turns on. */
async function changeResult(page: Page, path: string): Promise<void> {
  if (path.endsWith('/tools/duration/')) {
    await page.selectOption('#dur-companySize', 'large');
  } else if (path.endsWith('/tools/selection/')) {
    await page.fill('#sel-s-saas-usability', '5');
    await page.locator('#sel-s-saas-usability').blur();
  } else if (path.endsWith('/tools/kpi/')) {
    const card = page.locator('.kpi-card button').first();
    if (!(await card.isVisible())) await page.locator('.kpi-card').first().locator('xpath=ancestor::details/summary').click();
    await card.click();
  } else if (path.endsWith('/tools/readiness/')) {
    // The verdict comes at the end: answer every step with its first answers.
    const groups = questionsByDimension();
    for (const d of DIMENSIONS) {
      for (const id of groups[d]) await page.locator(`#rd-${id} input[type="radio"]`).first().check();
      await page.click('[data-next]');
    }
    await page.locator('.rd-verdict').waitFor();
  } else if (path.endsWith('/plan/')) {
    await page.waitForSelector('.plan-shell[data-state="empty"]');
    await page.click('[data-action="own"]');
  } else {
    throw new Error(`no result-changing answer known for ${path}`);
  }
}

const toolPaths = () => sitemapPaths().filter((p) => /\/(tools\/[a-z]+|plan)\/$/.test(p));

// A keyboard-only walk through each tool: Tab from the top of the island to its end. Every control the
// island shows must be reached, and each must show a visible focus indicator when it has focus.
describe('keyboard-only walkthrough', () => {
  it.each(toolPaths())('%s: every control is reachable by Tab and shows its focus', async (path) => {
    const context = await openContext(browser, { today: TODAY });
    const { page, consoleErrors } = await watchedPage(context, baseUrl());
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await hydrated(page);

    // Every tab stop the island shows, named up front. A radio group is one stop (Tab enters it once;
    // arrows move within it), so its radios share one name.
    const stops = await page.evaluate(() => {
      const island = document.querySelector('astro-island')!;
      const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';
      const names = new Set<string>();
      [...island.querySelectorAll<HTMLElement>(selector)].forEach((el, i) => {
        const style = getComputedStyle(el);
        const shown = el.getClientRects().length > 0 && style.visibility !== 'hidden' && !el.closest('[inert], [hidden], details:not([open]) > :not(summary)');
        if (!shown || el.getAttribute('tabindex') === '-1') return;
        const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.name}` : null;
        el.dataset.kb = radio ?? `stop-${i}`;
        names.add(el.dataset.kb);
      });
      return [...names];
    });
    expect(stops.length).toBeGreaterThan(2);

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
    const strays: string[] = [];
    for (let i = 0; i < stops.length * 2 + 10; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const island = document.querySelector('astro-island')!;
        if (!el || !island.contains(el)) return null;
        const s = getComputedStyle(el);
        // Radios and checkboxes often show focus on their label; accept an outline on either.
        const label = el.closest('label') ?? (el.id ? document.querySelector<HTMLElement>(`label[for="${el.id}"]`) : null);
        const ring = (x: CSSStyleDeclaration) => (x.outlineStyle !== 'none' && parseFloat(x.outlineWidth) > 0) || (x.boxShadow && x.boxShadow !== 'none');
        return { id: el.dataset.kb ?? null, visible: Boolean(ring(s) || (label && ring(getComputedStyle(label)))), desc: el.outerHTML.slice(0, 120) };
      });
      if (!info) {
        if (reached.size > 0) break;
        continue;
      }
      if (info.id) reached.add(info.id);
      else strays.push(info.desc); // focusable, yet not shown as a control: a hidden or unnamed stop
      if (!info.visible) invisible.push(info.desc);
    }
    const missed = await page.evaluate(
      (ids) => ids.map((id) => document.querySelector(`[data-kb="${id}"]`)?.outerHTML.slice(0, 120) ?? id),
      stops.filter((id) => !reached.has(id)),
    );
    expect(missed, 'controls Tab never reached').toEqual([]);
    expect(strays, 'focus landed on something not visible as a control').toEqual([]);
    expect(invisible).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each(toolPaths())('%s announces the new result through a live region when the result changes', async (path) => {
    const context = await openContext(browser, { today: TODAY });
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await hydrated(page);
    const inIsland = page.locator('astro-island [aria-live]:not([aria-live="off"]), astro-island [role="status"], astro-island [role="alert"]');
    expect(await inIsland.count()).toBeGreaterThan(0);
    const announced = () => inIsland.evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? '').filter(Boolean).join(' | '));
    const before = await announced();
    await changeResult(page, path);
    // Something new is said, and it is a sentence, not an empty refresh.
    await expect.poll(announced, { timeout: 5_000, message: 'the live region says what changed' }).not.toBe(before);
    expect((await announced()).length).toBeGreaterThan(3);
    await context.close();
  });
});
