import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { baseUrl } from './support/site';

/** The visitor's today; nothing here depends on the date, but no page reads the real clock. */
const TODAY = '2026-06-15';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await openContext(browser, { today: TODAY });
});
afterAll(async () => browser?.close());

describe.each(['zh-cn', 'en'])('FAQ page (%s)', (locale) => {
  it('lists every question with its answer collapsed, and the topic counts add up', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/faq/`);
    const questions = await page.locator('details.faq-item').count();
    expect(questions).toBeGreaterThan(40);
    expect(await page.locator('details.faq-item[open]').count()).toBe(0);
    const counts = await page.locator('.faq-group h2 .count').allTextContents();
    expect(counts.reduce((n, c) => n + Number(c.replace(/\D/g, '')), 0)).toBe(questions);
    // A question opens in place with the keyboard, no script needed.
    await page.locator('details.faq-item summary').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.faq-item[open]').count()).toBe(1);
    await page.close();
  });

  it('an old /faq/#<id> link lands on the question page', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/faq/#keeping-migrated-data-safe`);
    await page.waitForURL(`${baseUrl()}/${locale}/faq/keeping-migrated-data-safe/`);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });

  it('a question page: h1, answer, related links, structured answer equal to the visible one, hreflang twin, no script file', async () => {
    const watch = await watchedPage(context, baseUrl());
    const { page } = watch;
    await page.goto(`${baseUrl()}/${locale}/faq/best-time-to-start/`, { waitUntil: 'networkidle' });
    const h1 = (await page.locator('h1').textContent())?.trim();
    const data = await page.locator('script[type="application/ld+json"]').evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '')));
    const faq = data.flat().find((d) => d['@type'] === 'FAQPage');
    expect(faq.mainEntity).toHaveLength(1);
    expect(faq.mainEntity[0].name).toBe(h1);
    const visible = await page.locator('[data-faq-answer]').evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
    expect(faq.mainEntity[0].acceptedAnswer.text).toBe(visible);
    expect(faq.mainEntity[0].acceptedAnswer.text).not.toMatch(/--- ---/);
    expect(await page.locator('#related-questions + ul a').count()).toBeGreaterThan(0);
    expect(await page.locator('#related-guide ~ p a[href*="/guides/"]').count()).toBe(1);
    const twin = locale === 'en' ? 'zh-cn' : 'en';
    expect(await page.locator(`link[rel="alternate"][hreflang="${twin === 'en' ? 'en' : 'zh-CN'}"]`).getAttribute('href')).toMatch(new RegExp(`/${twin}/faq/best-time-to-start/$`));
    expect(watch.requests.filter((u) => /\.m?js(\?|$)/.test(u))).toEqual([]);
    await page.close();
  });

  it('every question page says the same thing in its structured data as on the page', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/faq/`);
    const hrefs = await page.locator('details.faq-item a[href*="/faq/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const mismatched: string[] = [];
    for (const href of hrefs) {
      await page.goto(baseUrl() + href);
      const text = await page.locator('script[type="application/ld+json"]').first().evaluate((e) => [JSON.parse(e.textContent ?? '')].flat().find((d) => d['@type'] === 'FAQPage').mainEntity[0].acceptedAnswer.text);
      const visible = await page.locator('[data-faq-answer]').evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
      if (text !== visible) mismatched.push(href);
    }
    expect(mismatched).toEqual([]);
    await page.close();
  }, 60_000);

  it('filters by topic from the keyboard alone', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/faq/`);
    const all = await page.locator('.faq-group').count();
    expect(all).toBeGreaterThan(5);
    await page.locator('#faq-topic-all').focus();
    await page.keyboard.press('ArrowRight'); // radio groups move and select with the arrow keys
    const chosen = await page.locator('input[name="faq-topic"]:checked').getAttribute('value');
    expect(chosen).not.toBe('all');
    const visible = page.locator('.faq-group:visible');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().getAttribute('data-topic')).toBe(chosen);
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.faq-group:visible').count()).toBe(all);
    await page.close();
  });
});

describe.each(['zh-cn', 'en'])('structured data elsewhere (%s)', (locale) => {
  it('a guide carries Article and BreadcrumbList data matching its heading', async () => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/guides/data-migration/`);
    const data = (await page.locator('script[type="application/ld+json"]').evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '')))).flat();
    const article = data.find((d) => d['@type'] === 'Article');
    expect(article.headline).toBe((await page.locator('h1').textContent())?.trim());
    expect(data.find((d) => d['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(2);
    await page.close();
  });
});

describe('the root page', () => {
  it('is its own canonical and x-default, with a description in the language it declares', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
    const xDefault = html.match(/hreflang="x-default" href="([^"]+)"/)?.[1] ?? '';
    expect(new URL(canonical).pathname).toBe('/');
    expect(xDefault).toBe(canonical);
    expect(html).toMatch(/<html lang="zh-CN"/);
    const description = html.match(/<meta name="description" content="([^"]+)"/)?.[1] ?? '';
    expect(description).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('a FAQ question is found by search in its language', () => {
  it.each([
    ['zh-cn', '迁移数据的安全', 'keeping-migrated-data-safe'],
    ['en', 'keep migrated data safe', 'keeping-migrated-data-safe'],
    ['zh-cn', '春节前', 'starting-before-spring-festival'],
    ['en', 'Spring Festival', 'starting-before-spring-festival'],
  ])('%s: "%s" returns #%s', async (locale, query, id) => {
    const { page } = await watchedPage(context, baseUrl());
    await page.goto(`${baseUrl()}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-results a').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.split('?')[0] === `/${locale}/faq/${id}/`), hrefs.join('\n')).toBe(true);
    await page.close();
  });
});
